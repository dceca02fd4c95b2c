#pragma once

#include <QList>
#include <QStringList>

namespace swarmscope {

// The options of a discovery-swarm swarm (docs/DISCOVERY_SWARM.md) and the limits we add against bad input.
struct DswarmOptions {
    int maxConnections = 0;  // 0 = unlimited (discovery-swarm's default)
    QStringList whitelist;  // IPs; empty = everyone
    bool keepExistingConnections = false;  // on a duplicate id, always drop the new one
    int handshakeTimeoutMs = 5000;  // HANDSHAKE_TIMEOUT (index.js:21)
    int connectTimeoutMs = 3000;  // CONNECTION_TIMEOUT (index.js:22)
    QList<int> reconnectWaitMs = {1000, 1000, 5000, 15000};  // RECONNECT_WAIT (index.js:23), then "drop"
    int maxLineBytes = 64 * 1024;  // a longer line is cut off and counted
    double linesPerSecond = 200;  // message events per connection; the excess is counted
    qint64 maxSendBufferBytes = 4 << 20;  // a peer that does not read gets no more lines
    int maxCapturedChunkBytes = 16 * 1024;  // stream bytes kept per inspector record
};

}  // namespace swarmscope
