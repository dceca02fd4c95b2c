#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSettings;

namespace swarmscope::ui {

class EngineClient;
class NotificationPolicy;
class PacketInspectorPanel;
class PeerSelection;

// The capture and inspection additions of the main window, owned by it: the packet inspector
// dock (View), File → Open Event Log… (a read-only window over an exported log),
// Help → Keyboard Shortcuts and the per-room notification policy (room list context menu).
// The packet list takes part in the window's peer selection.
// Retranslates itself on the window's LanguageChange.
class InspectorTools final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorTools)

public:
    InspectorTools(QMainWindow &window, EngineClient &engine, QMenu *viewMenu, QSettings &settings,
                   PeerSelection &selection);

    PacketInspectorPanel *packetPanel() const { return m_packets; }
    QDockWidget *packetDock() const { return m_packetDock; }
    QAction *openEventLogAction() const { return m_openLog; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    NotificationPolicy *notificationPolicy() const { return m_policy; }

    // Opens an exported event log in a read-only window; returns it (null if unreadable).
    QWidget *openEventLog(const QString &fileName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseEventLog();
    void showShortcuts();
    void showStatus(const QString &text);
    void retranslate();

    QMainWindow &m_window;
    PacketInspectorPanel *m_packets;
    QDockWidget *m_packetDock;
    QAction *m_openLog;
    QAction *m_shortcuts;
    NotificationPolicy *m_policy;
};

// Installs the above into window (one call from MainWindow's constructor).
InspectorTools *installInspectorTools(QMainWindow &window, EngineClient &engine, QMenu *viewMenu, QSettings &settings,
                                      PeerSelection &selection);

}  // namespace swarmscope::ui
