#include "node_console.h"

#include "dht/dht_views.h"
#include "events/event_json.h"
#include "rooms/builtin_procedures.h"
#include "rooms/room_backend.h"
#include "peer_relay/peer_relay_socket.h"
#include "session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace swarmscope::node {

namespace {
constexpr qsizetype kMaxLine = 64 * 1024;
}

NodeConsole::NodeConsole(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
{
    connect(&m_stdin, &QSocketNotifier::activated, this, &NodeConsole::onStdinReadable);
    connect(&m_session, &Session::eventsReady, this, [](const EventBatch &events) {
        for (const Event &e : events)
            print(e);
    });
    registerBuiltinProcedures(m_session);
}

NodeConsole::~NodeConsole() = default;

void NodeConsole::staticPrint(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void NodeConsole::print(const Event &event)
{
    for (const QJsonObject &object : eventJsonLines(event))
        staticPrint(object);
}

void NodeConsole::answer(EventPayload payload)
{
    print(Event{QDateTime::currentMSecsSinceEpoch(), std::move(payload)});
}

void NodeConsole::onStdinReadable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_stdin.setEnabled(false);  // end of input: keep serving (a service has no stdin)
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
        m_buffer.remove(0, nl + 1);
        if (!line.isEmpty())
            handleLine(line);
    }
    if (m_buffer.size() > kMaxLine) {
        error(QStringLiteral("input line longer than 64 KiB dropped"));
        m_buffer.clear();
    }
}

void NodeConsole::handleLine(const QString &line)
{
    if (line.startsWith(QLatin1Char('/'))) {
        const int space = line.indexOf(QLatin1Char(' '));
        handleCommand(line.mid(1, space < 0 ? -1 : space - 1), space < 0 ? QString() : line.mid(space + 1).trimmed());
        return;
    }
    const QStringList rooms = m_session.rooms();
    if (rooms.isEmpty()) {
        return error(QStringLiteral("not in any room; use --join or /join"));
    }
    for (const QString &room : rooms) {
        if (auto sent = m_session.sendMessage(room, line); !sent)
            answer(CommandFailed{.detail = sent.error().detail, .room = room});
    }
}

void NodeConsole::handleCommand(const QString &command, const QString &argument)
{
    if (handlePeerRelayCommand(command, argument) || handleFileCommand(command, argument)
        || handleProfileCommand(command, argument))
        return;
    if (command == QLatin1String("quit")) {
        emit quitRequested();
    } else if (command == QLatin1String("status")) {
        printStatus();
    } else if (command == QLatin1String("peers")) {
        printPeers();
    } else if (command == QLatin1String("send")) {
        const qsizetype space = argument.indexOf(QLatin1Char(' '));
        if (space <= 0)
            return error(QStringLiteral("/send expects ADDRESS TEXT"));
        auto sent = m_session.sendDirect(argument.left(space), argument.mid(space + 1).trimmed());
        if (!sent)
            return error(sent.error().detail);
    } else if (command == QLatin1String("procedures")) {
        auto call = m_session.callRpc(argument, Rpc::kListProcedures, QJsonValue());
        if (!call)
            error(call.error().detail);
    } else if (command == QLatin1String("rpc")) {
        const QStringList words = argument.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            return error(QStringLiteral("/rpc expects ADDRESS NAME [JSON]"));
        const QString json = argument.section(QLatin1Char(' '), 2).trimmed();
        QJsonValue args;
        if (!json.isEmpty()) {
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]", &perr);
            if (perr.error != QJsonParseError::NoError)
                return error(QStringLiteral("/rpc arguments are not JSON: %1").arg(perr.errorString()));
            args = doc.array().first();
        }
        if (auto call = m_session.callRpc(words[0], words[1], args); !call)
            return error(call.error().detail);
    } else if (command == QLatin1String("announce")) {
        const QStringList words = argument.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            return error(QStringLiteral("/announce expects TYPE DATA [LIMIT]"));
        bool ok = true;
        const int limit = words.size() > 2 ? words[2].toInt(&ok) : 0;
        if (!ok || limit < 0 || limit > wire::kMaxGossipHops)
            return error(QStringLiteral("/announce LIMIT must be 0..%1").arg(wire::kMaxGossipHops));
        const QByteArray id = m_session.announce(words[0].toUtf8(), words[1].toUtf8(), limit);
        if (id.isEmpty())
            return error(QStringLiteral("/announce refused (type or data too long, or too many announces)"));
    } else if (command == QLatin1String("relay")) {
        const qsizetype space = argument.indexOf(QLatin1Char(' '));
        if (space <= 0)
            return error(QStringLiteral("/relay expects ADDRESS TEXT"));
        const Status st = m_session.relaySend(argument.left(space), argument.mid(space + 1).trimmed().toUtf8());
        if (!st.ok())
            return error(st.error().detail);
    } else if (command == QLatin1String("queue")) {
        printQueue();
    } else if (command == QLatin1String("join") && !argument.isEmpty()) {
        join(argument);
    } else if (command == QLatin1String("leave") && !argument.isEmpty()) {
        m_session.leaveRoom(RoomRef::parse(argument).value_or(RoomRef{}).key());
    } else if (command == QLatin1String("connect") && !argument.isEmpty()) {
        connectCommand(argument);
    } else if (command == QLatin1String("ban") || command == QLatin1String("unban")
               || command == QLatin1String("backoff") || command == QLatin1String("disconnect")) {
        const QStringList words = argument.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString peer = words.value(0);
        bool ok = false;
        if (command == QLatin1String("ban"))
            ok = m_session.ban(peer, words.contains(QLatin1String("soft")));
        else if (command == QLatin1String("unban"))
            ok = m_session.unban(peer);
        else if (command == QLatin1String("backoff"))
            ok = m_session.backoff(peer);
        else
            ok = m_session.disconnectPeer(peer);
        if (!ok)
            error(QStringLiteral("/%1: no known peer '%2'").arg(command, peer));
    } else {
        error(QStringLiteral(
                  "unknown command /%1 (try /status, /peers, /queue, /join ROOM|discovery-swarm:NAME|bugout:ID, /leave "
                  "ROOM, "
                  "/connect HOST:PORT [ROOM], /ban ADDRESS [soft], /unban ADDRESS, /backoff ADDRESS, "
                  "/disconnect ADDRESS, /send ADDRESS TEXT, /procedures ADDRESS, /rpc ADDRESS NAME [JSON], "
                  "/announce TYPE DATA [LIMIT], /relay ADDRESS TEXT, /export ROOM PATH, /block ADDRESS, "
                  "/unblock ADDRESS, /blocked, /name [NAME], /rename ADDRESS [NAME], /pr-send ID TEXT, /pr-connect ID, "
                  "/pr-peers, /pr-dgram ID PORT TEXT, "
                  "/quit)")
                  .arg(command));
    }
}

