#pragma once

#include "core/clock.h"
#include "dswarm/dswarm_handshake.h"
#include "dswarm/dswarm_options.h"
#include "relay/token_bucket.h"
#include "snapshots.h"
#include "stats/byte_rates.h"

#include <QObject>
#include <QPointer>

namespace swarmscope {

class Carrier;
class FrameTap;

// One discovery-swarm connection: the id exchange (docs/DISCOVERY_SWARM.md), then the app's raw
// stream, which we read as newline-terminated text lines. Bad input is refused with a reason
// (handshake) or cut and counted (overlong lines, floods) with memory bounded by the options.
class DswarmConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DswarmConnection)

public:
    enum class State { Handshaking, Open, Closed };

    DswarmConnection(quint64 id, Carrier *carrier, Direction direction, const QByteArray &ownId, Clock &clock,
                     const DswarmOptions &options, QString host, quint16 port, PeerSource source,
                     QObject *parent = nullptr);
    ~DswarmConnection() override;

    void start();  // writes our id now (dialler and acceptor alike) and arms the handshake timeout
    // Writes one line, newline-terminated. False (and counted) when the peer stopped reading.
    bool writeLine(const QByteArray &line);
    void close();  // drops the socket now; closed() follows once
    // Lets what we wrote (our id) reach the peer, then closes: the peer can then take the same
    // dedup decision itself instead of seeing a reset. closed() follows at once.
    void closeGracefully();

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    Direction direction() const { return m_direction; }
    const QByteArray &remoteId() const { return m_remoteId; }
    QString remoteIdHex() const { return QString::fromLatin1(m_remoteId.toHex()); }
    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    PeerSource source() const { return m_source; }
    PeerSnapshot snapshot() const;
    void sampleRates(qint64 nowMs);
    void setTap(FrameTap *tap) { m_tap = tap; }
    void setRooms(const QStringList &rooms) { m_rooms = rooms; }

signals:
    void handshaked();  // remoteId() is known
    void handshakeFailed(swarmscope::DswarmRefusal reason, const QString &detail);
    void handshakeTimedOut();
    void lineReceived(const QString &text);
    void rejected(swarmscope::DswarmRefusal reason, const QString &detail);  // input dropped, connection stays
    void closed();

private:
    void onReadyRead();
    void onStream(QByteArray bytes);
    void takeLine(QByteArrayView line);
    void rejectLongLine();
    void tap(Direction dir, const QString &type, const QByteArray &bytes);
    void finish();

    quint64 m_id;
    QPointer<Carrier> m_carrier;
    Direction m_direction;
    QByteArray m_ownId;
    Clock &m_clock;
    const DswarmOptions &m_options;
    QString m_host;
    quint16 m_port;
    PeerSource m_source = PeerSource::Manual;
    QStringList m_rooms;
    State m_state = State::Handshaking;
    dswarm::HandshakeReader m_reader;
    QByteArray m_buffer;  // the handshake while it arrives, then the unfinished line
    bool m_skippingLine = false;  // inside an overlong line: drop until its newline
    QByteArray m_remoteId;
    ScopedTimer m_handshakeTimer;
    TokenBucket m_lineBudget;
    qint64 m_sinceMs = 0;
    quint64 m_bytesIn = 0, m_bytesOut = 0, m_linesIn = 0, m_linesOut = 0, m_chunksIn = 0, m_chunksOut = 0;
    ByteRates m_rates;
    FrameTap *m_tap = nullptr;
};

}  // namespace swarmscope
