#pragma once

class QMainWindow;
class QMenu;

namespace swarmscope::ui {

class EngineClient;
class PeerNames;
class PeerSelection;

// Adds the inspector to a window: connection stats, swarm graph and lab docks (hidden until
// chosen from viewMenu), and a "Network Doctor…" entry. The lab lives with the session on the
// engine thread.
// The graph and the stats dock take part in the window's peer selection; the graph names peers
// by names when given.
void installInspectorDocks(QMainWindow &window, EngineClient &engine, QMenu *viewMenu, PeerSelection &selection,
                           PeerNames *names = nullptr);

}  // namespace swarmscope::ui
