#include "doctor/doctor.h"

#include "core/clock.h"
#include "core/random.h"
#include "dht/krpc.h"
#include "dht/node_id.h"
#include "transport/bypass_proxy.h"
#include "transport/datagram_socket.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcDoctor, "swarmscope.engine.doctor")

namespace swarmscope {

namespace {

constexpr qint64 kSaneWallMinMs = 1'577'836'800'000;  // 2020-01-01
constexpr qint64 kSaneWallMaxMs = 4'102'444'800'000;  // 2100-01-01

DoctorCheck make(const QString &id, DoctorCheck::State state, const QString &code, const QString &detail,
                 const QString &advice = {}, QJsonObject args = {})
{
    return DoctorCheck{id, state, code, detail, advice, std::move(args)};
}

// The named interface if it exists, else the first up multicast one; empty if none.
QString multicastInterface(const DatagramFactory &datagrams, const QString &name)
{
    if (!name.isEmpty())
        return datagrams.hasInterface(name) ? name : QString();
    return datagrams.multicastInterfaces().value(0);
}

// Resolves host (an address or a name) and calls fn with the first IPv4/IPv6 address, or a null one.
void resolve(const QString &host, QObject *context, std::function<void(QHostAddress)> fn)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        fn(literal);
        return;
    }
    QHostInfo::lookupHost(host, context, [fn = std::move(fn)](const QHostInfo &info) {
        fn(info.addresses().isEmpty() ? QHostAddress() : info.addresses().first());
    });
}

}  // namespace

QString DoctorCheck::stateName(State state)
{
    switch (state) {
    case State::Ok: return QStringLiteral("ok");
    case State::Warn: return QStringLiteral("warn");
    case State::Fail: return QStringLiteral("fail");
    }
    return {};
}

QJsonObject DoctorCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), stateName(state)},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("detail"), detail}};
    if (!advice.isEmpty())
        o.insert(QStringLiteral("advice"), advice);
    if (!args.isEmpty())
        o.insert(QStringLiteral("args"), args);
    return o;
}

Doctor::Doctor(EngineConfig config, QObject *parent) : Doctor(std::move(config), Options{}, World{}, parent)
{}

