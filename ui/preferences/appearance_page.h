#pragma once

#include "preferences_page.h"

class QComboBox;
class QLabel;

namespace swarmscope::ui {

// Appearance: light, dark or the system's theme, and the language of the window.
class AppearancePage final : public PreferencesPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    // languages: the codes with a catalogue ("de", "en", ...).
    explicit AppearancePage(const QStringList &languages, QWidget *parent = nullptr);

    QString title() const override { return tr("Appearance"); }
    void load(const Preferences &preferences) override;
    std::optional<QString> store(Preferences &preferences) const override;

protected:
    void retranslate() override;

private:
    QLabel *m_themeLabel, *m_languageLabel;
    QComboBox *m_theme, *m_language;
};

}  // namespace swarmscope::ui
