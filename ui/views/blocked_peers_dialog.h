#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace swarmscope::ui {

class EngineClient;

// The peers this profile blocked, with a way to unblock them. Until a preferences window exists,
// this is where blocking is undone (File ▸ Blocked Peers…).
class BlockedPeersDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlockedPeersDialog)

public:
    explicit BlockedPeersDialog(EngineClient &engine, QWidget *parent = nullptr);

    QStringList addresses() const;  // as last answered by the engine
    void unblock(const QStringList &addresses);

signals:
    void listChanged();  // the engine's answer arrived and is shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QStringList &addresses);
    void updateButtons();
    void retranslate();

    EngineClient &m_engine;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_unblock;
    QDialogButtonBox *m_buttons;
};

}  // namespace swarmscope::ui