Doctor::Doctor(EngineConfig config, Options options, World world, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
{
    world = completeWorld(world, m_real);
    m_clock = world.clock;
    m_random = world.random;
    m_datagrams = world.datagrams;
    m_portMapping = world.portMapping;
}

Doctor::~Doctor()
{
    for (quint64 id : std::as_const(m_timers))
        m_clock->cancel(id);
}

void Doctor::after(qint64 ms, QObject *context, std::function<void()> fn)
{
    auto id = std::make_shared<Clock::TimerId>(0);
    *id = m_clock->schedule(ms, [this, id, guard = QPointer<QObject>(context), fn = std::move(fn)] {
        m_timers.remove(*id);
        if (guard)
            fn();
    });
    m_timers.insert(*id);
}

QStringList Doctor::checkIds()
{
    return {QStringLiteral("listen"),     QStringLiteral("lan-multicast"), QStringLiteral("dht"),
            QStringLiteral("nat"),        QStringLiteral("port-mapping"),  QStringLiteral("relays"),
            QStringLiteral("hole-punch"), QStringLiteral("peers"),         QStringLiteral("clock")};
}

const QList<std::pair<QString, QString>> &Doctor::findings()
{
    // Built once: the dialog asks for every row it paints.
    static const QList<std::pair<QString, QString>> all = [] {
        const auto of = [](const char *id, std::initializer_list<const char *> codes) {
            QList<std::pair<QString, QString>> out;
            for (const char *code : codes)
                out.append({QString::fromLatin1(id), QString::fromLatin1(code)});
            return out;
        };
        return of("listen", {"in-use-by-us", "bound", "port-in-use", "bind-failed"})
            + of("lan-multicast",
                 {"lan-off", "no-interface", "bind-failed", "join-failed", "echo", "no-echo", "send-failed"})
            + of("dht", {"dht-off", "no-bootstrap", "bind-failed", "answered", "some-silent", "all-silent"})
            + of("nat", {"public", "no-nat", "port-preserving", "address-dependent", "unknown"})
            + of("port-mapping", {"mapping-off", "no-fixed-port", "mapped", "no-router"})
            + of("relays", {"not-needed", "slot-held", "no-slot", "no-relay", "configured"})
            + of("hole-punch", {"not-needed", "off", "punched", "failing", "cannot", "should-work", "unknown"})
            + of("peers", {"none", "answered", "some-unreachable", "all-unreachable"})
            + of("clock", {"wall-insane", "monotonic-stuck", "sane"});
    }();
    return all;
}

void Doctor::run()
{
    if (m_pending > 0)
        return;
    m_checks.clear();
    m_pending = int(checkIds().size());
    m_startWallMs = m_clock->wallMs();
    checkListen();
    checkMulticast();
    checkDht();
    checkPortMapping();
    checkRelays();
    checkPeers();
    checkClock();
}

void Doctor::add(DoctorCheck check)
{
    qCInfo(lcDoctor) << check.id << DoctorCheck::stateName(check.state) << check.detail;
    m_checks.append(check);
    emit checkFinished(check);
    if (--m_pending == 0) {
        // Report in a fixed order, whatever finished first.
        const QStringList order = checkIds();
        std::sort(m_checks.begin(), m_checks.end(), [&](const DoctorCheck &a, const DoctorCheck &b) {
            return order.indexOf(a.id) < order.indexOf(b.id);
        });
        emit finished(report());
    }
}

QJsonObject Doctor::report() const
{
    QJsonArray checks;
    auto worst = DoctorCheck::State::Ok;
    for (const DoctorCheck &c : m_checks) {
        checks.append(c.toJson());
        worst = std::max(worst, c.state);
    }
    return {{QStringLiteral("status"), DoctorCheck::stateName(worst)},
            {QStringLiteral("ok"), worst != DoctorCheck::State::Fail},
            {QStringLiteral("time"), double(m_startWallMs)},
            {QStringLiteral("complete"), m_pending == 0},
            {QStringLiteral("checks"), checks}};
}

void Doctor::checkListen()
{
    const QString id = QStringLiteral("listen");
    const QString where = (m_config.listenHost.isNull() ? QStringLiteral("*") : m_config.listenHost.toString())
        + QLatin1Char(':') + QString::number(m_config.listenPort);
    if (m_config.listenPort != 0 && m_config.listenPort == m_options.ownListenPort) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("in-use-by-us"),
                 QStringLiteral("TCP %1 is held by this session").arg(where), {}, {{QStringLiteral("where"), where}}));
        return;
    }
    QTcpServer server;
    bypassProxy(server);
    if (server.listen(m_config.listenHost, m_config.listenPort)) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("bound"),
                 QStringLiteral("TCP %1 can be bound (got port %2)").arg(where).arg(server.serverPort()), {},
                 {{QStringLiteral("where"), where}, {QStringLiteral("port"), int(server.serverPort())}}));
        return;
    }
    const bool inUse = server.serverError() == QAbstractSocket::AddressInUseError;
    add(make(id, DoctorCheck::State::Fail, inUse ? QStringLiteral("port-in-use") : QStringLiteral("bind-failed"),
             QStringLiteral("cannot listen on TCP %1: %2").arg(where, server.errorString()),
             inUse ? QStringLiteral("Another program uses this port: stop it or choose another listening port.")
                   : QStringLiteral("Check the listening address: it must belong to this machine."),
             {{QStringLiteral("where"), where}, {QStringLiteral("error"), server.errorString()}}));
}

