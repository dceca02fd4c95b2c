// Writes the seed corpora of the fuzz targets: real messages produced by the engine's own encoders,
// the same bytes the tests' traffic carries (KRPC queries and answers, LAN discovery's mDNS
// packets, every swarmscope/1 message type, signed and sealed envelopes, a recorded Noise
// handshake, a profile database). Run: fuzz_seeds tests/fuzz/corpus  (then commit what changed).
#include "fuzz_support.h"

#include "core/clock.h"
#include "crypto/base58.h"
#include "crypto/identity.h"
#include "crypto/noise_xx.h"
#include "crypto/sealed_box.h"
#include "crypto/secret_stream.h"
#include "discovery/dns_packet.h"
#include "session.h"
#include "dht/krpc.h"
#include "store/database.h"
#include "store/sql_history.h"
#include "store/sql_peer_book.h"
#include "wire/directed_envelope.h"
#include "wire/batch_codec.h"
#include "wire/display_name.h"
#include "wire/message_codec.h"
#include "wire/signed_envelope.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace swarmscope;

namespace {

QString g_root;

void write(const char *target, const QByteArray &bytes)
{
    const QString dir = QDir(g_root).filePath(QString::fromLatin1(target));
    QDir().mkpath(dir);
    // Named by content, as libFuzzer names corpus files, so rerunning adds nothing twice.
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
}

QByteArray u16le(qsizetype v)
{
    return QByteArray(1, char(v & 0xff)) + char((v >> 8) & 0xff);
}

QByteArray topic(char fill)
{
    return QByteArray(32, fill);
}

void krpc()
{
    const NodeId self = *NodeId::fromBytes(QByteArray(20, 'a'));
    const NodeId other = *NodeId::fromBytes(QByteArray(20, 'b'));
    const QByteArray hash(20, 'h');
    const DhtEndpoint peer{0x7f000001, 6881};
    const QList<QByteArray> all = {
        Krpc::pingQuery("aa", self),
        Krpc::findNodeQuery("ab", self, other),
        Krpc::getPeersQuery("ac", self, hash),
        Krpc::announcePeerQuery("ad", self, hash, 6881, false, "token"),
        Krpc::announcePeerQuery("ae", self, hash, 0, true, "token"),
        Krpc::response("aa", other),
        Krpc::response("ab", other, {CompactNode{self, peer}, CompactNode{other, DhtEndpoint{0x7f000002, 7000}}}),
        Krpc::response("ac", other, {}, {peer, DhtEndpoint{0x7f000003, 7001}}, "tok", peer),
        Krpc::error("ad", Krpc::ProtocolError, "bad token"),
    };
    QByteArray conversation;
    quint8 source = 2;
    for (const QByteArray &m : all) {
        write("krpc", m);
        write("bencode", m);
        conversation += fuzz::record(source++, 0, 1, m);
    }
    write("dht_node", conversation);
}

void dnsPackets()
{
    const QString name = QStringLiteral("%1.dns-discovery.local").arg(QString::fromLatin1(QByteArray(20, 'k').toHex()));
    DnsMessage query;
    query.questions.append(DnsQuestion{name, dns::TypeTxt, dns::ClassIn});
    DnsMessage answer;
    answer.flags = dns::FlagResponse | dns::FlagAuthoritative;
    const QByteArray peers = QByteArray::fromHex("000000001b58") + QByteArray::fromHex("7f0000021b59");
    answer.answers.append(
        DnsRecord::makeTxt(name, {"token=" + QByteArray(32, 't').toBase64(), "peers=" + peers.toBase64()}));
    DnsRecord srv;
    srv.name = name;
    srv.type = dns::TypeSrv;
    srv.srv = DnsSrv{0, 0, 7000, QStringLiteral("0.0.0.0")};
    answer.additionals.append(srv);
    DnsRecord a;
    a.name = QStringLiteral("host.local");
    a.type = dns::TypeA;
    a.address = QHostAddress(QStringLiteral("127.0.0.1"));
    answer.additionals.append(a);
    for (const DnsMessage &m : {query, answer})
        write("dns", *m.encode());
    // A querier for the key the target holds, and an answer for the key it looks up.
    DnsMessage lookupAnswer = answer;
    const QString other =
        QStringLiteral("%1.dns-discovery.local").arg(QString::fromLatin1(QByteArray(20, 'l').toHex()));
    lookupAnswer.answers[0].name = other;
    lookupAnswer.additionals[0].name = other;
    write("lan_discovery", fuzz::record(2, 0, 1, *query.encode()) + fuzz::record(3, 0, 1, *lookupAnswer.encode()));
    // A compressed name, as other mDNS responders send them.
    write("dns",
          QByteArray::fromHex("000084000000000100000000"
                              "05686f737431056c6f63616c00"
                              "0001"
                              "8001"
                              "00000078"
                              "0004"
                              "7f000001"
                              "c00c"
                              "0010"
                              "0001"
                              "00000078"
                              "0004"
                              "03613d62"));
}

QList<wire::Message> messages()
{
    const KeyPair &alice = fuzz::fixedKeys(0);
    const KeyPair &bob = fuzz::fixedKeys(1);
    wire::RoomPayload room{topic('r'), alice.publicKey, 7, 1700000000000, QStringLiteral("text"), "hello room"};
    wire::Hello named{QStringLiteral("swarmscope/0.1"), wire::kProtocolVersion, 7000, {topic('a')}};
    named.name = QStringLiteral("Ada");
    named.nameSignature = wire::signDisplayName(named.name, alice);
    wire::DirectedPayload direct{topic('r'),    alice.publicKey,      bob.publicKey, 3,
                                 1700000000001, QStringLiteral("dm"), "hello bob"};
    return {
        wire::Hello{QStringLiteral("swarmscope/0.1"), wire::kProtocolVersion, 7000, {topic('a'), topic('b')}},
        named,
        wire::Hello{QStringLiteral("swarmscope/0.1"), wire::kProtocolVersion, 7000, {topic('a')}, {}, {}, {}, true},
        wire::Ping{42, 1000},
        wire::Pong{42, 1001},
        wire::Join{topic('a')},
        wire::Leave{topic('a')},
        wire::sealRoomMessage(room, alice),
        wire::Bye{QStringLiteral("shutting down")},
        wire::Data{"some bulk bytes"},
        wire::Peers{
            topic('a'),
            {wire::PeerEndpoint{QStringLiteral("127.0.0.1"), 7000}, wire::PeerEndpoint{QStringLiteral("::1"), 7001}}},
        wire::sealDirected(direct, alice),
        wire::Announce{"id-1", "who-has", "data", 3, 1},
        wire::Reply{"id-2", "id-1", "i-have", "data", 2},
        wire::Relay{
            bob.publicKey.toBytes(), alice.publicKey.toBytes(), {QByteArray(32, 'p')}, QByteArray(24, 'n'), "x"},
    };
}

// One record of fuzz_session's input: kind, clock step 10 ms.
QByteArray record(char kind, const QByteArray &bytes)
{
    return fuzz::record(quint8(kind), 0, 1, bytes);
}

QByteArray directedPayload(const QString &kind, const QByteArray &body, qint64 seq)
{
    const QCborMap payload{{QStringLiteral("room"), Session::roomTopic(QStringLiteral("lobby"))},
                           {QStringLiteral("from"), fuzz::fixedKeys(0).publicKey.toBytes()},
                           {QStringLiteral("to"), fuzz::fixedKeys(1).publicKey.toBytes()},
                           {QStringLiteral("seq"), seq},
                           {QStringLiteral("time_ms"), qint64(1700000000000)},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("body"), body}};
    return payload.toCborValue().toCbor();
}

