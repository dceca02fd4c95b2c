#include "notification_policy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QUrl>

namespace swarmscope::ui {

QString NotificationPolicy::enabledKey()
{
    return QStringLiteral("notifications/enabled");
}

QString NotificationPolicy::defaultModeKey()
{
    return QStringLiteral("notifications/default");
}

QString NotificationPolicy::nicknameKey()
{
    return QStringLiteral("notifications/nickname");
}

QString NotificationPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Mentions: return QStringLiteral("mentions");
    case Mode::Never: return QStringLiteral("never");
    case Mode::Always: break;
    }
    return QStringLiteral("always");
}

NotificationPolicy::Mode NotificationPolicy::modeFromName(const QString &name, Mode fallback)
{
    for (const Mode m : {Mode::Always, Mode::Mentions, Mode::Never})
        if (name == modeName(m))
            return m;
    return fallback;
}

NotificationPolicy::NotificationPolicy(QSettings &settings, QString ownAddress, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_ownAddress(std::move(ownAddress))
{
    setObjectName(QStringLiteral("notificationPolicy"));
}

QString NotificationPolicy::keyOf(const QString &room)
{
    // Room names may hold any character; keep the key one path segment.
    return QStringLiteral("notifications/rooms/") + QString::fromLatin1(QUrl::toPercentEncoding(room));
}

NotificationPolicy::Mode NotificationPolicy::mode(const QString &room) const
{
    return modeFromName(m_settings.value(keyOf(room)).toString(), defaultMode());
}

void NotificationPolicy::setMode(const QString &room, Mode mode)
{
    if (room.isEmpty())
        return;
    // A room set to the default keeps no choice of its own, and follows the default if it changes.
    if (mode == defaultMode())
        m_settings.remove(keyOf(room));
    else
        m_settings.setValue(keyOf(room), modeName(mode));
}

bool NotificationPolicy::enabled() const
{
    return m_settings.value(enabledKey(), true).toBool();
}

NotificationPolicy::Mode NotificationPolicy::defaultMode() const
{
    return modeFromName(m_settings.value(defaultModeKey()).toString(), Mode::Always);
}

QString NotificationPolicy::nickname() const
{
    return m_settings.value(nicknameKey()).toString();
}

void NotificationPolicy::setNickname(const QString &nickname)
{
    const QString n = nickname.trimmed();
    if (n.isEmpty())
        m_settings.remove(nicknameKey());
    else
        m_settings.setValue(nicknameKey(), n);
}

bool NotificationPolicy::isMention(const QString &text) const
{
    if (!m_ownAddress.isEmpty() && text.contains(m_ownAddress, Qt::CaseInsensitive))
        return true;
    const QString nick = nickname();
    return !nick.isEmpty() && text.contains(nick, Qt::CaseInsensitive);
}

bool NotificationPolicy::allows(const ChatMessage &message) const
{
    if (message.own || !enabled())
        return false;
    if (message.direct)
        return true;
    switch (mode(message.room)) {
    case Mode::Always: return true;
    case Mode::Mentions: return isMention(message.text);
    case Mode::Never: return false;
    }
    return true;
}

void NotificationPolicy::attachTo(QAbstractItemView *roomList)
{
    m_list = roomList;
    m_menu = new QMenu(roomList);
    m_menu->setObjectName(QStringLiteral("roomNotificationsMenu"));
    m_group = new QActionGroup(m_menu);
    m_group->setExclusive(true);
    const auto add = [this](const char *name, Mode mode) {
        auto *a = new QAction(m_menu);
        a->setObjectName(QString::fromLatin1(name));
        a->setCheckable(true);
        m_group->addAction(a);
        m_menu->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] {
            if (m_list && m_list->currentIndex().isValid())
                setMode(m_list->currentIndex().data(Qt::DisplayRole).toString(), mode);
        });
        return a;
    };
    m_always = add("notifyAlwaysAction", Mode::Always);
    m_mentions = add("notifyMentionsAction", Mode::Mentions);
    m_never = add("notifyNeverAction", Mode::Never);
    m_menu->addSeparator();
    m_nickname = new QAction(m_menu);
    m_nickname->setObjectName(QStringLiteral("notifyNicknameAction"));
    connect(m_nickname, &QAction::triggered, this, &NotificationPolicy::askNickname);
    m_menu->addAction(m_nickname);
    connect(m_menu, &QMenu::aboutToShow, this, &NotificationPolicy::updateChecks);

    m_menuAction = m_menu->menuAction();
    m_menuAction->setObjectName(QStringLiteral("roomNotificationsAction"));
    roomList->addAction(m_menuAction);
    retranslate();
}

void NotificationPolicy::updateChecks()
{
    const bool has = m_list && m_list->currentIndex().isValid();
    m_group->setEnabled(has);
    if (!has)
        return;
    const Mode m = mode(m_list->currentIndex().data(Qt::DisplayRole).toString());
    (m == Mode::Always ? m_always : m == Mode::Mentions ? m_mentions : m_never)->setChecked(true);
}

void NotificationPolicy::askNickname()
{
    bool ok = false;
    const QString nick = QInputDialog::getText(m_list ? m_list->window() : nullptr, tr("Nickname for mentions"),
                                               tr("Messages that contain this name (or your address) count as "
                                                  "mentions:"),
                                               QLineEdit::Normal, nickname(), &ok);
    if (ok)
        setNickname(nick);
}

void NotificationPolicy::retranslate()
{
    if (!m_menu)
        return;
    m_menu->setTitle(tr("&Notifications"));
    m_always->setText(tr("&Always"));
    m_mentions->setText(tr("Only &Mentions"));
    m_never->setText(tr("&Never"));
    m_nickname->setText(tr("Nickname for Mentions…"));
}

}  // namespace swarmscope::ui
