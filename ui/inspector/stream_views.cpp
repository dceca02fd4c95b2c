#include "stream_views.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace swarmscope::ui {

namespace {
const QString kIncomplete = QStringLiteral("(incomplete)");
const QString kMore = QStringLiteral("(more)");

// Unsigned LEB128 from bytes at pos; advances pos. False if it runs out or exceeds 5 bytes.
bool readVarint(const QByteArray &bytes, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 35 && pos < bytes.size(); shift += 7) {
        const auto byte = quint8(bytes.at(pos++));
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

QCborArray lines(const QByteArray &bytes, bool json)
{
    QCborArray out;
    qsizetype start = 0;
    while (start < bytes.size() && out.size() < kMaxStreamItems) {
        const qsizetype nl = bytes.indexOf('\n', start);
        QByteArray line = bytes.mid(start, nl < 0 ? -1 : nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!json) {
            out.append(nl < 0 ? QCborValue(QCborMap{{kIncomplete, QString::fromUtf8(line)}})
                              : QCborValue(QString::fromUtf8(line)));
        } else if (!line.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + line + "]", &error);
            if (error.error == QJsonParseError::NoError && nl >= 0)
                out.append(QCborValue::fromJsonValue(doc.array().first()));
            else
                out.append(QCborMap{{nl < 0 ? kIncomplete : QStringLiteral("not JSON"), QString::fromUtf8(line)}});
        }
        if (nl < 0)
            break;
        start = nl + 1;
    }
    if (out.size() >= kMaxStreamItems && start < bytes.size())
        out.append(QCborMap{{kMore, qint64(bytes.size() - start)}});
    return out;
}

// Where a walk over length-prefixed frames stopped: at the end, at the first incomplete frame,
// or before the first frame its visitor declined.
struct FrameWalk {
    qsizetype stop = 0;
    bool incomplete = false;
};

// Visits each complete varint-length-prefixed frame; onFrame returns false to stop before one.
template <class OnFrame>
FrameWalk walkFrames(const QByteArray &bytes, OnFrame &&onFrame)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype at = pos;
        quint64 length = 0;
        if (!readVarint(bytes, pos, length) || length > quint64(bytes.size() - pos))
            return {at, true};
        if (!onFrame(QByteArrayView(bytes).sliced(pos, qsizetype(length))))
            return {at, false};
        pos += qsizetype(length);
    }
    return {pos, false};
}

QCborArray frames(const QByteArray &bytes)
{
    QCborArray out;
    const FrameWalk walk = walkFrames(bytes, [&out](QByteArrayView frame) {
        if (out.size() >= kMaxStreamItems)
            return false;
        out.append(frame.toByteArray());
        return true;
    });
    if (walk.incomplete)
        out.append(QCborMap{{kIncomplete, bytes.mid(walk.stop)}});
    else if (walk.stop < bytes.size())
        out.append(QCborMap{{kMore, qint64(bytes.size() - walk.stop)}});
    return out;
}
}  // namespace

QCborValue decodeStream(const QByteArray &bytes, StreamView view)
{
    switch (view) {
    case StreamView::TextLines: return lines(bytes, false);
    case StreamView::NdJson: return lines(bytes, true);
    case StreamView::LengthPrefixed: return frames(bytes);
    }
    return {};
}

QByteArray streamRest(const QByteArray &carry, const QByteArray &chunk, StreamView view)
{
    const QByteArray bytes = carry + chunk;
    const QByteArray rest = view == StreamView::LengthPrefixed
        ? bytes.mid(walkFrames(bytes, [](QByteArrayView) { return true; }).stop)
        : bytes.mid(bytes.lastIndexOf('\n') + 1);
    return rest.size() > kMaxStreamCarry ? QByteArray() : rest;
}

QCborValue decodeStreamChunk(const QByteArray &carry, const QByteArray &chunk, StreamView view, QByteArray *rest)
{
    // rest may be carry itself (a stream walked chunk by chunk): read carry before writing rest.
    const qint64 carried = carry.size();
    const QCborArray items = decodeStream(carry + chunk, view).toArray();
    if (rest)
        *rest = streamRest(carry, chunk, view);
    if (carried == 0)
        return items;
    QCborArray out{QCborMap{{QStringLiteral("(carried over)"), carried}}};
    for (const QCborValue &item : items)
        out.append(item);
    return out;
}

QCborValue decodeIdHandshake(const QByteArray &bytes)
{
    qsizetype pos = 0;
    quint64 length = 0;
    if (!readVarint(bytes, pos, length))
        return QCborMap{{kIncomplete, bytes}};
    return QCborMap{{QStringLiteral("length"), qint64(length)}, {QStringLiteral("id"), bytes.mid(pos)}};
}

}  // namespace swarmscope::ui
