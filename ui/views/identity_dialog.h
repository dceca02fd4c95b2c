#pragma once

#include "client/engine_views.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace swarmscope::ui {

class EngineClient;

// The identity: address and fingerprint to compare with others, the seed string (hidden until
// asked for) to copy or export as a file, and an import that makes another seed this profile's
// identity from the next start. Importing asks the user to confirm they will not run the same
// identity twice: two running copies of one identity fight over its connections.
class IdentityDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityDialog)

public:
    explicit IdentityDialog(EngineClient &engine, QWidget *parent = nullptr);

    bool loaded() const { return !m_view.address.isEmpty(); }
    QString address() const { return m_view.address; }
    QString fingerprint() const { return m_view.fingerprint; }
    // Writes the seed to path (mode 0600); the outcome is shown in the status line.
    bool exportTo(const QString &path);
    // Fills the import field from a seed file; a file that is not one is refused with a message.
    bool loadImportFile(const QString &path);
    QString statusText() const;

signals:
    void imported(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showIdentity(const IdentityView &view);
    void validateImport();
    void startImport();
    void chooseExportFile();
    void chooseImportFile();
    void setStatus(const QString &text, bool error);
    void retranslate();

    EngineClient &m_engine;
    IdentityView m_view;
    QLabel *m_addressCaption, *m_address, *m_fingerprintCaption, *m_fingerprint, *m_seedCaption;
    QLineEdit *m_seed;
    QCheckBox *m_showSeed;
    QPushButton *m_copySeed, *m_export;
    QGroupBox *m_importBox;
    QLineEdit *m_importEdit;
    QPushButton *m_importFile, *m_import;
    QLabel *m_importPreview;
    QCheckBox *m_understood;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

}  // namespace swarmscope::ui
