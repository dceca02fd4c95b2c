#include "connect_dialog.h"

#include "engine_config.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swarmscope::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_edit->setObjectName(QStringLiteral("connectHostPortEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(280);
    m_hint->setObjectName(QStringLiteral("connectHintLabel"));
    m_prompt->setBuddy(m_edit);
    m_buttons->setObjectName(QStringLiteral("connectButtons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    retranslate();
    validate();
}

QString ConnectDialog::hostPort() const
{
    return m_edit->text().trimmed();
}

void ConnectDialog::setHostPort(const QString &text)
{
    m_edit->setText(text);
}

bool ConnectDialog::isValid() const
{
    return HostPort::parse(hostPort()).has_value();
}

void ConnectDialog::validate()
{
    const bool ok = isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setVisible(!ok && !hostPort().isEmpty());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a Peer"));
    m_prompt->setText(tr("&Host and port of the peer:"));
    m_edit->setPlaceholderText(tr("192.0.2.7:40000 or [2001:db8::7]:40000"));
    m_edit->setAccessibleName(tr("Host and port to connect to"));
    m_hint->setText(tr("Expected host:port with a port from 1 to 65535"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
}

}  // namespace swarmscope::ui
