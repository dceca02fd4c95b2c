#include "peer_relay_panel.h"

#include "client/engine_client.h"
#include "format/units.h"
#include "peer_relay/peer_relay_id.h"
#include "peer_relay_dialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
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

QString pathText(const QJsonArray &path)
{
    QStringList hops;
    for (const QJsonValue &h : path)
        hops.append(shortId(h.toString()));
    return hops.join(QStringLiteral(" → "));
}
} // namespace

PeerRelayPanel::PeerRelayPanel(EngineClient &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_addAction(new QAction(this)), m_summary(new QLabel(this)),
      m_peers(table(PeerColumnCount, "peerRelayPeersView", this)),
      m_traffic(table(TrafficColumnCount, "peerRelayTrafficView", this)), m_to(new QLineEdit(this)),
      m_text(new QLineEdit(this)), m_send(new QPushButton(this)), m_connect(new QPushButton(this)),
      m_add(new QPushButton(this)), m_timer(new QTimer(this))
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

void PeerRelayPanel::onEvents(const QList<EngineEvent> &events)
{
    bool peersChanged = false;
    for (const EngineEvent &e : events) {
        if (e.fields.value(QStringLiteral("backend")).toString() != QLatin1String("peer-relay"))
            continue;
        const QString &kind = e.kind;
        if (kind == QLatin1String("peer") || kind == QLatin1String("peer-closed") || kind == QLatin1String("listening")) {
            peersChanged = true;
            continue;
        }
        QString label;
        if (kind == QLatin1String("message"))
            label = tr("message");
        else if (kind == QLatin1String("relay-forwarded"))
            label = tr("forwarded");
        else if (kind == QLatin1String("relay-dropped"))
            label = tr("dropped (%1)").arg(e.fields.value(QStringLiteral("reason")).toString());
        else if (kind == QLatin1String("relay-sent") && e.fields.value(QStringLiteral("type")).toString() == QLatin1String("user"))
            label = tr("sent");
        else if (kind == QLatin1String("rejected"))
            label = tr("rejected: %1").arg(e.fields.value(QStringLiteral("reason")).toString());
        else
            continue;  // control messages (findPeers, handshakes) stay in the event log
        const QJsonValue data = e.fields.value(QStringLiteral("data"));
        const QString type = e.fields.value(QStringLiteral("type")).toString();
        const QString dataText = kind == QLatin1String("message")
            ? QString::fromUtf8(peerrelay::jsonText(data))
            : (kind == QLatin1String("rejected") ? e.fields.value(QStringLiteral("detail")).toString() : type);
        const int row = m_traffic->rowCount();
        m_traffic->insertRow(row);
        const QStringList cells{label, shortId(e.fields.value(QStringLiteral("from")).toString()),
                                shortId(e.fields.value(QStringLiteral("to")).toString()),
                                pathText(e.fields.value(QStringLiteral("path")).toArray()), dataText};
        for (int c = 0; c < cells.size(); ++c)
            m_traffic->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_traffic->item(row, TrafficFrom)->setToolTip(e.fields.value(QStringLiteral("from")).toString());
        m_traffic->item(row, TrafficTo)->setToolTip(e.fields.value(QStringLiteral("to")).toString());
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
        const QStringList cells{p.id, QStringLiteral("%1:%2").arg(p.host).arg(p.port),
                                p.inbound ? tr("inbound") : tr("outbound"),
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
    m_summary->setText(m_url.isEmpty()
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

} // namespace swarmscope::ui
