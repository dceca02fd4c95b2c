#pragma once

#include <QColor>
#include <QObject>

class QPalette;
class QWidget;

namespace swarmscope::ui {

// Light or dark, as the system's palette says (Qt 6.4 has no QStyleHints::colorScheme): dark when
// the window background is darker than its text. Watches a widget for palette changes (the
// system theme switching) and tells whoever paints custom colors.
class ColorScheme final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorScheme)

public:
    explicit ColorScheme(QWidget *watched);

    static bool isDark(const QPalette &palette);
    bool dark() const { return m_dark; }

    // Custom colors that read well on either background.
    static QColor errorText(bool dark) { return dark ? QColor(255, 128, 120) : QColor(176, 0, 32); }
    static QColor inboundTint(bool dark) { return dark ? QColor(60, 120, 200, 60) : QColor(60, 120, 200, 30); }
    static QColor outboundTint(bool dark) { return dark ? QColor(90, 170, 90, 60) : QColor(90, 170, 90, 30); }

signals:
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_watched;
    bool m_dark;
};

}  // namespace swarmscope::ui
