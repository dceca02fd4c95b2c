#include "chat_message_delegate.h"

#include "models/roles.h"
#include "snapshots.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextCharFormat>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace swarmscope::ui {

namespace {

constexpr int kOuterH = 12;  // gap between bubble and view edge
constexpr int kOuterV = 4;  // gap between bubbles
constexpr int kInnerH = 10;  // bubble padding
constexpr int kInnerV = 6;
constexpr int kHeaderGap = 2;  // between the header line and the text
constexpr qreal kRadius = 9.0;
constexpr double kMaxWidthShare = 0.75;
constexpr int kAvatarGap = 4;  // between the author's identicon and their name

// Wraps at word boundaries and, for long tokens such as addresses, anywhere.
struct WrappedText {
    qreal width = 0;
    qreal height = 0;
};

WrappedText wrap(QTextLayout &layout, const QString &text, const QFont &font, qreal maxWidth,
                 const QList<QTextLayout::FormatRange> &formats = {})
{
    layout.setText(text);
    layout.setFont(font);
    layout.setFormats(formats);  // before the layout: setting them later drops the lines
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    WrappedText out;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(maxWidth);
        line.setPosition(QPointF(0, out.height));
        out.height += line.height();
        out.width = std::max(out.width, line.naturalTextWidth());
    }
    layout.endLayout();
    return out;
}

QString deliveryMark(int state)
{
    switch (DeliveryState(state)) {
    case DeliveryState::Sending: return QStringLiteral("◷");  // a clock: waiting for the recipient
    case DeliveryState::Sent: return QStringLiteral("✓");
    case DeliveryState::Delivered: return QStringLiteral("✓✓");
    case DeliveryState::Received: break;
    }
    return {};
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

}  // namespace

struct ChatMessageDelegate::Geometry {
    QFont bodyFont;
    QFont headerFont;
    QString header;
    QString body;
    bool own = false;
    QSizeF textSize;
    int headerHeight = 0;
    int headerWidth = 0;
    QPixmap avatar;  // the author's identicon (others' messages)
    int avatarSide = 0;  // as tall as the header line, 0 without one
    QSize bubble;  // without the outer margins
};

ChatMessageDelegate::ChatMessageDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view)
{}

ChatMessageDelegate::Geometry ChatMessageDelegate::layout(const QStyleOptionViewItem &option,
                                                          const QModelIndex &index) const
{
    Geometry g;
    g.own = index.data(Roles::Own).toBool();
    g.body = index.data(Roles::Body).toString();
    const QString author = index.data(Roles::Author).toString();
    const QString time = index.sibling(index.row(), 0).data(Qt::DisplayRole).toString();
    const QString mark = g.own ? deliveryMark(index.data(Roles::Delivery).toInt()) : QString();
    g.header = author + QStringLiteral("  ") + time + (mark.isEmpty() ? QString() : QStringLiteral("  ") + mark);

    g.bodyFont = option.font;
    g.headerFont = option.font;
    g.headerFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    g.headerFont.setBold(true);

    const int viewWidth = m_view ? m_view->viewport()->width() : option.rect.width();
    const int maxBubble = std::max(120, int(viewWidth * kMaxWidthShare) - 2 * kOuterH);
    const int maxText = maxBubble - 2 * kInnerH;

    QTextLayout textLayout;
    const WrappedText wrapped = wrap(textLayout, g.body, g.bodyFont, maxText);
    g.textSize = QSizeF(wrapped.width, wrapped.height);
    const QFontMetrics hfm(g.headerFont);
    g.avatar = index.data(Qt::DecorationRole).value<QPixmap>();
    // Drawn at its own size: the pattern's cells stay whole pixels.
    g.avatarSide = g.avatar.isNull() ? 0 : int(g.avatar.deviceIndependentSize().height());
    g.headerHeight = std::max(hfm.height(), g.avatarSide);
    const int avatarWidth = g.avatarSide ? g.avatarSide + kAvatarGap : 0;
    // One pixel spare: the advance is rounded, and eliding at the exact width can cut the time.
    g.headerWidth = std::min(maxText, avatarWidth + hfm.horizontalAdvance(g.header) + 1);
    const int inner = std::max(int(std::ceil(wrapped.width)), g.headerWidth);
    g.bubble = QSize(inner + 2 * kInnerH, g.headerHeight + kHeaderGap + int(std::ceil(wrapped.height)) + 2 * kInnerV);
    return g;
}

QSize ChatMessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Geometry g = layout(opt, index);
    const int viewWidth = m_view ? m_view->viewport()->width() : g.bubble.width() + 2 * kOuterH;
    return {std::max(viewWidth, g.bubble.width() + 2 * kOuterH), g.bubble.height() + 2 * kOuterV};
}

void ChatMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Geometry g = layout(opt, index);
    const QPalette &pal = opt.palette;

    const int x = g.own ? opt.rect.right() - kOuterH - g.bubble.width() + 1 : opt.rect.left() + kOuterH;
    const QRect bubble(QPoint(x, opt.rect.top() + kOuterV), g.bubble);

    QColor fill;
    QColor text;
    if (g.own) {
        fill = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.85);
        text = pal.color(QPalette::HighlightedText);
    } else {
        fill = blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08);
        text = pal.color(QPalette::Text);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const bool match = index.data(Roles::SearchMatch).toBool();
    if (match) {
        // A warm tint that reads as "found" in light and dark palettes alike.
        fill = blend(fill, QColor(255, 200, 40), g.own ? 0.35 : 0.45);
        if (!g.own)
            text = QColor(20, 20, 20);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(path, fill);
    if (selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight).darker(130), 1.5));
        painter->drawPath(path);
    }

    QColor headerColor = text;
    headerColor.setAlphaF(0.7f);
    painter->setFont(g.headerFont);
    painter->setPen(headerColor);
    const QRect headerRect(bubble.left() + kInnerH, bubble.top() + kInnerV, bubble.width() - 2 * kInnerH,
                           g.headerHeight);
    QRect nameRect = headerRect;
    if (g.avatarSide > 0) {
        painter->drawPixmap(QPoint(headerRect.left(), headerRect.top() + (headerRect.height() - g.avatarSide) / 2),
                            g.avatar);
        nameRect.setLeft(headerRect.left() + g.avatarSide + kAvatarGap);
    }
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(g.headerFont).elidedText(g.header, Qt::ElideRight, nameRect.width()));

    QList<QTextLayout::FormatRange> ranges;
    if (match && !m_searchTerm.isEmpty()) {
        QTextCharFormat found;
        found.setBackground(QColor(255, 225, 80));
        found.setForeground(QColor(0, 0, 0));
        for (qsizetype at = g.body.indexOf(m_searchTerm, 0, Qt::CaseInsensitive); at >= 0;
             at = g.body.indexOf(m_searchTerm, at + m_searchTerm.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(m_searchTerm.size()), found});
    }
    QTextLayout textLayout;
    wrap(textLayout, g.body, g.bodyFont, bubble.width() - 2 * kInnerH, ranges);
    painter->setPen(text);
    textLayout.draw(painter, QPointF(bubble.left() + kInnerH, headerRect.bottom() + 1 + kHeaderGap));
    painter->restore();
}

}  // namespace swarmscope::ui
