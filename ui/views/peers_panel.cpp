#include "peers_panel.h"

#include "models/peer_table_model.h"
#include "models/roles.h"
#include "selection/peer_row_tracker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {
constexpr int kFilterDebounceMs = 150;
}  // namespace

PeersPanel::PeersPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PeerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_filterDebounce(new QTimer(this))
    , m_copyAction(new QAction(this))
    , m_directAction(new QAction(this))
    , m_banAction(new QAction(this))
    , m_softBanAction(new QAction(this))
    , m_backoffAction(new QAction(this))
    , m_disconnectAction(new QAction(this))
{
    setObjectName(QStringLiteral("peersPanel"));
    m_proxy->setObjectName(QStringLiteral("peerProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Raw);
    m_proxy->setFilterRole(Roles::FilterText);
    m_proxy->setFilterKeyColumn(PeerTableModel::Address);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QStringLiteral("peerFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(kFilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text().trimmed()); });

    m_view->setObjectName(QStringLiteral("peerTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PeerTableModel::Since, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(PeerTableModel::Address, 250);
    m_view->setColumnWidth(PeerTableModel::Endpoint, 120);
    m_view->setColumnWidth(PeerTableModel::Transport, 65);
    m_view->setColumnWidth(PeerTableModel::Direction, 65);
    m_view->setColumnWidth(PeerTableModel::Source, 65);
    m_view->setColumnWidth(PeerTableModel::QueueState, 80);
    m_view->setColumnWidth(PeerTableModel::Retries, 55);
    m_view->setColumnWidth(PeerTableModel::Rtt, 65);
    m_view->setColumnWidth(PeerTableModel::RateIn, 80);
    m_view->setColumnWidth(PeerTableModel::RateOut, 80);
    m_view->setColumnWidth(PeerTableModel::BytesIn, 75);
    m_view->setColumnWidth(PeerTableModel::BytesOut, 75);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_directAction->setObjectName(QStringLiteral("directMessagePeerAction"));
    connect(m_directAction, &QAction::triggered, this, [this] {
        const QStringList addresses = selectedAddresses();
        if (!addresses.isEmpty())
            emit directMessageRequested(addresses.constFirst());
    });
    m_copyAction->setObjectName(QStringLiteral("copyPeerAddressAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PeersPanel::copySelectedAddress);

    const auto steer = [this](QAction *action, const char *name, PeerAction what) {
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, what] {
            const QStringList addresses = selectedAddresses();
            if (!addresses.isEmpty())
                emit peerActionRequested(what, addresses);
        });
    };
    steer(m_banAction, "banPeerAction", PeerAction::Ban);
    steer(m_softBanAction, "softBanPeerAction", PeerAction::SoftBan);
    steer(m_backoffAction, "backoffPeerAction", PeerAction::Backoff);
    steer(m_disconnectAction, "disconnectPeerAction", PeerAction::Disconnect);
    m_banAction->setIcon(QIcon::fromTheme(QStringLiteral("action-unavailable")));
    m_disconnectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-disconnect")));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions(
        {m_directAction, m_copyAction, separator, m_banAction, m_softBanAction, m_backoffAction, m_disconnectAction});
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeersPanel::updateActions);
    m_tracker = new PeerRowTracker(m_view);
    connect(m_tracker, &PeerRowTracker::peerPicked, this, &PeersPanel::peerSelected);
    // A selected peer can leave (or finish its handshake) without the selection changing.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PeersPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PeersPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeersPanel::updateActions);
    updateActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    retranslate();
}

QByteArray PeersPanel::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void PeersPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

QStringList PeersPanel::selectedAddresses() const
{
    QStringList addresses;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(PeerTableModel::Address);
    for (const QModelIndex &index : rows) {
        const QString address = index.data(Roles::Raw).toString();
        if (!address.isEmpty() && !addresses.contains(address))
            addresses.append(address);
    }
    return addresses;
}

void PeersPanel::addContextAction(QAction *action)
{
    if (!m_hasTrailingSeparator) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        m_view->addAction(separator);
        m_hasTrailingSeparator = true;
    }
    m_view->addAction(action);
}

void PeersPanel::updateActions()
{
    const int n = int(selectedAddresses().size());
    m_directAction->setEnabled(n == 1);
    m_copyAction->setEnabled(n > 0);
    for (QAction *action : {m_banAction, m_softBanAction, m_backoffAction, m_disconnectAction})
        action->setEnabled(n > 0);
}

void PeersPanel::selectPeer(const QString &address)
{
    m_tracker->follow(address);
}

void PeersPanel::copySelectedAddress()
{
    const QStringList addresses = selectedAddresses();
    if (addresses.isEmpty())
        return;
    QApplication::clipboard()->setText(addresses.join(QLatin1Char('\n')));
    emit statusMessage(tr("Copied %n address(es)", nullptr, int(addresses.size())));
}

void PeersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeersPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by address, host, transport or source"));
    m_filter->setAccessibleName(tr("Filter peers"));
    m_view->setAccessibleName(tr("Connected peers"));
    m_copyAction->setText(tr("Copy address"));
    m_directAction->setText(tr("Send direct message"));
    m_banAction->setText(tr("Ban"));
    m_banAction->setToolTip(tr("Close the connection and refuse this peer from now on, also after a restart"));
    m_softBanAction->setText(tr("Ban for this session (soft)"));
    m_softBanAction->setToolTip(tr("Close the connection and refuse this peer until Swarmscope quits"));
    m_backoffAction->setText(tr("Back off"));
    m_backoffAction->setToolTip(
        tr("Close the connection and wait one backoff step longer than last time before redialling"));
    m_disconnectAction->setText(tr("Disconnect"));
    m_model->retranslate();
}

}  // namespace swarmscope::ui
