#pragma once

#include <QStyledItemDelegate>

namespace swarmscope::ui {

// A room row: name, a member line underneath and an unread badge on the right.
class RoomDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomDelegate)

public:
    explicit RoomDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace swarmscope::ui