void codec()
{
    QByteArray everything;
    for (const wire::Message &m : messages()) {
        write("message_codec", wire::encode(m));
        write("session", record(0, wire::encode(m)));
        everything += record(0, wire::encode(m));
    }
    write("session", everything);
    // A batch of two messages, as a peer that reads batches receives them.
    QByteArray batch;
    wire::beginBatch(batch);
    for (const QByteArray &bytes : {QByteArray("first"), QByteArray("second")}) {
        QByteArray message;
        wire::appendDataMessage(bytes, message);
        wire::appendToBatch(message, batch);
    }
    wire::endBatch(batch);
    write("message_codec", batch);
    write("session", record(0, batch));
    // Signed room messages and directed messages (dm, receipt, RPC call) in room "lobby".
    const QCborMap room{{QStringLiteral("room"), Session::roomTopic(QStringLiteral("lobby"))},
                        {QStringLiteral("from"), fuzz::fixedKeys(0).publicKey.toBytes()},
                        {QStringLiteral("seq"), 1},
                        {QStringLiteral("time_ms"), qint64(1700000000000)},
                        {QStringLiteral("kind"), QStringLiteral("text")},
                        {QStringLiteral("body"), QByteArray("hello lobby")}};
    write("session",
          record(1, room.toCborValue().toCbor()) + record(2, directedPayload(QStringLiteral("dm"), "psst", 1))
              + record(2, directedPayload(QStringLiteral("ack"), QByteArray(32, 'a'), 2))
              + record(2,
                       directedPayload(QStringLiteral("rpc-call"),
                                       QCborMap{{QStringLiteral("id"), 1},
                                                {QStringLiteral("name"), QStringLiteral("echo")},
                                                {QStringLiteral("args"), QStringLiteral("\"x\"")}}
                                           .toCborValue()
                                           .toCbor(),
                                       3)));
}

