#pragma once

#include "preferences_page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace swarmscope::ui {

// Network: the listen address and port, LAN discovery and its interface, the DHT and its
// bootstrap nodes, port mapping, relay nodes and relaying for others. Read at start.
class NetworkPage final : public PreferencesPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    explicit NetworkPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Network"); }
    void load(const Preferences &preferences) override;
    std::optional<QString> store(Preferences &preferences) const override;

protected:
    void retranslate() override;

private:
    // host:port entries, one a line (commas work too); a bad one is reported by caption.
    std::optional<QString> readNodes(QPlainTextEdit *edit, const QString &caption, QStringList &out) const;
    void updateEnabled();

    QLabel *m_listenLabel, *m_portLabel, *m_interfaceLabel, *m_bootstrapLabel, *m_relayNodesLabel;
    QLineEdit *m_listenHost, *m_listenPort;
    QCheckBox *m_lan, *m_dht, *m_portMapping, *m_actAsRelay;
    QComboBox *m_lanInterface;
    QPlainTextEdit *m_dhtBootstrap, *m_relayNodes;
};

}  // namespace swarmscope::ui
