// A DHT node fed a sequence of datagrams from loopback sources, with time moving between them:
// the routing table, peer store, tokens and rate limiter must survive anything. The node has no
// socket, so nothing it would answer leaves the process.
//
// Input: repeated [source byte][port byte][clock step byte][length byte] + datagram; the last
// fields come from the end of the input (FuzzedDataProvider), the datagrams from the front.
#include "fuzz_support.h"

#include "core/clock.h"
#include "dht/dht_node.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    ManualClock clock;
    DhtConfig config;
    config.enforceIpLimits = data && size > 0 && (data[0] & 1);
    config.maxPacketsPerSecond = 50;
    config.nodeId = QByteArray(20, 'n');
    DhtNode node(config, clock);
    node.lookup(QByteArray(20, 'h'));
    FuzzedDataProvider in(data, size);
    while (in.remaining_bytes() > 0) {
        const auto source = in.ConsumeIntegral<std::uint8_t>();
        const quint16 port = quint16(6881 + in.ConsumeIntegral<std::uint8_t>());
        clock.advance(qint64(in.ConsumeIntegral<std::uint8_t>()) * 100);
        const auto length = in.ConsumeIntegral<std::uint8_t>() * 4u;
        const QByteArray datagram = QByteArray::fromStdString(in.ConsumeBytesAsString(length));
        node.receiveDatagram(datagram, QHostAddress(0x7f000000u | source), port);
    }
    const DhtStats stats = node.stats();
    (void)stats;
    node.buckets();
    node.exportNodes();
    return 0;
}