void envelopes()
{
    const KeyPair &alice = fuzz::fixedKeys(0);
    const KeyPair &bob = fuzz::fixedKeys(1);
    const wire::RoomMessage signedRoom =
        wire::sealRoomMessage({topic('r'), alice.publicKey, 1, 1700000000000, QStringLiteral("text"), "hi"}, alice);
    write("room_envelope", signedRoom.payload + '\x01');  // signed by the target
    write("room_envelope", signedRoom.signature + signedRoom.payload + '\x00');  // as received

    // What sealDirected puts in the box, for the target to sign and seal (mode 2) or to seal (mode 1).
    const QCborMap payload{{QStringLiteral("room"), topic('r')},
                           {QStringLiteral("from"), alice.publicKey.toBytes()},
                           {QStringLiteral("to"), bob.publicKey.toBytes()},
                           {QStringLiteral("seq"), 5},
                           {QStringLiteral("time_ms"), qint64(1700000000000)},
                           {QStringLiteral("kind"), QStringLiteral("dm")},
                           {QStringLiteral("body"), QByteArray("hello")}};
    const QByteArray p = payload.toCborValue().toCbor();
    const QCborMap outer{{QStringLiteral("p"), p}, {QStringLiteral("s"), signDetached(alice, p)}};
    write("directed_envelope", topic('r') + p + '\x02');
    write("directed_envelope", topic('r') + outer.toCborValue().toCbor() + '\x01');
    write("directed_envelope", topic('r') + sealTo(bob.publicKey, outer.toCborValue().toCbor()) + '\x00');
}

void noise()
{
    NoiseXX initiator(true, fuzz::fixedKeys(0));
    NoiseXX responder(false, fuzz::fixedKeys(1));
    initiator.setEphemeralSeed(fuzz::ephemeralSeed(true));
    responder.setEphemeralSeed(fuzz::ephemeralSeed(false));
    QByteArray m1, m2, m3;
    initiator.writeMessage(m1);
    responder.readMessage(m1);
    responder.writeMessage(m2);
    initiator.readMessage(m2);
    initiator.writeMessage(m3);
    if (!responder.readMessage(m3) || !responder.complete())
        std::fprintf(stderr, "the recorded handshake did not complete\n");
    write("noise_responder", m1 + m3 + u16le(m1.size()));
    write("noise_initiator", m2);

    // The frames a responder gets from a real initiator; the last bytes choose chunk sizes and mode.
    SecretStream a(true, fuzz::fixedKeys(0));
    write("secret_stream", a.start() + QByteArray(8, '\x40') + '\x00');
    SecretStream b(false, fuzz::fixedKeys(1));
    SecretStreamOutput out;
    b.feed(SecretStream(true, fuzz::fixedKeys(0)).start(), out);
    write("secret_stream", out.toSend + QByteArray(8, '\x40') + '\x01');
    write("secret_stream", QByteArray("message one, message two") + QByteArray::fromHex("1010101003") + '\x02');
}

void textInputs()
{
    write("base58", Identity::addressOf(fuzz::fixedKeys(0).publicKey).toLatin1());
    write("base58", QByteArray::fromHex("0000ff01"));
    for (const char *s : {"\x00"
                          "127.0.0.1:4000",
                          "\x01"
                          "[::1]:0",
                          "\x00"
                          "localhost:7000",
                          "\x00"
                          "::1:4000"})
        write("host_port", QByteArray(s, 1) + QByteArray(s + 1));
    for (const char *s :
         {"kind:rpc peer:bYSk rtt>100 -reason:timeout \"two words\" room:\"my room\"\n{\"rtt\":150,\"peer\":\"bYSk1\"}",
          "rtt>=1e3 x<=2 kind=message\n{\"x\":1}", "-\"a b\" 127.0.0.1:4000\n{}"})
        write("event_filter", s);
    write("event_log_file",
          "{\"event\":\"connection\",\"time\":1700000000000,\"peer\":\"ab\",\"transport\":\"tcp\"}\n"
          "\n{\"event\":\"message\",\"time\":1,\"room\":\"lobby\",\"fields\":{\"a\":[1,2]}}\nnot json\n");
}

void profileFiles()
{
    write("profile_files", '\x00' + Identity::encodeSeed(fuzz::fixedKeys(0).seed()).toLatin1());
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("swarmscope.db"));
    {
        SystemClock clock;
        auto db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().detail));
            return;
        }
        SqlHistory history(**db, clock);
        SqlPeerBook book(**db, clock);
        history.init();
        book.init();
        ChatMessage m;
        m.id = QByteArray(32, 'i');
        m.room = QStringLiteral("lobby");
        m.from = fuzz::fixedKeys(0).publicKey;
        m.text = QStringLiteral("hello");
        history.append(m);
        history.queue(PendingDirect{"local", QStringLiteral("lobby"), QStringLiteral("addr"), QStringLiteral("hi"), 1});
        history.rememberSeen(QByteArray(32, 's'), 1);
        book.save(QStringLiteral("127.0.0.1"), 7000, QStringLiteral("lan"));
        (*db)->exec({QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode=DELETE")});
    }
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        write("profile_files", '\x01' + f.readAll());
}

}  // namespace

int main(int argc, char **argv)
{
    fuzz::app();
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds CORPUS_DIR\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    krpc();
    dnsPackets();
    codec();
    envelopes();
    noise();
    textInputs();
    profileFiles();
    return 0;
}
