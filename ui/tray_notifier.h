#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace swarmscope::ui {

// A tray icon with an unread count and message notifications, for desktops that have a tray.
// Clicking it brings the window back.
class TrayNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QWidget *window);
    ~TrayNotifier() override;

    static bool available();

    void setUnread(int unread);
    void notify(const QString &title, const QString &text);
    void retranslate();

private:
    void showWindow();

    QWidget *m_window;
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_showAction;
    QAction *m_quitAction;
    int m_unread = 0;
};

}  // namespace swarmscope::ui
