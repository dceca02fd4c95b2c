#include "identicon.h"

#include <QCryptographicHash>
#include <QPainter>
#include <QPixmapCache>

#include <cmath>

namespace swarmscope::ui {

Identicon::Pattern Identicon::pattern(const QString &address)
{
    // A hash spreads neighbouring addresses apart; the address stands for the key one to one.
    const QByteArray h = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&h](int i) { return quint8(h.at(i)); };
    Pattern p;
    int bit = 0;
    for (int row = 0; row < kGrid; ++row) {
        for (int col = 0; col <= kGrid / 2; ++col, ++bit) {
            const bool on = (byte(bit / 8) >> (bit % 8)) & 1;
            p.cells[std::size_t(row)][std::size_t(col)] = on;
            p.cells[std::size_t(row)][std::size_t(kGrid - 1 - col)] = on;
        }
    }
    const int hue = ((byte(4) << 8) | byte(5)) % 360;
    const int saturation = 140 + byte(6) % 80;  // clear colours, never grey
    const int lightness = 90 + byte(7) % 50;  // dark enough to read on the pale ground
    p.foreground = QColor::fromHsl(hue, saturation, lightness);
    p.background = QColor::fromHsl(hue, 60, 236);
    return p;
}

QImage Identicon::image(const QString &address, int size)
{
    size = std::max(size, kGrid);
    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    const Pattern p = pattern(address);
    out.fill(p.background);
    // Whole-pixel cells and an even margin on both sides keep the picture exactly symmetric.
    int cell = std::max(1, size / (kGrid + 1));
    if ((size - kGrid * cell) % 2 != 0)
        cell = cell > 1 ? cell - 1 : cell + 1;
    const int margin = (size - kGrid * cell) / 2;
    QPainter painter(&out);
    for (int row = 0; row < kGrid; ++row) {
        for (int col = 0; col < kGrid; ++col) {
            if (p.cells[std::size_t(row)][std::size_t(col)])
                painter.fillRect(margin + col * cell, margin + row * cell, cell, cell, p.foreground);
        }
    }
    return out;
}

QPixmap Identicon::pixmap(const QString &address, int size, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("identicon:%1:%2:%3").arg(address).arg(size).arg(devicePixelRatio);
    QPixmap out;
    if (QPixmapCache::find(key, &out))
        return out;
    out = QPixmap::fromImage(image(address, int(std::lround(size * devicePixelRatio))));
    out.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, out);
    return out;
}

}  // namespace swarmscope::ui
