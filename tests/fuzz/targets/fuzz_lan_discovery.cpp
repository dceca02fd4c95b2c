// LAN discovery fed mDNS packets from loopback senders while it holds one key and looks up
// another: records for either are taken, everything else ignored or counted, nothing crashes.
// The instance has no socket, so its answers never leave the process.
#include "fuzz_support.h"

#include "core/clock.h"
#include "discovery/lan_discovery.h"

#include <QNetworkDatagram>

#include <fuzzer/FuzzedDataProvider.h>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    ManualClock clock;
    LanDiscovery lan(LanConfig{}, clock);
    lan.announce(QByteArray(20, 'k'), QStringLiteral("dns-discovery.local"), 7000);
    lan.lookup(QByteArray(20, 'l'), QStringLiteral("dns-discovery.local"));
    int found = 0;
    QObject::connect(&lan, &LanDiscovery::peerFound, [&found](const QByteArray &, const QString &, const QHostAddress &host,
                                                              quint16) {
        FUZZ_CHECK(!host.isNull());
        ++found;
    });
    FuzzedDataProvider in(data, size);
    while (in.remaining_bytes() > 0) {
        const auto source = in.ConsumeIntegral<std::uint8_t>();
        const quint16 port = quint16(5353 + in.ConsumeIntegral<std::uint8_t>());
        const auto length = in.ConsumeIntegralInRange<std::size_t>(0, LanDiscovery::MaxDatagram + 16);
        QNetworkDatagram datagram(QByteArray::fromStdString(in.ConsumeBytesAsString(length)));
        datagram.setSender(QHostAddress(0x7f000000u | source), port);
        lan.receiveDatagram(datagram);
    }
    return 0;
}
