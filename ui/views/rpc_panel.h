#pragma once

#include "events/events.h"
#include "rooms/rpc.h"
#include "snapshots.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace swarmscope::ui {

class EngineClient;
class PeerRowTracker;
class ProcedureListModel;
class RpcTrafficModel;

// Remote procedures of room members: pick a member, list its procedures with their docs, call
// one with JSON arguments, and watch every call paired with its result (latency, errors,
// timeouts), including the calls others make to us.
class RpcPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcPanel)

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit RpcPanel(EngineClient &engine, QWidget *parent = nullptr);

    ProcedureListModel *procedureModel() const { return m_procedures; }
    RpcTrafficModel *trafficModel() const { return m_traffic; }

    QString peer() const;
    void setPeer(const QString &address);
    // Asks the peer for its procedures; false (with a message) if no peer is picked. The engine's
    // answer (or refusal) shows when it comes.
    bool listProcedures();
    // Calls the procedure in the editor with the editor's arguments and timeout.
    bool callFromEditor();

    // Parses the argument box: any JSON value, empty for null. nullopt with a message if invalid.
    static std::optional<QJsonValue> parseArguments(const QString &text, QString *error = nullptr);

    // A peer picked elsewhere in the window: its rows are tinted and its newest row made current.
    void selectPeer(const QString &address);
    // Calls made and taken, our answers and the answers we got: the rows of the traffic table.
    void showEvents(const EventBatch &events);

signals:
    void peerSelected(const QString &address);  // the user picked a row about that peer

protected:
    void changeEvent(QEvent *event) override;

private:
    void onResponse(const RpcResponse &response);
    void refreshMembers();
    void validateEditor();
    void showStatus(const QString &text, bool error = false);
    void updateDropped();
    void retranslate();

    EngineClient &m_engine;
    ProcedureListModel *m_procedures;
    RpcTrafficModel *m_traffic;
    QLabel *m_peerLabel;
    QComboBox *m_peer;
    QPushButton *m_list;
    QSplitter *m_splitter;
    QTableView *m_procedureView;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_argsLabel;
    QPlainTextEdit *m_args;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_argsError;
    QPushButton *m_call;
    QLabel *m_status;
    QLabel *m_dropped;
    QPushButton *m_clear;
    QTableView *m_trafficView;
    QSet<quint64> m_listingCalls;  // our Rpc::kListProcedures calls still waiting
    PeerRowTracker *m_tracker = nullptr;
};

}  // namespace swarmscope::ui
