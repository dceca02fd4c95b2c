#pragma once

#include "snapshots.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace swarmscope::ui {

class EngineClient;
class PeerRowTracker;
class CandidateTableModel;

// The connection queue: every endpoint the swarm has heard of, with where it came from, who
// referred it, its state and its retries. Follows the engine's queueChanged while seen; otherwise it
// keeps only the newest list and applies it when seen again (the window calls setSeen() when
// its dock's tab is shown or hidden).
class QueuePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePanel)

public:
    explicit QueuePanel(EngineClient &engine, QWidget *parent = nullptr);

    CandidateTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setSeen(bool seen);

    // A peer picked elsewhere in the window: its rows are tinted and its newest row made current.
    void selectPeer(const QString &address);

signals:
    void peerSelected(const QString &address);  // the user picked a row about that peer

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onQueueChanged(const QList<CandidateSnapshot> &queue);
    void updateCounts();
    void retranslate();

    EngineClient &m_engine;
    CandidateTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_counts;
    QTableView *m_view;
    QTimer *m_filterDebounce;
    std::optional<QList<CandidateSnapshot>> m_pending;
    bool m_seen = false;
    PeerRowTracker *m_tracker = nullptr;
};

}  // namespace swarmscope::ui
