#pragma once

#include "dht/bencode.h"

#include <QString>

// Constants and helpers of the DHT node, shared by its implementation files only.
namespace swarmscope::dht_internal {

constexpr int kK = 8;
constexpr int kAlpha = 3;
constexpr int kMaxDatagram = 4096;  // BEP 5 messages are far smaller; a flood of big ones is cut here
constexpr int kMaxPending = 4096;  // queries in flight, all lookups together
constexpr int kLookupSeedNodes = 16;  // table entries a lookup starts from
constexpr qint64 kStaleMs = 15 * 60 * 1000;  // BEP 5: a node unheard of for 15 minutes is questionable

inline BencodeLimits datagramLimits()
{
    BencodeLimits l;
    l.maxInputBytes = kMaxDatagram;
    l.maxStringBytes = 2048;
    l.maxDepth = 8;
    l.maxItems = 512;
    return l;
}

inline QString methodKey(const QByteArray &method)
{
    return QString::fromLatin1(method);
}

}  // namespace swarmscope::dht_internal
