#pragma once

#include <QDialog>

class QTreeWidget;

namespace swarmscope::ui {

// Help → Keyboard shortcuts: every action of the window that has a shortcut, plus the keys of
// the chat composer, in a read-only list.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // (action, keys) pairs as shown, in the native text of the keys.
    QList<QPair<QString, QString>> entries() const;
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

}  // namespace swarmscope::ui
