#pragma once

#include "preferences_page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace swarmscope::ui {

// Notifications: on or off, which room messages raise one (rooms without their own choice in the
// room list's menu) and the nickname that counts as a mention.
class NotificationsPage final : public PreferencesPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    explicit NotificationsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Notifications"); }
    void load(const Preferences &preferences) override;
    std::optional<QString> store(Preferences &preferences) const override;

protected:
    void retranslate() override;

private:
    QCheckBox *m_enabled;
    QLabel *m_roomsLabel, *m_nicknameLabel;
    QComboBox *m_rooms;
    QLineEdit *m_nickname;
};

}  // namespace swarmscope::ui
