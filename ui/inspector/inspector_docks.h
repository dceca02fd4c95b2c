#pragma once

class QMainWindow;
class QMenu;

namespace swarmscope {
class Session;
}

namespace swarmscope::ui {

class PeerSelection;

// Adds the inspector to a window: connection stats, swarm graph and lab docks (hidden until
// chosen from viewMenu), and a "Network Doctor…" entry. The lab is owned by the window.
// The graph and the stats dock take part in the window's peer selection.
void installInspectorDocks(QMainWindow &window, Session &session, QMenu *viewMenu, PeerSelection &selection);

} // namespace swarmscope::ui
