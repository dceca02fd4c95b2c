#include "bulk_pump.h"

#include "swarm/connection.h"

namespace swarmscope {

namespace {
constexpr int kChunk = 64 * 1024;
constexpr qint64 kQueued = 8 * kChunk;  // enough to fill the pipe, not to balloon memory
}  // namespace

BulkPump::BulkPump(QObject *parent) : QObject(parent), m_chunk(kChunk, 'b')
{
    m_timer.setInterval(0);  // every turn of the owning thread's event loop: full speed
    connect(&m_timer, &QTimer::timeout, this, &BulkPump::topUp);
}

BulkPump::~BulkPump()
{
    // The connections hold references to the clock and keys: they go first.
    m_timer.stop();
    qDeleteAll(findChildren<Connection *>(Qt::FindDirectChildrenOnly));
}

bool BulkPump::start()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0).ok())
        return false;
    connect(&m_server, &CarrierFactory::incoming, this, [this](Carrier *carrier) {
        auto *c =
            new Connection(2, carrier, Direction::Inbound, m_serverKeys, m_clock, {}, QStringLiteral("bench"), this);
        connect(c, &Connection::messageReceived, this, [this](const wire::Message &m) {
            if (const auto *d = std::get_if<wire::Data>(&m))
                received += d->bytes.size();
        });
        c->start();
    });
    m_sender = new Connection(1, m_client.dial(QStringLiteral("127.0.0.1"), m_server.listenPort(), nullptr),
                              Direction::Outbound, m_clientKeys, m_clock, {}, QStringLiteral("bench"), this);
    connect(m_sender, &Connection::established, &m_timer, qOverload<>(&QTimer::start));
    m_sender->start();
    return true;
}

void BulkPump::topUp()
{
    if (m_sender->state() != Connection::State::Open) {
        m_timer.stop();
        return;
    }
    while (m_sender->bytesQueued() < kQueued)
        m_sender->sendData(m_chunk);
}

}  // namespace swarmscope
