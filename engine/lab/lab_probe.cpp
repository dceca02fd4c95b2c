// Convergence: once the graph is whole, node 0 sends one probe message to the room; the lab counts
// who received it, when, and how many copies each node sent on.
#include "lab/lab.h"

#include "lab/lab_node.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcLab)

namespace swarmscope {

namespace {
const QString kRoomMessageType = QStringLiteral("room-message");
}

void Lab::checkConvergence()
{
    if (!m_running || m_convergedMs >= 0 || m_nodes.empty())
        return;
    m_convergenceTimer.start(kLabConvergenceCheckMs, [this] { checkConvergence(); });
    if (m_probes > 0 && elapsedMs() - m_probeSentMs < m_options.probeRetryMs)
        return;  // the probe is on its way
    if (!partitioned() && whole())
        sendProbe();
}

// Every node has a connection and all of them form one component: a flooded message can reach all.
bool Lab::whole() const
{
    return m_nodes.size() == 1 || graph().components().size() == 1;
}

void Lab::sendProbe()
{
    stopCounting();
    ++m_probes;
    // The full stop keeps "lab-probe 1." from matching inside "lab-probe 10." when frames are counted.
    m_probeText = QStringLiteral("lab-probe %1.").arg(m_probes);
    m_probeTag = m_probeText.toUtf8();
    m_probeSentMs = elapsedMs();
    m_lastReceiptMs = m_probeSentMs;
    for (auto &node : m_nodes) {
        node->probeSends = 0;
        if (!node->session->capturing()) {
            node->session->setCapture(true);
            node->captureByLab = true;
        }
    }
    Node &sender = *m_nodes.front();
    sender.probeSeen = m_probes;
    m_reached = 1;
    emit probeSent(m_probes);
    const auto sent = sender.session->sendMessage(m_room, m_probeText);
    if (!sent)
        qCDebug(lcLab) << "probe not sent:" << sent.error().detail;
    markGraphDirty();
    if (m_reached == size())
        m_convergenceTimer.start(0, [this] { finishProbe(); });
}

void Lab::onProbeReceived(Node &node)
{
    node.probeSeen = m_probes;
    m_lastReceiptMs = elapsedMs();
    markGraphDirty();
    // Finished on a turn of its own: a handler of converged() may stop the lab, and with it the
    // session whose batch is being delivered now.
    if (++m_reached == size())
        m_convergenceTimer.start(0, [this] { finishProbe(); });
}

// A node floods the probe on in the same call that receives it, and a session hands out its
// captured frames before its events: by the time the lab sees a receipt, that node's copies are counted.
void Lab::onFramesSent(Node &node, const QList<FrameRecord> &frames)
{
    if (m_probeTag.isEmpty())
        return;
    for (const FrameRecord &f : frames)
        if (f.direction == Direction::Outbound && f.type == kRoomMessageType && f.payload.contains(m_probeTag))
            ++node.probeSends;
}

void Lab::finishProbe()
{
    stopCounting();
    m_convergedMs = m_lastReceiptMs;
    const LabProbeFigures f = probeFigures();
    qCInfo(lcLab) << "converged after" << m_convergedMs << "ms:" << m_probes << "probes, the last delivered in"
                  << f.deliveredMs << "ms, at most" << f.maxSends << "sends per node";
    // The graph goes out now rather than with the next batch: it is the one the convergence is about.
    m_graphTimer.stop();
    emit graphChanged();
    emit converged(m_convergedMs);
}

// Frames are captured only while a probe is counted, and only on nodes whose capture was off.
void Lab::stopCounting()
{
    for (auto &node : m_nodes)
        if (std::exchange(node->captureByLab, false))
            node->session->setCapture(false);
}

LabProbeFigures Lab::probeFigures() const
{
    LabProbeFigures f;
    f.probes = m_probes;
    if (m_probes == 0)
        return f;
    f.sentMs = m_probeSentMs;
    f.reached = m_reached;
    if (m_reached == size())
        f.deliveredMs = m_lastReceiptMs - m_probeSentMs;
    qint64 total = 0;
    for (const auto &node : m_nodes) {
        f.maxSends = std::max(f.maxSends, node->probeSends);
        total += node->probeSends;
    }
    f.meanSends = m_nodes.empty() ? 0 : double(total) / double(m_nodes.size());
    return f;
}

}  // namespace swarmscope
