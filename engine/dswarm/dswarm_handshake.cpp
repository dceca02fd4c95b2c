#include "dswarm_handshake.h"

namespace swarmscope::dswarm {

QByteArray encodeHandshake(const QByteArray &id)
{
    QByteArray out;
    quint64 n = quint64(id.size());
    do {
        const auto byte = char(n & 0x7f);
        n >>= 7;
        out.append(n ? char(byte | 0x80) : byte);
    } while (n);
    out.append(id);
    return out;
}

HandshakeReader::State HandshakeReader::fail(DswarmRefusal reason, const QString &detail)
{
    m_reason = reason;
    m_detail = detail;
    return State::Failed;
}

HandshakeReader::State HandshakeReader::feed(QByteArray &buffer)
{
    quint64 length = 0;
    int used = 0;
    bool complete = false;
    while (used < buffer.size()) {
        const auto byte = quint8(buffer.at(used));
        length |= quint64(byte & 0x7f) << (7 * used);
        ++used;
        if (!(byte & 0x80)) {
            complete = true;
            break;
        }
        if (used >= kMaxPrefixBytes)
            return fail(DswarmRefusal::BadLengthPrefix,
                        QStringLiteral("length prefix longer than %1 bytes").arg(kMaxPrefixBytes));
    }
    if (!complete)
        return State::NeedMore;
    // A valid varint for 32 is the single byte 0x20; a padded form (0xa0 0x00) is not what any
    // discovery-swarm peer writes, and a length of zero is no id at all.
    if (used > 1 && quint8(buffer.at(used - 1)) == 0)
        return fail(DswarmRefusal::BadLengthPrefix, QStringLiteral("over-long varint encoding"));
    if (length != quint64(kIdBytes))
        return fail(DswarmRefusal::BadIdLength,
                    QStringLiteral("peer id of %1 bytes (discovery-swarm ids are %2)").arg(length).arg(kIdBytes));
    if (buffer.size() < used + kIdBytes)
        return State::NeedMore;
    m_prefixBytes = used;
    m_id = buffer.mid(used, kIdBytes);
    buffer.remove(0, used + kIdBytes);
    return State::Done;
}

}  // namespace swarmscope::dswarm
