#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

namespace swarmscope {
class Session;
struct DhtStats;
}

namespace swarmscope::ui {

class CounterTableModel;
class DhtBucketModel;
class DhtLookupModel;

// The DHT node at a glance: the routing table as buckets with their nodes and replacement
// caches, the infohashes being announced or looked up (with their rooms), and the datagrams
// refused by reason. Polls the node at most once a second, and only while someone can see it:
// the window tells it through setSeen() when its dock's tab is shown or hidden.
class DhtPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DhtPanel)

public:
    static constexpr int kRefreshIntervalMs = 1000;

    explicit DhtPanel(Session &session, QWidget *parent = nullptr);

    DhtBucketModel *bucketModel() const { return m_buckets; }
    DhtLookupModel *lookupModel() const { return m_lookups; }
    CounterTableModel *rejectModel() const { return m_rejects; }
    int refreshCount() const { return m_refreshes; }
    bool isPolling() const;  // the 1 s timer runs only while the panel is shown

    // Reads the node now (the timer does this while the panel is seen).
    void refresh();
    // Starts or stops polling. A panel outside a dock is seen while it is shown.
    void setSeen(bool seen);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSummary(const DhtStats &stats);
    void retranslate();

    Session &m_session;
    DhtBucketModel *m_buckets;
    DhtLookupModel *m_lookups;
    CounterTableModel *m_rejects;
    QLabel *m_summary;
    QLabel *m_off;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    QTableView *m_lookupView;
    QTableView *m_rejectView;
    QTimer *m_timer;
    int m_refreshes = 0;
};

} // namespace swarmscope::ui
