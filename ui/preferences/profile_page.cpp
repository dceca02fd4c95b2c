#include "profile_page.h"

#include "wire/display_name.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace swarmscope::ui {

ProfilePage::ProfilePage(QWidget *parent)
    : PreferencesPage(Takes::Effect, "preferencesProfilePage", parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("preferencesName"));
    m_name->setMaxLength(wire::kMaxDisplayNameChars * 2);  // UTF-16 units; the check counts characters
    m_nameLabel->setBuddy(m_name);
    form()->addRow(m_nameLabel, m_name);
    finishLayout();
}

void ProfilePage::load(const Preferences &preferences)
{
    m_name->setText(preferences.engine.name);
}

std::optional<QString> ProfilePage::store(Preferences &preferences) const
{
    const QString name = m_name->text().trimmed();
    if (const auto problem = wire::displayNameProblem(name); problem && !name.isEmpty()) {
        m_name->setFocus();
        return tr("This name cannot be used: %1").arg(*problem);
    }
    preferences.engine.name = name;
    return std::nullopt;
}

void ProfilePage::retranslate()
{
    m_nameLabel->setText(tr("Display &name:"));
    m_name->setPlaceholderText(tr("None: peers see your address only"));
    m_name->setToolTip(tr("Shown to peers next to your address, signed with your identity (at most %1 characters)")
                           .arg(wire::kMaxDisplayNameChars));
}

}  // namespace swarmscope::ui
