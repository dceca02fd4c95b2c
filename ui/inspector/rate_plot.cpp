#include "inspector/rate_plot.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace swarmscope::ui {

RatePlot::RatePlot(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(160, 80);
}

void RatePlot::setLines(const QList<Line> &lines)
{
    m_lines = lines;
    update();
}

void RatePlot::setWindow(RateSeries::Window window)
{
    m_window = window;
    update();
}

void RatePlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF plot = QRectF(rect()).adjusted(4, 18, -4, -4);
    p.setPen(palette().mid().color());
    p.drawRect(plot);
    qint64 end = 0;
    double peak = 0;
    for (const Line &l : std::as_const(m_lines)) {
        if (!l.series)
            continue;
        end = std::max(end, l.series->lastTimeMs());
        peak = std::max(peak, l.series->maximum(m_window));
    }
    const qint64 span = RateSeries::spanMs(m_window);
    const qint64 start = end - span;
    p.setPen(palette().text().color());
    QString legend = m_unit.isEmpty() ? QString() : tr("peak %1 %2").arg(peak, 0, 'f', peak < 10 ? 1 : 0).arg(m_unit);
    p.drawText(QRectF(rect()).adjusted(4, 0, -4, 0), Qt::AlignTop | Qt::AlignRight, legend);
    double x = 4;
    for (const Line &l : std::as_const(m_lines)) {
        p.setPen(l.color);
        p.drawText(QPointF(x, 13), l.name);
        x += p.fontMetrics().horizontalAdvance(l.name) + 12;
    }
    if (peak <= 0 || end == 0)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    for (const Line &l : std::as_const(m_lines)) {
        if (!l.series)
            continue;
        QPainterPath path;
        bool first = true;
        for (const RateSeries::Point &pt : l.series->points(m_window)) {
            if (pt.timeMs < start)
                continue;
            const QPointF q(plot.left() + plot.width() * double(pt.timeMs - start) / double(span),
                            plot.bottom() - plot.height() * (pt.value / peak));
            first ? path.moveTo(q) : path.lineTo(q);
            first = false;
        }
        p.setPen(QPen(l.color, 1.5));
        p.drawPath(path);
    }
}

}  // namespace swarmscope::ui
