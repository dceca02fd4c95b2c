#include "dht_panel.h"

#include "dht/dht_views.h"
#include "format/units.h"
#include "models/counter_table_model.h"
#include "models/dht_bucket_model.h"
#include "models/dht_lookup_model.h"
#include "models/roles.h"
#include "client/engine_client.h"

#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 4);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QSortFilterProxyModel *sortedBy(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Roles::Raw);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

}  // namespace

DhtPanel::DhtPanel(EngineClient &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_buckets(new DhtBucketModel(this))
    , m_lookups(new DhtLookupModel(this))
    , m_rejects(new CounterTableModel(this))
    , m_summary(new QLabel(this))
    , m_off(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tree(new QTreeView(m_splitter))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("dhtPanel"));
    m_buckets->setObjectName(QStringLiteral("dhtBucketModel"));
    m_lookups->setObjectName(QStringLiteral("dhtLookupModel"));
    m_rejects->setObjectName(QStringLiteral("dhtRejectModel"));

    m_summary->setObjectName(QStringLiteral("dhtSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_off->setObjectName(QStringLiteral("dhtOffLabel"));
    m_off->setWordWrap(true);
    m_off->setAlignment(Qt::AlignCenter);

    m_tree->setObjectName(QStringLiteral("dhtBucketTree"));
    m_tree->setModel(m_buckets);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DhtBucketModel::Node, QHeaderView::Stretch);
    m_tree->setColumnWidth(DhtBucketModel::Endpoint, 220);
    m_tree->setColumnWidth(DhtBucketModel::LastSeen, 110);
    m_tree->setColumnWidth(DhtBucketModel::Failures, 70);
    QFont mono = m_tree->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_tree->setFont(mono);
    // New buckets open so that their nodes show; what someone collapsed stays collapsed.
    connect(m_buckets, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &under, int first, int last) {
        if (under.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_buckets->index(row, 0));
    });

    auto *lower = new QSplitter(Qt::Horizontal, m_splitter);
    lower->setObjectName(QStringLiteral("dhtLowerSplitter"));
    m_lookupView = makeTable(lower, QStringLiteral("dhtLookupTable"));
    m_lookupView->setModel(sortedBy(m_lookups, this));
    m_lookupView->sortByColumn(DhtLookupModel::Room, Qt::AscendingOrder);
    m_lookupView->setColumnWidth(DhtLookupModel::Infohash, 150);
    m_lookupView->setTextElideMode(Qt::ElideMiddle);
    m_rejectView = makeTable(lower, QStringLiteral("dhtRejectTable"));
    m_rejectView->setModel(sortedBy(m_rejects, this));
    m_rejectView->sortByColumn(CounterTableModel::Count, Qt::DescendingOrder);
    m_rejectView->setColumnWidth(CounterTableModel::Name, 160);
    lower->addWidget(m_lookupView);
    lower->addWidget(m_rejectView);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);

    m_splitter->setObjectName(QStringLiteral("dhtSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_off, 1);
    layout->addWidget(m_splitter, 1);

    const bool on = m_engine.dhtEnabled();
    m_off->setVisible(!on);
    m_splitter->setVisible(on);

    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DhtPanel::refresh);
    // Round outcomes come as events, never polled: remember them even while hidden.
    connect(&m_engine, &EngineClient::eventsReady, this, &DhtPanel::onEvents);
    retranslate();
}

void DhtPanel::onEvents(const EventBatch &events)
{
    // Native rooms and discovery-swarm rooms look up on the same DHT node; each reports its rounds.
    for (const Event &e : events) {
        if (const auto *done = e.get<DhtLookupDone>())
            m_lookups->recordRound(done->dhtKey, done->peers, done->datagrams, e.timeMs);
        else if (const auto *round = e.get<DswarmLookupDone>())
            m_lookups->recordRound(round->infohash, round->peers, round->datagrams, e.timeMs);
    }
}

