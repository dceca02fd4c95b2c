#include "inspector_tools.h"

#include "event_log_file_window.h"
#include "notification_policy.h"
#include "shortcuts_dialog.h"
#include "packet_inspector_panel.h"
#include "selection/peer_selection.h"
#include "client/engine_client.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace swarmscope::ui {

namespace {
constexpr int kStatusTimeoutMs = 8000;

QMenu *menuNamed(QMainWindow &window, const QString &objectName)
{
    return window.menuBar()->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly);
}
}  // namespace

InspectorTools::InspectorTools(QMainWindow &window, EngineClient &engine, QMenu *viewMenu, QSettings &settings,
                               PeerSelection &selection)
    : QObject(&window)
    , m_window(window)
    , m_packets(new PacketInspectorPanel(engine, &window))
    , m_packetDock(new QDockWidget(&window))
    , m_openLog(new QAction(&window))
    , m_shortcuts(new QAction(&window))
    , m_policy(new NotificationPolicy(settings, engine.address(), this))
{
    setObjectName(QStringLiteral("captureDocks"));
    m_packetDock->setObjectName(QStringLiteral("packetInspectorDock"));
    m_packetDock->setWidget(m_packets);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_packetDock);
    if (auto *events = window.findChild<QDockWidget *>(QStringLiteral("eventLogDock")))
        window.tabifyDockWidget(events, m_packetDock);
    connect(m_packets, &PacketInspectorPanel::statusMessage, this, &InspectorTools::showStatus);
    selection.link(m_packets);

    QAction *toggle = m_packetDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("togglePacketInspectorAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    if (viewMenu)
        viewMenu->addAction(toggle);

    m_openLog->setObjectName(QStringLiteral("openEventLogAction"));
    m_openLog->setShortcut(QKeySequence::Open);
    m_openLog->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openLog, &QAction::triggered, this, &InspectorTools::chooseEventLog);
    if (QMenu *file = menuNamed(window, QStringLiteral("fileMenu"))) {
        // Before the separator that precedes Quit.
        const QList<QAction *> actions = file->actions();
        QAction *before = nullptr;
        for (QAction *a : actions) {
            if (a->isSeparator())
                before = a;
        }
        file->insertAction(before, m_openLog);
    }

    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcuts, &QAction::triggered, this, &InspectorTools::showShortcuts);
    if (QMenu *help = menuNamed(window, QStringLiteral("helpMenu")))
        help->insertAction(help->actions().value(0), m_shortcuts);

    if (auto *rooms = window.findChild<QAbstractItemView *>(QStringLiteral("roomList")))
        m_policy->attachTo(rooms);

    // Shortcuts work with the menu bar hidden too.
    window.addActions({toggle, m_openLog, m_shortcuts});
    window.installEventFilter(this);
    retranslate();
}

QWidget *InspectorTools::openEventLog(const QString &fileName)
{
    auto *viewer = new EventLogFileWindow(&m_window);
    QString error;
    if (!viewer->open(fileName, &error)) {
        delete viewer;
        showStatus(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return nullptr;
    }
    viewer->show();
    showStatus(viewer->summary());
    return viewer;
}

void InspectorTools::chooseEventLog()
{
    const QString fileName = QFileDialog::getOpenFileName(&m_window, tr("Open event log"), QDir::homePath(),
                                                          tr("JSON lines (*.jsonl *.json);;All files (*)"));
    if (!fileName.isEmpty())
        openEventLog(fileName);
}

void InspectorTools::showShortcuts()
{
    ShortcutsDialog dialog(&m_window, &m_window);
    dialog.exec();
}

void InspectorTools::showStatus(const QString &text)
{
    m_window.statusBar()->showMessage(text, kStatusTimeoutMs);
}

bool InspectorTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void InspectorTools::retranslate()
{
    m_packetDock->setWindowTitle(tr("Packets"));
    m_packetDock->toggleViewAction()->setText(tr("Show Packet &Inspector"));
    m_openLog->setText(tr("&Open Event Log…"));
    m_openLog->setToolTip(tr("Browse an exported event log (JSON lines), read-only"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_policy->retranslate();
}

InspectorTools *installInspectorTools(QMainWindow &window, EngineClient &engine, QMenu *viewMenu, QSettings &settings,
                                      PeerSelection &selection)
{
    return new InspectorTools(window, engine, viewMenu, settings, selection);
}

}  // namespace swarmscope::ui
