#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QInputDialog;
class QWidget;

namespace swarmscope::ui {

class ChatPanel;
class EngineClient;
class PeerNames;
class PeersPanel;

// Local names from the window: "Rename…" in the peers table's and the chat bubbles' context
// menus asks for a name the user gives that peer, which wins over the peer's own; an empty one
// restores theirs. The engine keeps them in the profile; PeerNames tells every view.
class PeerNaming final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerNaming)

public:
    PeerNaming(EngineClient &engine, PeersPanel *peers, ChatPanel *chat, QWidget *dialogParent);

    PeerNames *names() const { return m_names; }
    // Stores the name in the profile, then shows it; an empty name clears.
    void rename(const QString &address, const QString &name);
    QInputDialog *openRenameDialog(const QString &address);
    void retranslate();

signals:
    void statusMessage(const QString &text);

private:
    EngineClient &m_engine;
    QWidget *m_dialogParent;
    PeerNames *m_names;
    QAction *m_renamePeerAction;
    QAction *m_renameAuthorAction;
    QPointer<QInputDialog> m_dialog;
};

}  // namespace swarmscope::ui
