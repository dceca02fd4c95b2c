#pragma once

#include "core/clock.h"
#include "core/random.h"
#include "transport/carrier.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace swarmscope {

class MemoryCarrier;
class MemoryCarrierFactory;
class MemoryDatagramFactory;
class MemoryDatagramSocket;

// An in-process network of stream carriers and datagram sockets driven by the injected Clock:
// many engines in one process, on a virtual clock, with chosen latency, loss and partitions
// (tests and the lab). Hosts are IPv4 addresses as strings such as "10.0.0.7"; nothing touches
// a real socket.
class MemoryNetwork final : public QObject {
    Q_OBJECT

public:
    explicit MemoryNetwork(Clock &clock, QObject *parent = nullptr);
    ~MemoryNetwork() override;

    Clock &clock() { return m_clock; }
    void setLatency(qint64 oneWayMs) { m_latencyMs = oneWayMs; }
    qint64 latency() const { return m_latencyMs; }
    // A lost datagram is simply dropped. Loss on a stream shows up as retransmission delay: with the given probability a write
    // arrives one retransmission timeout late, and everything behind it on that stream waits
    // too (head-of-line blocking). 0 (the default) leaves delivery untouched.
    void setLoss(double probability, qint64 retransmitMs = 200, quint32 seed = 1);
    double loss() const { return m_loss; }
    // Traffic between the two sides is dropped (existing streams stall, new dials time out).
    void partition(const QSet<QString> &sideA, const QSet<QString> &sideB);
    // Lets traffic through again. A dial whose SYN was lost and that is still waiting gets
    // through now, as TCP's next SYN retransmission would.
    void heal();
    bool blocked(const QString &a, const QString &b) const;
    // A second address of a host: a dial to `alias` reaches `host`, its SYN `extraDelayMs` later
    // than a direct dial's (a slower path to the same machine, as a mapped or relayed address).
    void addAlias(const QString &alias, const QString &host, qint64 extraDelayMs);

    // Carriers and datagram sockets for one host; owned by the caller.
    MemoryCarrierFactory *factoryFor(const QString &host, QObject *parent = nullptr);
    MemoryDatagramFactory *datagramsFor(const QString &host, QObject *parent = nullptr);

private:
    friend class MemoryCarrier;
    friend class MemoryCarrierFactory;
    friend class MemoryDatagramSocket;
    bool bind(const QString &host, quint16 &port, MemoryCarrierFactory *factory);
    void unbind(const QString &host, quint16 port);
    MemoryCarrier *dial(const QString &fromHost, const QString &host, quint16 port, QObject *parent);
    void arrive(QPointer<MemoryCarrier> dialler, const QString &fromHost, const QString &host, quint16 port);
    void deliver(MemoryCarrier *from, QPointer<MemoryCarrier> to, QByteArray bytes);
    qint64 streamDelay(MemoryCarrier *from);  // latency, plus a retransmission when lost, in order
    bool bindDatagram(MemoryDatagramSocket *socket, quint16 &port, bool shared);
    void unbindDatagram(MemoryDatagramSocket *socket);
    void sendDatagram(MemoryDatagramSocket *from, const QByteArray &data, const QHostAddress &to, quint16 port);

    Clock &m_clock;
    qint64 m_latencyMs = 1;
    double m_loss = 0;
    qint64 m_retransmitMs = 200;
    Random m_random{1};
    quint16 m_nextPort = 40000;
    QHash<QString, QPointer<MemoryCarrierFactory>> m_listeners;  // "host:port"
    QHash<QString, quint16> m_nextEphemeral;
    QSet<QPair<QString, QString>> m_blocked;
    struct Alias {
        QString host;
        qint64 extraDelayMs = 0;
    };
    QHash<QString, Alias> m_aliases;
    QList<QPointer<MemoryDatagramSocket>> m_datagramSockets;  // in bind order, so delivery order is fixed
    QHash<QString, quint16> m_nextDatagramPort;
    struct LostSyn {
        QPointer<MemoryCarrier> dialler;
        QString fromHost, host;
        quint16 port = 0;
    };
    QList<LostSyn> m_lostSyns;  // dials into a partition, until heal() or the dialler gives up
    void after(qint64 ms, std::function<void()> fn);  // a clock timer cancelled if the network dies first
    QSet<Clock::TimerId> m_timers;
};

class MemoryCarrier final : public Carrier {
    Q_OBJECT

public:
    MemoryCarrier(MemoryNetwork &net, QString localHost, quint16 localPort, QString peerHost, quint16 peerPort,
                  QObject *parent);
    ~MemoryCarrier() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    qint64 bytesToWrite() const override { return 0; }
    void close() override;
    void abort() override;
    bool isOpen() const override { return m_open; }
    Transport transport() const override { return Transport::Memory; }
    QHostAddress peerAddress() const override { return QHostAddress(m_peerHost); }
    quint16 peerPort() const override { return m_peerPort; }
    QString localHost() const { return m_localHost; }

private:
    friend class MemoryNetwork;
    void attach(MemoryCarrier *peer);
    void receive(const QByteArray &bytes);
    void remoteClosed();
    void connectFailed(const QString &detail);

    MemoryNetwork &m_net;
    QString m_localHost, m_peerHost;
    quint16 m_localPort, m_peerPort;
    QPointer<MemoryCarrier> m_peer;
    QByteArray m_inbox;
    qint64 m_lastArrivalMs = 0;  // when the last write reaches the peer: later writes never overtake it
    bool m_open = false;
    bool m_finished = false;
};

class MemoryCarrierFactory final : public CarrierFactory {
    Q_OBJECT

public:
    MemoryCarrierFactory(MemoryNetwork &net, QString host, QObject *parent = nullptr);
    ~MemoryCarrierFactory() override;
    Status listen(const QHostAddress &host, quint16 port) override;
    quint16 listenPort() const override { return m_port; }
    void stopListening() override;
    Carrier *dial(const QString &host, quint16 port, QObject *parent) override;
    CarrierFactory *sibling(QObject *parent) const override { return m_net.factoryFor(m_host, parent); }
    QString host() const { return m_host; }

private:
    friend class MemoryNetwork;
    MemoryNetwork &m_net;
    QString m_host;
    quint16 m_port = 0;
};

}  // namespace swarmscope
