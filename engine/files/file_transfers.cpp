#include "files/file_transfers.h"

#include "core/logging.h"
#include "crypto/identity.h"
#include "files/file_hasher.h"
#include "files/file_name.h"
#include "files/incoming_file.h"
#include "files/outgoing_file.h"
#include "rooms/direct_messages.h"
#include "swarm/connection.h"
#include "swarm/swarm.h"
#include "wire/directed_envelope.h"
#include "wire/file_chunk_codec.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>

#include <sodium.h>

namespace swarmscope {

using files::IncomingFile;
using files::OutgoingFile;
using RecipientState = OutgoingFile::RecipientState;

namespace {
const QString kOffer = QStringLiteral("file-offer");
const QString kAccept = QStringLiteral("file-accept");
const QString kDecline = QStringLiteral("file-decline");
const QString kCancel = QStringLiteral("file-cancel");
const QString kDone = QStringLiteral("file-done");

QString hexId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}
QByteArray idFromHex(const QString &id)
{
    return QByteArray::fromHex(id.toLatin1());
}
}  // namespace

FileTransfers::FileTransfers(const Identity &identity, Clock &clock, Swarm &swarm, DirectMessages &direct,
                             FileTransferOptions options, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_clock(clock)
    , m_swarm(swarm)
    , m_direct(direct)
    , m_options(std::move(options))
{
    connect(&m_swarm, &Swarm::messageReceived, this, &FileTransfers::onMessage);
    connect(&m_swarm, &Swarm::connectionOpened, this, &FileTransfers::onConnectionOpened);
    connect(&m_swarm, &Swarm::connectionClosed, this,
            [this](quint64 id, const PeerId &peer, const QList<QByteArray> &) { onConnectionClosed(id, peer); });
}

FileTransfers::~FileTransfers() = default;

QString FileTransfers::downloadDir() const
{
    return m_options.downloadDir;
}

// --- sending ---

Result<QString> FileTransfers::offer(const QString &path, const QString &room, const QList<Recipient> &to)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::Io, QStringLiteral("%1 is not a readable file").arg(path));
    if (const ErrorCode name = files::checkFileName(info.fileName()); name != ErrorCode::Ok)
        return makeError(name,
                         QStringLiteral("rename '%1': at most %2 characters, no control characters")
                             .arg(info.fileName())
                             .arg(files::kMaxFileNameChars));
    if (to.isEmpty())
        return makeError(ErrorCode::NotConnected, QStringLiteral("nobody to send it to"));
    files::FileOffer o;
    o.id = QByteArray(wire::kFileIdBytes, Qt::Uninitialized);
    do
        randombytes_buf(o.id.data(), size_t(o.id.size()));
    while (m_outgoing.contains(o.id) || m_incoming.contains(o.id));
    o.name = info.fileName();
    o.size = info.size();
    o.type = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
    o.room = room;
    auto hash = files::hashFile(path);
    if (!hash)
        return hash.error();
    o.hash = *hash;
    auto out = std::make_shared<OutgoingFile>(o, info.absoluteFilePath());
    if (Status st = out->open(); !st.ok())
        return st.error();
    const QByteArray body = files::encodeOffer(o);
    QList<PeerId> recipients;
    for (const Recipient &r : to) {
        if (r.id == m_identity.id() || out->recipients().contains(r.id))
            continue;
        OutgoingFile::Recipient rec;
        rec.topic = r.topic;
        rec.meter = files::ProgressMeter(m_options.progressIntervalMs);
        rec.meter.restart(m_clock.monotonicMs(), 0);
        out->recipients().insert(r.id, rec);
        recipients.append(r.id);
        if (auto sent = m_direct.send(r.topic, r.id, kOffer, body); !sent)
            qCInfo(lcFiles) << "file offer not sent to" << Identity::addressOf(r.id) << sent.error().detail;
    }
    if (out->recipients().isEmpty())
        return makeError(ErrorCode::NotConnected, QStringLiteral("nobody to send it to"));
    m_outgoing.insert(o.id, out);
    emitEvent(FileOffered{o, out->path(), recipients});
    return hexId(o.id);
}

namespace {
// Chunks are read and sealed only while the socket holds less than this: a window's worth of
// sealed chunks queued at once is memory, and bytes that have left the cache by the time the
// kernel copies them.
constexpr qint64 kSendAheadBytes = 1 << 20;
// A receiver keeps a window of requests per transfer; far more than any window is refused.
constexpr qsizetype kMaxWaitingRequests = 1024;
}  // namespace

