#pragma once

#include <QWidget>

class QLabel;

namespace swarmscope::ui {

class EventLogPanel;

// A read-only window over an event log exported earlier (JSON lines): the same filter and
// export as the live log. Malformed lines are skipped, counted and reported.
class EventLogFileWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFileWindow)

public:
    explicit EventLogFileWindow(QWidget *parent = nullptr);

    // False with a message if the file cannot be read at all.
    bool open(const QString &fileName, QString *error = nullptr);

    EventLogPanel *panel() const { return m_panel; }
    int malformed() const { return m_malformed; }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EventLogPanel *m_panel;
    QLabel *m_summary;
    QString m_fileName;
    int m_events = 0;
    int m_malformed = 0;
    int m_firstMalformedLine = 0;
    bool m_truncated = false;
};

}  // namespace swarmscope::ui
