#include "files_page.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace swarmscope::ui {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

int toMiB(qint64 bytes)
{
    return int(std::clamp<qint64>((bytes + kMiB - 1) / kMiB, 1, std::numeric_limits<int>::max()));
}
}  // namespace

FilesPage::FilesPage(QString defaultFolder, QWidget *parent)
    : PreferencesPage(Takes::Effect, "preferencesFilesPage", parent)
    , m_defaultFolder(std::move(defaultFolder))
    , m_folderLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_maxSize(new QSpinBox(this))
{
    m_folder->setObjectName(QStringLiteral("preferencesDownloadDir"));
    m_folder->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("preferencesDownloadDirBrowse"));
    m_maxSize->setObjectName(QStringLiteral("preferencesMaxFileSize"));
    m_maxSize->setRange(1, std::numeric_limits<int>::max());
    m_maxSize->setGroupSeparatorShown(true);
    m_folderLabel->setBuddy(m_folder);
    m_sizeLabel->setBuddy(m_maxSize);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    form()->addRow(m_folderLabel, folderRow);
    form()->addRow(m_sizeLabel, m_maxSize);
    connect(m_browse, &QPushButton::clicked, this, &FilesPage::chooseFolder);
    finishLayout();
}

void FilesPage::load(const Preferences &preferences)
{
    m_folder->setText(QDir::toNativeSeparators(preferences.engine.downloadDir));
    m_loadedBytes = preferences.engine.maxFileSize;
    m_maxSize->setValue(toMiB(m_loadedBytes));
}

std::optional<QString> FilesPage::store(Preferences &preferences) const
{
    const QString folder = m_folder->text().trimmed();
    if (!folder.isEmpty() && QFileInfo(folder).isRelative()) {
        m_folder->setFocus();
        return tr("The download folder must be a full path, not '%1'.").arg(folder);
    }
    if (!folder.isEmpty() && QFileInfo::exists(folder) && !QFileInfo(folder).isDir()) {
        m_folder->setFocus();
        return tr("The download folder '%1' is a file.").arg(folder);
    }
    preferences.engine.downloadDir = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    preferences.engine.maxFileSize =
        m_maxSize->value() == toMiB(m_loadedBytes) ? m_loadedBytes : qint64(m_maxSize->value()) * kMiB;
    return std::nullopt;
}

void FilesPage::chooseFolder()
{
    const QString start = m_folder->text().trimmed().isEmpty() ? m_defaultFolder : m_folder->text().trimmed();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Download folder"), start);
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void FilesPage::retranslate()
{
    m_folderLabel->setText(tr("&Download folder:"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(m_defaultFolder));
    m_browse->setText(tr("&Browse…"));
    m_sizeLabel->setText(tr("&Largest file accepted:"));
    m_maxSize->setSuffix(tr(" MiB"));
    m_maxSize->setToolTip(tr("Offers of larger files are refused"));
}

}  // namespace swarmscope::ui
