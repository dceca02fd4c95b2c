#include "inspector/edge_raster.h"

#include <cmath>
#include <cstdlib>

namespace swarmscope::ui {

EdgeRaster::EdgeRaster(QImage &image)
    : m_image(image)
    , m_bits(image.bits())
    , m_stride(image.bytesPerLine())
    , m_width(image.width())
    , m_height(image.height())
{
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_RGB32);
}

bool EdgeRaster::clip(double &x0, double &y0, double &x1, double &y1) const
{
    // Liang-Barsky against [0, width - 1] x [0, height - 1].
    if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1))
        return false;
    const double dx = x1 - x0, dy = y1 - y0;
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0, (m_width - 1) - x0, y0, (m_height - 1) - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;  // parallel to this edge and outside it
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 += t0 * dx;
    y0 += t0 * dy;
    return true;
}

QRgb EdgeRaster::blend(QRgb premultiplied, uint alpha, QRgb under)
{
    // Source over, on premultiplied channels: dst = src + dst * (255 - alpha) / 255, two
    // channels per multiplication, rounded the way QPainter's own blending rounds.
    const uint inverse = 255 - alpha;
    uint redBlue = (under & 0x00ff00ffu) * inverse;
    redBlue = ((redBlue + ((redBlue >> 8) & 0x00ff00ffu) + 0x00800080u) >> 8) & 0x00ff00ffu;
    uint alphaGreen = ((under >> 8) & 0x00ff00ffu) * inverse;
    alphaGreen = (alphaGreen + ((alphaGreen >> 8) & 0x00ff00ffu) + 0x00800080u) & 0xff00ff00u;
    return premultiplied + (redBlue | alphaGreen);
}

void EdgeRaster::line(QPointF from, QPointF to, QRgb color)
{
    double x0 = from.x(), y0 = from.y(), x1 = to.x(), y1 = to.y();
    if (m_width <= 0 || m_height <= 0 || !clip(x0, y0, x1, y1))
        return;
    const uint alpha = uint(qAlpha(color));
    if (alpha == 0)
        return;
    const QRgb premultiplied = qPremultiply(color);
    // Bresenham between the clipped ends, rounded to pixel centres (both inside the image).
    int ix0 = int(std::lround(x0)), iy0 = int(std::lround(y0));
    const int ix1 = int(std::lround(x1)), iy1 = int(std::lround(y1));
    const int dx = std::abs(ix1 - ix0), sx = ix0 < ix1 ? 1 : -1;
    const int dy = -std::abs(iy1 - iy0), sy = iy0 < iy1 ? 1 : -1;
    int err = dx + dy;
    const bool opaque = alpha == 255;
    for (;;) {
        auto *pixel = reinterpret_cast<QRgb *>(m_bits + iy0 * m_stride) + ix0;
        *pixel = opaque ? premultiplied : blend(premultiplied, alpha, *pixel);
        if (ix0 == ix1 && iy0 == iy1)
            break;
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            ix0 += sx;
        }
        if (e2 <= dx) {
            err += dx;
            iy0 += sy;
        }
    }
}

}  // namespace swarmscope::ui