bool DhtPanel::isPolling() const
{
    return m_timer->isActive();
}

void DhtPanel::refresh()
{
    if (!m_engine.dhtEnabled())
        return;
    m_engine.dhtView(this, [this](const DhtView &view) { showView(view); });
}

void DhtPanel::showView(const DhtView &view)
{
    if (!view.on)
        return;
    ++m_refreshes;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_buckets->setBuckets(view.buckets, now);

    QHash<QByteArray, QString> roomOf;
    const QStringList rooms = m_engine.rooms();
    for (const QString &name : rooms)
        roomOf.insert(m_engine.room(name).dhtKey, name);
    QList<DhtLookupModel::Lookup> lookups;
    QSet<QByteArray> listed;
    for (const QByteArray &key : view.tracked) {
        if (listed.contains(key))
            continue;
        listed.insert(key);
        lookups.append({key, roomOf.value(key), view.running.contains(key), true});
    }
    for (const QByteArray &key : view.running) {
        if (listed.contains(key))
            continue;
        listed.insert(key);
        lookups.append({key, roomOf.value(key), true, false});
    }
    m_lookups->setLookups(lookups);

    m_nodeId = view.nodeId;
    m_port = view.port;
    m_ready = view.ready;
    m_stats = view.stats;
    m_rejects->setCounts(view.stats.rejects);
    updateSummary();
}

void DhtPanel::updateSummary()
{
    if (!m_stats) {
        m_summary->clear();
        return;
    }
    const DhtStats &stats = *m_stats;
    const QLocale locale;
    const QString id = QString::fromLatin1(m_nodeId.toHex().left(12)) + QChar(0x2026);
    QStringList parts;
    parts << tr("Node %1 on UDP port %2").arg(id).arg(m_port);
    parts << tr("%n node(s) in the routing table", nullptr, stats.routingTableSize)
            + tr(" (%n replacement(s) waiting)", nullptr, m_buckets->replacementCount());
    parts << tr("%n lookup(s) running", nullptr, m_lookups->runningCount());
    parts << tr("%1 datagrams in, %2 out").arg(locale.toString(stats.datagramsIn), locale.toString(stats.datagramsOut));
    parts << tr("%n infohash(es) stored for others", nullptr, stats.storedInfohashes);
    quint64 rejects = 0;
    for (auto it = stats.rejects.cbegin(); it != stats.rejects.cend(); ++it)
        rejects += it.value();
    parts << tr("%1 rejected").arg(locale.toString(rejects));
    if (!m_ready)
        parts << tr("bootstrapping…");
    const QString text = parts.join(QStringLiteral(" · "));
    m_summary->setText(text);
    m_summary->setAccessibleName(text);
}

void DhtPanel::setSeen(bool seen)
{
    if (!seen || !m_engine.dhtEnabled()) {
        m_timer->stop();  // nobody sees it: stop polling
        return;
    }
    if (!m_timer->isActive()) {
        refresh();
        m_timer->start();
    }
}

void DhtPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // In a dock, the dock's visibilityChanged says whether its tab is the one shown.
    if (!qobject_cast<QDockWidget *>(parentWidget()))
        setSeen(true);
}

void DhtPanel::hideEvent(QHideEvent *event)
{
    setSeen(false);
    QWidget::hideEvent(event);
}

void DhtPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DhtPanel::retranslate()
{
    m_off->setText(tr("The DHT is off. Start Swarmscope without --no-dht to find rooms across the internet."));
    m_tree->setAccessibleName(tr("DHT routing table"));
    m_lookupView->setAccessibleName(tr("DHT lookups"));
    m_rejectView->setAccessibleName(tr("DHT datagrams rejected by reason"));
    m_rejects->setHeaders(tr("Rejected because"), tr("Count"));
    m_buckets->retranslate();
    m_lookups->retranslate();
    updateSummary();
}

}  // namespace swarmscope::ui
