// Composition root of the desktop application: command line and settings file, profile lock,
// window settings, translations, the engine (on its own thread, behind an EngineClient), the main
// window and its Preferences.

#include "client/engine_client.h"
#include "format/error_text.h"
#include "gui_options.h"
#include "i18n/language_manager.h"
#include "main_window.h"
#include "preferences/preferences_controller.h"
#include "resources_init.h"
#include "settings_file_store.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

#ifdef Q_OS_UNIX
#include "quit_on_signal.h"
#endif

namespace {

void reportFatal(const QString &message)
{
    std::fprintf(stderr, "swarmscope: %s\n", qPrintable(message));
    // Nobody could answer a dialog on a headless platform; stderr has said it all there.
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, QStringLiteral("Swarmscope"), message);
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Swarmscope"));
    QCoreApplication::setApplicationName(QStringLiteral("swarmscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWARMSCOPE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Swarmscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.swarmscope.Swarmscope"));

    swarmscope::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/swarmscope.svg")));

    swarmscope::ui::LanguageManager language;
    language.load(QLocale::system());

    const swarmscope::gui::GuiOptions options = swarmscope::gui::parseOptions(QCoreApplication::arguments());
    const QString profileDir = options.engine.profileDir;
    if (!QDir().mkpath(profileDir)) {
        reportFatal(QStringLiteral("cannot create the profile directory %1").arg(QDir::toNativeSeparators(profileDir)));
        return 1;
    }

    // One running instance per profile: two would fight over the identity, the database and
    // the window layout.
    QLockFile lock(QDir(profileDir).filePath(QStringLiteral("swarmscope.lock")));
    lock.setStaleLockTime(0);  // only a dead owner makes the lock stale, never its age
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, appName;
        lock.getLockInfo(&pid, &host, &appName);
        const QString message = lock.error() == QLockFile::LockFailedError
            ? QStringLiteral("the profile %1 is already in use by another Swarmscope (pid %2). "
                             "Use --profile DIR to run a second identity.")
                  .arg(QDir::toNativeSeparators(profileDir))
                  .arg(pid)
            : QStringLiteral("cannot lock the profile %1 (permission denied or disk error).")
                  .arg(QDir::toNativeSeparators(profileDir));
        std::fprintf(stderr, "swarmscope: %s\n", qPrintable(message));
        return 1;
    }

    QSettings settings(QDir(profileDir).filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);

    auto created = swarmscope::ui::EngineClient::start(options.engine);
    if (!created) {
        reportFatal(
            QStringLiteral("cannot open the profile %1: %2")
                .arg(QDir::toNativeSeparators(profileDir), swarmscope::ui::ErrorText::describe(created.error())));
        return 1;
    }
    // Destroyed after the window (declared before it): the session stops on its thread, then the
    // thread is joined.
    std::unique_ptr<swarmscope::ui::EngineClient> engine = std::move(created).value();

    // The window's stored theme and language first, so that it is built in them.
    swarmscope::gui::SettingsFileStore settingsFile(options.settingsFile);
    swarmscope::ui::PreferencesController preferences(*engine, settings, language, settingsFile);
    preferences.applyAtStart();

    swarmscope::ui::MainWindow window(*engine, settings);
    preferences.installInto(window);
    // Quitting without closing the window (a signal, the session ending) still keeps the layout.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, &swarmscope::ui::MainWindow::saveSettings);
#ifdef Q_OS_UNIX
    swarmscope::gui::QuitOnSignal quitOnSignal;
#endif
    for (const QString &room : options.rooms)
        window.joinRoom(room);
    window.showAtStart(options.minimized);
    return app.exec();
}