void FileTransfers::onRequest(Connection *c, const wire::FileRequest &r)
{
    if (!m_paced.contains(c->id())) {
        m_paced.insert(c->id());
        connect(c, &Connection::bytesWritten, this, [this, c] {
            if (m_waiting.contains(c->id()))
                serveWaiting(c);
        });
    }
    QList<wire::FileRequest> &waiting = m_waiting[c->id()];
    if (waiting.size() >= kMaxWaitingRequests)
        return reject(ErrorCode::LimitReached,
                      QStringLiteral("more than %1 file requests waiting").arg(kMaxWaitingRequests), c->remoteId());
    waiting.append(r);
    serveWaiting(c);
}

void FileTransfers::serveWaiting(Connection *c)
{
    // Looked up again each time: serving one emits events, and a listener may close c.
    for (;;) {
        const auto it = m_waiting.find(c->id());
        if (it == m_waiting.end())
            return;
        if (it->isEmpty() || c->state() != Connection::State::Open) {
            m_waiting.erase(it);
            return;
        }
        if (c->bytesQueued() >= kSendAheadBytes)
            return;  // continued on bytesWritten
        serve(c, it->takeFirst());
    }
}

void FileTransfers::serve(Connection *c, const wire::FileRequest &r)
{
    const auto out = m_outgoing.value(r.id);
    if (!out || !out->serves(c->remoteId()))
        return reject(ErrorCode::FileUnknownTransfer,
                      QStringLiteral("request for %1, which is not offered to this peer").arg(hexId(r.id)),
                      c->remoteId());
    OutgoingFile::Recipient *rec = out->recipient(c->remoteId());
    if (Status range = out->checkRange(r.offset, r.length); !range.ok())
        return reject(ErrorCode::FileOutOfRange, range.error().detail, c->remoteId());
    // The chunk is read from disk straight into its encoded message (no CBOR tree, no copy).
    m_chunkMessage.resize(0);
    const qsizetype at = wire::appendFileChunkHead(r.id, r.offset, r.length, m_chunkMessage);
    m_chunkMessage.resize(at + r.length);
    if (Status read = out->readInto(r.offset, r.length, m_chunkMessage.data() + at); !read.ok()) {
        qCWarning(lcFiles) << "file read failed:" << read.error().detail;
        sendControl(rec->topic, c->remoteId(), kCancel, r.id, 0, errorCodeName(read.error().code));
        rec->state = RecipientState::Cancelled;
        emitEvent(FileFailed{r.id, errorCodeName(read.error().code), read.error().detail, c->remoteId()});
        return;
    }
    if (rec->state == RecipientState::Offered) {
        rec->state = RecipientState::Accepted;  // asking for bytes is accepting
        emitEvent(FileAccepted{r.id, c->remoteId(), r.offset, {}});
    }
    c->sendEncoded(m_chunkMessage, QStringLiteral("file-chunk"));
    rec->served += r.length;
    const qint64 reached = r.offset + r.length;
    if (const auto rate = rec->meter.sample(m_clock.monotonicMs(), reached, reached == out->offer().size))
        emitEvent(
            FileProgress{r.id, reached, out->offer().size, qRound64(*rate), TransferDirection::Out, c->remoteId()});
}

// --- receiving ---

void FileTransfers::onOffer(const wire::DirectedPayload &p)
{
    const PeerId &from = p.from;
    auto offer = files::decodeOffer(p.body);
    if (!offer)
        return reject(offer.error().code, offer.error().detail, from);
    if (const ErrorCode bad = files::validateOffer(*offer, m_options.maxFileSize); bad != ErrorCode::Ok) {
        reject(bad,
               QStringLiteral("offer of '%1' (%2 bytes) refused")
                   .arg(offer->name.left(files::kMaxFileNameChars))
                   .arg(offer->size),
               from);
        sendControl(p.room, p.from, kDecline, offer->id, 0, errorCodeName(bad));
        return;
    }
    if (m_incoming.contains(offer->id) || m_outgoing.contains(offer->id))
        return reject(ErrorCode::Duplicate, QStringLiteral("offer id %1 already in use").arg(hexId(offer->id)), from);
    auto in = std::make_shared<IncomingFile>(*offer, p.from, p.room);
    // Chunks waiting to be hashed hold window slots: each one hashed may free one.
    in->setOnRoom([this, id = offer->id] {
        QMetaObject::invokeMethod(
            this, [this, id] { onHashRoom(id); }, Qt::QueuedConnection);
    });
    m_incoming.insert(offer->id, in);
    emitEvent(FileOfferReceived{*offer, from});
}

