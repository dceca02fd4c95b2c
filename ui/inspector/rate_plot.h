#pragma once

#include "stats/rate_series.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace swarmscope::ui {

// Paints a few RateSeries as lines over a time axis (five minutes or an hour), with the peak
// value as the scale. It only paints; the maths lives in RateSeries.
class RatePlot final : public QWidget {
    Q_OBJECT

public:
    struct Line {
        QString name;
        QColor color;
        const RateSeries *series = nullptr;
    };
    explicit RatePlot(QWidget *parent = nullptr);
    void setLines(const QList<Line> &lines);
    void setWindow(RateSeries::Window window);
    void setUnit(const QString &unit)
    {
        m_unit = unit;
        update();
    }
    RateSeries::Window window() const { return m_window; }
    QSize sizeHint() const override { return {360, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Line> m_lines;
    RateSeries::Window m_window = RateSeries::Window::FiveMinutes;
    QString m_unit;
};

}  // namespace swarmscope::ui
