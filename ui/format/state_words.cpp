#include "format/state_words.h"

namespace swarmscope::ui {

QString StateWords::connectionState(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connecting: return tr("connecting", "connection state");
    case ConnectionState::Handshaking: return tr("handshaking", "connection state");
    case ConnectionState::Connected: return tr("connected", "connection state");
    case ConnectionState::Closed: break;
    }
    return tr("closed", "connection state");
}

QString StateWords::candidateState(CandidateState state)
{
    switch (state) {
    case CandidateState::Queued: return tr("queued", "candidate state");
    case CandidateState::Connecting: return tr("connecting", "candidate state");
    case CandidateState::Connected: return tr("connected", "candidate state");
    case CandidateState::Waiting: return tr("waiting", "candidate state");
    case CandidateState::Dropped: return tr("dropped", "candidate state");
    case CandidateState::Handshaking: return tr("handshaking", "candidate state");
    case CandidateState::Banned: break;
    }
    return tr("banned", "candidate state");
}

QString StateWords::peerSource(PeerSource source)
{
    switch (source) {
    case PeerSource::Manual: return tr("added by hand", "peer source");
    case PeerSource::Lan: return tr("local network", "peer source");
    case PeerSource::Dht: return QStringLiteral("DHT");
    case PeerSource::Pex: return tr("peer exchange", "peer source");
    case PeerSource::Book: return tr("peer book", "peer source");
    case PeerSource::Lsd: return tr("local service discovery", "peer source");
    case PeerSource::Inbound: break;
    }
    return tr("dialled us", "peer source");
}

QString StateWords::transport(Transport transport)
{
    switch (transport) {
    case Transport::Tcp: return QStringLiteral("TCP");
    case Transport::WebSocket: return QStringLiteral("WS");
    case Transport::Metrics: return QStringLiteral("HTTP");
    case Transport::BitTorrent: return QStringLiteral("BitTorrent");
    case Transport::Lsd: return QStringLiteral("LSD");
    case Transport::Dht: return QStringLiteral("DHT");
    case Transport::Mdns: return QStringLiteral("mDNS");
    case Transport::Udp: return QStringLiteral("UDP");
    case Transport::Memory: break;
    }
    return tr("in-process", "transport");
}

}  // namespace swarmscope::ui
