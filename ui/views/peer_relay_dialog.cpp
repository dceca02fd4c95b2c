#include "peer_relay_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace swarmscope::ui {

PeerRelayDialog::PeerRelayDialog(QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("peerRelayDialog"));
    m_edit->setObjectName(QStringLiteral("peerRelayBootstrapEdit"));
    m_prompt->setBuddy(m_edit);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PeerRelayDialog::validate);
    retranslate();
    validate();
}

bool PeerRelayDialog::isBootstrapUrl(const QString &text)
{
    const QUrl u(text.trimmed(), QUrl::StrictMode);
    return u.isValid() && u.scheme() == QLatin1String("ws") && !u.host().isEmpty() && u.port() > 0;
}

QStringList PeerRelayDialog::bootstrapUrls() const
{
    QStringList out;
    for (const QString &line : m_edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

void PeerRelayDialog::setBootstrapUrls(const QStringList &urls)
{
    m_edit->setPlainText(urls.join(QLatin1Char('\n')));
}

bool PeerRelayDialog::isValid() const
{
    const QStringList urls = bootstrapUrls();
    return !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), &PeerRelayDialog::isBootstrapUrl);
}

void PeerRelayDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

void PeerRelayDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PeerRelayDialog::retranslate()
{
    setWindowTitle(tr("Add peer-relay network"));
    m_prompt->setText(tr("&Bootstrap peers (one WebSocket URL per line):"));
    m_edit->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8001"));
    m_edit->setAccessibleName(tr("Bootstrap URLs"));
    m_hint->setText(tr("Peers of a peer-relay network (the npm package peer-relay) that accept WebSocket "
                       "connections, written ws://host:port."));
}

}  // namespace swarmscope::ui
