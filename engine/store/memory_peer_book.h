#pragma once

#include "store/peer_book.h"

#include <QMap>

namespace swarmscope {

// The peer book in memory only, for lab nodes (EngineConfig::inMemoryProfile): SqlPeerBook's
// answers for a profile that dies with its node.
class MemoryPeerBook final : public PeerBook {
public:
    explicit MemoryPeerBook(Clock &clock);
    Status init() override { return {}; }

    Status save(const QString &host, quint16 port, const QString &source) override;
    Status remove(const QString &host, quint16 port) override;
    QList<PeerRecord> known(int limit = 100, bool includeBanned = false) const override;
    std::optional<PeerRecord> stats(const QString &host, quint16 port) const override;
    void recordConnection(const QString &host, quint16 port, const PeerId &id, bool ok) override;
    void recordNodes(const QString &host, quint16 port, int received, int sent) override;
    void setBanned(const PeerId &id, bool banned) override;
    QList<PeerId> bannedKeys() const override;
    int purge(double minRatio = 0.2, int minAttempts = 5) override;
    int size() const override { return int(m_peers.size()); }

private:
    Clock &m_clock;
    QMap<QString, PeerRecord> m_peers;  // by endpoint
    QMap<QString, qint64> m_removed;  // endpoint -> when
    QMap<QString, bool> m_bannedKeys;  // hex keys (a set)
};

}  // namespace swarmscope
