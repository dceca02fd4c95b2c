#pragma once

#include "models/logged_event.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace swarmscope::ui {

class PeerRowTracker;
class EventFilterProxy;
class EventLogModel;
template <typename T>
class ChunkedFeed;

// Every engine event, newest at the bottom, with a filter expression (EventFilterExpression),
// follow mode and JSON-lines export. Read-only mode (for a log opened from a file) hides Clear.
class EventLogPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(QWidget *parent = nullptr);
    ~EventLogPanel() override;

    EventLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EventFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

    void setReadOnly(bool readOnly);
    // Adds events as the engine delivers them. A large batch goes in in chunks, one per turn of
    // the event loop, so that a burst never stalls the window (model()->append is all at once).
    void appendEvents(const EventBatch &events);
    void appendLogged(const QList<LoggedEvent> &events);
    static constexpr int kAppendChunk = 500;
    // Applies the filter box now instead of after the debounce delay.
    void applyFilter();

    // Writes the rows that pass the filter as JSON lines; returns false with a message on failure.
    bool exportTo(const QString &fileName, QString *error = nullptr) const;

    // A peer picked elsewhere in the window: its rows are tinted and its newest row made current.
    void selectPeer(const QString &address);

signals:
    void peerSelected(const QString &address);  // the user picked a row about that peer
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseExportFile();
    void updateDropped();
    static QString filterHelp();
    void retranslate();

    EventLogModel *m_model;
    EventFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QPushButton *m_clear;
    QPushButton *m_export;
    QLabel *m_dropped;
    QLabel *m_filterError;
    QTableView *m_view;
    QTimer *m_filterDebounce;
    std::unique_ptr<ChunkedFeed<LoggedEvent>> m_feed;
    PeerRowTracker *m_tracker = nullptr;
};

}  // namespace swarmscope::ui
