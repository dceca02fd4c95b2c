#include "inspector/connection_stats_dock.h"

#include "inspector/rate_plot.h"
#include "client/engine_client.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace swarmscope::ui {

ConnectionStatsDock::ConnectionStatsDock(EngineClient &engine, QWidget *parent)
    : QDockWidget(tr("Connection stats"), parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("connectionStatsDock"));
    setAccessibleName(tr("Connection stats"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *bar = new QHBoxLayout;
    m_peerBox = new QComboBox(body);
    m_peerBox->setObjectName(QStringLiteral("statsPeerBox"));
    m_peerBox->setAccessibleName(tr("Peer"));
    m_peerBox->addItem(tr("All peers"), QString());
    m_windowBox = new QComboBox(body);
    m_windowBox->setObjectName(QStringLiteral("statsWindowBox"));
    m_windowBox->setAccessibleName(tr("Time window"));
    m_windowBox->addItem(tr("5 minutes"), int(RateSeries::Window::FiveMinutes));
    m_windowBox->addItem(tr("1 hour"), int(RateSeries::Window::OneHour));
    auto *peerLabel = new QLabel(tr("&Peer:"), body);
    peerLabel->setBuddy(m_peerBox);
    bar->addWidget(peerLabel);
    bar->addWidget(m_peerBox, 1);
    bar->addWidget(m_windowBox);
    layout->addLayout(bar);
    m_bytes = new RatePlot(body);
    m_bytes->setObjectName(QStringLiteral("statsBytesPlot"));
    m_bytes->setAccessibleName(tr("Bytes per second"));
    m_bytes->setUnit(tr("B/s"));
    m_messages = new RatePlot(body);
    m_messages->setObjectName(QStringLiteral("statsMessagesPlot"));
    m_messages->setAccessibleName(tr("Messages per second"));
    m_messages->setUnit(tr("msg/s"));
    m_rtt = new RatePlot(body);
    m_rtt->setObjectName(QStringLiteral("statsRttPlot"));
    m_rtt->setAccessibleName(tr("Round-trip time"));
    m_rtt->setUnit(tr("ms"));
    layout->addWidget(m_bytes, 1);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_rtt, 1);
    setWidget(body);
    connect(m_peerBox, &QComboBox::currentIndexChanged, this, &ConnectionStatsDock::rebind);
    connect(m_peerBox, &QComboBox::activated, this, [this] {
        m_wanted = selectedPeer();
        emit peerSelected(m_wanted);
    });
    connect(m_windowBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto w = RateSeries::Window(m_windowBox->currentData().toInt());
        for (RatePlot *p : {m_bytes, m_messages, m_rtt})
            p->setWindow(w);
    });
    rebind();
}

ConnectionStatsDock::~ConnectionStatsDock() = default;

void ConnectionStatsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    attach(true);
}

void ConnectionStatsDock::hideEvent(QHideEvent *event)
{
    attach(false);
    QDockWidget::hideEvent(event);
}

void ConnectionStatsDock::attach(bool on)
{
    if (on && !m_connection)
        m_connection = connect(&m_engine, &EngineClient::statsSampled, this, &ConnectionStatsDock::addSample);
    else if (!on && m_connection) {
        disconnect(m_connection);
        m_connection = {};
    }
}

void ConnectionStatsDock::addSample(const StatsSample &sample)
{
    m_total.bytesIn.add(sample.timeMs, sample.bytesInPerSec);
    m_total.bytesOut.add(sample.timeMs, sample.bytesOutPerSec);
    m_total.messagesIn.add(sample.timeMs, sample.messagesInPerSec);
    m_total.messagesOut.add(sample.timeMs, sample.messagesOutPerSec);
    double rttSum = 0;
    int rttCount = 0;
    for (const PeerRate &r : sample.peers) {
        if (r.address.isEmpty())
            continue;
        auto &s = m_peers[r.address];
        if (!s) {
            s = std::make_shared<Series>();
            m_peerBox->addItem(r.address.left(12) + QStringLiteral("…"), r.address);
            if (r.address == m_wanted)
                m_peerBox->setCurrentIndex(m_peerBox->count() - 1);
        }
        s->bytesIn.add(sample.timeMs, r.bytesInPerSec);
        s->bytesOut.add(sample.timeMs, r.bytesOutPerSec);
        s->messagesIn.add(sample.timeMs, r.messagesInPerSec);
        s->messagesOut.add(sample.timeMs, r.messagesOutPerSec);
        if (r.rttUs >= 0) {
            s->rttMs.add(sample.timeMs, r.rttUs / 1000.0);
            rttSum += r.rttUs / 1000.0;
            ++rttCount;
        }
    }
    if (rttCount)
        m_total.rttMs.add(sample.timeMs, rttSum / rttCount);
    for (RatePlot *p : {m_bytes, m_messages, m_rtt})
        if (p->isVisible())
            p->update();
}

void ConnectionStatsDock::selectPeer(const QString &address)
{
    m_wanted = address;
    const int i = m_peerBox->findData(address);
    m_peerBox->setCurrentIndex(i >= 0 ? i : 0);
}

QString ConnectionStatsDock::selectedPeer() const
{
    return m_peerBox->currentData().toString();
}

void ConnectionStatsDock::setWindow(RateSeries::Window window)
{
    m_windowBox->setCurrentIndex(m_windowBox->findData(int(window)));
}

void ConnectionStatsDock::rebind()
{
    const QString address = selectedPeer();
    const Series *s = &m_total;
    if (!address.isEmpty()) {
        auto &slot = m_peers[address];
        if (!slot)
            slot = std::make_shared<Series>();
        s = slot.get();
    }
    const QColor in(40, 120, 200), out(220, 110, 40);
    m_bytes->setLines({{tr("in"), in, &s->bytesIn}, {tr("out"), out, &s->bytesOut}});
    m_messages->setLines({{tr("in"), in, &s->messagesIn}, {tr("out"), out, &s->messagesOut}});
    m_rtt->setLines({{tr("RTT"), QColor(60, 160, 90), &s->rttMs}});
}

}  // namespace swarmscope::ui
