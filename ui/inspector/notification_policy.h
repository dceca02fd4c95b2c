#pragma once

#include "snapshots.h"

#include <QObject>

class QAction;
class QActionGroup;
class QAbstractItemView;
class QMenu;
class QSettings;

namespace swarmscope::ui {

// Which chat messages may raise a desktop notification, per room: Always, only Mentions (our own
// address or our nickname appears in the text, any case) or Never; rooms without a choice follow
// the default (Preferences › Notifications, Always unless changed). Kept in the window's
// QSettings. Direct messages always may, unless notifications are off altogether. Also puts a Notifications submenu into the room list's
// context menu (the list uses Qt::ActionsContextMenu).
class NotificationPolicy final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPolicy)

public:
    enum class Mode { Always, Mentions, Never };

    NotificationPolicy(QSettings &settings, QString ownAddress, QObject *parent = nullptr);

    Mode mode(const QString &room) const;
    void setMode(const QString &room, Mode mode);
    QString nickname() const;
    void setNickname(const QString &nickname);
    bool enabled() const;  // off: no notification at all
    Mode defaultMode() const;  // for rooms without a mode of their own

    // The keys the Preferences window edits.
    static QString enabledKey();
    static QString defaultModeKey();
    static QString nicknameKey();
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name, Mode fallback);

    bool isMention(const QString &text) const;
    bool allows(const ChatMessage &message) const;

    // Adds the submenu to a room list whose Qt::DisplayRole is the room name.
    void attachTo(QAbstractItemView *roomList);
    QMenu *menu() const { return m_menu; }
    void retranslate();

private:
    static QString keyOf(const QString &room);
    void updateChecks();
    void askNickname();

    QSettings &m_settings;
    QString m_ownAddress;
    QAbstractItemView *m_list = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_menuAction = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_always = nullptr;
    QAction *m_mentions = nullptr;
    QAction *m_never = nullptr;
    QAction *m_nickname = nullptr;
};

}  // namespace swarmscope::ui
