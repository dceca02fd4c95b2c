#pragma once

#include "snapshots.h"
#include "stats/rate_series.h"

#include <QDockWidget>
#include <QHash>
#include <QMetaObject>

#include <memory>

class QComboBox;

namespace swarmscope::ui {

class EngineClient;
class RatePlot;

// Bytes/s, messages/s and RTT over time, for all peers together or one peer, over five minutes
// or an hour. Listens to statsSampled only while visible (STYLE P11).
class ConnectionStatsDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit ConnectionStatsDock(EngineClient &engine, QWidget *parent = nullptr);
    ~ConnectionStatsDock() override;

    void addSample(const StatsSample &sample);  // what statsSampled delivers
    // Empty = all peers. A peer not sampled yet is shown as soon as its first sample arrives.
    void selectPeer(const QString &address);
    QString selectedPeer() const;
    void setWindow(RateSeries::Window window);
    bool attached() const { return bool(m_connection); }
    int peerCount() const { return int(m_peers.size()); }

signals:
    void peerSelected(const QString &address);  // the user chose a peer in the dock

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Series {
        RateSeries bytesIn, bytesOut, messagesIn, messagesOut, rttMs;
    };
    void attach(bool on);
    void rebind();

    EngineClient &m_engine;
    QMetaObject::Connection m_connection;
    Series m_total;
    QHash<QString, std::shared_ptr<Series>> m_peers;  // by address
    QComboBox *m_peerBox;
    QString m_wanted;  // the peer asked for, kept while it has no samples
    QComboBox *m_windowBox;
    RatePlot *m_bytes;
    RatePlot *m_messages;
    RatePlot *m_rtt;
};

}  // namespace swarmscope::ui
