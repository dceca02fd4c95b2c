#include "preferences.h"

namespace swarmscope::ui {

bool EnginePreferences::needsRestartFor(const EnginePreferences &next) const
{
    // The name and the files settings go to the running engine; the rest is read at start.
    EnginePreferences withLive = *this;
    withLive.name = next.name;
    withLive.downloadDir = next.downloadDir;
    withLive.maxFileSize = next.maxFileSize;
    return !(withLive == next);
}

}  // namespace swarmscope::ui
