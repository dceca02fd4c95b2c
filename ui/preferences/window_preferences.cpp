#include "window_preferences.h"

#include "inspector/notification_policy.h"

#include <QSettings>

namespace swarmscope::ui {

namespace {

const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");

using Mode = NotificationPolicy::Mode;
using Notify = WindowPreferences::Notify;
using Theme = WindowPreferences::Theme;

Notify toNotify(Mode mode)
{
    return mode == Mode::Mentions ? Notify::Mentions : mode == Mode::Never ? Notify::Never : Notify::Always;
}

Mode toMode(Notify notify)
{
    return notify == Notify::Mentions ? Mode::Mentions : notify == Notify::Never ? Mode::Never : Mode::Always;
}

}  // namespace

WindowPreferences loadWindowPreferences(const QSettings &settings)
{
    WindowPreferences p;
    p.notifications = settings.value(NotificationPolicy::enabledKey(), true).toBool();
    p.notifyRooms = toNotify(NotificationPolicy::modeFromName(
        settings.value(NotificationPolicy::defaultModeKey()).toString(), Mode::Always));
    p.nickname = settings.value(NotificationPolicy::nicknameKey()).toString();
    const QString theme = settings.value(kThemeKey).toString();
    p.theme = theme == QLatin1String("light") ? Theme::Light
        : theme == QLatin1String("dark")      ? Theme::Dark
                                              : Theme::System;
    p.language = settings.value(kLanguageKey).toString();
    return p;
}

void saveWindowPreferences(QSettings &settings, const WindowPreferences &p)
{
    settings.setValue(NotificationPolicy::enabledKey(), p.notifications);
    settings.setValue(NotificationPolicy::defaultModeKey(), NotificationPolicy::modeName(toMode(p.notifyRooms)));
    if (p.nickname.trimmed().isEmpty())
        settings.remove(NotificationPolicy::nicknameKey());
    else
        settings.setValue(NotificationPolicy::nicknameKey(), p.nickname.trimmed());
    settings.setValue(kThemeKey,
                      p.theme == Theme::Light      ? QStringLiteral("light")
                          : p.theme == Theme::Dark ? QStringLiteral("dark")
                                                   : QStringLiteral("system"));
    if (p.language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, p.language);
    settings.sync();
}

}  // namespace swarmscope::ui
