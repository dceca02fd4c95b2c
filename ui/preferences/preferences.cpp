#include "preferences.h"

namespace swarmscope::ui {

bool EnginePreferences::needsRestartFor(const EnginePreferences &next) const
{
    // The files settings go to the running engine; the rest is read at start.
    EnginePreferences withNewFiles = *this;
    withNewFiles.downloadDir = next.downloadDir;
    withNewFiles.maxFileSize = next.maxFileSize;
    return !(withNewFiles == next);
}

} // namespace swarmscope::ui
