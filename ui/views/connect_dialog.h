#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace swarmscope::ui {

// Asks for a host:port to dial; OK is enabled only for something the engine can parse.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QString hostPort() const;
    void setHostPort(const QString &text);
    bool isValid() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QLabel *m_prompt;
    QLineEdit *m_edit;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

}  // namespace swarmscope::ui
