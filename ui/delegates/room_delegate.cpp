#include "room_delegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace swarmscope::ui {

namespace {
constexpr int kPadding = 8;
constexpr int kLineGap = 2;
}  // namespace

RoomDelegate::RoomDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

QSize RoomDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int height = QFontMetrics(option.font).height() + kLineGap + QFontMetrics(small).height() + 2 * kPadding;
    return {160, height};
}

void RoomDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus come from the style; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString name = index.data(Qt::DisplayRole).toString();
    const int members = index.data(Roles::MemberCount).toInt();
    const int connected = index.data(Roles::ConnectedCount).toInt();
    const int unread = index.data(Roles::Unread).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subColor = textColor;
    subColor.setAlphaF(0.65f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    QFont nameFont = opt.font;
    nameFont.setBold(unread > 0);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);

    if (unread > 0) {
        const QString badge = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const QFontMetrics bfm(badgeFont);
        const int h = bfm.height() + 2;
        const int w = std::max(h, bfm.horizontalAdvance(badge) + h / 2 + 2);
        const QRect pill(area.right() - w + 1, area.top() + (area.height() - h) / 2, w, h);
        QPainterPath path;
        path.addRoundedRect(pill, h / 2.0, h / 2.0);
        painter->fillPath(path,
                          selected ? opt.palette.color(group, QPalette::HighlightedText)
                                   : opt.palette.color(group, QPalette::Highlight));
        painter->setFont(badgeFont);
        painter->setPen(selected ? opt.palette.color(group, QPalette::Highlight)
                                 : opt.palette.color(group, QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, badge);
        area.setRight(pill.left() - kPadding);
    }

    const QFontMetrics nfm(nameFont);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(QRect(area.left(), area.top(), area.width(), nfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nfm.elidedText(name, Qt::ElideRight, area.width()));

    // Conversations show their newest message instead of member counts.
    // Rooms of a compatibility backend say which swarm they are in.
    const QVariant body = index.data(Roles::Body);
    const QString backend = index.data(Roles::Backend).toString();
    const QString subtitle = body.isValid()
        ? body.toString().simplified()
        : (backend.isEmpty() ? QString() : backend + QStringLiteral(" · ")) + tr("%n member(s)", nullptr, members)
            + (connected > 0 ? tr(" · %n connected", nullptr, connected) : QString());
    const QFontMetrics sfm(small);
    painter->setFont(small);
    painter->setPen(subColor);
    painter->drawText(QRect(area.left(), area.top() + nfm.height() + kLineGap, area.width(), sfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(subtitle, Qt::ElideRight, area.width()));
    painter->restore();
}

}  // namespace swarmscope::ui
