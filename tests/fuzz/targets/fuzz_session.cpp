// A session fed decrypted messages of every type by a neighbour: after a real handshake over an
// in-memory network on a virtual clock, each record of the input becomes one swarmscope/1
// message the neighbour sends. Rooms, direct messages, RPC, gossip, relay, peer exchange and the
// swarm's own bookkeeping must survive any sequence; the session stays usable.
//
// Input: records (fuzz_support.h) of [kind: a % 3][unused][clock step: c x 10 ms] and bytes. Kinds:
//   0  the bytes are a CBOR message, sent as it decodes;
//   1  the bytes are a room payload p, signed by the neighbour's key (a RoomMessage);
//   2  the bytes are a directed payload p, signed by the neighbour and sealed to the session.
// The session's identity and the neighbour's are fixed (fuzz::fixedKeys), so seeds can carry
// payloads that name them; the session is in room "lobby".
#include "fuzz_support.h"

#include "core/clock.h"
#include "core/random.h"
#include "core/world.h"
#include "crypto/identity.h"
#include "crypto/sealed_box.h"
#include "session.h"
#include "swarm/connection.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"
#include "wire/message_codec.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace swarmscope;

namespace {

void settle(ManualClock &clock, qint64 ms)
{
    for (qint64 t = 0; t <= ms; t += 10) {
        clock.advance(10);
        QCoreApplication::processEvents();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    const KeyPair &neighbourKeys = fuzz::fixedKeys(0);
    const KeyPair &victimKeys = fuzz::fixedKeys(1);
    QTemporaryDir dir;
    {
        QFile seed(QDir(dir.path()).filePath(QStringLiteral("identity.seed")));
        FUZZ_CHECK(seed.open(QIODevice::WriteOnly));
        seed.write(Identity::encodeSeed(victimKeys.seed()).toLatin1());
    }
    ManualClock clock;
    MemoryNetwork net(clock);
    EngineConfig config;
    config.profileDir = dir.path();
    config.lan.enabled = false;
    config.dht.enabled = false;
    config.bookPeersAtStart = 0;
    config.listenPort = 7000;
    config.relay.serveOthers = true;
    Random random(1);
    auto created = Session::create(config,
                                   World{&clock, &random, net.factoryFor(QStringLiteral("10.0.0.1")),
                                         net.datagramsFor(QStringLiteral("10.0.0.1"))});
    FUZZ_CHECK(created.ok());
    Session &victim = **created;
    FUZZ_CHECK(victim.start().ok());
    victim.joinRoom(QStringLiteral("lobby"));

    CarrierFactory *dialler = net.factoryFor(QStringLiteral("10.0.0.2"), &net);
    Carrier *carrier = dialler->dial(QStringLiteral("10.0.0.1"), 7000, &net);
    Connection neighbour(1, carrier, Direction::Outbound, neighbourKeys, clock, ConnectionLimits{},
                         QStringLiteral("fuzz"));
    QObject::connect(carrier, &Carrier::opened, &neighbour, &Connection::start);
    settle(clock, 200);
    FUZZ_CHECK(neighbour.state() == Connection::State::Open);
    neighbour.send(
        wire::Hello{QStringLiteral("fuzz"), wire::kProtocolVersion, 0, {Session::roomTopic(QStringLiteral("lobby"))}});
    settle(clock, 20);

    std::size_t at = 0;
    fuzz::Record r;
    while (neighbour.state() == Connection::State::Open && fuzz::nextRecord(data, size, at, r)) {
        const int kind = r.a % 3;
        if (kind == 0) {
            if (const auto m = wire::decode(r.bytes))
                neighbour.send(*m);
        } else if (kind == 1) {
            neighbour.send(wire::RoomMessage{r.bytes, signDetached(neighbourKeys, r.bytes)});
        } else {
            const QCborMap outer{{QStringLiteral("p"), r.bytes},
                                 {QStringLiteral("s"), signDetached(neighbourKeys, r.bytes)}};
            neighbour.send(wire::Directed{victimKeys.publicKey.toBytes(), Session::roomTopic(QStringLiteral("lobby")),
                                          sealTo(victimKeys.publicKey, outer.toCborValue().toCbor())});
        }
        settle(clock, qint64(r.c) * 10);
    }
    // Whatever happened, the session still answers and still sends.
    victim.status();
    victim.peers();
    FUZZ_CHECK(victim.sendMessage(QStringLiteral("lobby"), QStringLiteral("still here")).ok());
    neighbour.close(ErrorCode::Closed);
    victim.stop();
    settle(clock, 50);
    return 0;
}
