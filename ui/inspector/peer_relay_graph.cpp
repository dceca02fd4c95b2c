#include "inspector/peer_relay_graph.h"

#include <QObject>
#include <QSet>

namespace swarmscope::ui {

namespace {
QString labelOf(const QString &id)
{
    return QStringLiteral("pr ") + id.left(8);
}
}  // namespace

QString PeerRelayGraph::keyOf(const QString &id)
{
    return QStringLiteral("peer-relay:") + id;
}

bool PeerRelayGraph::addPeer(const QString &id)
{
    if (id.isEmpty() || id == m_ownId || m_peers.contains(id))
        return false;
    m_peers.append(id);
    m_learned.removeAll(id);
    ++m_revision;
    return true;
}

bool PeerRelayGraph::removePeer(const QString &id)
{
    if (m_peers.removeAll(id) == 0)
        return false;
    ++m_revision;
    return true;
}

void PeerRelayGraph::clear()
{
    m_ownId.clear();
    m_peers.clear();
    m_learned.clear();
    m_links.clear();
    ++m_revision;
}

QString PeerRelayGraph::keyFor(const QString &self, const QString &id) const
{
    return id == m_ownId ? self : keyOf(id);
}

void PeerRelayGraph::learnLink(const QString &a, const QString &b)
{
    if (a == b)
        return;
    for (const QString &id : {a, b}) {
        if (id == m_ownId || m_peers.contains(id))
            continue;
        if (m_learned.removeAll(id) == 0)
            ++m_revision;
        m_learned.append(id);
    }
    const QPair<QString, QString> link = a < b ? qMakePair(a, b) : qMakePair(b, a);
    if (!m_links.contains(link)) {
        m_links.append(link);
        ++m_revision;
    }
    while (m_learned.size() > kMaxLearnedNodes) {
        const QString gone = m_learned.takeFirst();
        m_links.removeIf([&](const auto &l) { return l.first == gone || l.second == gone; });
    }
}

QList<QPair<QString, QString>> PeerRelayGraph::recordHop(const QString &self, const QStringList &path,
                                                         const QString &via, const QStringList &next)
{
    QList<QPair<QString, QString>> hops;
    // The path lists who handled the message before us; the last entry handed it to us.
    QStringList chain = path;
    if (!via.isEmpty() && (chain.isEmpty() || chain.last() != via))
        chain.append(via);
    for (int i = 1; i < chain.size(); ++i) {
        learnLink(chain[i - 1], chain[i]);
        hops.append({keyFor(self, chain[i - 1]), keyFor(self, chain[i])});
    }
    if (!chain.isEmpty() && chain.last() != m_ownId)
        hops.append({keyFor(self, chain.last()), self});
    for (const QString &id : next)
        hops.append({self, keyFor(self, id)});
    return hops;
}

void PeerRelayGraph::addTo(GraphData &g, const QString &self) const
{
    QSet<QString> known;
    for (const GraphData::Node &n : std::as_const(g.nodes))
        known.insert(n.key);
    for (const QString &id : m_peers) {
        const QString key = keyOf(id);
        if (!known.contains(key)) {
            known.insert(key);
            g.nodes.append({key, labelOf(id), false, false, 0});
        }
        g.edges.append({self, key, GraphData::Edge::Kind::PeerRelay});
    }
    for (const QString &id : m_learned) {
        const QString key = keyOf(id);
        if (!known.contains(key)) {
            known.insert(key);
            g.nodes.append({key, labelOf(id), false, true, 0});
        }
    }
    for (const auto &[a, b] : m_links) {
        const bool direct = (a == m_ownId && m_peers.contains(b)) || (b == m_ownId && m_peers.contains(a));
        if (direct)
            continue;  // already drawn as our connection
        const QString ka = keyFor(self, a), kb = keyFor(self, b);
        if (known.contains(ka) || ka == self)
            if (known.contains(kb) || kb == self)
                g.edges.append({ka, kb, GraphData::Edge::Kind::RelayPath});
    }
}

}  // namespace swarmscope::ui
