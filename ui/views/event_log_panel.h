#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace swarmscope::ui {

class EventLogModel;

// Every engine event, newest at the bottom, with a filter, follow mode and JSON-lines export.
class EventLogPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Writes the rows that pass the filter as JSON lines; returns false with a message on failure.
    bool exportTo(const QString &fileName, QString *error = nullptr) const;

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseExportFile();
    void updateDropped();
    void retranslate();

    EventLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QPushButton *m_clear;
    QPushButton *m_export;
    QLabel *m_dropped;
    QTableView *m_view;
    QTimer *m_filterDebounce;
};

} // namespace swarmscope::ui
