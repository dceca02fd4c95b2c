#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace swarmscope {

class Database;

// peernet's peer store: who we met, where, how often connecting worked, and how many peers
// each one told us about (nodes rx) or we told it about (nodes tx).
struct PeerRecord {
    QString host;
    quint16 port = 0;
    QString publicKeyHex;
    QString source;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    quint64 connectionsOk = 0;
    quint64 connectionsFail = 0;
    quint64 nodesRx = 0;
    quint64 nodesTx = 0;
    bool banned = false;
};

// Kept in the profile's SQLite file (SqlPeerBook), or in memory for lab nodes (MemoryPeerBook).
class PeerBook {
public:
    static constexpr qint64 kRemovedMs = 24LL * 3600 * 1000;  // a removed peer is not re-saved for a day

    virtual ~PeerBook() = default;
    [[nodiscard]] virtual Status init() = 0;

    // A new endpoint, or the last time an old one was seen; ignored for a day after remove().
    virtual Status save(const QString &host, quint16 port, const QString &source) = 0;
    virtual Status remove(const QString &host, quint16 port) = 0;
    // Most successful connections first, then the most recently seen; all when limit is negative.
    virtual QList<PeerRecord> known(int limit = 100, bool includeBanned = false) const = 0;
    virtual std::optional<PeerRecord> stats(const QString &host, quint16 port) const = 0;
    // Saves the endpoint and counts the attempt; a known key replaces the one learned before.
    virtual void recordConnection(const QString &host, quint16 port, const PeerId &id, bool ok) = 0;
    virtual void recordNodes(const QString &host, quint16 port, int received, int sent) = 0;
    virtual void setBanned(const PeerId &id, bool banned) = 0;
    virtual QList<PeerId> bannedKeys() const = 0;
    // Forgets peers (never banned ones) whose success rate stayed below minRatio over at least
    // minAttempts tries; how many.
    virtual int purge(double minRatio = 0.2, int minAttempts = 5) = 0;
    virtual int size() const = 0;

protected:
    static QString endpoint(const QString &host, quint16 port)
    {
        return host + QLatin1Char(':') + QString::number(port);
    }
};

}  // namespace swarmscope
