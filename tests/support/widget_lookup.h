#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <QWidget>

namespace swarmscope::test {

// Row of the first item whose data(role) in column equals text, or -1.
inline int rowWhere(const QAbstractItemModel *model, int column, int role, const QString &text)
{
    if (!model)
        return -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data(role).toString() == text)
            return row;
    }
    return -1;
}

// The child of parent with that object name, or null.
template <class T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

}  // namespace swarmscope::test
