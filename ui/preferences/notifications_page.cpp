#include "notifications_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace swarmscope::ui {

using Notify = WindowPreferences::Notify;

NotificationsPage::NotificationsPage(QWidget *parent)
    : PreferencesPage(Takes::Effect, "preferencesNotificationsPage", parent)
    , m_enabled(new QCheckBox(this))
    , m_roomsLabel(new QLabel(this))
    , m_nicknameLabel(new QLabel(this))
    , m_rooms(new QComboBox(this))
    , m_nickname(new QLineEdit(this))
{
    m_enabled->setObjectName(QStringLiteral("preferencesNotifications"));
    m_rooms->setObjectName(QStringLiteral("preferencesNotifyRooms"));
    m_nickname->setObjectName(QStringLiteral("preferencesNickname"));
    for (const Notify n : {Notify::Always, Notify::Mentions, Notify::Never})
        m_rooms->addItem(QString(), int(n));
    m_roomsLabel->setBuddy(m_rooms);
    m_nicknameLabel->setBuddy(m_nickname);
    form()->addRow(QString(), m_enabled);
    form()->addRow(m_roomsLabel, m_rooms);
    form()->addRow(m_nicknameLabel, m_nickname);
    connect(m_enabled, &QCheckBox::toggled, m_rooms, &QWidget::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, m_nickname, &QWidget::setEnabled);
    finishLayout();
}

void NotificationsPage::load(const Preferences &preferences)
{
    const WindowPreferences &p = preferences.window;
    m_enabled->setChecked(p.notifications);
    m_rooms->setCurrentIndex(m_rooms->findData(int(p.notifyRooms)));
    m_nickname->setText(p.nickname);
    m_rooms->setEnabled(p.notifications);
    m_nickname->setEnabled(p.notifications);
}

std::optional<QString> NotificationsPage::store(Preferences &preferences) const
{
    WindowPreferences &p = preferences.window;
    p.notifications = m_enabled->isChecked();
    p.notifyRooms = Notify(m_rooms->currentData().toInt());
    p.nickname = m_nickname->text().trimmed();
    return std::nullopt;
}

void NotificationsPage::retranslate()
{
    m_enabled->setText(tr("Show desktop &notifications for messages while the window is in the background"));
    m_roomsLabel->setText(tr("&Room messages:"));
    m_rooms->setItemText(0, tr("Always"));
    m_rooms->setItemText(1, tr("Only when I am mentioned"));
    m_rooms->setItemText(2, tr("Never"));
    m_rooms->setToolTip(tr("For rooms without a choice of their own (room list › context menu › Notifications); "
                           "direct messages always notify"));
    m_nicknameLabel->setText(tr("Ni&ckname:"));
    m_nickname->setPlaceholderText(tr("A mention is your address or this name in a message"));
}

}  // namespace swarmscope::ui
