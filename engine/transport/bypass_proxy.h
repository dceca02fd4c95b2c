#pragma once

#include <QNetworkProxy>

namespace swarmscope {

// Peer-to-peer traffic goes straight to the peer. A system HTTP proxy cannot carry it (UDP,
// inbound connections, LAN multicast) and would learn whom we talk to; merely asking for the
// system's proxy settings also starts libproxy and a thread for it. Every socket and server of
// the engine calls this before use.
template <typename Socket>
void bypassProxy(Socket &socket)
{
    socket.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

}  // namespace swarmscope
