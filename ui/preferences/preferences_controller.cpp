#include "preferences_controller.h"

#include "client/engine_client.h"
#include "i18n/language_manager.h"
#include "preferences_dialog.h"
#include "preferences_store.h"
#include "window_preferences.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace swarmscope::ui {

namespace {
constexpr int kStatusTimeoutMs = 8000;
}  // namespace

PreferencesController::PreferencesController(EngineClient &engine, QSettings &settings, LanguageManager &language,
                                             PreferencesStore &store, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_language(language)
    , m_store(store)
    , m_action(new QAction(this))
{
    setObjectName(QStringLiteral("preferencesController"));
    m_action->setObjectName(QStringLiteral("preferencesAction"));
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    // Desktops without a standard key for it (GNOME, the offscreen platform) get KDE's.
    const QKeySequence standard(QKeySequence::Preferences);
    m_action->setShortcut(standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma) : standard);
    connect(m_action, &QAction::triggered, this, &PreferencesController::open);
    retranslate();
}

void PreferencesController::applyAtStart()
{
    const WindowPreferences window = loadWindowPreferences(m_settings);
    m_theme.apply(window.theme);
    if (!window.language.isEmpty())
        applyLanguage(window.language);
}

void PreferencesController::installInto(QMainWindow &window)
{
    m_window = &window;
    m_menu = new QMenu(&window);
    m_menu->setObjectName(QStringLiteral("settingsMenu"));
    m_menu->addAction(m_action);
    auto *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"), Qt::FindDirectChildrenOnly);
    if (help)
        window.menuBar()->insertMenu(help->menuAction(), m_menu);
    else
        window.menuBar()->addMenu(m_menu);
    // The window's own, so that Help › Keyboard Shortcuts lists it and the shortcut works with
    // the menu bar hidden.
    m_action->setParent(&window);
    window.addAction(m_action);
    window.installEventFilter(this);
    connect(this, &PreferencesController::statusMessage, &window,
            [w = &window](const QString &text) { w->statusBar()->showMessage(text, kStatusTimeoutMs); });
    retranslate();
}

PreferencesDialog *PreferencesController::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    PreferencesDialog::Setup setup;
    setup.current.window = loadWindowPreferences(m_settings);
    if (const auto problem = m_store.load(setup.current.engine))
        setup.loadProblem = *problem;
    m_saved = setup.current;
    setup.languages = LanguageManager::availableLanguages();
    setup.defaultDownloadFolder = QDir(m_engine.config().profileDir).filePath(QStringLiteral("downloads"));
    setup.location = m_store.location();
    m_dialog = new PreferencesDialog(
        setup, [this](const Preferences &next) { return save(next); }, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog] { emit statusMessage(dialog->statusText()); });
    m_dialog->open();
    return m_dialog;
}

std::optional<QString> PreferencesController::save(const Preferences &next)
{
    if (!(next.engine == m_saved.engine))
        if (auto failed = m_store.save(next.engine))
            return failed;
    if (next.engine.downloadDir != m_saved.engine.downloadDir || next.engine.maxFileSize != m_saved.engine.maxFileSize)
        m_engine.setFileOptions(next.engine.downloadDir, next.engine.maxFileSize);
    if (next.engine.name != m_saved.engine.name)  // checked by the page; the engine checks again
        m_engine.setDisplayName(next.engine.name, this, [this](const Status &taken) {
            if (!taken.ok())
                emit statusMessage(tr("Your name was not changed: %1").arg(taken.error().detail));
        });
    saveWindowPreferences(m_settings, next.window);
    m_theme.apply(next.window.theme);
    if (next.window.language != m_saved.window.language)
        applyLanguage(next.window.language);
    m_saved = next;
    return std::nullopt;
}

void PreferencesController::applyLanguage(const QString &code)
{
    m_language.load(code.isEmpty() ? QLocale::system() : QLocale(code));
}

bool PreferencesController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PreferencesController::retranslate()
{
    m_action->setText(tr("&Preferences…"));
    m_action->setToolTip(tr("Profile, network, notifications, appearance and files"));
    if (m_menu)
        m_menu->setTitle(tr("&Settings"));
}

}  // namespace swarmscope::ui
