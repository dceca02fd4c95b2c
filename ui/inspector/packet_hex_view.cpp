#include "packet_hex_view.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace swarmscope::ui {

PacketHexView::PacketHexView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void PacketHexView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    setPlainText(dump(bytes));
}

QString PacketHexView::dump(const QByteArray &bytes, qsizetype maxBytes)
{
    static const char kHex[] = "0123456789abcdef";
    const qsizetype shown = std::min(bytes.size(), maxBytes);
    QString out;
    out.reserve((shown / 16 + 2) * 78);
    for (qsizetype line = 0; line < shown; line += 16) {
        out += QStringLiteral("%1  ").arg(quint64(line), 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < shown) {
                const auto b = uchar(bytes.at(line + i));
                out += QLatin1Char(kHex[b >> 4]);
                out += QLatin1Char(kHex[b & 0xf]);
                out += QLatin1Char(' ');
                ascii += (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    if (bytes.size() > shown)
        out += QCoreApplication::translate("PacketHexView", "… %n more byte(s)", nullptr, int(bytes.size() - shown));
    return out;
}

}  // namespace swarmscope::ui
