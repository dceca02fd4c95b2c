#pragma once

#include <QStringList>

namespace swarmscope {

struct NatOptions {
    bool portMapping = false;  // UPnP IGD / NAT-PMP (the apps turn it on; tests leave it off)
    int dialBackTimeoutMs = 10000;  // a probe not answered by then counts for nothing
    int maxDialBacksServed = 4;  // dial-backs we run for others at once
    qint64 dialBackPerPeerMs = 10000;  // one dial-back per peer in this window
    QStringList relays;  // relays to hold a slot on ("IP:PORT", --relay-node)
    bool holePunching = true;  // move relayed connections onto punched ones (circuit/hole_puncher.h)
};

}  // namespace swarmscope
