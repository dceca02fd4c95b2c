#pragma once

#include <QStringList>

namespace swarmscope {

struct NatOptions {
    bool portMapping = false;      // UPnP IGD / NAT-PMP (the apps turn it on; tests leave it off)
    int dialBackTimeoutMs = 10000; // a probe not answered by then counts for nothing
    int maxDialBacksServed = 4;    // dial-backs we run for others at once
    qint64 dialBackPerPeerMs = 10000;  // one dial-back per peer in this window
    QStringList relays;            // relay nodes we know of ("IP:PORT"), shown in the status
};

} // namespace swarmscope
