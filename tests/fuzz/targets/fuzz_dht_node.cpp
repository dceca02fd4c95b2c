// A DHT node fed a sequence of datagrams from loopback sources, with time moving between them:
// the routing table, peer store, tokens and rate limiter must survive anything. The node has no
// socket, so nothing it would answer leaves the process.
//
// Input: records (fuzz_support.h) of [source: 127.0.0.<a>][port: 6881 + b][clock step: c x 100 ms]
// and the datagram. The first record's source byte also switches the per-IP defences on (odd).
#include "fuzz_support.h"

#include "core/clock.h"
#include "core/random.h"
#include "dht/dht_node.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    ManualClock clock;
    DhtConfig config;
    config.enforceIpLimits = size > 0 && (data[0] & 1);
    config.maxPacketsPerSecond = 50;
    config.nodeId = QByteArray(20, 'n');
    Random random(1);
    MemoryNetwork net(clock);
    MemoryDatagramFactory datagrams(net, QStringLiteral("10.0.0.1"));
    DhtNode node(config, clock, random, datagrams);
    node.lookup(QByteArray(20, 'h'));
    std::size_t at = 0;
    fuzz::Record r;
    while (fuzz::nextRecord(data, size, at, r)) {
        clock.advance(qint64(r.c) * 100);
        node.receiveDatagram(r.bytes, QHostAddress(0x7f000000u | r.a), quint16(6881 + r.b));
    }
    node.stats();
    node.buckets();
    node.exportNodes();
    return 0;
}
