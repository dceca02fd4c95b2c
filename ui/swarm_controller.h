#pragma once

#include "views/peers_panel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace swarmscope::ui {

class ConnectDialog;
class EngineClient;

// Turns the peers panel's steering requests and the "Connect to…" action into engine commands,
// and reports what happened as status-bar text.
class SwarmController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmController)

public:
    SwarmController(EngineClient &engine, PeersPanel *peers, QWidget *dialogParent);

    QAction *connectAction() const { return m_connectAction; }
    ConnectDialog *connectDialog() const;  // while it is open

    // Dials host:port and keeps it connected; false (with a status message) if it does not parse.
    bool connectTo(const QString &hostPort);
    void apply(PeersPanel::PeerAction action, const QStringList &addresses);
    void retranslate();

signals:
    void statusMessage(const QString &text);

private:
    void openConnectDialog();
    void report(PeersPanel::PeerAction action, const QStringList &addresses, int done);

    EngineClient &m_engine;
    QWidget *m_dialogParent;
    QAction *m_connectAction;
    QPointer<ConnectDialog> m_dialog;
};

}  // namespace swarmscope::ui
