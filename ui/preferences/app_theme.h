#pragma once

#include "preferences.h"

#include <QPalette>
#include <QString>

namespace swarmscope::ui {

// Light, dark or the system's look for the whole application, switched while it runs. Light and
// dark use the Fusion style, whose colours come from the palette alone; the system's style and
// palette are remembered at construction so that System brings them back. Widgets that paint
// their own colours follow through ColorScheme (palette change events).
class AppTheme final {
public:
    AppTheme();

    void apply(WindowPreferences::Theme theme);
    WindowPreferences::Theme current() const { return m_current; }

    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    WindowPreferences::Theme m_current = WindowPreferences::Theme::System;
};

}  // namespace swarmscope::ui
