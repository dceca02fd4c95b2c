#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "discovery/lan_config.h"
#include "discovery/multicast_socket.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

namespace swarmscope {

class DatagramFactory;
class DatagramSocket;
class Random;
struct Datagram;
struct DnsRecord;
struct DnsMessage;

// LAN discovery over multicast DNS in dns-discovery's record format (PROTOCOLS 1.5):
// a TXT question "<40 hex of key>.<domain>" is answered with TXT strings "token=<b64>" and
// "peers=<b64 of 6-byte IPv4+port entries>", where 0.0.0.0 stands for the answer's sender.
// Several instances may share one port in a process; each has its own token to drop echoes.
class LanDiscovery final : public QObject {
    Q_OBJECT
public:
    LanDiscovery(LanConfig config, Clock &clock, Random &random, DatagramFactory &datagrams, QObject *parent = nullptr);
    ~LanDiscovery() override;

    Status start();  // bind + join; error code AddressInUse/Io with detail
    // Hold the key (answer for it) and query for it at once and periodically. Announcing again
    // with another port holds both. Domains compare case-insensitively and are reported lower-case.
    void announce(const QByteArray &key20, const QString &domain, quint16 port);
    // Query only (no answering), at once and periodically.
    void lookup(const QByteArray &key20, const QString &domain);
    // Stop answering and querying.
    void remove(const QByteArray &key20, const QString &domain);
    void queryNow(const QByteArray &key20, const QString &domain);

    // Handles one datagram as if the socket had just read it (fuzz targets and tests).
    void receiveDatagram(const Datagram &datagram) { handleDatagram(datagram); }

    // The bound UDP port (0 before start() or when disabled), and the multicast group joined.
    quint16 port() const;
    const QHostAddress &group() const { return m_config.group; }

    quint64 datagramsIn() const { return m_in; }
    quint64 datagramsOut() const { return m_out; }
    QHash<QString, quint64> rejectsByReason() const { return m_rejects; }

    // The largest datagram accepted; RFC 6762 section 17 caps mDNS messages at 9000 bytes.
    static constexpr int MaxDatagram = 9000;

signals:
    void peerFound(const QByteArray &key20, const QString &domain, const QHostAddress &host, quint16 port);
    void rejected(const QString &reason, const QString &detail);  // a datagram that failed to parse etc.; also counted

private:
    struct Entry {
        QByteArray key;
        QString domain;
        QList<quint16> ports;  // announced ports; empty for a lookup only
        Clock::TimerId requery = 0;
    };
    struct Found {
        QByteArray key;
        QString domain;
        QHostAddress host;
        quint16 port = 0;
    };

    static QString normalizeDomain(const QString &domain);
    static QString nameFor(const QByteArray &key20, const QString &domain);
    Entry *track(const QByteArray &key20, const QString &domain);
    void scheduleRequery(const QString &name);
    void sendQuery(const QString &name);
    void sendDatagram(const QByteArray &datagram, quint16 port);
    void onReadyRead();
    void handleDatagram(const Datagram &datagram);
    void answerQuestions(const DnsMessage &message, quint16 senderPort);
    void handleRecord(const DnsRecord &record, const QHostAddress &sender, quint16 senderPort, QList<Found> &found);
    void reject(const QString &reason, const QString &detail);

    LanConfig m_config;
    Clock &m_clock;
    Random &m_random;
    DatagramFactory &m_datagrams;
    MulticastSocket m_multicast;  // joined, and sent on every interface it joined
    QByteArray m_token;  // base64, as sent in "token="
    QHash<QString, Entry> m_entries;  // by lower-case "<hex>.<domain>"
    quint64 m_in = 0;
    quint64 m_out = 0;
    QHash<QString, quint64> m_rejects;
};

}  // namespace swarmscope
