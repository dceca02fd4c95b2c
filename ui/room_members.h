#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace swarmscope::ui {

class EngineClient;
class MemberListPanel;
class PeerBlocking;
class PeerNaming;
class PeerTableModel;

// The member list beside the chat, kept up to date: the current room's members from the engine's
// room snapshots, who of them we are connected to from the peers table, names from PeerNames. Its
// requests go where the window already handles them: Rename… to PeerNaming, Block to PeerBlocking,
// a direct message to whoever listens to directMessageRequested.
class RoomMembers final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomMembers)

public:
    RoomMembers(EngineClient &engine, PeerTableModel *peers, PeerNaming *naming, PeerBlocking *blocking,
                QWidget *panelParent);

    MemberListPanel *panel() const { return m_panel; }
    QAction *toggleAction() const { return m_toggle; }  // View › Members
    void setCurrentRoom(const QString &room);  // empty: a conversation or nothing
    void retranslate();

signals:
    void directMessageRequested(const QString &address);

private:
    void scheduleRefresh();  // many peer rows change in one batch: one refresh for all
    void refresh();

    EngineClient &m_engine;
    PeerTableModel *m_peers;
    MemberListPanel *m_panel;
    QAction *m_toggle;
    QString m_room;
    bool m_refreshQueued = false;
};

}  // namespace swarmscope::ui
