#pragma once

#include "dht/node_id.h"

#include <QHostAddress>

namespace swarmscope {

class Random;

// BEP 42: a node id bound to the node's external IP, so that nobody can pick ids near a target
// at will. The first 21 bits come from CRC-32C of the masked IP mixed with r (0..7), which the
// id's last byte carries; the rest is random.
namespace bep42 {

quint32 crc32c(QByteArrayView bytes);
// An id for ip with this r (0..255; its low 3 bits count). Non-IPv4 or local addresses get a
// random id (BEP 42 exempts them).
NodeId idFor(const QHostAddress &ip, quint8 r, Random &random);
// Whether id follows BEP 42 for ip. Local and private addresses always pass (BEP 42 exempts them).
bool matches(const NodeId &id, const QHostAddress &ip);
bool isExempt(const QHostAddress &ip);

}  // namespace bep42
}  // namespace swarmscope
