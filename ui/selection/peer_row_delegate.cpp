#include "selection/peer_row_delegate.h"

#include "models/roles.h"

#include <QPalette>

namespace swarmscope::ui {

namespace {
constexpr qreal kWash = 0.28;  // share of the highlight colour in a marked row

QColor mix(const QColor &under, const QColor &over, qreal share)
{
    return QColor::fromRgbF(float(under.redF() * (1 - share) + over.redF() * share),
                            float(under.greenF() * (1 - share) + over.greenF() * share),
                            float(under.blueF() * (1 - share) + over.blueF() * share));
}
}  // namespace

bool PeerRowDelegate::isMarked(const QModelIndex &index) const
{
    return !m_peer.isEmpty() && index.siblingAtColumn(0).data(Roles::PeerAddress).toString() == m_peer;
}

void PeerRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isMarked(index))
        return;
    // A translucent model tint (the packet list's in/out colours) is first laid over the base.
    const QColor base = option->palette.color(QPalette::Base);
    QColor under = base;
    if (option->backgroundBrush.style() != Qt::NoBrush) {
        const QColor tint = option->backgroundBrush.color();
        under = mix(base, tint, tint.alphaF());
    }
    option->backgroundBrush = mix(under, option->palette.color(QPalette::Highlight), kWash);
}

}  // namespace swarmscope::ui
