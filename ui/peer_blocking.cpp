#include "peer_blocking.h"

#include "client/engine_client.h"
#include "format/units.h"
#include "views/blocked_peers_dialog.h"
#include "views/chat_panel.h"
#include "views/peers_panel.h"

#include <QAction>

namespace swarmscope::ui {

PeerBlocking::PeerBlocking(EngineClient &engine, PeersPanel *peers, ChatPanel *chat, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_engine(engine)
    , m_dialogParent(dialogParent)
    , m_blockPeerAction(new QAction(this))
    , m_blockAuthorAction(new QAction(this))
    , m_listAction(new QAction(this))
{
    setObjectName(QStringLiteral("peerBlocking"));
    m_blockPeerAction->setObjectName(QStringLiteral("blockPeerAction"));
    m_blockPeerAction->setIcon(QIcon::fromTheme(QStringLiteral("action-unavailable")));
    connect(m_blockPeerAction, &QAction::triggered, this, [this, peers] { block(peers->selectedAddresses()); });
    peers->addContextAction(m_blockPeerAction);

    m_blockAuthorAction->setObjectName(QStringLiteral("blockAuthorAction"));
    connect(m_blockAuthorAction, &QAction::triggered, this, [this, chat] {
        const QString author = chat->currentAuthor();
        if (!author.isEmpty())
            block({author});
    });
    chat->addMessageAction(m_blockAuthorAction);

    m_listAction->setObjectName(QStringLiteral("blockedPeersAction"));
    connect(m_listAction, &QAction::triggered, this, &PeerBlocking::openDialog);
    retranslate();
}

void PeerBlocking::block(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return;
    m_engine.setBlocked(addresses, true, this, [this, addresses](const QStringList &blocked) {
        emit statusMessage(addresses.size() == 1 ? tr("Blocked %1: their messages, files and calls are dropped")
                                                       .arg(Units::shortAddress(addresses.constFirst()))
                                                 : tr("Blocked %n peer(s): their messages, files and calls are dropped",
                                                      nullptr, int(addresses.size())));
        emit blockedChanged(blocked);
    });
}

BlockedPeersDialog *PeerBlocking::openDialog()
{
    if (!m_dialog) {
        m_dialog = new BlockedPeersDialog(m_engine, m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

void PeerBlocking::retranslate()
{
    m_blockPeerAction->setText(tr("B&lock"));
    m_blockPeerAction->setToolTip(tr("Drop this peer's messages, files and calls, now and after restarts"));
    m_blockAuthorAction->setText(tr("Block the author"));
    m_listAction->setText(tr("&Blocked Peers…"));
}

}  // namespace swarmscope::ui
