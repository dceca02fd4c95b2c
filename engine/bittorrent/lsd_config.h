#pragma once

// The settings of BEP 14 local service discovery (bittorrent/local_service_discovery.h), apart
// so that the engine's configuration does not pull the discovery's sockets in.

#include <QHostAddress>
#include <QString>

namespace swarmscope::bt {

struct LsdConfig {
    bool enabled = true;
    QString interfaceName;  // empty = every up multicast interface (as LAN discovery)
    quint16 port = 6771;
    QHostAddress group = QHostAddress(QStringLiteral("239.192.152.143"));
    qint64 intervalMs = 5 * 60 * 1000;  // BEP 14: every 5 minutes while in the swarm
    qint64 minGapMs = 60 * 1000;  // BEP 14: no more than one announce per minute
};

}  // namespace swarmscope::bt
