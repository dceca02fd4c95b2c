#include "event_log_file_window.h"

#include "event_log_file_reader.h"
#include "models/event_log_model.h"
#include "views/event_log_panel.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace swarmscope::ui {

EventLogFileWindow::EventLogFileWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_panel(new EventLogPanel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("eventLogFileWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_panel->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("eventLogFileSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_panel, 1);
    resize(900, 560);
    retranslate();
}

bool EventLogFileWindow::open(const QString &fileName, QString *error)
{
    EventLogFileReader::Contents contents;
    if (!EventLogFileReader::readFile(fileName, contents, error))
        return false;
    m_fileName = fileName;
    m_events = int(contents.events.size());
    m_malformed = contents.malformed;
    m_firstMalformedLine = contents.firstMalformedLine;
    m_truncated = contents.truncated;
    m_panel->model()->clear();
    // Large enough for the whole file: nothing of it is dropped.
    if (m_events > m_panel->model()->capacity())
        m_panel->model()->setCapacity(m_events);
    m_panel->model()->append(contents.events);
    retranslate();
    return true;
}

QString EventLogFileWindow::summary() const
{
    if (m_fileName.isEmpty())
        return {};
    QString text = tr("%n event(s) from %1", nullptr, m_events).arg(QFileInfo(m_fileName).fileName());
    if (m_malformed > 0)
        text += QStringLiteral(" · ")
            + tr("%n malformed line(s) skipped, the first at line %1", nullptr, m_malformed).arg(m_firstMalformedLine);
    if (m_truncated)
        text += QStringLiteral(" · ") + tr("only the first %1 events are shown").arg(EventLogFileReader::kMaxEvents);
    return text;
}

void EventLogFileWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventLogFileWindow::retranslate()
{
    setWindowTitle(m_fileName.isEmpty() ? tr("Event log (read-only)")
                                        : tr("%1 — event log (read-only)").arg(QFileInfo(m_fileName).fileName()));
    m_summary->setText(summary());
    m_summary->setAccessibleName(summary());
}

}  // namespace swarmscope::ui
