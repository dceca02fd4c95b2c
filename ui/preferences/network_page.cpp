#include "network_page.h"

#include "events/event_types.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace swarmscope::ui {

namespace {

QPlainTextEdit *nodeList(QWidget *parent, const char *name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

}  // namespace

NetworkPage::NetworkPage(QWidget *parent)
    : PreferencesPage(Takes::Restart, "preferencesNetworkPage", parent)
    , m_listenLabel(new QLabel(this))
    , m_portLabel(new QLabel(this))
    , m_interfaceLabel(new QLabel(this))
    , m_bootstrapLabel(new QLabel(this))
    , m_relayNodesLabel(new QLabel(this))
    , m_listenHost(new QLineEdit(this))
    , m_listenPort(new QLineEdit(this))
    , m_lan(new QCheckBox(this))
    , m_dht(new QCheckBox(this))
    , m_portMapping(new QCheckBox(this))
    , m_actAsRelay(new QCheckBox(this))
    , m_lanInterface(new QComboBox(this))
    , m_dhtBootstrap(nodeList(this, "preferencesDhtBootstrap"))
    , m_relayNodes(nodeList(this, "preferencesRelayNodes"))
{
    m_listenHost->setObjectName(QStringLiteral("preferencesListenHost"));
    m_listenPort->setObjectName(QStringLiteral("preferencesListenPort"));
    m_listenPort->setMaximumWidth(m_listenPort->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_lan->setObjectName(QStringLiteral("preferencesLan"));
    m_lanInterface->setObjectName(QStringLiteral("preferencesLanInterface"));
    m_dht->setObjectName(QStringLiteral("preferencesDht"));
    m_portMapping->setObjectName(QStringLiteral("preferencesPortMapping"));
    m_actAsRelay->setObjectName(QStringLiteral("preferencesActAsRelay"));
    m_listenLabel->setBuddy(m_listenHost);
    m_portLabel->setBuddy(m_listenPort);
    m_interfaceLabel->setBuddy(m_lanInterface);
    m_bootstrapLabel->setBuddy(m_dhtBootstrap);
    m_relayNodesLabel->setBuddy(m_relayNodes);

    m_lanInterface->addItem(QString());  // all interfaces; named in retranslate()
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces)
        m_lanInterface->addItem(i.humanReadableName(), i.name());

    auto *listenRow = new QHBoxLayout;
    listenRow->addWidget(m_listenHost, 1);
    listenRow->addWidget(m_portLabel);
    listenRow->addWidget(m_listenPort);
    form()->addRow(m_listenLabel, listenRow);
    form()->addRow(QString(), m_lan);
    form()->addRow(m_interfaceLabel, m_lanInterface);
    form()->addRow(QString(), m_dht);
    form()->addRow(m_bootstrapLabel, m_dhtBootstrap);
    form()->addRow(QString(), m_portMapping);
    form()->addRow(m_relayNodesLabel, m_relayNodes);
    form()->addRow(QString(), m_actAsRelay);
    connect(m_lan, &QCheckBox::toggled, this, &NetworkPage::updateEnabled);
    connect(m_dht, &QCheckBox::toggled, this, &NetworkPage::updateEnabled);
    finishLayout();
}

void NetworkPage::load(const Preferences &preferences)
{
    const EnginePreferences &p = preferences.engine;
    m_listenHost->setText(p.listenHost);
    m_listenPort->setText(QString::number(p.listenPort));
    m_lan->setChecked(p.lan);
    int row = p.lanInterface.isEmpty() ? 0 : m_lanInterface->findData(p.lanInterface);
    if (row < 0) {  // not on this machine now: keep it
        m_lanInterface->addItem(p.lanInterface, p.lanInterface);
        row = m_lanInterface->count() - 1;
    }
    m_lanInterface->setCurrentIndex(row);
    m_dht->setChecked(p.dht);
    m_dhtBootstrap->setPlainText(p.dhtBootstrap.join(QLatin1Char('\n')));
    m_portMapping->setChecked(p.portMapping);
    m_relayNodes->setPlainText(p.relayNodes.join(QLatin1Char('\n')));
    m_actAsRelay->setChecked(p.actAsRelay);
    updateEnabled();
}

std::optional<QString> NetworkPage::store(Preferences &preferences) const
{
    EnginePreferences &p = preferences.engine;
    const QString host = m_listenHost->text().trimmed();
    if (!host.isEmpty() && QHostAddress(host).isNull()) {
        m_listenHost->setFocus();
        return tr("The listen address must be an IP address such as 0.0.0.0 or 127.0.0.1, not '%1'.").arg(host);
    }
    bool ok = false;
    const uint port = m_listenPort->text().trimmed().toUInt(&ok);
    if (!ok || port > 65535) {
        m_listenPort->setFocus();
        return tr("The listen port must be a number from 0 to 65535 (0 = any free port), not '%1'.")
            .arg(m_listenPort->text().trimmed());
    }
    QStringList bootstrap, relays;
    if (auto problem = readNodes(m_dhtBootstrap, tr("DHT bootstrap nodes"), bootstrap))
        return problem;
    if (auto problem = readNodes(m_relayNodes, tr("Relay nodes"), relays))
        return problem;
    p.listenHost = host.isEmpty() ? QStringLiteral("0.0.0.0") : host;
    p.listenPort = int(port);
    p.lan = m_lan->isChecked();
    p.lanInterface = m_lanInterface->currentData().toString();
    p.dht = m_dht->isChecked();
    p.dhtBootstrap = bootstrap;
    p.portMapping = m_portMapping->isChecked();
    p.relayNodes = relays;
    p.actAsRelay = m_actAsRelay->isChecked();
    return std::nullopt;
}

std::optional<QString> NetworkPage::readNodes(QPlainTextEdit *edit, const QString &caption, QStringList &out) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList entries = edit->toPlainText().split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const std::optional<HostPort> node = HostPort::parse(entry);
        if (!node) {
            edit->setFocus();
            return tr("%1: '%2' is not a HOST:PORT address (for example 192.0.2.7:6881).").arg(caption, entry);
        }
        out.append(node->toString());
    }
    return std::nullopt;
}

