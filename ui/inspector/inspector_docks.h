#pragma once

class QMainWindow;
class QMenu;

namespace swarmscope {
class Session;
}

namespace swarmscope::ui {

// Adds the inspector to a window: connection stats, swarm graph and lab docks (hidden until
// chosen from viewMenu), and a "Network Doctor…" entry. The lab is owned by the window.
// Selecting a node in the graph selects that peer in the stats dock.
void installInspectorDocks(QMainWindow &window, Session &session, QMenu *viewMenu);

} // namespace swarmscope::ui
