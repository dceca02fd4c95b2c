#include "appearance_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace swarmscope::ui {

using Theme = WindowPreferences::Theme;

AppearancePage::AppearancePage(const QStringList &languages, QWidget *parent)
    : PreferencesPage(Takes::Effect, "preferencesAppearancePage", parent)
    , m_themeLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    for (const Theme t : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(QString(), int(t));
    m_language->addItem(QString(), QString());  // the system's language
    // Each language in its own words, so that anyone can find theirs.
    for (const QString &code : languages) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_themeLabel->setBuddy(m_theme);
    m_languageLabel->setBuddy(m_language);
    form()->addRow(m_themeLabel, m_theme);
    form()->addRow(m_languageLabel, m_language);
    finishLayout();
}

void AppearancePage::load(const Preferences &preferences)
{
    m_theme->setCurrentIndex(m_theme->findData(int(preferences.window.theme)));
    const int row = m_language->findData(preferences.window.language);
    m_language->setCurrentIndex(row < 0 ? 0 : row);
}

std::optional<QString> AppearancePage::store(Preferences &preferences) const
{
    preferences.window.theme = Theme(m_theme->currentData().toInt());
    preferences.window.language = m_language->currentData().toString();
    return std::nullopt;
}

void AppearancePage::retranslate()
{
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("As the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("As the system"));
}

}  // namespace swarmscope::ui
