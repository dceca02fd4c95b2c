// The serializer (engine/events/event_json.*): every kind of the catalogue has a line, and the
// kinds a scripted node session cannot reach on loopback (tests/integration/event_shapes) print
// exactly the fields the node has always printed for them.
#include "crypto/identity.h"
#include "events/event_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <utility>

using namespace swarmscope;

namespace {

constexpr qint64 kTime = 1700000000000;

QJsonObject json(EventPayload payload)
{
    return eventJson(Event{kTime, std::move(payload)});
}

QJsonObject expected(const char *text)
{
    QJsonObject o = QJsonDocument::fromJson(QByteArray(text)).object();
    o.insert(QStringLiteral("time"), double(kTime));
    return o;
}

template <std::size_t... I>
QStringList namesOfEveryKind(std::index_sequence<I...>)
{
    return {eventName(Event{kTime, EventPayload(std::variant_alternative_t<I, EventVariant>{})})...};
}

PeerId peer(char fill)
{
    return PeerId::fromBytes(QByteArray(32, fill));
}

}  // namespace

class TestEventJson : public QObject {
    Q_OBJECT

private slots:
    void everyKindHasAName()
    {
        constexpr std::size_t kinds = std::variant_size_v<EventVariant> - 1;  // without std::monostate
        const QStringList names = namesOfEveryKind(std::make_index_sequence<kinds>());
        QCOMPARE(names.size(), qsizetype(kinds));
        for (qsizetype i = 0; i < names.size(); ++i)
            QVERIFY2(!names[i].isEmpty(), qPrintable(QStringLiteral("kind %1 has no line").arg(i)));
        QVERIFY(eventName(Event{kTime, std::monostate{}}).isEmpty());
    }

    void reachability()
    {
        ReachabilitySnapshot r;
        r.status = ReachabilityStatus::Public;
        r.nat = NatBehaviour::PortPreserving;
        r.externalIp = QHostAddress(QStringLiteral("203.0.113.2"));
        r.externalPort = 7000;
        r.mapping = MappingKind::Upnp;
        QJsonObject line = json(ReachabilityChanged{r});
        QCOMPARE(line, expected(R"({"event":"reachability","status":"public","nat":"port-preserving",
                                    "external":"203.0.113.2:7000","mapping":"upnp","relays":[]})"));
        line = json(ReachabilityChanged{ReachabilitySnapshot{}});
        QVERIFY(line.value(QStringLiteral("external")).isNull());  // not known yet: null, not ""
    }

    void portMapping()
    {
        QCOMPARE(json(PortMapped{MappingKind::NatPmp, QHostAddress(QStringLiteral("203.0.113.2")), 7000, 7001, 7200,
                                 QStringLiteral("mapped")}),
                 expected(R"({"event":"port-mapping","mapping":"natpmp","external":"203.0.113.2","tcpPort":7000,
                              "udpPort":7001,"lease":7200,"detail":"mapped"})"));
        QCOMPARE(json(PortMapped{MappingKind::None, {}, 0, 0, 0, QStringLiteral("no router")})
                     .value(QStringLiteral("external")),
                 QJsonValue(QString()));
    }

