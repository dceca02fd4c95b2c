#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace swarmscope::ui {

// "Add peer-relay network": the WebSocket URLs of peers already in it, one per line. OK is
// enabled only when every line is a ws://host:port URL.
class PeerRelayDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRelayDialog)

public:
    explicit PeerRelayDialog(QWidget *parent = nullptr);

    QStringList bootstrapUrls() const;
    void setBootstrapUrls(const QStringList &urls);
    bool isValid() const;
    static bool isBootstrapUrl(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QLabel *m_prompt;
    QPlainTextEdit *m_edit;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

}  // namespace swarmscope::ui
