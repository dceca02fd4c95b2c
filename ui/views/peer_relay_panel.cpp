#include "peer_relay_panel.h"

#include "client/engine_client.h"
#include "format/units.h"
#include "peer_relay/peer_relay_id.h"
#include "peer_relay_dialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {
QTableWidget *table(int columns, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QString shortId(const QString &hex)
{
    return hex.left(8);
}

QString pathText(const QStringList &path)
{
    QStringList hops;
    for (const QString &h : path)
        hops.append(shortId(h));
    return hops.join(QStringLiteral(" → "));
}
}  // namespace

PeerRelayPanel::PeerRelayPanel(EngineClient &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_addAction(new QAction(this))
    , m_summary(new QLabel(this))
    , m_peers(table(PeerColumnCount, "peerRelayPeersView", this))
    , m_traffic(table(TrafficColumnCount, "peerRelayTrafficView", this))
    , m_to(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_connect(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("peerRelayPanel"));
    m_addAction->setObjectName(QStringLiteral("addPeerRelayNetworkAction"));
    m_addAction->setIcon(QIcon::fromTheme(QStringLiteral("network-wired")));
    m_to->setObjectName(QStringLiteral("peerRelayToEdit"));
    m_text->setObjectName(QStringLiteral("peerRelayTextEdit"));
    m_send->setObjectName(QStringLiteral("peerRelaySendButton"));
    m_connect->setObjectName(QStringLiteral("peerRelayConnectButton"));
    m_add->setObjectName(QStringLiteral("peerRelayAddButton"));
    m_summary->setObjectName(QStringLiteral("peerRelaySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_add);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_peers);
    split->addWidget(m_traffic);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_to, 2);
    bottom->addWidget(m_text, 3);
    bottom->addWidget(m_send);
    bottom->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_addAction, &QAction::triggered, this, &PeerRelayPanel::openDialog);
    connect(m_add, &QPushButton::clicked, this, &PeerRelayPanel::openDialog);
    connect(m_send, &QPushButton::clicked, this, &PeerRelayPanel::send);
    connect(m_text, &QLineEdit::returnPressed, this, &PeerRelayPanel::send);
    connect(m_connect, &QPushButton::clicked, this, &PeerRelayPanel::connectToId);
    connect(&m_engine, &EngineClient::eventsReady, this, &PeerRelayPanel::onEvents);
    // Rates change every second; the list is small.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshPeers();
    });
    m_timer->start(1000);
    retranslate();
    updateSummary();
}

void PeerRelayPanel::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new PeerRelayDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            addNetwork(m_dialog->bootstrapUrls());
    });
    m_dialog->open();
}

void PeerRelayPanel::addNetwork(const QStringList &urls)
{
    m_engine.joinPeerRelay(urls, this, [this, urls](const Status &st) {
        if (!st.ok()) {
            emit statusMessage(tr("Could not join the peer-relay network: %1").arg(st.error().detail));
            return;
        }
        emit statusMessage(tr("Joining the peer-relay network through %1…").arg(urls.join(QStringLiteral(", "))));
        refreshPeers();
    });
}

void PeerRelayPanel::send()
{
    const auto id = peerrelay::parseHexId(m_to->text().trimmed());
    if (!joined() || !id) {
        emit statusMessage(joined() ? tr("A peer-relay id is 40 hex digits") : tr("Not in a peer-relay network"));
        return;
    }
    m_engine.peerRelaySend(*id, m_text->text());
    m_text->clear();
}

void PeerRelayPanel::connectToId()
{
    const QString text = m_to->text().trimmed();
    const auto id = peerrelay::parseHexId(text);
    if (!joined() || !id) {
        emit statusMessage(joined() ? tr("A peer-relay id is 40 hex digits") : tr("Not in a peer-relay network"));
        return;
    }
    m_engine.peerRelayConnect(*id, this, [this, text](const Status &st) {
        emit statusMessage(st.ok() ? tr("Asked %1 for a direct connection").arg(shortId(text)) : st.error().detail);
    });
}