void NetworkPage::updateEnabled()
{
    m_lanInterface->setEnabled(m_lan->isChecked());
    m_interfaceLabel->setEnabled(m_lan->isChecked());
    m_dhtBootstrap->setEnabled(m_dht->isChecked());
    m_bootstrapLabel->setEnabled(m_dht->isChecked());
}

void NetworkPage::retranslate()
{
    m_listenLabel->setText(tr("&Listen on:"));
    m_listenHost->setToolTip(tr("The IP address peers connect to; 0.0.0.0 means every address of this machine"));
    m_portLabel->setText(tr("&Port:"));
    m_listenPort->setToolTip(tr("TCP port; 0 picks any free port at each start"));
    m_lan->setText(tr("Find peers on the local &network (mDNS)"));
    m_interfaceLabel->setText(tr("&Interface:"));
    m_lanInterface->setItemText(0, tr("All interfaces"));
    m_dht->setText(tr("Find peers worldwide through the &DHT"));
    m_bootstrapLabel->setText(tr("&Bootstrap nodes:"));
    m_dhtBootstrap->setPlaceholderText(tr("One HOST:PORT a line; empty: the public routers"));
    m_portMapping->setText(tr("Ask the router to &forward the port (UPnP, NAT-PMP)"));
    m_relayNodesLabel->setText(tr("&Relay nodes:"));
    m_relayNodes->setPlaceholderText(tr("One HOST:PORT a line, used when peers cannot reach us"));
    m_actAsRelay->setText(tr("Act as a rela&y for peers that cannot reach each other"));
}

}  // namespace swarmscope::ui
