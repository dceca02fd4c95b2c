#include "event_log_panel.h"

#include "inspector/color_scheme.h"
#include "inspector/event_filter_proxy.h"
#include "models/event_log_model.h"
#include "models/roles.h"
#include "selection/peer_row_tracker.h"
#include "widgets/chunked_feed.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace swarmscope::ui {

namespace {
constexpr int kFilterDebounceMs = 150;
}  // namespace

EventLogPanel::EventLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventLogModel(EventLogModel::kDefaultCapacity, this))
    , m_proxy(new EventFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_follow(new QCheckBox(this))
    , m_clear(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_dropped(new QLabel(this))
    , m_filterError(new QLabel(this))
    , m_view(new QTableView(this))
    , m_filterDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("eventLogPanel"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("eventFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_follow->setObjectName(QStringLiteral("eventFollowCheck"));
    m_follow->setChecked(true);
    m_clear->setObjectName(QStringLiteral("eventClearButton"));
    m_export->setObjectName(QStringLiteral("eventExportButton"));
    m_dropped->setObjectName(QStringLiteral("eventDroppedLabel"));
    m_dropped->hide();
    m_filterError->setObjectName(QStringLiteral("eventFilterErrorLabel"));
    m_filterError->hide();
    const auto colorError = [this](bool dark) {
        QPalette p = m_filterError->palette();
        p.setColor(QPalette::WindowText, ColorScheme::errorText(dark));
        m_filterError->setPalette(p);
    };
    auto *scheme = new ColorScheme(this);
    colorError(scheme->dark());
    connect(scheme, &ColorScheme::changed, this, colorError);

    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(kFilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, &EventLogPanel::applyFilter);
    m_feed = std::make_unique<ChunkedFeed<LoggedEvent>>(
        this, kAppendChunk, [this](const QList<LoggedEvent> &events) { m_model->append(events); });

    m_view->setObjectName(QStringLiteral("eventLogView"));
    m_view->setModel(m_proxy);
    m_tracker = new PeerRowTracker(m_view);
    connect(m_tracker, &PeerRowTracker::peerPicked, this, &EventLogPanel::peerSelected);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EventLogModel::Time, 80);
    m_view->setColumnWidth(EventLogModel::Kind, 140);
    m_view->setColumnWidth(EventLogModel::Peer, 100);
    m_view->setColumnWidth(EventLogModel::Topic, 110);
    QFont mono = m_view->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 0.9);
    m_view->setFont(mono);

    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_feed->clear();
        m_model->clear();
    });
    connect(m_export, &QPushButton::clicked, this, &EventLogPanel::chooseExportFile);
    connect(m_model, &EventLogModel::droppedChanged, this, &EventLogPanel::updateDropped);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });

    auto *tools = new QHBoxLayout;
    tools->setSpacing(4);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_filterError);
    tools->addWidget(m_dropped);
    tools->addWidget(m_follow);
    tools->addWidget(m_clear);
    tools->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    retranslate();
}

void EventLogPanel::selectPeer(const QString &address)
{
    m_tracker->follow(address);
}

void EventLogPanel::applyFilter()
{
    m_filterDebounce->stop();
    const auto error = m_proxy->setFilterText(m_filter->text());
    m_filterError->setVisible(error.has_value());
    if (error) {
        const QString text = EventFilterExpression::describe(*error);
        m_filterError->setText(text);
        m_filterError->setAccessibleName(text);
        m_filter->setToolTip(text);
    } else {
        m_filterError->clear();
        m_filter->setToolTip(filterHelp());
    }
}

EventLogPanel::~EventLogPanel() = default;

void EventLogPanel::appendEvents(const EventBatch &events)
{
    m_feed->push(LoggedEvent::of(events));
}

void EventLogPanel::appendLogged(const QList<LoggedEvent> &events)
{
    m_feed->push(events);
}

void EventLogPanel::setReadOnly(bool readOnly)
{
    m_clear->setVisible(!readOnly);
    m_follow->setVisible(!readOnly);
    if (readOnly)
        m_follow->setChecked(false);
}

bool EventLogPanel::exportTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        file.write(QJsonDocument(m_model->eventAt(source).toJson()).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EventLogPanel::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export events"), QDir::home().filePath(QStringLiteral("swarmscope-events.jsonl")),
        tr("JSON lines (*.jsonl);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(fileName, &error))
        emit statusMessage(tr("Exported %n event(s) to %1", nullptr, m_proxy->rowCount()).arg(fileName));
    else
        emit statusMessage(tr("Could not export events: %1").arg(error));
}

void EventLogPanel::updateDropped()
{
    const quint64 dropped = m_model->dropped();
    m_dropped->setVisible(dropped > 0);
    m_dropped->setText(tr("%n older event(s) dropped", nullptr, int(qMin<quint64>(dropped, INT_MAX))));
}

void EventLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString EventLogPanel::filterHelp()
{
    return tr("Terms separated by spaces must all match:\n"
              "  word          anywhere in the event\n"
              "  field:text    field contains text (kind, peer, room, reason, any field)\n"
              "  field>n  field<n  field=n    numeric comparison\n"
              "  -term         negates a term; \"quotes\" keep spaces\n"
              "Example: kind:rpc peer:bYSk rtt>100");
}

void EventLogPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter events, e.g. kind:connection -peer:bYSk"));
    if (!m_proxy->error())
        m_filter->setToolTip(filterHelp());
    m_filter->setAccessibleName(tr("Filter events"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest event in view"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear event log"));
    m_export->setText(tr("Export…"));
    m_export->setAccessibleName(tr("Export events as JSON lines"));
    m_view->setAccessibleName(tr("Event log"));
    m_model->retranslate();
    updateDropped();
}

}  // namespace swarmscope::ui