void Doctor::checkMulticast()
{
    const QString id = QStringLiteral("lan-multicast");
    const LanConfig &lan = m_config.lan;
    if (!lan.enabled) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("lan-off"), QStringLiteral("LAN discovery is turned off"),
                 QStringLiteral("Turn LAN discovery on to find peers on the local network without the DHT.")));
        return;
    }
    const QString iface = multicastInterface(*m_datagrams, lan.interfaceName);
    const QString ifName = lan.interfaceName.isEmpty() ? QStringLiteral("(any)") : lan.interfaceName;
    if (iface.isEmpty()) {
        add(make(id, DoctorCheck::State::Fail, QStringLiteral("no-interface"),
                 QStringLiteral("no usable multicast interface %1").arg(ifName),
                 QStringLiteral("Choose an existing network interface for LAN discovery."),
                 {{QStringLiteral("interface"), lan.interfaceName}}));
        return;
    }
    const QJsonObject where{{QStringLiteral("group"), lan.group.toString()}, {QStringLiteral("interface"), iface}};
    const auto withError = [where](const QString &error) {
        QJsonObject args = where;
        args.insert(QStringLiteral("error"), error);
        return args;
    };
    auto *ctx = new QObject(this);
    DatagramSocket *sock = m_datagrams->create(ctx);
    auto done = std::make_shared<bool>(false);
    auto finish = [this, ctx, done](DoctorCheck check) {
        if (*done)
            return;
        *done = true;
        ctx->deleteLater();
        add(std::move(check));
    };
    if (Status st = sock->bind(QHostAddress::AnyIPv4, 0, true); !st.ok()) {
        finish(make(id, DoctorCheck::State::Fail, QStringLiteral("bind-failed"),
                    QStringLiteral("cannot open a UDP socket: %1").arg(st.error().detail), {},
                    {{QStringLiteral("error"), st.error().detail}}));
        return;
    }
    if (Status st = sock->joinGroup(lan.group, iface); !st.ok()) {
        finish(make(id, DoctorCheck::State::Fail, QStringLiteral("join-failed"),
                    QStringLiteral("cannot join %1 on %2: %3").arg(lan.group.toString(), iface, st.error().detail),
                    QStringLiteral("The interface may not support multicast: choose another one or rely on the DHT."),
                    withError(st.error().detail)));
        return;
    }
    sock->setMulticastInterface(iface);
    sock->setMulticastLoopback(true);
    const QByteArray token = "swarmscope-doctor " + QByteArray::number(m_random->generate64(), 16);
    const qint64 startMs = m_clock->monotonicMs();
    connect(sock, &DatagramSocket::readyRead, ctx, [=, this] {
        while (sock->hasPending()) {
            if (sock->receive().data == token) {
                const qint64 ms = m_clock->monotonicMs() - startMs;
                QJsonObject args = where;
                args.insert(QStringLiteral("ms"), double(ms));
                finish(make(
                    id, DoctorCheck::State::Ok, QStringLiteral("echo"),
                    QStringLiteral("multicast on %1 (%2) came back in %3 ms").arg(iface, lan.group.toString()).arg(ms),
                    {}, args));
                return;
            }
        }
    });
    after(m_options.multicastTimeoutMs, ctx, [=, this] {
        QJsonObject args = where;
        args.insert(QStringLiteral("timeoutMs"), m_options.multicastTimeoutMs);
        finish(make(id, DoctorCheck::State::Fail, QStringLiteral("no-echo"),
                    QStringLiteral("a multicast probe to %1 on %2 did not come back within %3 ms")
                        .arg(lan.group.toString(), iface)
                        .arg(m_options.multicastTimeoutMs),
                    QStringLiteral("A firewall may drop multicast (UDP to 224.0.0.251), or the interface is down."),
                    args));
    });
    if (!sock->send(token, lan.group, sock->localPort()))
        finish(make(id, DoctorCheck::State::Fail, QStringLiteral("send-failed"),
                    QStringLiteral("cannot send to %1 on %2: %3").arg(lan.group.toString(), iface, sock->errorString()),
                    QStringLiteral("The interface has no route for multicast: choose another one."),
                    withError(sock->errorString())));
}

