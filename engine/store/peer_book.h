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

class PeerBook final {
public:
    static constexpr qint64 kRemovedMs = 24LL * 3600 * 1000;  // a removed peer is not re-saved for a day

    PeerBook(Database &db, Clock &clock);
    Status init();

    Status save(const QString &host, quint16 port, const QString &source);
    Status remove(const QString &host, quint16 port);
    QList<PeerRecord> known(int limit = 100, bool includeBanned = false) const;
    std::optional<PeerRecord> stats(const QString &host, quint16 port) const;
    void recordConnection(const QString &host, quint16 port, const PeerId &id, bool ok);
    void recordNodes(const QString &host, quint16 port, int received, int sent);
    void setBanned(const PeerId &id, bool banned);
    QList<PeerId> bannedKeys() const;
    // Forgets peers whose success rate stayed below minRatio over at least minAttempts tries.
    int purge(double minRatio = 0.2, int minAttempts = 5);
    int size() const;

private:
    Database &m_db;
    Clock &m_clock;
};

}  // namespace swarmscope