std::optional<PeerRelayPanel::TrafficRow> PeerRelayPanel::trafficRow(const Event &e)
{
    if (const auto *m = e.get<PeerRelayMessage>())
        return TrafficRow{tr("message"), m->from, {}, m->path, QString::fromUtf8(peerrelay::jsonText(m->data))};
    if (const auto *r = e.get<Rejected>(); r && r->source == RejectSource::PeerRelay)
        return TrafficRow{tr("rejected: %1").arg(r->reason), {}, {}, {}, r->detail};
    const auto *hopped = e.get<PeerRelayHopped>();
    if (!hopped)
        return std::nullopt;
    const PeerRelayHop &h = hopped->hop;
    QString label;
    switch (h.role) {
    case PeerRelayHopRole::Forwarded: label = tr("forwarded"); break;
    case PeerRelayHopRole::Dropped: label = tr("dropped (%1)").arg(h.reason); break;
    case PeerRelayHopRole::Sent:
        if (h.type == QLatin1String("user"))
            label = tr("sent");
        break;
    case PeerRelayHopRole::Delivered: break;
    }
    if (label.isEmpty())
        return std::nullopt;  // control messages (findPeers, handshakes) stay in the event log
    return TrafficRow{label, h.from, h.to, h.path, h.type};
}

void PeerRelayPanel::onEvents(const EventBatch &events)
{
    bool peersChanged = false;
    for (const Event &e : events) {
        if (e.is<PeerRelayPeerOpened>() || e.is<PeerRelayPeerClosed>() || e.is<PeerRelayListening>()) {
            peersChanged = true;
            continue;
        }
        const auto row = trafficRow(e);
        if (!row)
            continue;
        const int at = m_traffic->rowCount();
        m_traffic->insertRow(at);
        const QStringList cells{row->label, shortId(row->from), shortId(row->to), pathText(row->path), row->data};
        for (int c = 0; c < cells.size(); ++c)
            m_traffic->setItem(at, c, new QTableWidgetItem(cells[c]));
        m_traffic->item(at, TrafficFrom)->setToolTip(row->from);
        m_traffic->item(at, TrafficTo)->setToolTip(row->to);
    }
    while (m_traffic->rowCount() > kMaxTrafficRows)
        m_traffic->removeRow(0);
    if (peersChanged)
        refreshPeers();
}

void PeerRelayPanel::refreshPeers()
{
    m_engine.peerRelayView(this, [this](const PeerRelayView &view) { showView(view); });
}

void PeerRelayPanel::showView(const PeerRelayView &view)
{
    m_id = view.id;
    m_url = view.url;
    m_peerCount = int(view.peers.size());
    const QList<PeerRelayPeer> &peers = view.peers;
    m_peers->setRowCount(int(peers.size()));
    for (int r = 0; r < peers.size(); ++r) {
        const PeerRelayPeer &p = peers[r];
        const QStringList cells{
            p.id, QStringLiteral("%1:%2").arg(p.host).arg(p.port), p.inbound ? tr("inbound") : tr("outbound"),
            Units::rate(p.bytesInPerSec) + QStringLiteral(" · %1/s").arg(p.envelopesInPerSec, 0, 'f', 1),
            Units::rate(p.bytesOutPerSec) + QStringLiteral(" · %1/s").arg(p.envelopesOutPerSec, 0, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = m_peers->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_peers->setItem(r, c, item);
            }
            item->setText(cells[c]);
        }
    }
    updateSummary();
}

void PeerRelayPanel::updateSummary()
{
    if (!joined()) {
        m_summary->setText(tr("Not in a peer-relay network."));
        return;
    }
    m_summary->setText(
        m_url.isEmpty()
            ? tr("Our peer-relay id: %1 · %n direct peer(s)", nullptr, m_peerCount).arg(m_id)
            : tr("Our peer-relay id: %1 · listening on %2 · %n direct peer(s)", nullptr, m_peerCount).arg(m_id, m_url));
}

void PeerRelayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeerRelayPanel::retranslate()
{
    m_addAction->setText(tr("Add &peer-relay network…"));
    m_addAction->setToolTip(tr("Join a peer-relay network through the WebSocket URLs of its peers"));
    m_add->setText(tr("Add network…"));
    m_send->setText(tr("Send"));
    m_connect->setText(tr("Connect directly"));
    m_to->setPlaceholderText(tr("peer-relay id (40 hex digits)"));
    m_text->setPlaceholderText(tr("text to send"));
    m_to->setAccessibleName(tr("Destination id"));
    m_text->setAccessibleName(tr("Message text"));
    m_peers->setHorizontalHeaderLabels({tr("Id"), tr("Endpoint"), tr("Direction"), tr("In"), tr("Out")});
    m_traffic->setHorizontalHeaderLabels({tr("What"), tr("From"), tr("To"), tr("Path"), tr("Data")});
    updateSummary();
}

}  // namespace swarmscope::ui