Status FileTransfers::accept(const QString &id, const QString &dir)
{
    const QByteArray key = idFromHex(id);
    const auto in = m_incoming.value(key);
    if (!in)
        return makeError(ErrorCode::FileUnknownTransfer, QStringLiteral("no offer %1").arg(id));
    if (in->state() != IncomingFile::State::Offered)
        return makeError(ErrorCode::Duplicate, QStringLiteral("%1 is already accepted").arg(id));
    const QString target = dir.isEmpty() ? downloadDir() : dir;
    if (Status st = in->open(target); !st.ok())
        return st;
    in->meter() = files::ProgressMeter(m_options.progressIntervalMs);
    in->meter().restart(m_clock.monotonicMs(), in->received());
    sendControl(in->topic(), in->from(), kAccept, key, in->received());
    emitEvent(FileAccepted{key, m_identity.id(), in->received(), in->partPath()});
    if (in->complete())
        completeIncoming(key);  // an empty file, or every byte already on disk
    else
        pull(*in);
    return {};
}

void FileTransfers::pull(IncomingFile &in)
{
    Connection *c = m_swarm.connectionTo(in.from());
    if (!c || c->state() != Connection::State::Open) {
        m_swarm.connectToPeer(in.from());  // resumed when it connects
        return;
    }
    for (const wire::FileRequest &r : in.nextRequests(c->id(), m_options.window, m_options.chunkBytes))
        c->send(r);
}

void FileTransfers::onHashRoom(const QByteArray &id)
{
    if (const auto in = m_incoming.value(id); in && in->state() == IncomingFile::State::Receiving)
        pull(*in);
}

void FileTransfers::onChunk(Connection *c, const wire::FileChunk &chunk)
{
    const auto in = m_incoming.value(chunk.id);
    if (!in || in->from() != c->remoteId() || in->state() != IncomingFile::State::Receiving)
        return reject(ErrorCode::FileUnknownTransfer,
                      QStringLiteral("chunk for %1, which we are not receiving from this peer").arg(hexId(chunk.id)),
                      c->remoteId());
    const Error written = in->write(chunk);
    if (written.code == ErrorCode::FileOutOfRange)
        return reject(written.code, written.detail, c->remoteId());
    if (written.code != ErrorCode::Ok)
        return failIncoming(chunk.id, errorCodeName(written.code), true);
    if (const auto rate = in->meter().sample(m_clock.monotonicMs(), in->received(), in->complete()))
        emitEvent(FileProgress{chunk.id, in->received(), in->offer().size, qRound64(*rate), TransferDirection::In,
                               c->remoteId()});
    if (in->complete())
        completeIncoming(chunk.id);
    else
        pull(*in);
}

void FileTransfers::completeIncoming(const QByteArray &id)
{
    const auto in = m_incoming.value(id);
    auto path = in->finish();
    if (!path) {
        if (path.error().code == ErrorCode::FileHashMismatch)
            reject(ErrorCode::FileHashMismatch, path.error().detail, in->from());
        return failIncoming(id, errorCodeName(path.error().code), true);
    }
    sendControl(in->topic(), in->from(), kDone, id);
    m_incoming.remove(id);
    emitEvent(FileDone{id, *path, in->offer(), in->from()});
}

void FileTransfers::failIncoming(const QByteArray &id, const QString &reason, bool tellSender)
{
    const auto in = m_incoming.take(id);
    if (!in)
        return;
    in->discard();
    if (tellSender)
        sendControl(in->topic(), in->from(), kCancel, id, 0, reason);
    emitEvent(FileFailed{id, reason, std::nullopt, in->from()});
}

// --- both sides ---

Status FileTransfers::decline(const QString &id)
{
    const QByteArray key = idFromHex(id);
    const auto in = m_incoming.value(key);
    if (!in)
        return makeError(ErrorCode::FileUnknownTransfer, QStringLiteral("no offer %1").arg(id));
    if (in->state() != IncomingFile::State::Offered)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1 is already accepted: cancel it instead").arg(id));
    sendControl(in->topic(), in->from(), kDecline, key);
    m_incoming.remove(key);
    emitEvent(FileDeclined{key, m_identity.id(), {}});
    return {};
}

