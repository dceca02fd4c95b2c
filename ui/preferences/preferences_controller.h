#pragma once

#include "app_theme.h"
#include "preferences.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QSettings;

namespace swarmscope::ui {

class EngineClient;
class LanguageManager;
class PreferencesDialog;
class PreferencesStore;

// Settings › Preferences…: opens the window on the stored values, saves what it hands back (the
// engine part through the store, the window part in the window's QSettings) and applies at once
// what the running session and window allow: notifications, theme, language, the download folder
// and the largest file. The rest is read at the next start, as the window says.
class PreferencesController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesController)

public:
    PreferencesController(EngineClient &engine, QSettings &settings, LanguageManager &language, PreferencesStore &store,
                          QObject *parent = nullptr);

    // The stored theme and language, before the window shows.
    void applyAtStart();
    // Adds the Settings menu (before Help) and its action to the window, which then owns both;
    // messages go to its status bar. Once the window is gone, this object may only be destroyed.
    void installInto(QMainWindow &window);

    QAction *action() const { return m_action; }
    // Opens the window (or raises the one open); it deletes itself when closed.
    PreferencesDialog *open();

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<QString> save(const Preferences &next);
    void applyLanguage(const QString &code);
    void retranslate();

    EngineClient &m_engine;
    QSettings &m_settings;
    LanguageManager &m_language;
    PreferencesStore &m_store;
    AppTheme m_theme;
    Preferences m_saved;  // as last loaded or saved
    QMainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_action;
    QPointer<PreferencesDialog> m_dialog;
};

}  // namespace swarmscope::ui
