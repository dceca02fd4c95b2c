#pragma once

#include "preferences.h"

#include <optional>

namespace swarmscope::ui {

// Where the engine part of the preferences is kept: the application supplies the profile's
// settings file, which it reads at start (the window never knows the file's format).
class PreferencesStore {
public:
    virtual ~PreferencesStore() = default;

    virtual QString location() const = 0;  // shown in the window, native separators
    // Fills into from the store; an error (a file edited by hand into something unreadable)
    // comes back as a message and leaves into as it was.
    virtual std::optional<QString> load(EnginePreferences &into) const = 0;
    virtual std::optional<QString> save(const EnginePreferences &preferences) = 0;
};

}  // namespace swarmscope::ui
