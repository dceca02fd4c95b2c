#pragma once

#include "store/peer_book.h"

namespace swarmscope {

class Database;

// peernet's peer store in the profile's SQLite file: tables peers, removed_peers and banned_keys.
class SqlPeerBook final : public PeerBook {
public:
    SqlPeerBook(Database &db, Clock &clock);
    Status init() override;

    Status save(const QString &host, quint16 port, const QString &source) override;
    Status remove(const QString &host, quint16 port) override;
    QList<PeerRecord> known(int limit = 100, bool includeBanned = false) const override;
    std::optional<PeerRecord> stats(const QString &host, quint16 port) const override;
    void recordConnection(const QString &host, quint16 port, const PeerId &id, bool ok) override;
    void recordNodes(const QString &host, quint16 port, int received, int sent) override;
    void setBanned(const PeerId &id, bool banned) override;
    QList<PeerId> bannedKeys() const override;
    int purge(double minRatio = 0.2, int minAttempts = 5) override;
    int size() const override;

private:
    Database &m_db;
    Clock &m_clock;
};

}  // namespace swarmscope
