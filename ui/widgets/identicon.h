#pragma once

#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QString>

#include <array>

namespace swarmscope::ui {

// A small picture drawn from a peer's address (which encodes its public key): a 5×5 grid,
// mirrored left to right, in a colour taken from the key. Two names that look alike get
// pictures that do not, so a look-alike name is easy to tell apart at a glance.
class Identicon final {
public:
    static constexpr int kGrid = 5;

    struct Pattern {
        std::array<std::array<bool, kGrid>, kGrid> cells{};  // [row][column]
        QColor foreground;
        QColor background;
    };

    // The same address always gives the same pattern; only the left three columns are free.
    static Pattern pattern(const QString &address);
    // size × size pixels, drawn without anti-aliasing so the halves mirror exactly.
    static QImage image(const QString &address, int size);
    // Cached per address, size and pixel ratio: views ask for it on every paint.
    static QPixmap pixmap(const QString &address, int size, qreal devicePixelRatio = 1.0);
};

}  // namespace swarmscope::ui
