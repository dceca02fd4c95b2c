// The file-transfer kinds as JSON (README "Events", docs/FILE_TRANSFER.md).
#include "events/event_json.h"
#include "events/event_lines.h"

namespace swarmscope::eventjson {

namespace {
QJsonObject offerFields(const files::FileOffer &o, Fields more)
{
    QJsonObject out = object(more);
    out.insert(QStringLiteral("id"), hex(o.id));
    out.insert(QStringLiteral("name"), o.name);
    out.insert(QStringLiteral("size"), o.size);
    out.insert(QStringLiteral("type"), o.type);
    out.insert(QStringLiteral("hash"), hex(o.hash));
    out.insert(QStringLiteral("room"), o.room);
    return out;
}

QJsonObject byFields(const QByteArray &id, const PeerId &by)
{
    return object({{QStringLiteral("id"), hex(id)}, {QStringLiteral("by"), addressText(by)}});
}
}  // namespace

QList<Line> lines(const FileOffered &e)
{
    return {{QStringLiteral("file-offered"),
             offerFields(e.offer, {{QStringLiteral("path"), e.path}, {QStringLiteral("to"), addresses(e.to)}})}};
}

QList<Line> lines(const FileOfferReceived &e)
{
    return {{QStringLiteral("file-offer"), offerFields(e.offer, {{QStringLiteral("from"), addressText(e.from)}})}};
}

QList<Line> lines(const FileAccepted &e)
{
    QJsonObject o = byFields(e.id, e.by);
    o.insert(QStringLiteral("offset"), e.offset);
    if (!e.part.isEmpty())
        o.insert(QStringLiteral("part"), e.part);
    return {{QStringLiteral("file-accepted"), o}};
}

QList<Line> lines(const FileDeclined &e)
{
    QJsonObject o = byFields(e.id, e.by);
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    return {{QStringLiteral("file-declined"), o}};
}

QList<Line> lines(const FileCancelled &e)
{
    QJsonObject o = byFields(e.id, e.by);
    o.insert(QStringLiteral("reason"), e.reason);
    return {{QStringLiteral("file-cancelled"), o}};
}

QList<Line> lines(const FileProgress &e)
{
    return {{QStringLiteral("file-progress"),
             object({{QStringLiteral("id"), hex(e.id)},
                     {QStringLiteral("bytes"), e.bytes},
                     {QStringLiteral("total"), e.total},
                     {QStringLiteral("rate"), e.rate},
                     {QStringLiteral("direction"), transferDirectionName(e.direction)},
                     {QStringLiteral("peer"), addressText(e.peer)}})}};
}

QList<Line> lines(const FilePaused &e)
{
    return {{QStringLiteral("file-paused"),
             object({{QStringLiteral("id"), hex(e.id)},
                     {QStringLiteral("bytes"), e.bytes},
                     {QStringLiteral("reason"), e.reason}})}};
}

QList<Line> lines(const FileResumed &e)
{
    return {{QStringLiteral("file-resumed"),
             object({{QStringLiteral("id"), hex(e.id)}, {QStringLiteral("offset"), e.offset}})}};
}

QList<Line> lines(const FileDone &e)
{
    return {{QStringLiteral("file-done"),
             object({{QStringLiteral("id"), hex(e.id)},
                     {QStringLiteral("path"), e.path},
                     {QStringLiteral("hash"), hex(e.offer.hash)},
                     {QStringLiteral("name"), e.offer.name},
                     {QStringLiteral("size"), e.offer.size},
                     {QStringLiteral("from"), addressText(e.from)}})}};
}

QList<Line> lines(const FileDelivered &e)
{
    QJsonObject o = byFields(e.id, e.by);
    o.insert(QStringLiteral("path"), e.path);
    o.insert(QStringLiteral("hash"), hex(e.hash));
    return {{QStringLiteral("file-delivered"), o}};
}

QList<Line> lines(const FileFailed &e)
{
    QJsonObject o = object({{QStringLiteral("id"), hex(e.id)}, {QStringLiteral("reason"), e.reason}});
    if (e.detail)
        o.insert(QStringLiteral("detail"), *e.detail);
    if (!e.peer.isNull())
        o.insert(QStringLiteral("peer"), addressText(e.peer));
    return {{QStringLiteral("file-failed"), o}};
}

}  // namespace swarmscope::eventjson

namespace swarmscope {

QString transferDirectionName(TransferDirection d)
{
    return d == TransferDirection::In ? QStringLiteral("in") : QStringLiteral("out");
}

}  // namespace swarmscope
