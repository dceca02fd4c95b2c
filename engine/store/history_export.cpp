#include "store/history_export.h"

#include "rooms/room_backend.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace swarmscope {

namespace {

QString stateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Sending: return QStringLiteral("sending");
    case DeliveryState::Sent: return QStringLiteral("sent");
    case DeliveryState::Delivered: return QStringLiteral("delivered");
    case DeliveryState::Received: break;
    }
    return QStringLiteral("received");
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject messageJson(const ChatMessage &m)
{
    QJsonObject o{{QStringLiteral("id"), QString::fromLatin1(m.id.toHex())},
                  {QStringLiteral("from"), m.fromAddress},
                  {QStringLiteral("publicKey"), m.from.isNull() ? QString() : m.from.toHex()},
                  {QStringLiteral("time"), double(m.timeMs)},
                  {QStringLiteral("received"), double(m.receivedMs)},
                  {QStringLiteral("seq"), double(m.seq)},
                  {QStringLiteral("text"), m.text},
                  {QStringLiteral("own"), m.own},
                  {QStringLiteral("direct"), m.direct},
                  {QStringLiteral("state"), stateName(m.state)}};
    if (m.direct)
        o.insert(QStringLiteral("peer"), m.peerAddress);
    return o;
}

}  // namespace

std::optional<HistoryFormat> historyFormatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return HistoryFormat::Json;
    if (suffix == QLatin1String("txt"))
        return HistoryFormat::Text;
    return std::nullopt;
}

QByteArray historyJson(const QString &roomKey, const QList<ChatMessage> &messages, qint64 exportedMs)
{
    const RoomRef ref = RoomRef::parse(roomKey).value_or(RoomRef{RoomBackend::Native, roomKey});
    QJsonArray list;
    for (const ChatMessage &m : messages)
        list.append(messageJson(m));
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("swarmscope-history")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("room"), ref.key()},
                          {QStringLiteral("name"), ref.name},
                          {QStringLiteral("backend"), roomBackendName(ref.backend)},
                          {QStringLiteral("exported"), double(exportedMs)},
                          {QStringLiteral("messages"), list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray historyText(const QString &roomKey, const QList<ChatMessage> &messages, qint64 exportedMs)
{
    QString out = QStringLiteral("# Room %1, exported %2 UTC, %3 messages\n")
                      .arg(roomKey, utcText(exportedMs))
                      .arg(messages.size());
    for (const ChatMessage &m : messages) {
        QString who = m.fromAddress;
        if (m.direct)
            who += m.own ? QStringLiteral(" -> %1").arg(m.peerAddress) : QStringLiteral(" (direct)");
        // Continuation lines are indented so that every message starts with its time.
        QString text = m.text;
        text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        out += QStringLiteral("[%1] %2: %3\n").arg(utcText(m.timeMs), who, text);
    }
    return out.toUtf8();
}

Status writeHistory(const QString &path, HistoryFormat format, const QString &roomKey,
                    const QList<ChatMessage> &messages, qint64 exportedMs)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = format == HistoryFormat::Json ? historyJson(roomKey, messages, exportedMs)
                                                           : historyText(roomKey, messages, exportedMs);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

}  // namespace swarmscope
