#include "peer_naming.h"

#include "client/engine_client.h"
#include "format/peer_names.h"
#include "format/units.h"
#include "views/chat_panel.h"
#include "views/peers_panel.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>

namespace swarmscope::ui {

PeerNaming::PeerNaming(EngineClient &engine, PeersPanel *peers, ChatPanel *chat, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_engine(engine)
    , m_dialogParent(dialogParent)
    , m_names(new PeerNames(this))
    , m_renamePeerAction(new QAction(this))
    , m_renameAuthorAction(new QAction(this))
{
    setObjectName(QStringLiteral("peerNaming"));
    m_renamePeerAction->setObjectName(QStringLiteral("renamePeerAction"));
    connect(m_renamePeerAction, &QAction::triggered, this, [this, peers] {
        const QStringList selected = peers->selectedAddresses();
        if (!selected.isEmpty())
            openRenameDialog(selected.constFirst());
    });
    peers->addContextAction(m_renamePeerAction);

    m_renameAuthorAction->setObjectName(QStringLiteral("renameAuthorAction"));
    connect(m_renameAuthorAction, &QAction::triggered, this, [this, chat] {
        const QString author = chat->currentAuthor();
        if (!author.isEmpty())
            openRenameDialog(author);
    });
    chat->addMessageAction(m_renameAuthorAction);

    m_engine.localNames(this, [this](const QHash<QString, QString> &names) { m_names->setLocalNames(names); });
    retranslate();
}

void PeerNaming::rename(const QString &address, const QString &name)
{
    if (address.isEmpty())
        return;
    m_engine.setLocalName(address, name, this, [this, address, name](const auto &answer) {
        const auto &[taken, names] = answer;
        m_names->setLocalNames(names);
        const QString who = Units::shortAddress(address);
        if (!taken)
            emit statusMessage(tr("A name has at most 64 characters and no control characters"));
        else if (name.trimmed().isEmpty())
            emit statusMessage(tr("%1 is called by their own name again").arg(who));
        else
            emit statusMessage(tr("%1 is now called %2 here").arg(who, name.trimmed()));
    });
}

QInputDialog *PeerNaming::openRenameDialog(const QString &address)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new QInputDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("renameDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(tr("Rename %1").arg(m_names->base(address)));
    const QString own = m_names->signedName(address);
    m_dialog->setLabelText(
        own.isEmpty() ? tr("Your name for %1, shown only to you.\nLeave it empty to show the address.").arg(address)
                      : tr("Your name for %1, shown only to you.\nLeave it empty to show their own name, “%2”.")
                            .arg(address, own));
    m_dialog->setTextValue(m_names->localName(address));
    if (auto *edit = m_dialog->findChild<QLineEdit *>())
        edit->setPlaceholderText(own);
    connect(m_dialog, &QInputDialog::textValueSelected, this,
            [this, address](const QString &name) { rename(address, name); });
    m_dialog->open();
    return m_dialog;
}

void PeerNaming::retranslate()
{
    m_renamePeerAction->setText(tr("&Rename…"));
    m_renamePeerAction->setToolTip(tr("Give this peer a name of your own, shown only to you"));
    m_renameAuthorAction->setText(tr("Rename the author…"));
}

}  // namespace swarmscope::ui
