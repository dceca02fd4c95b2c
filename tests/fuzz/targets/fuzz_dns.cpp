// DNS/mDNS packets: never crash, and a packet that decodes re-encodes (names escaped where needed)
// to bytes that decode to the same message.
#include "fuzz_support.h"

#include "discovery/dns_packet.h"

using namespace swarmscope;

namespace {

bool sameRecords(const QList<DnsRecord> &a, const QList<DnsRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const DnsRecord &x = a[i];
        const DnsRecord &y = b[i];
        if (x.name != y.name || x.type != y.type || x.klass != y.klass || x.ttl != y.ttl || x.txt != y.txt
            || x.address != y.address || !(x.srv == y.srv) || x.rdata != y.rdata)
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString reason;
    const auto decoded = DnsMessage::decode(fuzz::bytes(data, size), &reason);
    if (!decoded) {
        FUZZ_CHECK(!reason.isEmpty());
        return 0;
    }
    const auto encoded = decoded->encode();
    FUZZ_CHECK(encoded.ok());
    const auto again = DnsMessage::decode(*encoded, &reason);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->id == decoded->id && again->flags == decoded->flags);
    FUZZ_CHECK(again->questions == decoded->questions);
    FUZZ_CHECK(sameRecords(again->answers, decoded->answers));
    FUZZ_CHECK(sameRecords(again->authorities, decoded->authorities));
    FUZZ_CHECK(sameRecords(again->additionals, decoded->additionals));
    const auto twice = again->encode();
    FUZZ_CHECK(twice.ok() && *twice == *encoded);
    return 0;
}
