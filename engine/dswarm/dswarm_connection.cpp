#include "dswarm_connection.h"

#include "stats/frame_tap.h"
#include "transport/carrier.h"

namespace swarmscope {

namespace {
const QString kProtocol = QStringLiteral("discovery-swarm");
}

DswarmConnection::DswarmConnection(quint64 id, Carrier *carrier, Direction direction, const QByteArray &ownId,
                                   Clock &clock, const DswarmOptions &options, QString host, quint16 port,
                                   PeerSource source, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_carrier(carrier)
    , m_direction(direction)
    , m_ownId(ownId)
    , m_clock(clock)
    , m_options(options)
    , m_host(std::move(host))
    , m_port(port)
    , m_source(source)
    , m_handshakeTimer(clock)
    , m_lineBudget(options.linesPerSecond, clock.monotonicMs())
    , m_sinceMs(clock.wallMs())
{
    carrier->setParent(this);
    connect(carrier, &Carrier::readyRead, this, &DswarmConnection::onReadyRead);
    connect(carrier, &Carrier::closed, this, &DswarmConnection::finish);
}

DswarmConnection::~DswarmConnection()
{
    if (m_carrier)
        m_carrier->disconnect(this);
}

void DswarmConnection::start()
{
    const QByteArray hello = dswarm::encodeHandshake(m_ownId);
    m_carrier->write(hello);
    m_bytesOut += quint64(hello.size());
    tap(Direction::Outbound, QStringLiteral("handshake"), hello);
    m_handshakeTimer.start(m_options.handshakeTimeoutMs, [this] {
        if (m_state != State::Handshaking)
            return;
        emit handshakeTimedOut();
        close();
    });
    onReadyRead();  // an acceptor may already hold the peer's bytes
}

void DswarmConnection::onReadyRead()
{
    if (!m_carrier || m_state == State::Closed)
        return;
    QByteArray bytes = m_carrier->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesIn += quint64(bytes.size());
    if (m_state == State::Open)
        return onStream(std::move(bytes));
    m_buffer.append(bytes);
    const QByteArray seen = m_buffer;
    switch (m_reader.feed(m_buffer)) {
    case dswarm::HandshakeReader::State::NeedMore: return;
    case dswarm::HandshakeReader::State::Failed:
        tap(Direction::Inbound, QStringLiteral("handshake"), seen.left(dswarm::kMaxPrefixBytes + dswarm::kIdBytes));
        emit handshakeFailed(m_reader.reason(), m_reader.detail());
        close();
        return;
    case dswarm::HandshakeReader::State::Done: break;
    }
    m_handshakeTimer.stop();
    m_remoteId = m_reader.remoteId();
    tap(Direction::Inbound, QStringLiteral("handshake"), seen.left(m_reader.prefixBytes() + dswarm::kIdBytes));
    m_state = State::Open;
    emit handshaked();
    // The peer may have been dropped as self or as the redundant one of a pair.
    if (m_state == State::Open && !m_buffer.isEmpty())
        onStream(std::exchange(m_buffer, {}));
}

void DswarmConnection::onStream(QByteArray bytes)
{
    ++m_chunksIn;
    if (m_tap)
        tap(Direction::Inbound, QStringLiteral("stream"), bytes);
    QByteArrayView rest(bytes);
    qsizetype nl;
    while (m_state == State::Open && (nl = rest.indexOf('\n')) >= 0) {
        if (m_skippingLine) {
            m_skippingLine = false;  // the tail of an overlong line ends here
        } else if (m_buffer.isEmpty()) {
            takeLine(rest.first(nl));
        } else {
            m_buffer.append(rest.first(nl));
            takeLine(m_buffer);
            m_buffer.clear();
        }
        rest = rest.sliced(nl + 1);
    }
    if (m_skippingLine || rest.isEmpty())
        return;
    if (m_buffer.size() + rest.size() > m_options.maxLineBytes) {
        rejectLongLine();
        m_buffer.clear();
        m_skippingLine = true;
        return;
    }
    m_buffer.append(rest);
}

void DswarmConnection::rejectLongLine()
{
    emit rejected(DswarmRefusal::LineTooLong,
                  QStringLiteral("a line longer than %1 bytes was cut off").arg(m_options.maxLineBytes));
}

void DswarmConnection::takeLine(QByteArrayView line)
{
    if (line.size() > m_options.maxLineBytes)
        return rejectLongLine();
    ++m_linesIn;
    if (!m_lineBudget.take(1, m_clock.monotonicMs())) {
        emit rejected(DswarmRefusal::LinesRateLimited,
                      QStringLiteral("more than %1 lines a second").arg(m_options.linesPerSecond));
        return;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    emit lineReceived(QString::fromUtf8(line));
}

bool DswarmConnection::writeLine(const QByteArray &line)
{
    if (!m_carrier || m_state != State::Open)
        return false;
    if (m_carrier->bytesToWrite() > m_options.maxSendBufferBytes) {
        emit rejected(DswarmRefusal::SendBufferFull, QStringLiteral("the peer does not read; line not sent"));
        return false;
    }
    QByteArray bytes = line;
    bytes.append('\n');
    m_carrier->write(bytes);
    m_bytesOut += quint64(bytes.size());
    ++m_linesOut;
    ++m_chunksOut;
    if (m_tap)
        tap(Direction::Outbound, QStringLiteral("stream"), bytes);
    return true;
}

void DswarmConnection::tap(Direction dir, const QString &type, const QByteArray &bytes)
{
    if (!m_tap)
        return;
    FrameRecord f;
    f.timeMs = m_clock.wallMs();
    f.connectionId = m_id;
    f.peerAddress = remoteIdHex();
    f.host = m_host;
    f.port = m_port;
    f.direction = dir;
    f.transport = Transport::Tcp;
    f.protocol = kProtocol;
    f.type = type;
    f.wireBytes = int(bytes.size());
    f.payload = bytes.left(m_options.maxCapturedChunkBytes);
    m_tap->onFrame(f);
}

void DswarmConnection::close()
{
    if (m_carrier)
        m_carrier->abort();
    finish();
}

void DswarmConnection::closeGracefully()
{
    if (Carrier *carrier = m_carrier) {
        // The carrier outlives this connection until its bytes are out (or 5 s have passed).
        carrier->disconnect(this);
        carrier->setParent(nullptr);
        connect(carrier, &Carrier::closed, carrier, &QObject::deleteLater);
        QPointer<Carrier> guard(carrier);
        m_clock.schedule(5000, [guard] {
            if (guard)
                guard->deleteLater();
        });
        m_carrier = nullptr;
        carrier->close();
    }
    finish();
}

void DswarmConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_buffer.clear();
    emit closed();
}

void DswarmConnection::sampleRates(qint64 nowMs)
{
    m_rates.sample(nowMs, m_bytesIn, m_bytesOut);
}

PeerSnapshot DswarmConnection::snapshot() const
{
    PeerSnapshot s;
    s.connectionId = m_id;
    s.id = PeerId::fromBytes(m_remoteId);
    s.address = remoteIdHex();
    s.host = m_host;
    s.port = m_port;
    s.direction = m_direction;
    s.transport = Transport::Tcp;
    s.source = m_source;
    s.local = true;
    s.state = m_state == State::Open    ? ConnectionState::Connected
        : m_state == State::Handshaking ? ConnectionState::Handshaking
                                        : ConnectionState::Closed;
    s.agent = kProtocol;
    s.rooms = m_rooms;
    s.bytesIn = m_bytesIn;
    s.bytesOut = m_bytesOut;
    s.framesIn = m_chunksIn;
    s.framesOut = m_chunksOut;
    s.messagesIn = m_linesIn;
    s.messagesOut = m_linesOut;
    s.bytesInPerSec = m_rates.inPerSec();
    s.bytesOutPerSec = m_rates.outPerSec();
    s.sinceMs = m_sinceMs;
    return s;
}

}  // namespace swarmscope
