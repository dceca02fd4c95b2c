#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace swarmscope::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);

    QList<QPair<QString, QString>> rows;
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QStringLiteral("…"));
        QStringList keyTexts;
        for (const QKeySequence &k : keys)
            keyTexts.append(k.toString(QKeySequence::NativeText));
        const QString key = keyTexts.join(QStringLiteral(", "));
        if (name.isEmpty() || seen.contains(name + key))
            continue;
        seen.insert(name + key);
        rows.append({name, key});
    }
    std::sort(rows.begin(), rows.end());
    rows.append({tr("Send the message"), tr("Enter")});
    rows.append({tr("Move between panels"), tr("Tab, Shift+Tab")});
    for (const auto &[name, key] : rows)
        new QTreeWidgetItem(m_list, {name, key});
    m_list->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 420);
}

QList<QPair<QString, QString>> ShortcutsDialog::entries() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out.append({m_list->topLevelItem(i)->text(0), m_list->topLevelItem(i)->text(1)});
    return out;
}

}  // namespace swarmscope::ui
