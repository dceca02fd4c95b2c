#pragma once

#include "preferences_page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace swarmscope::ui {

// Files: where accepted files land and the largest file accepted. Applied to the running engine.
class FilesPage final : public PreferencesPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesPage)

public:
    // defaultFolder: where files land when no folder is chosen (shown as the placeholder).
    explicit FilesPage(QString defaultFolder, QWidget *parent = nullptr);

    QString title() const override { return tr("Files"); }
    void load(const Preferences &preferences) override;
    std::optional<QString> store(Preferences &preferences) const override;

protected:
    void retranslate() override;

private:
    void chooseFolder();

    QString m_defaultFolder;
    qint64 m_loadedBytes = 0;  // kept when the MiB shown are not changed (a size set in bytes by hand)
    QLabel *m_folderLabel, *m_sizeLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QSpinBox *m_maxSize;
};

}  // namespace swarmscope::ui