void NodeConsole::join(const QString &text)
{
    // "bugout:" alone is Bugout's new Bugout(): the room named by our own address (server mode).
    const auto ref = text.trimmed() == QLatin1String("bugout:")
        ? std::optional(RoomRef{RoomBackend::Bugout, m_session.address()})
        : RoomRef::parse(text);
    if (!ref)
        return error(QStringLiteral("/join expects ROOM, discovery-swarm:NAME or bugout:ID"));
    if (auto joined = m_session.join(*ref); !joined)
        answer(CommandFailed{
            .detail = joined.error().detail, .room = ref->key(), .code = joined.error().code, .backend = ref->backend});
}

// "/connect HOST:PORT [ROOM]": without a room, a lone compatibility room (and no native one)
// is where the dial goes, since such swarms only accept their own handshake.
void NodeConsole::connectCommand(const QString &argument)
{
    const QStringList words = argument.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto hp = HostPort::parse(words.value(0));
    if (!hp) {
        if (words.size() != 1 || !m_session.connectToPeer(words.value(0)))
            error(QStringLiteral("/connect expects HOST:PORT [ROOM] or the address of a known peer"));
        return;
    }
    QString room = words.value(1);
    if (room.isEmpty()) {
        const QStringList rooms = m_session.rooms();
        const auto ref = rooms.size() == 1 ? RoomRef::parse(rooms.first()) : std::nullopt;
        if (ref && ref->backend != RoomBackend::Native)
            room = rooms.first();
    }
    if (const Status st = m_session.connectTo(room, hp->host, hp->port); !st.ok())
        error(st.error().detail);
}

void NodeConsole::error(const QString &detail)
{
    answer(CommandFailed{.detail = detail});
}

void NodeConsole::printQueue()
{
    answer(QueueList{m_session.queue()});
}

void NodeConsole::printStatus()
{
    answer(StatusReport{m_session.status(), m_session.wsListenPort(), m_session.bittorrentPort(), m_session.rooms(),
                        m_session.blockedPeers(), dhtStatus(), peerRelayStatus()});
}

QJsonValue NodeConsole::dhtStatus() const
{
    const DhtView view = m_session.dhtView();
    if (!view.on)
        return QJsonValue();
    const DhtStats &st = view.stats;
    const auto toObject = [](const QHash<QString, quint64> &h) {
        QJsonObject o;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            o.insert(it.key(), double(it.value()));
        return o;
    };
    return QJsonObject{{QStringLiteral("port"), view.port},
                       {QStringLiteral("nodes"), st.routingTableSize},
                       {QStringLiteral("infohashes"), st.storedInfohashes},
                       {QStringLiteral("datagramsIn"), double(st.datagramsIn)},
                       {QStringLiteral("datagramsOut"), double(st.datagramsOut)},
                       {QStringLiteral("queriesIn"), toObject(st.queriesIn)},
                       {QStringLiteral("queriesOut"), toObject(st.queriesOut)},
                       {QStringLiteral("rejects"), toObject(st.rejects)}};
}

void NodeConsole::printPeers()
{
    answer(PeerList{m_session.peers()});
}

}  // namespace swarmscope::node