void Doctor::checkDht()
{
    const QString id = QStringLiteral("dht");
    const DhtConfig &dht = m_config.dht;
    if (!dht.enabled) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("dht-off"), QStringLiteral("the DHT is turned off"),
                 QStringLiteral("Without the DHT, rooms find peers only on the LAN or through manual peers.")));
        checkNat({}, 0);
        return;
    }
    if (dht.bootstrap.isEmpty()) {
        add(make(
            id, DoctorCheck::State::Warn, QStringLiteral("no-bootstrap"), QStringLiteral("no bootstrap nodes"),
            QStringLiteral("Add at least one DHT bootstrap node, or the DHT can only learn peers that contact us.")));
        checkNat({}, 0);
        return;
    }
    auto *ctx = new QObject(this);
    DatagramSocket *sock = m_datagrams->create(ctx);
    const QHostAddress bindHost = dht.bindHost.isNull() ? QHostAddress(QHostAddress::AnyIPv4) : dht.bindHost;
    if (Status st = sock->bind(bindHost, 0); !st.ok()) {
        ctx->deleteLater();
        add(make(id, DoctorCheck::State::Fail, QStringLiteral("bind-failed"),
                 QStringLiteral("cannot open a UDP socket on %1: %2").arg(bindHost.toString(), st.error().detail), {},
                 {{QStringLiteral("host"), bindHost.toString()}, {QStringLiteral("error"), st.error().detail}}));
        checkNat({}, 0);
        return;
    }
    struct State {
        QList<QString> names;
        QList<bool> answered;
        QList<qint64> ms;
        QList<AddressObservation> seen;  // BEP 42 "ip" in their answers
        bool done = false;
        qint64 startMs = 0;
    };
    auto st = std::make_shared<State>();
    for (const auto &[host, port] : dht.bootstrap) {
        st->names.append(host + QLatin1Char(':') + QString::number(port));
        st->answered.append(false);
        st->ms.append(-1);
    }
    st->startMs = m_clock->monotonicMs();
    const NodeId self = NodeId::random(*m_random);
    auto summarize = [this, ctx, sock, st, id] {
        if (st->done)
            return;
        st->done = true;
        ctx->deleteLater();
        checkNat(st->seen, sock->localPort());
        QStringList ok, silent;
        QJsonArray answeredArg, silentArg;
        for (int i = 0; i < st->names.size(); ++i) {
            if (st->answered[i]) {
                ok.append(QStringLiteral("%1 (%2 ms)").arg(st->names[i]).arg(st->ms[i]));
                answeredArg.append(
                    QJsonObject{{QStringLiteral("node"), st->names[i]}, {QStringLiteral("ms"), double(st->ms[i])}});
            } else {
                silent.append(st->names[i]);
                silentArg.append(st->names[i]);
            }
        }
        const QJsonObject args{{QStringLiteral("answered"), answeredArg},
                               {QStringLiteral("silent"), silentArg},
                               {QStringLiteral("timeoutMs"), m_options.dhtTimeoutMs}};
        if (silent.isEmpty())
            add(make(id, DoctorCheck::State::Ok, QStringLiteral("answered"),
                     QStringLiteral("bootstrap nodes answered: %1").arg(ok.join(QStringLiteral(", "))), {}, args));
        else if (!ok.isEmpty())
            add(make(
                id, DoctorCheck::State::Warn, QStringLiteral("some-silent"),
                QStringLiteral("no answer within %1 ms from %2")
                    .arg(m_options.dhtTimeoutMs)
                    .arg(silent.join(QStringLiteral(", "))),
                QStringLiteral("Some bootstrap nodes are down or unreachable; the DHT still works through the others."),
                args));
        else
            add(make(
                id, DoctorCheck::State::Fail, QStringLiteral("all-silent"),
                QStringLiteral("no bootstrap node answered a ping within %1 ms (%2)")
                    .arg(m_options.dhtTimeoutMs)
                    .arg(silent.join(QStringLiteral(", "))),
                QStringLiteral("Check that UDP traffic is allowed out and that the bootstrap addresses are right."),
                args));
    };
    connect(sock, &DatagramSocket::readyRead, ctx, [=, this] {
        while (sock->hasPending()) {
            const Datagram datagram = sock->receive();
            const auto msg = Krpc::parse(datagram.data);
            if (!msg || msg->kind != KrpcMessage::Kind::Response || msg->transactionId.size() != 2)
                continue;
            const int i = (quint8(msg->transactionId[0]) << 8) | quint8(msg->transactionId[1]);
            if (i < st->answered.size() && !st->answered[i]) {
                st->answered[i] = true;
                st->ms[i] = m_clock->monotonicMs() - st->startMs;
                if (msg->yourAddress && msg->yourAddress->ip != 0) {
                    AddressObservation o;
                    o.via = AddressObservation::Via::Dht;
                    o.observer = st->names[i];
                    o.observerIp = datagram.sender;
                    o.external = QHostAddress(msg->yourAddress->ip);
                    o.externalPort = msg->yourAddress->port;
                    o.localPort = sock->localPort();
                    st->seen.append(o);
                }
            }
        }
        if (!st->answered.contains(false))
            summarize();
    });
    after(m_options.dhtTimeoutMs, ctx, summarize);
    for (int i = 0; i < dht.bootstrap.size(); ++i) {
        const quint16 port = dht.bootstrap[i].second;
        resolve(dht.bootstrap[i].first, ctx, [sock, self, i, port](const QHostAddress &addr) {
            if (addr.isNull())
                return;  // unresolved: counted as silent
            QByteArray tid;
            tid.append(char(i >> 8)).append(char(i & 0xff));
            sock->send(Krpc::pingQuery(tid, self), addr, port);
        });
    }
}

