#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace swarmscope::ui {

// Paints a chat message as a bubble: ours on the right in the highlight colour, everybody
// else's on the left. Heights depend on the view's width, so the delegate knows its view.
class ChatMessageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatMessageDelegate)

public:
    explicit ChatMessageDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Occurrences of term in the messages marked as search matches are highlighted.
    void setSearchTerm(const QString &term) { m_searchTerm = term; }
    const QString &searchTerm() const { return m_searchTerm; }

private:
    struct Geometry;
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QAbstractItemView *m_view;
    QString m_searchTerm;
};

}  // namespace swarmscope::ui
