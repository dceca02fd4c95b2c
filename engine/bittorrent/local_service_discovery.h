#pragma once

#include "bittorrent/lsd_announce.h"
#include "bittorrent/lsd_config.h"
#include "core/clock.h"
#include "core/result.h"
#include "discovery/multicast_socket.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

namespace swarmscope {
struct Datagram;
class DatagramFactory;
class Random;
}  // namespace swarmscope

namespace swarmscope::bt {

// BEP 14 local service discovery on the LAN interface in use: announces the infohashes of our
// torrents with our BitTorrent port, at once when one is added (within one announce a minute) and
// every 5 minutes; reports every peer announced for one of them. Our own announces come back
// (multicast loopback) and are known by our cookie. Bad datagrams are counted by reason.
class LocalServiceDiscovery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServiceDiscovery)

public:
    LocalServiceDiscovery(LsdConfig config, Clock &clock, Random &random, DatagramFactory &datagrams,
                          QObject *parent = nullptr);
    ~LocalServiceDiscovery() override;

    Status start();  // bind the port and join the group
    bool started() const { return m_multicast.socket != nullptr; }
    quint16 port() const { return m_config.port; }
    void setBittorrentPort(quint16 port) { m_btPort = port; }
    void add(const QByteArray &infoHash);
    void remove(const QByteArray &infoHash);
    QByteArray cookie() const { return m_cookie; }

    // Handles one datagram as if the socket had just read it (tests and fuzz targets).
    void receiveDatagram(const Datagram &datagram);

    quint64 announcesOut() const { return m_out; }
    const QHash<QString, quint64> &rejects() const { return m_rejects; }

signals:
    void peerFound(const QByteArray &infoHash, const QHostAddress &host, quint16 port);
    void rejected(const QString &reason, const QString &detail, const QString &host);

private:
    void scheduleAnnounce(bool soon);
    void announceNow();
    void onReadyRead();

    LsdConfig m_config;
    Clock &m_clock;
    DatagramFactory &m_datagrams;
    MulticastSocket m_multicast;
    QByteArray m_cookie;
    QList<QByteArray> m_infoHashes;
    quint16 m_btPort = 0;
    qint64 m_lastAnnounceMs = -1;  // monotonic; -1 before the first
    ScopedTimer m_timer;
    quint64 m_out = 0;
    QHash<QString, quint64> m_rejects;
};

}  // namespace swarmscope::bt
