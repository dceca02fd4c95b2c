#include "views/identity_dialog.h"

#include "client/engine_client.h"
#include "crypto/identity_file.h"
#include "format/error_text.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {
QLabel *selectableLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}
}  // namespace

IdentityDialog::IdentityDialog(EngineClient &engine, QWidget *parent) : QDialog(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("identityDialog"));
    auto *form = new QFormLayout;
    m_addressCaption = new QLabel(this);
    m_address = selectableLabel(this, "identityAddress");
    m_fingerprintCaption = new QLabel(this);
    m_fingerprint = selectableLabel(this, "identityFingerprint");
    m_seedCaption = new QLabel(this);
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("identitySeed"));
    m_seed->setReadOnly(true);
    m_seed->setEchoMode(QLineEdit::Password);
    m_showSeed = new QCheckBox(this);
    m_showSeed->setObjectName(QStringLiteral("identityShowSeed"));
    m_copySeed = new QPushButton(this);
    m_copySeed->setObjectName(QStringLiteral("identityCopySeed"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("identityExport"));
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_showSeed);
    seedRow->addWidget(m_copySeed);
    seedRow->addWidget(m_export);
    form->addRow(m_addressCaption, m_address);
    form->addRow(m_fingerprintCaption, m_fingerprint);
    form->addRow(m_seedCaption, seedRow);

    m_importBox = new QGroupBox(this);
    auto *importLayout = new QVBoxLayout(m_importBox);
    m_importEdit = new QLineEdit(m_importBox);
    m_importEdit->setObjectName(QStringLiteral("identityImportEdit"));
    m_importFile = new QPushButton(m_importBox);
    m_importFile->setObjectName(QStringLiteral("identityImportFile"));
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_importEdit, 1);
    importRow->addWidget(m_importFile);
    m_importPreview = new QLabel(m_importBox);
    m_importPreview->setObjectName(QStringLiteral("identityImportPreview"));
    m_understood = new QCheckBox(m_importBox);
    m_understood->setObjectName(QStringLiteral("identityImportUnderstood"));
    m_import = new QPushButton(m_importBox);
    m_import->setObjectName(QStringLiteral("identityImportButton"));
    importLayout->addLayout(importRow);
    importLayout->addWidget(m_importPreview);
    importLayout->addWidget(m_understood);
    importLayout->addWidget(m_import, 0, Qt::AlignRight);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_importBox);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showSeed, &QCheckBox::toggled, this,
            [this](bool on) { m_seed->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_copySeed, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_view.seed);
        setStatus(tr("Seed copied. Anyone who has it can act as you."), false);
    });
    connect(m_export, &QPushButton::clicked, this, &IdentityDialog::chooseExportFile);
    connect(m_importFile, &QPushButton::clicked, this, &IdentityDialog::chooseImportFile);
    connect(m_importEdit, &QLineEdit::textChanged, this, &IdentityDialog::validateImport);
    connect(m_understood, &QCheckBox::toggled, this, &IdentityDialog::validateImport);
    connect(m_import, &QPushButton::clicked, this, &IdentityDialog::startImport);

    retranslate();
    validateImport();
    m_engine.identityView(this, [this](const IdentityView &view) { showIdentity(view); });
}

void IdentityDialog::showIdentity(const IdentityView &view)
{
    m_view = view;
    m_address->setText(view.address);
    m_fingerprint->setText(view.fingerprint);
    m_seed->setText(view.seed);
    validateImport();
}

QString IdentityDialog::statusText() const
{
    return m_status->text();
}

void IdentityDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette colours = palette();
    if (error)
        colours.setColor(QPalette::WindowText, QColor(190, 30, 30));
    m_status->setPalette(colours);
}

bool IdentityDialog::exportTo(const QString &path)
{
    auto identity = identity_file::parse(m_view.seed);
    Status written = identity ? identity_file::write(path, *identity) : Status(identity.error());
    if (!written.ok()) {
        setStatus(tr("Not exported: %1").arg(ErrorText::describe(written.error())), true);
        return false;
    }
    setStatus(tr("Exported to %1. Keep it private: anyone who has it can act as you.").arg(path), false);
    return true;
}

void IdentityDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export identity"), QStringLiteral("identity.seed"));
    if (!path.isEmpty())
        exportTo(path);
}

bool IdentityDialog::loadImportFile(const QString &path)
{
    auto identity = identity_file::read(path);
    if (!identity) {
        setStatus(tr("Not an identity file: %1").arg(identity.error().detail), true);
        return false;
    }
    m_importEdit->setText(identity->encodedSeed());
    return true;
}

void IdentityDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import identity"));
    if (!path.isEmpty())
        loadImportFile(path);
}

void IdentityDialog::validateImport()
{
    const QString text = m_importEdit->text().trimmed();
    auto identity = identity_file::parse(text);
    if (text.isEmpty())
        m_importPreview->setText(tr("Paste a seed string, or load one from a file."));
    else if (!identity)
        m_importPreview->setText(tr("Not a seed string: %1").arg(identity.error().detail));
    else if (identity->address() == m_view.address)
        m_importPreview->setText(tr("This is already your identity."));
    else
        m_importPreview->setText(tr("Identity %1, fingerprint %2").arg(identity->address(), identity->fingerprint()));
    m_import->setEnabled(identity && identity->address() != m_view.address && m_understood->isChecked() && loaded());
}

void IdentityDialog::startImport()
{
    m_import->setEnabled(false);
    m_engine.importIdentity(m_importEdit->text().trimmed(), this, [this](const Result<QString> &result) {
        if (!result) {
            setStatus(tr("Not imported: %1").arg(ErrorText::describe(result.error())), true);
            validateImport();
            return;
        }
        setStatus(tr("Imported %1. Restart Swarmscope to use it; the identity it replaces is kept as "
                     "identity.seed.previous in the profile.")
                      .arg(*result),
                  false);
        m_importEdit->clear();
        m_understood->setChecked(false);
        emit imported(*result);
    });
}

void IdentityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IdentityDialog::retranslate()
{
    setWindowTitle(tr("Identity"));
    m_addressCaption->setText(tr("Address:"));
    m_fingerprintCaption->setText(tr("Fingerprint:"));
    m_seedCaption->setText(tr("Seed:"));
    m_showSeed->setText(tr("Show"));
    m_copySeed->setText(tr("Copy"));
    m_export->setText(tr("Export to file…"));
    m_importBox->setTitle(tr("Import an identity"));
    m_importFile->setText(tr("From file…"));
    m_understood->setText(tr("I will not run this identity anywhere else at the same time: two running copies "
                             "of one identity fight over its connections."));
    m_import->setText(tr("Import"));
    validateImport();
}

}  // namespace swarmscope::ui
