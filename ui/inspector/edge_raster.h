#pragma once

#include <QImage>
#include <QPointF>
#include <QRgb>

namespace swarmscope::ui {

// Draws one-pixel lines straight into a 32-bit premultiplied image. A large swarm graph has
// thousands of edges, and QPainter's cosmetic lines cost about ten times as much
// (docs/BENCHMARKS.md, "Inspector figures"); antialiasing is off at that size anyway. Lines are
// clipped to the image first, so an endpoint far off screen costs nothing.
class EdgeRaster final {
public:
    explicit EdgeRaster(QImage &image);  // Format_ARGB32_Premultiplied (or RGB32, opaque colours only)

    void line(QPointF from, QPointF to, QRgb color);  // color not premultiplied; alpha < 255 blends

private:
    bool clip(double &x0, double &y0, double &x1, double &y1) const;  // false if nothing is inside
    static QRgb blend(QRgb premultiplied, uint alpha, QRgb under);

    QImage &m_image;
    uchar *m_bits = nullptr;
    qsizetype m_stride = 0;
    int m_width = 0, m_height = 0;
};

}  // namespace swarmscope::ui
