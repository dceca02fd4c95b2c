#pragma once

#include <Qt>

namespace swarmscope::ui {

// Roles shared by every model: proxies sort and filter on raw values, delegates read typed fields.
namespace Roles {
enum : int {
    Raw = Qt::UserRole + 1,  // the unformatted cell value, for sorting and export
    Key,  // the row's stable id
    FilterText,  // what a filter box matches against (whole row)
    Own,  // chat: the message is ours
    Author,  // chat: display name of the author
    Body,  // chat: message text
    TimeMs,  // wall-clock milliseconds of the row
    Delivery,  // chat: DeliveryState as int
    MemberCount,  // rooms: members seen
    ConnectedCount,  // rooms: members we are connected to
    Unread,  // rooms: unread messages
    Replacement,  // dht: the node waits in its bucket's replacement cache
    SearchMatch,  // chat: the message matches the history search
    Status,  // rpc traffic: RpcTrafficModel::Status as int
    PeerAddress,  // the full address of the peer the row is about (any column); empty if none
    Backend,  // rooms: the backend's name ("discovery-swarm", "bugout"); empty for native rooms
};
}  // namespace Roles

}  // namespace swarmscope::ui
