#pragma once

#include "dht/dht_views.h"
#include "events/events.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

namespace swarmscope::ui {

class CounterTableModel;
class EngineClient;
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

    explicit DhtPanel(EngineClient &engine, QWidget *parent = nullptr);

    DhtBucketModel *bucketModel() const { return m_buckets; }
    DhtLookupModel *lookupModel() const { return m_lookups; }
    CounterTableModel *rejectModel() const { return m_rejects; }
    int refreshCount() const { return m_refreshes; }
    bool isPolling() const;  // the 1 s timer runs only while the panel is shown

    // Asks the engine for the node's state now (the timer does this while the panel is seen);
    // the models follow when it answers.
    void refresh();
    // Starts or stops polling. A panel outside a dock is seen while it is shown.
    void setSeen(bool seen);
    // The engine's events: finished lookup rounds (DhtLookupDone) go into the lookup list.
    void onEvents(const EventBatch &events);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showView(const DhtView &view);
    void updateSummary();
    void retranslate();

    EngineClient &m_engine;
    QByteArray m_nodeId;
    quint16 m_port = 0;
    bool m_ready = false;
    std::optional<DhtStats> m_stats;  // from the last answer
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

}  // namespace swarmscope::ui
