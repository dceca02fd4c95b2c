#pragma once

#include <QStyledItemDelegate>

namespace swarmscope::ui {

// Tints the rows about one peer (Roles::PeerAddress) with a light wash of the palette's
// highlight colour, over whatever background the model gives them.
class PeerRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRowDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setPeer(const QString &address) { m_peer = address; }
    QString peer() const { return m_peer; }
    bool isMarked(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString m_peer;
};

}  // namespace swarmscope::ui