    void dialBack()
    {
        const QString address = Identity::addressOf(peer('a'));
        QJsonObject result = expected(R"({"event":"dial-back","role":"result","reachable":true,"detail":""})");
        result.insert(QStringLiteral("address"), address);
        QCOMPARE(json(DialBackAnswered{peer('a'), true, {}}), result);
        QJsonObject served = expected(R"({"event":"dial-back","role":"served","host":"127.0.0.2","reachable":false,
                                          "detail":"refused"})");
        served.insert(QStringLiteral("address"), address);
        QCOMPARE(json(DialBackServed{peer('a'), QStringLiteral("127.0.0.2"), false, QStringLiteral("refused")}),
                 served);
    }

    void relayedConnections()
    {
        QJsonObject slot = expected(R"({"event":"relay-reservation","relay":"203.0.113.10:7000","ok":true,"ttl":1800000,
                                        "detail":""})");
        slot.insert(QStringLiteral("address"), Identity::addressOf(peer('r')));
        QCOMPARE(json(RelayReservation{{QStringLiteral("203.0.113.10"), 7000}, peer('r'), true, {}, 1800000}), slot);
        QJsonObject refused =
            expected(R"({"event":"relay-circuit","step":"refused","to":"","detail":"loop: x","bytes":0})");
        refused.insert(QStringLiteral("from"), Identity::addressOf(peer('a')));
        QCOMPARE(json(CircuitServed{CircuitStep::Refused, peer('a'), {}, QStringLiteral("loop: x"), 0}), refused);
        ConnectionOpened relayed;
        relayed.peer = peer('b');
        relayed.endpoint = {QStringLiteral("203.0.113.3"), 51234};
        relayed.path = ConnectionPath::Relayed;
        relayed.via = QStringLiteral("203.0.113.10:7000");
        const QJsonObject line = json(relayed);
        QCOMPARE(line.value(QStringLiteral("path")).toString(), QStringLiteral("relayed"));
        QCOMPARE(line.value(QStringLiteral("via")).toString(), QStringLiteral("203.0.113.10:7000"));
        relayed.path = ConnectionPath::Direct;
        relayed.via.clear();
        QVERIFY(!json(relayed).contains(QStringLiteral("via")));  // a direct connection has none

        QJsonObject tried = expected(R"({"event":"hole-punch","attempt":2,"ok":false,"rttMs":3,
                                         "detail":"no answer or connection within 5000 ms"})");
        tried.insert(QStringLiteral("address"), Identity::addressOf(peer('b')));
        QCOMPARE(json(HolePunchTried{peer('b'), 2, false, QStringLiteral("no answer or connection within 5000 ms"), 3}),
                 tried);
        QJsonObject upgraded = expected(R"({"event":"path-upgraded","from":"relayed","to":"hole-punched",
                                            "host":"203.0.113.3","port":40001,"connection":7})");
        upgraded.insert(QStringLiteral("address"), Identity::addressOf(peer('b')));
        QCOMPARE(json(PathUpgraded{peer('b'),
                                   ConnectionId{7},
                                   ConnectionPath::Relayed,
                                   ConnectionPath::HolePunched,
                                   {QStringLiteral("203.0.113.3"), 40001}}),
                 upgraded);
    }

    void dhtNodeIdChanged()
    {
        const QByteArray before(20, '\x01'), after(20, '\x02');
        QCOMPARE(json(DhtNodeIdChanged{before, after, QStringLiteral("203.0.113.2")}),
                 expected(R"({"event":"dht-node-id","id":"0202020202020202020202020202020202020202",
                              "previous":"0101010101010101010101010101010101010101",
                              "external":"203.0.113.2","rule":"bep42"})"));
    }

    void fileTransferPauses()
    {
        const QByteArray id = QByteArray::fromHex("0102030405060708");
        QCOMPARE(json(FilePaused{id, 4096, QStringLiteral("disconnected")}),
                 expected(R"({"event":"file-paused","id":"0102030405060708","bytes":4096,"reason":"disconnected"})"));
        QCOMPARE(json(FileResumed{id, 4096}),
                 expected(R"({"event":"file-resumed","id":"0102030405060708","offset":4096})"));
        // Our own cancel names no peer; a failed read names its detail.
        QCOMPARE(json(FileFailed{id, QStringLiteral("cancelled"), std::nullopt, {}}),
                 expected(R"({"event":"file-failed","id":"0102030405060708","reason":"cancelled"})"));
        QCOMPARE(json(FileFailed{id, QStringLiteral("io"), QString(), peer('b')}).keys(),
                 QStringLiteral("detail event id peer reason time").split(QLatin1Char(' ')));
    }

    void rejectedBySubsystem()
    {
        QCOMPARE(json(Rejected{RejectSource::Nat,
                               ErrorCode::Invalid,
                               QStringLiteral("dial-back-rate"),
                               {},
                               {},
                               std::nullopt,
                               {},
                               {},
                               {},
                               {}}),
                 expected(R"({"event":"rejected","reason":"dial-back-rate","detail":"","source":"nat"})"));
        QJsonObject files = expected(R"({"event":"rejected","reason":"file-unknown-transfer","detail":"no such",
                                         "source":"files"})");
        files.insert(QStringLiteral("address"), Identity::addressOf(peer('c')));
        QCOMPARE(json(Rejected{RejectSource::Files,
                               ErrorCode::FileUnknownTransfer,
                               {},
                               QStringLiteral("no such"),
                               peer('c'),
                               std::nullopt,
                               {},
                               {},
                               {},
                               {}}),
                 files);
        QCOMPARE(json(Rejected{RejectSource::PeerRelay,
                               ErrorCode::MalformedMessage,
                               QStringLiteral("bad-id"),
                               QStringLiteral("not hex"),
                               {},
                               std::nullopt,
                               {},
                               {},
                               {},
                               QStringLiteral("ab")}),
                 expected(R"({"event":"rejected","reason":"bad-id","detail":"not hex","source":"peer-relay",
                              "peer":"ab","backend":"peer-relay"})"));
    }

    void peerRelayHops()
    {
        PeerRelayHop h;
        h.role = PeerRelayHopRole::Dropped;
        h.to = QStringLiteral("aa");
        h.from = QStringLiteral("bb");
        h.nonce = QStringLiteral("n1");
        h.type = QStringLiteral("user");
        h.path = {QStringLiteral("bb"), QStringLiteral("cc")};
        h.via = QStringLiteral("cc");
        h.reason = QStringLiteral("hop-limit");
        QCOMPARE(json(PeerRelayHopped{h}),
                 expected(R"({"event":"relay-dropped","backend":"peer-relay","to":"aa","from":"bb","nonce":"n1",
                              "type":"user","path":["bb","cc"],"hops":2,"next":[],"via":"cc","reason":"hop-limit"})"));
        h.role = PeerRelayHopRole::Delivered;
        h.reason.clear();
        const QJsonObject delivered = json(PeerRelayHopped{h});
        QCOMPARE(delivered.value(QStringLiteral("event")).toString(), QStringLiteral("relay-received"));
        QVERIFY(!delivered.contains(QStringLiteral("next")));  // delivered here: no next hop
        h.role = PeerRelayHopRole::Forwarded;
        QCOMPARE(json(PeerRelayHopped{h}).value(QStringLiteral("event")).toString(), QStringLiteral("relay-forwarded"));
    }

    void peerRelayNodeLines()
    {
        QCOMPARE(json(PeerRelayWebrtcRefused{QStringLiteral("ab")}),
                 expected(R"({"event":"webrtc-refused","backend":"peer-relay","from":"ab",
                              "detail":"WebRTC is not supported; answered wrtc: false"})"));
        QCOMPARE(json(PeerRelayDatagram{QStringLiteral("ab"), 4242, QByteArray("hi")}),
                 expected(R"({"event":"datagram","backend":"peer-relay","from":"ab","port":4242,"bytes":2,
                              "data":"hi"})"));
    }

    // Bugout rooms print Bugout's names with "backend" and the bare identifier; a value that is a
    // JSON string shows as "text", any other as "json".
    void bugoutLines()
    {
        const RoomName room{QStringLiteral("lobby")};
        QCOMPARE(json(BugoutMessage{room, QStringLiteral("bA"), QJsonValue(QStringLiteral("hi")), QStringLiteral("k1"),
                                    5, HostPort{QStringLiteral("127.0.0.1"), 6881}, false}),
                 expected(R"({"event":"message","backend":"bugout","room":"lobby","from":"bA","id":"k1","sent":5,
                              "via":"127.0.0.1:6881","text":"hi"})"));
        QCOMPARE(json(BugoutMessage{room, QStringLiteral("bA"), QJsonArray{1, 2}, QStringLiteral("k2"), 5, {}, true}),
                 expected(R"({"event":"message","backend":"bugout","room":"lobby","from":"bA","id":"k2","sent":5,
                              "via":"","direct":true,"json":[1,2]})"));
        QCOMPARE(json(BugoutSent{room, QStringLiteral("bB"), QJsonValue(QStringLiteral("psst")), QStringLiteral("k3")}),
                 expected(R"({"event":"sent","backend":"bugout","room":"lobby","id":"k3","to":"bB","direct":true,
                              "text":"psst"})"));
        QCOMPARE(json(BugoutWireSeen{room, 2, HostPort{QStringLiteral("127.0.0.1"), 6881}, QByteArray("-WW0109-"),
                                     QStringLiteral("WebTorrent 0.1.9")}),
                 expected(R"({"event":"wireseen","backend":"bugout","room":"lobby","wires":2,"host":"127.0.0.1",
                              "port":6881,"peerId":"2d5757303130392d","client":"WebTorrent 0.1.9"})"));
        QCOMPARE(json(BugoutRpcRequested{room, QStringLiteral("bA"), QStringLiteral("ping"), QJsonValue(1), 9,
                                         QByteArray("\x01\x02")}),
                 expected(R"({"event":"rpc","backend":"bugout","room":"lobby","from":"bA","name":"ping","args":1,
                              "id":9,"nonce":"0102"})"));
        QCOMPARE(json(BugoutListening{HostPort{QStringLiteral("239.192.152.143"), 6771}, Transport::Lsd}),
                 expected(R"({"event":"listening","backend":"bugout","host":"239.192.152.143","port":6771,
                              "transport":"lsd"})"));
        QCOMPARE(json(BugoutRejected{
                     {}, QStringLiteral("lsd-malformed"), QStringLiteral("no infohash"), QStringLiteral("127.0.0.1")}),
                 expected(R"({"event":"rejected","backend":"bugout","reason":"lsd-malformed","detail":"no infohash",
                              "host":"127.0.0.1"})"));
        // A list-procedures answer also prints the node's "procedures" line, as for native calls.
        RpcResponse r{
            4, QStringLiteral("bA"), QStringLiteral("__procedures"), true, QJsonArray{QStringLiteral("echo")}, {}, 12};
        const QList<QJsonObject> both = eventJsonLines(Event{kTime, BugoutRpcResponded{room, r}});
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0], expected(R"({"event":"rpc-response","backend":"bugout","room":"lobby","from":"bA",
                                       "name":"__procedures","id":4,"latencyMs":12,"result":["echo"]})"));
        QCOMPARE(both[1], expected(R"({"event":"procedures","address":"bA","procedures":["echo"]})"));
        // The chat line of a Bugout room travels as MessageReceived and MessageSent too, but only
        // Bugout's own kinds print it: one line per moment.
        ChatMessage m;
        m.room = QStringLiteral("bugout:lobby");
        m.text = QStringLiteral("hi");
        QVERIFY(eventJsonLines(Event{kTime, MessageReceived{m, {}, {}}}).isEmpty());
        QVERIFY(eventJsonLines(Event{kTime, MessageSent{m}}).isEmpty());
    }

    // discovery-swarm rooms print discovery-swarm's names with "backend" and the bare room name.
    // Every listener's line names its transport, the UDP sockets of discovery included.
    void listeningLines()
    {
        QCOMPARE(json(Listening{QStringLiteral("127.0.0.1"), 7000, Transport::Tcp}),
                 expected(R"({"event":"listening","host":"127.0.0.1","port":7000,"transport":"tcp"})"));
        QCOMPARE(json(Listening{QStringLiteral("127.0.0.1"), 6881, Transport::Dht}),
                 expected(R"({"event":"listening","host":"127.0.0.1","port":6881,"transport":"dht"})"));
        QCOMPARE(json(Listening{QStringLiteral("224.0.0.251"), 5353, Transport::Mdns}),
                 expected(R"({"event":"listening","host":"224.0.0.251","port":5353,"transport":"mdns"})"));
        for (const Transport t : {Transport::Dht, Transport::Mdns})
            QCOMPARE(transportFromName(transportName(t)), std::optional(t));
    }

    void dswarmLines()
    {
        const RoomName room{QStringLiteral("shapes")};
        const HostPort at{QStringLiteral("127.0.0.1"), 4000};
        QCOMPARE(json(DswarmCandidateDropped{room, at, 3}),
                 expected(R"({"event":"drop","backend":"discovery-swarm","room":"shapes","host":"127.0.0.1",
                              "port":4000,"retries":3})"));
        QCOMPARE(json(DswarmHandshakeTimedOut{room, at, Direction::Inbound, Transport::Tcp}),
                 expected(R"({"event":"handshake-timeout","backend":"discovery-swarm","room":"shapes",
                              "host":"127.0.0.1","port":4000,"type":"tcp","initiator":false})"));
        QCOMPARE(json(DswarmPeerBanned{room, at, DswarmRefusal::DetectedSelf}),
                 expected(R"({"event":"peer-banned","backend":"discovery-swarm","room":"shapes",
                              "host":"127.0.0.1","port":4000,"reason":"detected-self"})"));
        QCOMPARE(json(DswarmPeerRefused{room, at, DswarmRefusal::MaxConnections}),
                 expected(R"({"event":"peer-rejected","backend":"discovery-swarm","room":"shapes",
                              "host":"127.0.0.1","port":4000,"reason":"max-connections"})"));
        QCOMPARE(json(DswarmConnectFailed{room, at, true}),
                 expected(R"({"event":"connect-failed","backend":"discovery-swarm","room":"shapes",
                              "host":"127.0.0.1","port":4000,"timedout":true})"));
        QCOMPARE(json(DswarmConnectionClosed{room, at, QByteArray(2, '\xab'), Direction::Outbound, Transport::Tcp,
                                             ConnectionId{7}}),
                 expected(R"({"event":"connection-closed","backend":"discovery-swarm","room":"shapes",
                              "host":"127.0.0.1","port":4000,"id":"abab","type":"tcp","initiator":true,
                              "connection":7})"));
        QCOMPARE(json(DswarmRedundantConnection{room, at, QByteArray(2, '\xab'), Direction::Inbound, Transport::Tcp}),
                 expected(R"({"event":"redundant-connection","backend":"discovery-swarm","room":"shapes",
                              "host":"127.0.0.1","port":4000,"id":"abab","type":"tcp","initiator":false})"));
        ChatMessage m;
        m.room = QStringLiteral("discovery-swarm:shapes");
        m.fromAddress = QStringLiteral("abab");
        m.text = QStringLiteral("a line");
        QCOMPARE(json(MessageReceived{m, {}, at}),
                 expected(R"({"event":"message","backend":"discovery-swarm","room":"shapes","host":"127.0.0.1",
                              "port":4000,"from":"abab","text":"a line"})"));
        // Every reason keeps its printed name.
        QStringList reasons;
        for (int r = 0; r <= int(DswarmRefusal::Redundant); ++r)
            reasons << dswarmRefusalName(DswarmRefusal(r));
        QCOMPARE(reasons.join(QLatin1Char(',')),
                 QStringLiteral("whitelist,banned,duplicate,max-connections,connect-failed,handshake-timeout,"
                                "bad-length-prefix,bad-id-length,line-too-long,lines-rate-limited,send-buffer-full,"
                                "detected-self,redundant"));
    }

    void blockedPeers()
    {
        QCOMPARE(json(BlockedInputDropped{QStringLiteral("bAddr"), QStringLiteral("text")}),
                 expected(R"({"event":"rejected","reason":"blocked","detail":"text from bAddr, who is blocked",
                              "address":"bAddr"})"));
        QCOMPARE(json(HistoryExported{QStringLiteral("lobby"), QStringLiteral("/tmp/x.txt"), false, 3}),
                 expected(R"({"event":"exported","room":"lobby","path":"/tmp/x.txt","format":"text","messages":3})"));
    }

    void names()
    {
        QCOMPARE(json(NameChanged{QStringLiteral("Ada")}), expected(R"({"event":"name","name":"Ada"})"));
        QCOMPARE(json(NameChanged{}), expected(R"({"event":"name","name":""})"));
        QCOMPARE(json(LocalNameChanged{QStringLiteral("bAddr"), QStringLiteral("Mum")}),
                 expected(R"({"event":"local-name","address":"bAddr","name":"Mum"})"));
    }

    // The block list's lines and the identity warning, as the README documents them.
    void blockingAndIdentityConflict()
    {
        QCOMPARE(json(PeerBlocked{QStringLiteral("bAddr")}), expected(R"({"event":"blocked","address":"bAddr"})"));
        QCOMPARE(json(PeerUnblocked{QStringLiteral("bAddr")}), expected(R"({"event":"unblocked","address":"bAddr"})"));
        QCOMPARE(json(BlockedPeerList{{QStringLiteral("bOne"), QStringLiteral("bTwo")}}),
                 expected(R"({"event":"blocked-peers","peers":["bOne","bTwo"]})"));
        QCOMPARE(json(BlockedPeerList{}), expected(R"({"event":"blocked-peers","peers":[]})"));
        QCOMPARE(json(IdentityConflict{HostPort{QStringLiteral("127.0.0.1"), 7000}, Direction::Inbound}),
                 expected(R"({"event":"identity-conflict","host":"127.0.0.1","port":7000,"direction":"inbound",)"
                          R"("detail":"another node uses this identity"})"));
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_event_json.moc"
