#include "session_harness.h"

#include "events/event_json.h"

#include <QTest>

namespace swarmscope::test {

EngineConfig localConfig(const QString &profileDir, quint16 connectPort)
{
    EngineConfig config;
    config.profileDir = profileDir;
    config.lan.enabled = false;
    config.listenHost = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = 0;
    if (connectPort != 0)
        config.connectTo.append(HostPort{QStringLiteral("127.0.0.1"), connectPort});
    return config;
}

std::unique_ptr<Session> startLocalSession(const QString &profileDir, quint16 connectPort)
{
    auto created = Session::create(localConfig(profileDir, connectPort));
    if (!created) {
        qWarning("Session::create failed: %s", qPrintable(created.error().detail));
        return nullptr;
    }
    std::unique_ptr<Session> session = std::move(created).value();
    if (const Status started = session->start(); !started) {
        qWarning("Session::start failed: %s", qPrintable(started.error().detail));
        return nullptr;
    }
    return session;
}

EngineConfig TestPeer::configFor(const Options &options, const QString &profileDir)
{
    EngineConfig config;
    config.profileDir = profileDir;
    config.listenHost = QHostAddress::LocalHost;
    config.listenPort = 0;
    config.lan.enabled = options.lan;
    config.lan.interfaceName = QStringLiteral("lo");
    config.lan.port = options.lanPort;
    config.handshakeTimeoutMs = options.handshakeTimeoutMs;
    config.pingIntervalMs = options.pingIntervalMs;
    config.swarm = options.swarm;
    if (!options.peerExchange)
        config.swarm.pexMaxEntries = 0;
    config.dht.enabled = options.dht;
    config.dht.bindHost = QHostAddress::LocalHost;
    config.dht.enforceIpLimits = false;  // every test node shares 127.0.0.1
    config.dht.bootstrap = options.dhtBootstrap;
    config.displayName = options.name;
    config.circuits.serve = options.relay;
    config.circuits.maxCircuitsPerPeer = options.maxCircuitsPerPeer;
    config.nat.relays = options.relayNodes;
    config.nat.holePunching = options.holePunching;
    return config;
}

TestPeer::TestPeer() : TestPeer(Options{})
{}

TestPeer::TestPeer(Options options, const QString &profileDir)
{
    const EngineConfig config = configFor(options, profileDir.isEmpty() ? m_dir.path() : profileDir);
    World world;
    world.clock = options.clock;
    auto s = Session::create(config, world);
    if (!s)
        qFatal("cannot create session: %s", qPrintable(s.error().detail));
    m_session = std::move(*s);
    connect(m_session.get(), &Session::eventsReady, this, [this](const EventBatch &batch) {
        allEvents += batch;
        for (const Event &e : batch)
            if (const auto *m = e.get<MessageReceived>())
                messages.append(m->message);
    });
    connect(m_session.get(), &Session::peersChanged, this, [this](const PeerDelta &d) { lastDelta = d; });
    const Status st = m_session->start();
    if (!st.ok())
        qFatal("cannot start session: %s", qPrintable(st.error().detail));
}

TestPeer::~TestPeer() = default;

QList<QJsonObject> TestPeer::events(const QString &kind) const
{
    QList<QJsonObject> out;
    for (const Event &e : allEvents)
        for (const QJsonObject &line : eventJsonLines(e))
            if (line.value(QStringLiteral("event")).toString() == kind)
                out.append(line);
    return out;
}

quint64 TestPeer::rejectCount(const QString &reason) const
{
    for (const auto &[name, count] : m_session->status().rejects)
        if (name == reason)
            return count;
    return 0;
}

}  // namespace swarmscope::test
