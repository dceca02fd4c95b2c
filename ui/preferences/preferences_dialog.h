#pragma once

#include "preferences.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace swarmscope::ui {

class PreferencesPage;

// Preferences: a list of pages (Profile, Network, Notifications, Appearance, Files) beside the
// page picked. OK and Apply check every page, then hand the values to the applier; a problem (a
// bad port, a bad HOST:PORT) shows the page and a message and nothing is saved.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    struct Setup {
        Preferences current;
        QStringList languages;  // codes with a catalogue
        QString defaultDownloadFolder;
        QString location;  // where the network settings are kept, shown under the pages
        QString loadProblem;  // the settings file could not be read: shown, and saving is refused
    };
    // Saves and applies; answers a message when that failed.
    using Applier = std::function<std::optional<QString>(const Preferences &)>;

    PreferencesDialog(const Setup &setup, Applier applier, QWidget *parent = nullptr);

    // Checks, saves and applies; false (with the message shown) on a problem.
    bool apply();
    QString statusText() const;
    int pageCount() const;
    void showPage(int index);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setStatus(const QString &text, bool error);
    void retranslate();

    Applier m_applier;
    Preferences m_atOpening;
    QString m_location;
    bool m_loadFailed;
    QList<PreferencesPage *> m_pages;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_locationLabel;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

}  // namespace swarmscope::ui
