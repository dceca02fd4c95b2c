#pragma once

#include "preferences/preferences_store.h"

namespace swarmscope::gui {

// The Preferences' engine part in the profile's settings file (app/common/settings_file.h), the
// file parseOptions() reads at start. Saving rewrites only the keys whose value changed, so
// comments and the keys the window does not edit stay as they were.
class SettingsFileStore final : public ui::PreferencesStore {
public:
    explicit SettingsFileStore(QString path);

    QString location() const override;
    std::optional<QString> load(ui::EnginePreferences &into) const override;
    std::optional<QString> save(const ui::EnginePreferences &preferences) override;

private:
    QString m_path;
};

}  // namespace swarmscope::gui
