#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace swarmscope::ui {

class BlockedPeersDialog;
class ChatPanel;
class EngineClient;
class PeersPanel;

// Blocking peers from the window: "Block" in the peers table's and the chat bubbles' context
// menus, and File ▸ Blocked Peers… to undo it. The engine drops what blocked peers send
// (docs/ARCHITECTURE.md, "Blocked peers"); this only asks and reports.
class PeerBlocking final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerBlocking)

public:
    PeerBlocking(EngineClient &engine, PeersPanel *peers, ChatPanel *chat, QWidget *dialogParent);

    QAction *blockedPeersAction() const { return m_listAction; }
    void block(const QStringList &addresses);
    BlockedPeersDialog *openDialog();
    void retranslate();

signals:
    void statusMessage(const QString &text);
    void blockedChanged(const QStringList &blocked);

private:
    EngineClient &m_engine;
    QWidget *m_dialogParent;
    QAction *m_blockPeerAction;
    QAction *m_blockAuthorAction;
    QAction *m_listAction;
    QPointer<BlockedPeersDialog> m_dialog;
};

}  // namespace swarmscope::ui
