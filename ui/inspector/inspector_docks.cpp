#include "inspector/inspector_docks.h"

#include "client/engine_client.h"
#include "inspector/connection_stats_dock.h"
#include "inspector/doctor_dialog.h"
#include "inspector/lab_dock.h"
#include "inspector/swarm_graph_dock.h"
#include "selection/peer_selection.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace swarmscope::ui {

void installInspectorDocks(QMainWindow &window, EngineClient &engine, QMenu *viewMenu, PeerSelection &selection,
                           PeerNames *names)
{
    auto *stats = new ConnectionStatsDock(engine, &window);
    auto *graph = new SwarmGraphDock(engine, &window);
    graph->setNames(names);
    auto *labDock = new LabDock(engine, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, stats);
    window.addDockWidget(Qt::BottomDockWidgetArea, graph);
    window.addDockWidget(Qt::BottomDockWidgetArea, labDock);
    // Join the bottom tab group: docks side by side or stacked would make the window larger than
    // small screens allow, even while they are hidden.
    if (auto *peers = window.findChild<QDockWidget *>(QStringLiteral("peersDock")))
        window.tabifyDockWidget(peers, stats);
    window.tabifyDockWidget(stats, graph);
    window.tabifyDockWidget(graph, labDock);
    for (QDockWidget *d :
         {static_cast<QDockWidget *>(stats), static_cast<QDockWidget *>(graph), static_cast<QDockWidget *>(labDock)})
        d->hide();
    selection.link(graph);
    selection.link(stats);
    QObject::connect(&engine, &EngineClient::labStarted, graph, [graph] {
        graph->show();
        graph->raise();
    });

    QMenu *menu = viewMenu;
    if (!menu)
        return;
    menu->addSeparator();
    QAction *statsToggle = stats->toggleViewAction();
    statsToggle->setObjectName(QStringLiteral("toggleConnectionStats"));
    QAction *graphToggle = graph->toggleViewAction();
    graphToggle->setObjectName(QStringLiteral("toggleSwarmGraph"));
    QAction *labToggle = labDock->toggleViewAction();
    labToggle->setObjectName(QStringLiteral("toggleLab"));
    menu->addAction(statsToggle);
    menu->addAction(graphToggle);
    menu->addAction(labToggle);
    auto *doctorAction = new QAction(QObject::tr("Network &Doctor…"), menu);
    doctorAction->setObjectName(QStringLiteral("networkDoctorAction"));
    menu->addAction(doctorAction);
    QObject::connect(doctorAction, &QAction::triggered, &window, [&window, &engine] {
        auto *dialog = window.findChild<DoctorDialog *>();
        if (!dialog)
            dialog = new DoctorDialog(engine, &window);
        dialog->show();
        dialog->raise();
        dialog->runChecks();
    });
}

}  // namespace swarmscope::ui
