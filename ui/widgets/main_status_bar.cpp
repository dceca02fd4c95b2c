#include "widgets/main_status_bar.h"

#include "views/reachability_label.h"
#include "widgets/address_label.h"

#include <QLabel>

namespace swarmscope::ui {

MainStatusBar::MainStatusBar(const QString &ownAddress, QWidget *parent) : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    m_addressCaption = new QLabel(this);
    m_addressCaption->setObjectName(QStringLiteral("ownAddressCaption"));
    m_address = new AddressLabel(this);
    m_address->setObjectName(QStringLiteral("ownAddressLabel"));
    m_address->setAddress(ownAddress);
    m_swarmCounts = new QLabel(this);
    m_swarmCounts->setObjectName(QStringLiteral("swarmCountsLabel"));
    m_swarmCounts->setContentsMargins(4, 0, 4, 0);
    m_reachability = new ReachabilityLabel(this);
    m_connected = new QLabel(this);
    m_connected->setObjectName(QStringLiteral("connectedLabel"));
    m_connected->setContentsMargins(8, 0, 4, 0);
    addPermanentWidget(m_addressCaption);
    addPermanentWidget(m_address);
    addPermanentWidget(m_swarmCounts);
    addPermanentWidget(m_reachability);
    addPermanentWidget(m_connected);
    // QStatusBar repaints only the message rectangle when a message goes, which leaves the
    // pixels of descenders behind (the "J" of "Joined"); repaint the whole bar instead.
    connect(this, &QStatusBar::messageChanged, this, qOverload<>(&QWidget::update));
    connect(m_address, &AddressLabel::copied, this, [this] { say(tr("Address copied to the clipboard")); });
    retranslate();
}

void MainStatusBar::say(const QString &text)
{
    showMessage(text, kMessageMs);
}

void MainStatusBar::showCounts(const SessionStatus &status)
{
    m_shown = status;
    QString text = tr("%n peer(s) connected", nullptr, status.connected);
    if (status.handshaking > 0)
        text += tr(", %n handshaking", nullptr, status.handshaking);
    m_connected->setText(text);
    m_connected->setAccessibleName(text);
    const QString counts = tr("%n queued", nullptr, status.queued) + QStringLiteral(" · ")
        + tr("%n connecting", nullptr, status.connecting);
    m_swarmCounts->setText(counts);
    m_swarmCounts->setAccessibleName(counts);
    m_swarmCounts->setToolTip(tr("Endpoints waiting in the connection queue, and dials in progress"));
}

void MainStatusBar::showReachability(const ReachabilitySnapshot &reachability)
{
    m_reachability->apply(reachability);
}

void MainStatusBar::retranslate()
{
    m_addressCaption->setText(tr("Your address:"));
    showCounts(m_shown);
}

}  // namespace swarmscope::ui
