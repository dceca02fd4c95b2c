#pragma once

#include "preferences.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace swarmscope::ui {

// One page of the Preferences window: shows the values, checks and collects what was typed, and
// says whether its changes apply at once or at the next start. Texts are set in retranslate().
class PreferencesPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesPage)

public:
    enum class Takes { Effect, Restart };  // applied at once, or read at the next start

    PreferencesPage(Takes takes, const char *objectName, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void load(const Preferences &preferences) = 0;
    // Puts the page's values into preferences, or answers the first problem (and focuses its field).
    virtual std::optional<QString> store(Preferences &preferences) const = 0;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
    // The form rows go here; the note about when changes apply sits under them.
    QFormLayout *form() const { return m_form; }
    void finishLayout();  // subclasses call it at the end of their constructor
    QString noteText() const;

private:
    Takes m_takes;
    QFormLayout *m_form;
    QLabel *m_note;
};

}  // namespace swarmscope::ui
