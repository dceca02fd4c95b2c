// LAN discovery fed mDNS packets from loopback senders while it holds one key and looks up
// another: records for either are taken, everything else ignored or counted, nothing crashes.
// The instance has no socket, so its answers never leave the process.
//
// Input: records (fuzz_support.h) of [sender: 127.0.0.<a>][port: 5353 + b][clock step: c x 100 ms]
// and the packet.
#include "fuzz_support.h"

#include "core/clock.h"
#include "core/random.h"
#include "discovery/lan_discovery.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    ManualClock clock;
    Random random(1);
    MemoryNetwork net(clock);
    MemoryDatagramFactory datagrams(net, QStringLiteral("10.0.0.1"));
    LanDiscovery lan(LanConfig{}, clock, random, datagrams);
    lan.announce(QByteArray(20, 'k'), QStringLiteral("dns-discovery.local"), 7000);
    lan.lookup(QByteArray(20, 'l'), QStringLiteral("dns-discovery.local"));
    QObject::connect(
        &lan, &LanDiscovery::peerFound,
        [](const QByteArray &, const QString &, const QHostAddress &host, quint16) { FUZZ_CHECK(!host.isNull()); });
    std::size_t at = 0;
    fuzz::Record r;
    while (fuzz::nextRecord(data, size, at, r)) {
        clock.advance(qint64(r.c) * 100);
        Datagram datagram;
        datagram.data = r.bytes;
        datagram.size = r.bytes.size();
        datagram.sender = QHostAddress(0x7f000000u | r.a);
        datagram.senderPort = quint16(5353 + r.b);
        lan.receiveDatagram(datagram);
    }
    return 0;
}
