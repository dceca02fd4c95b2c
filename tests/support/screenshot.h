#pragma once

#include "i18n/language_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace swarmscope::test {

// Screenshots for the documentation come from the GUI tests themselves: with
// SWARMSCOPE_SCREENSHOT_DIR set (tools/screenshots_swarm.sh), a test prepares its window and
// saves it at the interesting moment. Without it, both do nothing. GUI tests only.
inline bool screenshotsWanted()
{
    return !qEnvironmentVariableIsEmpty("SWARMSCOPE_SCREENSHOT_DIR");
}

// Sizes the window like the docs' other pictures and installs the English catalogue, so that
// plurals read "1 peer", not "1 peer(s)".
inline void prepareForScreenshot(QWidget &window)
{
    if (!screenshotsWanted())
        return;
    window.resize(1180, 760);
    static bool languageLoaded = false;
    if (!languageLoaded) {
        auto *language = new swarmscope::ui::LanguageManager(QCoreApplication::instance());
        languageLoaded = language->load(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}

inline void saveScreenshot(QWidget &window, const QString &name)
{
    if (!screenshotsWanted())
        return;
    QCoreApplication::sendPostedEvents();  // pending layout requests (resized docks) first
    const QString path =
        QDir(qEnvironmentVariable("SWARMSCOPE_SCREENSHOT_DIR")).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

}  // namespace swarmscope::test
