#pragma once

#include "preferences.h"

class QSettings;

namespace swarmscope::ui {

// The window's part of the preferences in its QSettings: notifications (the keys NotificationPolicy
// reads), theme and language.
WindowPreferences loadWindowPreferences(const QSettings &settings);
void saveWindowPreferences(QSettings &settings, const WindowPreferences &preferences);

}  // namespace swarmscope::ui