Status FileTransfers::cancel(const QString &id)
{
    const QByteArray key = idFromHex(id);
    if (m_incoming.contains(key)) {
        failIncoming(key, QStringLiteral("cancelled"), true);
        return {};
    }
    const auto out = m_outgoing.take(key);
    if (!out)
        return makeError(ErrorCode::FileUnknownTransfer, QStringLiteral("no transfer %1").arg(id));
    for (auto it = out->recipients().begin(); it != out->recipients().end(); ++it)
        if (out->serves(it.key()))
            sendControl(it->topic, it.key(), kCancel, key, 0, QStringLiteral("cancelled-by-sender"));
    emitEvent(FileFailed{key, QStringLiteral("cancelled"), std::nullopt, {}});
    return {};
}

void FileTransfers::handle(const wire::DirectedPayload &p)
{
    if (p.kind == kOffer)
        return onOffer(p);
    const PeerId &from = p.from;
    auto control = files::decodeControl(p.body);
    if (!control)
        return reject(control.error().code, control.error().detail, from);
    const QByteArray &id = control->id;
    // From the sender of something we receive: only a cancel means anything.
    if (const auto in = m_incoming.value(id); in && in->from() == p.from) {
        if (p.kind == kCancel)
            failIncoming(id, QStringLiteral("cancelled-by-sender"), false);
        return;
    }
    const auto out = m_outgoing.value(id);
    OutgoingFile::Recipient *rec = out ? out->recipient(p.from) : nullptr;
    if (!rec)
        return reject(ErrorCode::FileUnknownTransfer,
                      QStringLiteral("%1 for %2, which is not ours").arg(p.kind, hexId(id)), from);
    if (p.kind == kAccept) {
        if (rec->state == RecipientState::Offered) {
            rec->state = RecipientState::Accepted;
            emitEvent(FileAccepted{id, from, control->offset, {}});
        }
    } else if (p.kind == kDecline) {
        rec->state = RecipientState::Declined;
        emitEvent(FileDeclined{id, from, control->reason});
    } else if (p.kind == kCancel) {
        rec->state = RecipientState::Cancelled;
        emitEvent(FileCancelled{id, from, control->reason.isEmpty() ? QStringLiteral("cancelled") : control->reason});
    } else if (p.kind == kDone) {
        rec->state = RecipientState::Done;
        emitEvent(FileDelivered{id, from, out->path(), out->offer().hash});
    }
    if (out->finished())
        m_outgoing.remove(id);
}

void FileTransfers::onMessage(Connection *c, const wire::Message &m)
{
    if (const auto *chunk = std::get_if<wire::FileChunk>(&m))
        onChunk(c, *chunk);
    else if (const auto *request = std::get_if<wire::FileRequest>(&m))
        onRequest(c, *request);
}

void FileTransfers::onConnectionOpened(Connection *c)
{
    for (auto it = m_incoming.begin(); it != m_incoming.end(); ++it) {
        IncomingFile &in = **it;
        if (in.from() != c->remoteId() || in.state() != IncomingFile::State::Paused)
            continue;
        emitEvent(FileResumed{it.key(), in.received()});
        pull(in);
    }
}

void FileTransfers::onConnectionClosed(quint64 connectionId, const PeerId &peer)
{
    m_waiting.remove(connectionId);
    m_paced.remove(connectionId);
    for (auto it = m_incoming.begin(); it != m_incoming.end(); ++it) {
        IncomingFile &in = **it;
        if (in.connectionId() != connectionId || in.state() != IncomingFile::State::Receiving)
            continue;
        in.pause();
        emitEvent(FilePaused{it.key(), in.received(), QStringLiteral("disconnected")});
        if (Connection *other = m_swarm.connectionTo(peer); other && other->state() == Connection::State::Open)
            onConnectionOpened(other);
    }
}

void FileTransfers::sendControl(const QByteArray &topic, const PeerId &to, const QString &kind, const QByteArray &id,
                                qint64 offset, const QString &reason)
{
    const auto sent = m_direct.send(topic, to, kind, files::encodeControl({id, offset, reason}));
    if (!sent)
        qCInfo(lcFiles) << kind << "not sent to" << Identity::addressOf(to) << sent.error().detail;
}

void FileTransfers::reject(ErrorCode code, const QString &detail, const PeerId &from)
{
    emit rejected(code);
    emitEvent(Rejected{RejectSource::Files, code, {}, detail, from, std::nullopt, {}, {}, {}, {}});
}

void FileTransfers::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
