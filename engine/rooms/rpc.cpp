#include "rooms/rpc.h"

#include "crypto/identity.h"
#include "rooms/direct_messages.h"
#include "swarm/resource_manager.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace swarmscope {

namespace {
const QString kCall = QStringLiteral("rpc-call");
const QString kResult = QStringLiteral("rpc-result");
const QString kError = QStringLiteral("rpc-error");
constexpr qsizetype kMaxJson = 48 * 1024;

// Arguments and results are any JSON value (Bugout's contract), carried as JSON text.
QString toJsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

std::optional<QJsonValue> fromJsonText(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}
}  // namespace

Rpc::Rpc(DirectMessages &direct, const Identity &identity, Clock &clock, ResourceManager &resources, QObject *parent)
    : QObject(parent)
    , m_direct(direct)
    , m_identity(identity)
    , m_clock(clock)
    , m_resources(resources)
{
    registerProcedure(
        kListProcedures, QStringLiteral("Lists this peer's procedures with their docs."),
        [this](const QString &, const QJsonValue &) -> Result<QJsonValue> {
            QJsonArray list;
            for (const ProcedureInfo &p : procedures())
                list.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("doc"), p.doc}});
            return QJsonValue(list);
        });
}

Rpc::~Rpc()
{
    for (const Pending &p : std::as_const(m_pending))
        m_clock.cancel(p.timer);
}

void Rpc::registerProcedure(const QString &name, const QString &doc, ProcedureFn fn)
{
    registerAsyncProcedure(name, doc,
                           [fn = std::move(fn)](const QString &caller, const QJsonValue &args, RpcRespond respond) {
                               respond(fn(caller, args));
                           });
}

void Rpc::registerAsyncProcedure(const QString &name, const QString &doc, AsyncProcedureFn fn)
{
    m_procedures.insert(name, {doc, std::move(fn)});
}

QList<ProcedureInfo> Rpc::procedures() const
{
    QList<ProcedureInfo> out;
    for (auto it = m_procedures.cbegin(); it != m_procedures.cend(); ++it)
        if (it.key() != kListProcedures)
            out.append({it.key(), it->first});
    std::sort(out.begin(), out.end(), [](const ProcedureInfo &a, const ProcedureInfo &b) { return a.name < b.name; });
    return out;
}

bool Rpc::invoke(const QString &name, const QString &callerAddress, const QJsonValue &args, RpcRespond respond) const
{
    auto proc = m_procedures.constFind(name);
    if (proc == m_procedures.cend() || name == kListProcedures)
        return false;
    proc->second(callerAddress, args, std::move(respond));
    return true;
}

int Rpc::inFlight(const PeerId &to) const
{
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(), [&](const Pending &p) { return p.peer == to; }));
}

Result<quint64> Rpc::call(const QByteArray &room, const PeerId &to, const QString &name, const QJsonValue &args,
                          qint64 timeoutMs)
{
    if (inFlight(to) >= kMaxInFlightPerPeer)
        return makeError(ErrorCode::LimitReached,
                         QStringLiteral("%1 calls already in flight to this peer").arg(kMaxInFlightPerPeer));
    const QString json = toJsonText(args);
    if (json.size() > kMaxJson)
        return makeError(ErrorCode::FrameTooLarge, QStringLiteral("arguments larger than 48 KiB"));
    const quint64 id = m_nextCall++;
    const QCborMap body{
        {QStringLiteral("id"), qint64(id)}, {QStringLiteral("name"), name}, {QStringLiteral("args"), json}};
    auto sent = m_direct.send(room, to, kCall, body.toCborValue().toCbor());
    if (!sent)
        return sent.error();
    Pending p{to, name, m_clock.monotonicMs(), 0};
    p.timer = m_clock.schedule(timeoutMs, [this, id] { finish(id, false, {}, QStringLiteral("timeout")); });
    m_pending.insert(id, p);
    emit event(Event{m_clock.wallMs(), RpcCalled{to, name, id, args}});
    return id;
}

