#pragma once

namespace swarmscope::ui {

// Registers the icons compiled into the static ui library; safe to call more than once.
void initResources();

}  // namespace swarmscope::ui
