#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

#include <variant>

namespace swarmscope::peerrelay {

// Why an incoming frame was refused; each is counted (DESIGN 8) under rejectName().
enum class Reject {
    MalformedJson,  // not JSON, or not an object
    Oversized,  // frame above the envelope cap
    MissingTo,
    MissingFrom,
    BadId,  // an id that is not 40 hex digits / a 20-byte Buffer
    BadPath,  // path missing, not an array of ids, or empty
    HopLimit,  // path longer than the hop limit (or at it, when we would send it on)
    PathContainsUs,  // a message we never saw that already went through us
    BadNonce,
    BadData,  // data is not {type: string, ...}
    RateLimited,
    BadFirstFrame,  // the id exchange: first frame is not an id
    Count
};
QString rejectName(Reject reason);

// One peer-relay message (router.js): {to, from, path, nonce, data: {type, data}}.
struct Envelope {
    QByteArray to;  // 20 bytes
    QByteArray from;  // 20 bytes
    QStringList path;  // lowercase hex ids: the originator, then each relayer
    QString nonce;  // decimal string, floor(1e15 * random)
    QString type;  // data.type: user, findPeers, foundPeers, handshake-offer, handshake-answer, signal
    QJsonValue data;  // data.data (Undefined when absent)
    QByteArray rawData;  // the whole "data" member as received: forwarded byte for byte
};

struct ParseFailure {
    Reject reason;
    QString detail;
};

// Length, then schema: never touches state. maxHops bounds the path (a longer one is refused).
std::variant<Envelope, ParseFailure> parseEnvelope(const QByteArray &text, int maxEnvelopeBytes, int maxHops);

// The JSON text peer-relay sends: keys in JSON.stringify's order (to, from, path, nonce, data).
// idsAsBuffers: a relayed envelope carries to/from as Buffer objects, as router.js re-sends it.
QByteArray serializeEnvelope(const Envelope &envelope, bool idsAsBuffers);
// {"type":T} or {"type":T,"data":D} for a message we originate.
QByteArray dataMember(const QString &type, const QJsonValue &data = QJsonValue(QJsonValue::Undefined));

}  // namespace swarmscope::peerrelay