void Doctor::checkPeers()
{
    const QString id = QStringLiteral("peers");
    if (m_config.connectTo.isEmpty()) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("none"), QStringLiteral("no manual peers configured")));
        return;
    }
    auto *ctx = new QObject(this);
    struct State {
        QStringList names, errors;
        QList<int> result;  // 0 pending, 1 answered, -1 failed
        bool done = false;
    };
    auto st = std::make_shared<State>();
    auto summarize = [this, ctx, st, id] {
        if (st->done)
            return;
        st->done = true;
        ctx->deleteLater();
        QStringList ok, bad;
        QJsonArray reachableArg, unreachableArg;
        for (int i = 0; i < st->names.size(); ++i) {
            if (st->result[i] == 1) {
                ok << st->names[i];
                reachableArg.append(st->names[i]);
                continue;
            }
            bad << (st->errors[i].isEmpty()
                        ? QString(st->names[i] + QStringLiteral(" (timeout)"))
                        : QString(st->names[i] + QStringLiteral(" (") + st->errors[i] + QLatin1Char(')')));
            QJsonObject failure{{QStringLiteral("peer"), st->names[i]}};
            if (!st->errors[i].isEmpty())
                failure.insert(QStringLiteral("error"), st->errors[i]);  // none: it timed out
            unreachableArg.append(failure);
        }
        const QJsonObject args{{QStringLiteral("reachable"), reachableArg},
                               {QStringLiteral("unreachable"), unreachableArg},
                               {QStringLiteral("timeoutMs"), m_options.peerTimeoutMs}};
        if (bad.isEmpty())
            add(make(id, DoctorCheck::State::Ok, QStringLiteral("answered"),
                     QStringLiteral("peers accept TCP connections: %1").arg(ok.join(QStringLiteral(", "))), {}, args));
        else
            add(make(id, ok.isEmpty() ? DoctorCheck::State::Fail : DoctorCheck::State::Warn,
                     ok.isEmpty() ? QStringLiteral("all-unreachable") : QStringLiteral("some-unreachable"),
                     QStringLiteral("no TCP connection within %1 ms to %2")
                         .arg(m_options.peerTimeoutMs)
                         .arg(bad.join(QStringLiteral(", "))),
                     QStringLiteral("Check the peer addresses and that those peers are running and reachable."), args));
    };
    auto check = [st, summarize] {
        if (!st->result.contains(0))
            summarize();
    };
    for (const HostPort &hp : m_config.connectTo) {
        const int i = int(st->names.size());
        st->names << hp.toString();
        st->errors << QString();
        st->result << 0;
        auto *sock = new QTcpSocket(ctx);
        bypassProxy(*sock);
        connect(sock, &QTcpSocket::connected, ctx, [=] {
            st->result[i] = 1;
            sock->abort();
            check();
        });
        connect(sock, &QTcpSocket::errorOccurred, ctx, [=] {
            if (st->result[i] != 0)
                return;
            st->result[i] = -1;
            st->errors[i] = sock->errorString();
            check();
        });
        sock->connectToHost(hp.host, hp.port);
    }
    after(m_options.peerTimeoutMs, ctx, summarize);
}

void Doctor::checkClock()
{
    const QString id = QStringLiteral("clock");
    const qint64 wall = m_clock->wallMs();
    const qint64 mono = m_clock->monotonicMs();
    after(50, this, [this, id, wall, mono] {
        const qint64 advanced = m_clock->monotonicMs() - mono;
        if (wall < kSaneWallMinMs || wall > kSaneWallMaxMs)
            add(make(id, DoctorCheck::State::Fail, QStringLiteral("wall-insane"),
                     QStringLiteral("the wall clock reads %1 ms since 1970, outside 2020..2100").arg(wall),
                     QStringLiteral("Set the system date and time (turn on network time): message times and replay "
                                    "checks depend on it."),
                     {{QStringLiteral("wallMs"), double(wall)}}));
        else if (advanced <= 0)
            add(make(id, DoctorCheck::State::Fail, QStringLiteral("monotonic-stuck"),
                     QStringLiteral("the monotonic clock did not advance in 50 ms"),
                     QStringLiteral("The system timer is broken; timeouts and retries will not work.")));
        else
            add(make(id, DoctorCheck::State::Ok, QStringLiteral("sane"),
                     QStringLiteral("wall clock %1, monotonic clock advancing").arg(wall), {},
                     {{QStringLiteral("wallMs"), double(wall)}}));
    });
}

}  // namespace swarmscope
