#include "swarm_controller.h"

#include "engine_config.h"
#include "format/units.h"
#include "client/engine_client.h"
#include "views/connect_dialog.h"

#include <QAction>

namespace swarmscope::ui {

SwarmController::SwarmController(EngineClient &engine, PeersPanel *peers, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_engine(engine)
    , m_dialogParent(dialogParent)
    , m_connectAction(new QAction(this))
{
    setObjectName(QStringLiteral("swarmController"));
    m_connectAction->setObjectName(QStringLiteral("connectToPeerAction"));
    m_connectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-connect")));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &SwarmController::openConnectDialog);
    connect(peers, &PeersPanel::peerActionRequested, this, &SwarmController::apply);
    peers->addContextAction(m_connectAction);
    retranslate();
}

ConnectDialog *SwarmController::connectDialog() const
{
    return m_dialog.data();
}

void SwarmController::openConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectDialog(m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            connectTo(m_dialog->hostPort());
    });
    m_dialog->open();
}

bool SwarmController::connectTo(const QString &hostPort)
{
    const std::optional<HostPort> target = HostPort::parse(hostPort.trimmed());
    if (!target) {
        emit statusMessage(tr("Not a host:port: %1").arg(hostPort));
        return false;
    }
    m_engine.connectTo(target->host, target->port);
    emit statusMessage(tr("Connecting to %1…").arg(target->toString()));
    return true;
}

void SwarmController::apply(PeersPanel::PeerAction action, const QStringList &addresses)
{
    EngineClient::PeerAction command = EngineClient::PeerAction::Ban;
    switch (action) {
    case PeersPanel::PeerAction::Ban: command = EngineClient::PeerAction::Ban; break;
    case PeersPanel::PeerAction::SoftBan: command = EngineClient::PeerAction::SoftBan; break;
    case PeersPanel::PeerAction::Backoff: command = EngineClient::PeerAction::Backoff; break;
    case PeersPanel::PeerAction::Disconnect: command = EngineClient::PeerAction::Disconnect; break;
    }
    m_engine.steer(command, addresses, this, [this, action, addresses](int done) { report(action, addresses, done); });
}

void SwarmController::report(PeersPanel::PeerAction action, const QStringList &addresses, int done)
{
    if (done == 0) {
        emit statusMessage(tr("No such peer any more"));
        return;
    }
    const QString who = done == 1 ? Units::shortAddress(addresses.constFirst()) : QString();
    switch (action) {
    case PeersPanel::PeerAction::Ban:
        emit statusMessage(done == 1 ? tr("Banned %1").arg(who) : tr("Banned %n peer(s)", nullptr, done));
        break;
    case PeersPanel::PeerAction::SoftBan:
        emit statusMessage(done == 1 ? tr("Banned %1 for this session").arg(who)
                                     : tr("Banned %n peer(s) for this session", nullptr, done));
        break;
    case PeersPanel::PeerAction::Backoff:
        emit statusMessage(done == 1 ? tr("Backing off from %1").arg(who)
                                     : tr("Backing off from %n peer(s)", nullptr, done));
        break;
    case PeersPanel::PeerAction::Disconnect:
        emit statusMessage(done == 1 ? tr("Disconnected %1").arg(who) : tr("Disconnected %n peer(s)", nullptr, done));
        break;
    }
}

void SwarmController::retranslate()
{
    m_connectAction->setText(tr("&Connect to…"));
    m_connectAction->setToolTip(tr("Dial a peer by host and port and keep connected (Ctrl+Shift+K)"));
}

}  // namespace swarmscope::ui
