#include "color_scheme.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace swarmscope::ui {

ColorScheme::ColorScheme(QWidget *watched) : QObject(watched), m_watched(watched), m_dark(isDark(watched->palette()))
{
    watched->installEventFilter(this);
}

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool ColorScheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
        const bool dark = isDark(m_watched->palette());
        if (dark != m_dark) {
            m_dark = dark;
            emit changed(dark);
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace swarmscope::ui
