#include "metrics/session_metrics.h"

#include "events/event_json.h"

#include "dht/dht_node.h"
#include "metrics/prometheus_text.h"
#include "peer_relay/peer_relay_node.h"
#include "relay/relay_router.h"
#include "session.h"

#include <QMap>

#include <tuple>

namespace swarmscope {

namespace {
using Type = PrometheusText::Type;

// Sorted, so a scrape lists labels in a stable order.
template <typename Map>
void countsByLabel(PrometheusText &out, const QString &name, const QString &label, const Map &counts,
                   const PrometheusText::Labels &extra = {})
{
    QMap<QString, double> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.insert(it.key(), double(it.value()));
    for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
        PrometheusText::Labels labels = extra;
        labels.append({label, it.key()});
        out.sample(name, it.value(), labels);
    }
}

void connections(PrometheusText &out, const Session &session)
{
    QMap<std::tuple<QString, QString, QString>, int> byKind;
    for (const PeerSnapshot &p : session.peers())
        ++byKind[{transportName(p.transport), connectionPathName(p.path), connectionStateName(p.state)}];
    out.family(QStringLiteral("swarmscope_connections"), Type::Gauge,
               QStringLiteral("Open connections by transport, path (direct, hole-punched, relayed) and state."));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out.sample(QStringLiteral("swarmscope_connections"), it.value(),
                   {{QStringLiteral("transport"), std::get<0>(it.key())},
                    {QStringLiteral("path"), std::get<1>(it.key())},
                    {QStringLiteral("state"), std::get<2>(it.key())}});
}

void traffic(PrometheusText &out, const SessionStatus &s)
{
    out.family(QStringLiteral("swarmscope_bytes_total"), Type::Counter, QStringLiteral("Bytes on secure connections."));
    out.sample(QStringLiteral("swarmscope_bytes_total"), double(s.bytesIn),
               {{QStringLiteral("direction"), QStringLiteral("in")}});
    out.sample(QStringLiteral("swarmscope_bytes_total"), double(s.bytesOut),
               {{QStringLiteral("direction"), QStringLiteral("out")}});
    out.family(QStringLiteral("swarmscope_messages_total"), Type::Counter,
               QStringLiteral("Protocol messages on secure connections."));
    out.sample(QStringLiteral("swarmscope_messages_total"), double(s.messagesIn),
               {{QStringLiteral("direction"), QStringLiteral("in")}});
    out.sample(QStringLiteral("swarmscope_messages_total"), double(s.messagesOut),
               {{QStringLiteral("direction"), QStringLiteral("out")}});
    out.family(QStringLiteral("swarmscope_rejects_total"), Type::Counter,
               QStringLiteral("Refused input and refused connections by reason, resource-limit refusals included."));
    QMap<QString, double> rejects;
    for (const auto &[reason, count] : s.rejects)
        rejects.insert(reason, double(count));
    countsByLabel(out, QStringLiteral("swarmscope_rejects_total"), QStringLiteral("reason"), rejects);
    out.family(QStringLiteral("swarmscope_queue_candidates"), Type::Gauge,
               QStringLiteral("Candidates waiting in the connection queue."));
    out.sample(QStringLiteral("swarmscope_queue_candidates"), s.queued);
    out.family(QStringLiteral("swarmscope_dials_in_progress"), Type::Gauge,
               QStringLiteral("Outbound dials in progress."));
    out.sample(QStringLiteral("swarmscope_dials_in_progress"), s.connecting);
}

void dht(PrometheusText &out, const DhtNode *node)
{
    if (!node)
        return;
    const DhtStats st = node->stats();
    out.family(QStringLiteral("swarmscope_dht_routing_table_nodes"), Type::Gauge,
               QStringLiteral("Nodes in the DHT routing table."));
    out.sample(QStringLiteral("swarmscope_dht_routing_table_nodes"), st.routingTableSize);
    out.family(QStringLiteral("swarmscope_dht_stored_infohashes"), Type::Gauge,
               QStringLiteral("Infohashes with announced peers stored here."));
    out.sample(QStringLiteral("swarmscope_dht_stored_infohashes"), st.storedInfohashes);
    out.family(QStringLiteral("swarmscope_dht_datagrams_total"), Type::Counter, QStringLiteral("DHT datagrams."));
    out.sample(QStringLiteral("swarmscope_dht_datagrams_total"), double(st.datagramsIn),
               {{QStringLiteral("direction"), QStringLiteral("in")}});
    out.sample(QStringLiteral("swarmscope_dht_datagrams_total"), double(st.datagramsOut),
               {{QStringLiteral("direction"), QStringLiteral("out")}});
    out.family(QStringLiteral("swarmscope_dht_queries_total"), Type::Counter,
               QStringLiteral("DHT queries by direction and method."));
    countsByLabel(out, QStringLiteral("swarmscope_dht_queries_total"), QStringLiteral("method"), st.queriesIn,
                  {{QStringLiteral("direction"), QStringLiteral("in")}});
    countsByLabel(out, QStringLiteral("swarmscope_dht_queries_total"), QStringLiteral("method"), st.queriesOut,
                  {{QStringLiteral("direction"), QStringLiteral("out")}});
    out.family(QStringLiteral("swarmscope_dht_rejects_total"), Type::Counter,
               QStringLiteral("Refused DHT datagrams by reason."));
    countsByLabel(out, QStringLiteral("swarmscope_dht_rejects_total"), QStringLiteral("reason"), st.rejects);
}

void relay(PrometheusText &out, const Session &session)
{
    const RelayRouter &r = session.relay();
    out.family(QStringLiteral("swarmscope_relay_routes"), Type::Gauge,
               QStringLiteral("Relay circuits: learned reverse routes through this node."));
    out.sample(QStringLiteral("swarmscope_relay_routes"), r.routeCount());
    out.family(QStringLiteral("swarmscope_relay_forwarded_total"), Type::Counter,
               QStringLiteral("Messages relayed on for others."));
    out.sample(QStringLiteral("swarmscope_relay_forwarded_total"), double(r.relayedCount()));
    out.family(QStringLiteral("swarmscope_relay_rejects_total"), Type::Counter,
               QStringLiteral("Refused relay messages by reason."));
    countsByLabel(out, QStringLiteral("swarmscope_relay_rejects_total"), QStringLiteral("reason"), r.rejectCounts());
}

void rooms(PrometheusText &out, const Session &session)
{
    const QStringList names = session.rooms();
    out.family(QStringLiteral("swarmscope_rooms"), Type::Gauge, QStringLiteral("Rooms joined."));
    out.sample(QStringLiteral("swarmscope_rooms"), names.size());
    out.family(QStringLiteral("swarmscope_room_members"), Type::Gauge, QStringLiteral("Members seen in each room."));
    QList<RoomSnapshot> snapshots;
    for (const QString &name : names)
        snapshots.append(session.room(name));
    for (const RoomSnapshot &r : std::as_const(snapshots))
        out.sample(QStringLiteral("swarmscope_room_members"), r.members.size(), {{QStringLiteral("room"), r.name}});
    out.family(QStringLiteral("swarmscope_room_connected_members"), Type::Gauge,
               QStringLiteral("Members of each room we hold a connection to."));
    for (const RoomSnapshot &r : std::as_const(snapshots))
        out.sample(QStringLiteral("swarmscope_room_connected_members"), r.connectedMembers,
                   {{QStringLiteral("room"), r.name}});
}
}  // namespace

QByteArray sessionMetrics(const Session &session)
{
    PrometheusText out;
    const SessionStatus status = session.status();
    out.family(QStringLiteral("swarmscope_up"), Type::Gauge, QStringLiteral("1 while the node runs."));
    out.sample(QStringLiteral("swarmscope_up"), 1);
    connections(out, session);
    traffic(out, status);
    dht(out, session.dht());
    relay(out, session);
    rooms(out, session);
    if (const PeerRelayNode *pr = session.peerRelay()) {
        out.family(QStringLiteral("swarmscope_peer_relay_peers"), Type::Gauge,
                   QStringLiteral("Direct peers in the peer-relay network."));
        out.sample(QStringLiteral("swarmscope_peer_relay_peers"), pr->peers().size());
    }
    return out.text();
}

}  // namespace swarmscope
