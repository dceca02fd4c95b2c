#include "queue_panel.h"

#include "models/candidate_table_model.h"
#include "models/roles.h"
#include "selection/peer_row_tracker.h"
#include "client/engine_client.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {
constexpr int kFilterDebounceMs = 150;
}  // namespace

QueuePanel::QueuePanel(EngineClient &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new CandidateTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
    , m_filterDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    m_proxy->setObjectName(QStringLiteral("queueProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Raw);
    m_proxy->setFilterRole(Roles::FilterText);
    m_proxy->setFilterKeyColumn(CandidateTableModel::Endpoint);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QStringLiteral("queueFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_counts->setObjectName(QStringLiteral("queueCountsLabel"));
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(kFilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text().trimmed()); });

    m_view->setObjectName(QStringLiteral("queueTable"));
    m_view->setModel(m_proxy);
    m_tracker = new PeerRowTracker(m_view);
    connect(m_tracker, &PeerRowTracker::peerPicked, this, &QueuePanel::peerSelected);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidateTableModel::Endpoint, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(CandidateTableModel::Endpoint, 150);
    m_view->setColumnWidth(CandidateTableModel::Source, 70);
    m_view->setColumnWidth(CandidateTableModel::Referrer, 130);
    m_view->setColumnWidth(CandidateTableModel::State, 90);
    m_view->setColumnWidth(CandidateTableModel::Retries, 60);
    m_view->setColumnWidth(CandidateTableModel::Address, 120);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_filter, 1);
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_model->setQueue(m_engine.queue());
    connect(&m_engine, &EngineClient::queueChanged, this, &QueuePanel::onQueueChanged);
    retranslate();
}

void QueuePanel::onQueueChanged(const QList<CandidateSnapshot> &queue)
{
    if (!m_seen) {
        m_pending = queue;  // nobody looks: only the newest list matters
        return;
    }
    m_pending.reset();
    m_model->setQueue(queue);
    updateCounts();
}

void QueuePanel::selectPeer(const QString &address)
{
    m_tracker->follow(address);
}

void QueuePanel::setSeen(bool seen)
{
    m_seen = seen;
    if (m_seen && m_pending) {
        m_model->setQueue(*m_pending);
        m_pending.reset();
        updateCounts();
    }
}

void QueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // In a dock, the dock's visibilityChanged says whether its tab is the one shown.
    if (!qobject_cast<QDockWidget *>(parentWidget()))
        setSeen(true);
}

void QueuePanel::hideEvent(QHideEvent *event)
{
    setSeen(false);
    QWidget::hideEvent(event);
}

void QueuePanel::updateCounts()
{
    const QString text = tr("%n queued", nullptr, m_model->countInState(CandidateState::Queued)) + QStringLiteral(" · ")
        + tr("%n waiting", nullptr, m_model->countInState(CandidateState::Waiting)) + QStringLiteral(" · ")
        + tr("%n dropped", nullptr, m_model->countInState(CandidateState::Dropped));
    m_counts->setText(text);
    m_counts->setAccessibleName(text);
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueuePanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by host, source, referrer, state or address"));
    m_filter->setAccessibleName(tr("Filter the connection queue"));
    m_view->setAccessibleName(tr("Connection queue"));
    m_model->retranslate();
    updateCounts();
}

}  // namespace swarmscope::ui
