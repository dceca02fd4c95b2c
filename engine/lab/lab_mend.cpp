// Partitions, healing, and mending: a part of the graph left behind is joined up with the rest.
#include "lab/lab.h"

#include "lab/lab_node.h"
#include "transport/memory_network.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcLab)

namespace swarmscope {

void Lab::partition(double fraction)
{
    const int n = int(m_nodes.size());
    const int cut = std::clamp(int(std::lround(std::clamp(fraction, 0.0, 1.0) * n)), 0, n);
    QList<int> a, b;
    for (int i = 0; i < n; ++i)
        (i < cut ? a : b).append(i);
    partition(QList<QList<int>>{a, b});
}

void Lab::partition(const QList<QList<int>> &sets)
{
    if (!m_running)
        return;
    m_net->heal();
    m_sideOf.clear();
    QList<QSet<QString>> hosts;
    for (int s = 0; s < sets.size(); ++s) {
        QSet<QString> side;
        for (int i : sets[s])
            if (i >= 0 && i < int(m_nodes.size())) {
                m_sideOf.insert(i, s + 1);
                side.insert(m_nodes[size_t(i)]->host);
            }
        hosts.append(side);
    }
    for (int s = 0; s < hosts.size(); ++s)
        for (int t = s + 1; t < hosts.size(); ++t)
            m_net->partition(hosts[s], hosts[t]);
    resetCrossLinks();
    qCInfo(lcLab) << "partitioned into" << sets.size() << "sides";
    markGraphDirty();
}

void Lab::resetCrossLinks()
{
    // Streams across the cut would only stall; reset them as a firewall would, so the graph shows the split.
    for (auto &node : m_nodes) {
        const int side = m_sideOf.value(node->index);
        for (const PeerSnapshot &p : node->session->peers()) {
            const int other = indexOfHost(p.host);
            if (other >= 0 && m_sideOf.value(other) != side && !p.address.isEmpty())
                node->session->disconnectPeer(p.address);
        }
    }
}

void Lab::heal()
{
    if (!m_running)
        return;
    const QHash<int, int> sideOf = std::exchange(m_sideOf, {});
    m_net->heal();
    for (auto &node : m_nodes)
        rejoin(*node, sideOf);
    qCInfo(lcLab) << "healed";
    markGraphDirty();
}

// Redials a node's bootstrap links. While split, each side fills every slot with peers of its
// own side, and a full node refuses new peers (maxPeers holds for inbound too): a link across
// the cut would wait for churn, a minute at times. So both ends of such a link make room first,
// as an operator would. An empty sideOf means every link counts as crossing.
void Lab::rejoin(Node &node, const QHash<int, int> &sideOf)
{
    for (int j : node.bootstrap) {
        Node &target = *m_nodes[size_t(j)];
        if (sideOf.isEmpty() || sideOf.value(node.index) != sideOf.value(j)) {
            makeRoom(node, j);
            makeRoom(target, node.index);
        }
        node.session->connectTo(target.host, target.session->listenPort());
    }
}

// Once a second while unsplit: each component other than the largest has one member joined up
// with a node outside it. Without this a node whose bootstrap nodes were all full when it dialled stays
// alone: it redials them, but a full node refuses newcomers for as long as it stays full, and in
// a converged lab nobody leaves. Members with a dial or handshake under way wait for its outcome;
// the member tried moves round from one second to the next.
void Lab::mend()
{
    m_mendTimer.start(kLabMendMs, [this] { mend(); });
    if (!m_running || partitioned())
        return;
    const LabGraph g = graph();
    const QList<QList<int>> parts = g.components();  // largest first
    if (parts.size() <= 1)
        return;
    std::vector<int> partOf(m_nodes.size());
    for (qsizetype p = 0; p < parts.size(); ++p)
        for (int i : parts[p])
            partOf[size_t(i)] = int(p);
    QSet<int> busy;
    for (const LabEdge &e : g.edges)
        if (e.state != ConnectionState::Connected) {
            busy.insert(e.from);
            busy.insert(e.to);
        }
    const int round = m_mendRound++;
    for (qsizetype p = 1; p < parts.size(); ++p) {
        const QList<int> &part = parts[p];
        const auto outside = [&](int j) { return partOf[size_t(j)] != p; };
        // Better a member with a free slot (a node alone has all of them) than one that must let a
        // peer go, and one that lets a peer go than one that cuts a kept link.
        Node *member = nullptr;
        for (const Room room : {Room::Free, Room::Made, Room::Forced})
            for (qsizetype k = 0; k < part.size() && !member; ++k) {
                Node &node = *m_nodes[size_t(part[(k + round) % part.size()])];
                if (!busy.contains(node.index) && canTake(node, -1, room))
                    member = &node;
            }
        if (Node *target = member ? helperFor(*member, outside, round) : nullptr)
            reachOut(*member, *target);
    }
}

// A node outside the component that can take this one. Better a free slot than a peer let go
// (who might be cut off in turn), that than a kept link cut, and a bootstrap node of its own
// before any other: early nodes fill up with the bootstrap links of later ones, which are kept. A
// node that is not yet one of its bootstrap nodes becomes one, so the new link is kept too.
Lab::Node *Lab::helperFor(Node &node, const std::function<bool(int)> &outside, int round)
{
    QList<int> order;
    const qsizetype nb = node.bootstrap.size();
    for (qsizetype k = 0; k < nb; ++k)
        order.append(node.bootstrap[(k + round) % nb]);
    const int n = size();
    const int first = int(m_random->bounded(quint32(n)));
    for (int k = 0; k < n; ++k)
        if (const int j = (first + k) % n; j != node.index && !node.bootstrap.contains(j))
            order.append(j);
    for (const Room room : {Room::Free, Room::Made, Room::Forced})
        for (int j : order) {
            Node &other = *m_nodes[size_t(j)];
            if (!outside(j) || !canTake(other, node.index, room))
                continue;
            if (!node.bootstrap.contains(j))
                node.bootstrap.append(j);
            return &other;
        }
    return nullptr;
}

// One side dials, the other must have a slot for it when the handshake is done. A node with a
// free slot is dialled: the target queues its dial first, as a manual one (ahead of every peer it
// found by exchange), and only then, if full, lets a peer go, so that the slot freed goes to this
// dial. A full node dials instead, the same way, and a full target makes room for it. (Dials in
// both directions would each take the slot the other one needs.)
void Lab::reachOut(Node &node, Node &target)
{
    qCDebug(lcLab) << "joining node" << node.index << "up with node" << target.index;
    if (hasFreeSlot(node)) {
        target.session->connectTo(node.host, node.session->listenPort());
        makeRoom(target, node.index, true);
    } else {
        node.session->connectTo(target.host, target.session->listenPort());
        makeRoom(node, target.index, true);
        makeRoom(target, node.index, true);
    }
}

bool Lab::hasFreeSlot(const Node &node) const
{
    return node.links.size() < m_options.maxPeers;  // connections still handshaking hold a slot too
}

bool Lab::canTake(const Node &node, int keep, Room room) const
{
    switch (room) {
    case Room::Free: return hasFreeSlot(node);
    case Room::Made: return !hasFreeSlot(node) && !expendable(node, keep, false).isEmpty();
    case Room::Forced: return !hasFreeSlot(node) && !expendable(node, keep, true).isEmpty();
    }
    return false;
}

// Lets go of one peer of a full node (see expendable()).
void Lab::makeRoom(Node &node, int keep, bool cutKeptLinks)
{
    if (hasFreeSlot(node))
        return;
    QString peer = expendable(node, keep, false);
    if (peer.isEmpty() && cutKeptLinks)
        peer = expendable(node, keep, true);
    if (!peer.isEmpty())
        node.session->disconnectPeer(peer);
}

// The address of a peer the node may let go: not `keep`, still connected to another node after,
// and, unless kept links may be cut, no bootstrap link of either end. Kept links go only when a
// component is sealed off by them (as the first few nodes are when each has as many bootstrap
// links as slots). Empty if there is none.
QString Lab::expendable(const Node &node, int keep, bool keptToo) const
{
    for (const Node::Link &l : node.links) {
        if (l.other < 0 || l.other == keep || l.address.isEmpty())
            continue;
        const Node &peer = *m_nodes[size_t(l.other)];
        const bool kept = node.bootstrap.contains(l.other) || peer.bootstrap.contains(node.index);
        const auto connected = std::count_if(peer.links.begin(), peer.links.end(),
                                             [](const Node::Link &p) { return p.state == ConnectionState::Connected; });
        if ((keptToo || !kept) && connected >= 2)
            return l.address;
    }
    return {};
}

}  // namespace swarmscope