void Rpc::handle(const wire::DirectedPayload &payload)
{
    QCborParserError err;
    const QCborMap body = QCborValue::fromCbor(payload.body, &err).toMap();
    const QCborValue idValue = body.value(QStringLiteral("id"));
    if (err.error != QCborError::NoError || !idValue.isInteger() || idValue.toInteger() <= 0)
        return;  // nothing to answer to
    const quint64 id = quint64(idValue.toInteger());
    const QString from = Identity::addressOf(payload.from);

    if (payload.kind == kCall) {
        const qint64 receivedMs = m_clock.monotonicMs();
        const QString name = body.value(QStringLiteral("name")).toString();
        const auto args = fromJsonText(body.value(QStringLiteral("args")).toString());
        if (!args)
            return answer(payload, id, name, receivedMs,
                          makeError(ErrorCode::MalformedMessage, QStringLiteral("arguments are not JSON")));
        emit event(Event{m_clock.wallMs(), RpcRequested{from, name, *args, id}});
        auto proc = m_procedures.constFind(name);
        if (proc == m_procedures.cend())
            return answer(payload, id, name, receivedMs,
                          makeError(ErrorCode::Invalid, QStringLiteral("No such API call.")));
        if (!m_resources.admitRpcCall(payload.from))
            return answer(payload, id, name, receivedMs,
                          makeError(ErrorCode::LimitReached,
                                    QStringLiteral("busy: %1 of your calls are still being answered")
                                        .arg(m_resources.rpcCallsInFlight(payload.from))));
        // The responder may outlive this object (a slow procedure); it answers only while we exist.
        // The call holds its place under the caller's cap until it is answered, or until the
        // procedure drops its responder unanswered.
        QPointer<Rpc> self(this);
        struct Slot {
            QPointer<Rpc> rpc;
            PeerId caller;
            bool answered = false;
            void release()
            {
                if (!answered && rpc)
                    rpc->m_resources.releaseRpcCall(caller);
                answered = true;
            }
            ~Slot() { release(); }
        };
        auto slot = std::make_shared<Slot>();  // built in place: a copied Slot would release on destruction
        slot->rpc = self;
        slot->caller = payload.from;
        proc->second(from, *args, [self, payload, id, name, receivedMs, slot](const Result<QJsonValue> &outcome) {
            if (!self || slot->answered)
                return;
            slot->release();
            self->answer(payload, id, name, receivedMs, outcome);
        });
        return;
    }
    // A result or an error: only for calls we made to that very peer.
    auto pending = m_pending.constFind(id);
    if (pending == m_pending.cend() || pending->peer != payload.from)
        return;
    if (payload.kind == kResult) {
        const auto result = fromJsonText(body.value(QStringLiteral("result")).toString());
        finish(id, result.has_value(), result.value_or(QJsonValue()),
               result ? QString() : QStringLiteral("malformed result"));
    } else if (payload.kind == kError) {
        finish(id, false, {}, body.value(QStringLiteral("error")).toString().left(1024));
    }
}

void Rpc::answer(const wire::DirectedPayload &call, quint64 id, const QString &name, qint64 receivedMs,
                 const Result<QJsonValue> &outcome)
{
    QCborMap body{{QStringLiteral("id"), qint64(id)}};
    if (outcome.ok())
        body.insert(QStringLiteral("result"), toJsonText(*outcome));
    else
        body.insert(QStringLiteral("error"), outcome.error().detail);
    const auto sent = m_direct.send(call.room, call.from, outcome.ok() ? kResult : kError, body.toCborValue().toCbor());
    Q_UNUSED(sent);  // an unreachable caller times out on its side
    emit event(
        Event{m_clock.wallMs(),
              RpcAnswered{call.from, name, id, m_clock.monotonicMs() - receivedMs, outcome.ok(),
                          outcome.ok() ? *outcome : QJsonValue(), outcome.ok() ? QString() : outcome.error().detail}});
}

void Rpc::finish(quint64 callId, bool ok, const QJsonValue &result, const QString &error)
{
    auto it = m_pending.find(callId);
    if (it == m_pending.end())
        return;
    m_clock.cancel(it->timer);
    RpcResponse r;
    r.callId = callId;
    r.peerAddress = Identity::addressOf(it->peer);
    r.name = it->name;
    r.ok = ok;
    r.result = result;
    r.error = error;
    r.latencyMs = m_clock.monotonicMs() - it->startedMs;
    m_pending.erase(it);
    emit event(Event{m_clock.wallMs(), RpcResponded{r}});
}

}  // namespace swarmscope
