// KRPC (BEP 5) schema check: never crashes, and a message that parses, rebuilt with the engine's
// own builders, parses to the same fields.
#include "fuzz_support.h"

#include "dht/krpc.h"

using namespace swarmscope;

namespace {

QByteArray rebuild(const KrpcMessage &m)
{
    switch (m.kind) {
    case KrpcMessage::Kind::Error: return Krpc::error(m.transactionId, int(m.errorCode), m.errorMessage);
    case KrpcMessage::Kind::Response:
        return Krpc::response(m.transactionId, m.senderId, m.nodes, m.values, m.token, m.yourAddress);
    case KrpcMessage::Kind::Query: break;
    }
    switch (m.method) {
    case KrpcMessage::Method::Ping: return Krpc::pingQuery(m.transactionId, m.senderId);
    case KrpcMessage::Method::FindNode: return Krpc::findNodeQuery(m.transactionId, m.senderId, m.target);
    case KrpcMessage::Method::GetPeers: return Krpc::getPeersQuery(m.transactionId, m.senderId, m.infohash);
    case KrpcMessage::Method::AnnouncePeer:
        return Krpc::announcePeerQuery(m.transactionId, m.senderId, m.infohash, m.port, m.impliedPort, m.token);
    case KrpcMessage::Method::Unknown: break;
    }
    return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parsed = Krpc::parse(fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    const KrpcMessage &m = *parsed;
    const QByteArray rebuilt = rebuild(m);
    if (rebuilt.isEmpty())
        return 0;  // a query of a method we do not know: nothing to rebuild
    const auto again = Krpc::parse(rebuilt);
    FUZZ_CHECK(again.ok());
    const KrpcMessage &n = *again;
    FUZZ_CHECK(n.kind == m.kind);
    FUZZ_CHECK(n.transactionId == m.transactionId);
    if (m.kind == KrpcMessage::Kind::Error) {
        FUZZ_CHECK(n.errorCode == qint64(int(m.errorCode)));
        FUZZ_CHECK(n.errorMessage == m.errorMessage);
        return 0;
    }
    FUZZ_CHECK(n.senderId == m.senderId);
    if (m.kind == KrpcMessage::Kind::Response) {
        FUZZ_CHECK(n.nodes == m.nodes);
        FUZZ_CHECK(n.values == m.values);
        FUZZ_CHECK(n.token == m.token);
        FUZZ_CHECK(n.yourAddress == m.yourAddress);
        return 0;
    }
    FUZZ_CHECK(n.method == m.method);
    FUZZ_CHECK(n.target == m.target);
    FUZZ_CHECK(n.infohash == m.infohash);
    FUZZ_CHECK(n.port == m.port);
    FUZZ_CHECK(n.impliedPort == m.impliedPort);
    FUZZ_CHECK(n.token == m.token);
    return 0;
}
