#pragma once

#include "preferences_page.h"

class QLabel;
class QLineEdit;

namespace swarmscope::ui {

// Profile: the display name peers see, signed with the identity.
class ProfilePage final : public PreferencesPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    explicit ProfilePage(QWidget *parent = nullptr);

    QString title() const override { return tr("Profile"); }
    void load(const Preferences &preferences) override;
    std::optional<QString> store(Preferences &preferences) const override;

protected:
    void retranslate() override;

private:
    QLabel *m_nameLabel;
    QLineEdit *m_name;
};

}  // namespace swarmscope::ui
