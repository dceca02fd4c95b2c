#pragma once

#include "events/events.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The one place events become JSON: the node's stdout and the event log's export. Field names are
// public (README "Events"): add fields freely, never rename or remove one.
namespace swarmscope {

// {"event": name, "time": ms, ...fields}: the event's own line.
QJsonObject eventJson(const Event &event);
// The event's line, then the older names some users script against for the same moment
// (Bugout's "disconnection", "wireseen", "wireleft"; the node's "procedures", "rpc-sent",
// "announced"). The node prints all of them; the event log shows the first.
QList<QJsonObject> eventJsonLines(const Event &event);
// The "event" field of eventJson(event).
QString eventName(const Event &event);

// The stable, untranslated names of the vocabulary (JSON values, counters, the filter language).
QString transportName(Transport t);
std::optional<Transport> transportFromName(const QString &name);
QString peerSourceName(PeerSource s);
std::optional<PeerSource> peerSourceFromName(const QString &name);
QString directionName(Direction d);
QString connectionPathName(ConnectionPath p);
QString connectionStateName(ConnectionState s);
QString candidateStateName(CandidateState s);
QString transferDirectionName(TransferDirection d);
// The "reachability" object of /status and of the reachability event (docs/NAT.md).
QJsonObject reachabilityJson(const ReachabilitySnapshot &r);
// The "relayService" object of /status: what we carry for others as a relay.
QJsonObject relayServiceJson(const RelayServiceSummary &r);
QString leaveReasonName(LeaveReason r);
QString replyRoleName(ReplyRole r);
QString rejectSourceName(RejectSource s);
QString deliveryStateName(DeliveryState s);
QString dswarmRefusalName(DswarmRefusal r);
// A peer's Bugout-style address; empty for the null id (not yet proven).
QString addressText(const PeerId &peer);

}  // namespace swarmscope
