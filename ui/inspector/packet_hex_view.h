#pragma once

#include <QPlainTextEdit>

namespace swarmscope::ui {

// A read-only hex dump: offset, 16 bytes in hex, the same bytes as ASCII (dots for the rest).
class PacketHexView final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketHexView)

public:
    static constexpr qsizetype kMaxShownBytes = 64 * 1024;

    explicit PacketHexView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }
    // The dump text for bytes, as shown (also used by "copy as hex dump").
    static QString dump(const QByteArray &bytes, qsizetype maxBytes = kMaxShownBytes);

private:
    QByteArray m_bytes;
};

}  // namespace swarmscope::ui
