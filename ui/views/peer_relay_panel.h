#pragma once

#include "events/events.h"
#include "views/peer_relay_dialog.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace swarmscope {
struct PeerRelayView;
}

namespace swarmscope::ui {

class EngineClient;

// The peer-relay network (npm peer-relay): our id, the direct peers with their rates, and the
// traffic through us: messages for us, messages we sent, messages we forwarded for others with
// their paths. "Add peer-relay network…" joins one by its bootstrap URLs; a line at the bottom
// sends text to an id, or asks that id for a direct connection.
class PeerRelayPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRelayPanel)

public:
    static constexpr int kMaxTrafficRows = 1000;
    enum PeerColumn { PeerId, PeerEndpoint, PeerDirection, PeerIn, PeerOut, PeerColumnCount };
    enum TrafficColumn { TrafficKind, TrafficFrom, TrafficTo, TrafficPath, TrafficData, TrafficColumnCount };

    explicit PeerRelayPanel(EngineClient &engine, QWidget *parent = nullptr);

    QAction *addNetworkAction() const { return m_addAction; }
    PeerRelayDialog *dialog() const { return m_dialog.data(); }
    // Joins with these bootstrap URLs (what the dialog does on OK); the outcome is a status message.
    void addNetwork(const QStringList &urls);
    // Asks the engine for the id, URL and direct peers (once a second, and on peer events).
    void refreshPeers();
    bool joined() const { return !m_id.isEmpty(); }
    QString ownId() const { return m_id; }
    QTableWidget *peersView() const { return m_peers; }
    QTableWidget *trafficView() const { return m_traffic; }
    // The engine's events: peer-relay traffic becomes rows, peer changes a refresh.
    void onEvents(const EventBatch &events);

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What a traffic row shows of an event; nothing for events the table leaves to the event log.
    struct TrafficRow {
        QString label, from, to;
        QStringList path;
        QString data;
    };
    static std::optional<TrafficRow> trafficRow(const Event &event);
    void openDialog();
    void send();
    void connectToId();
    void showView(const PeerRelayView &view);
    void updateSummary();
    void retranslate();

    EngineClient &m_engine;
    QString m_id;
    QString m_url;
    int m_peerCount = 0;
    QAction *m_addAction;
    QPointer<PeerRelayDialog> m_dialog;
    QLabel *m_summary;
    QTableWidget *m_peers;
    QTableWidget *m_traffic;
    QLineEdit *m_to;
    QLineEdit *m_text;
    QPushButton *m_send;
    QPushButton *m_connect;
    QPushButton *m_add;
    QTimer *m_timer;
};

}  // namespace swarmscope::ui
