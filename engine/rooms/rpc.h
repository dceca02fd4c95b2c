#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "events/events.h"
#include "wire/directed_envelope.h"

#include <QHash>
#include <QMap>
#include <QJsonValue>
#include <QObject>

#include <functional>

namespace swarmscope {

class ResourceManager;

class DirectMessages;
class Identity;

using ProcedureFn = std::function<Result<QJsonValue>(const QString &callerAddress, const QJsonValue &args)>;
// Bugout's callback style: answer whenever ready by calling respond once (or never: the caller times out).
using RpcRespond = std::function<void(const Result<QJsonValue> &outcome)>;
using AsyncProcedureFn = std::function<void(const QString &callerAddress, const QJsonValue &args, RpcRespond respond)>;

struct ProcedureInfo {
    QString name;
    QString doc;
};

// Bugout's register/rpc over sealed directed messages, with what Bugout lacks: a timeout
// (default 30 s), a bound on calls in flight per peer (64 of ours to it; the resource manager's
// cap on its calls to us), and errors as values.
class Rpc final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rpc)

public:
    static constexpr int kMaxInFlightPerPeer = 64;
    static constexpr qint64 kDefaultTimeoutMs = 30000;
    static inline const QString kListProcedures = QStringLiteral("__procedures");

    Rpc(DirectMessages &direct, const Identity &identity, Clock &clock, ResourceManager &resources,
        QObject *parent = nullptr);
    ~Rpc() override;

    void registerProcedure(const QString &name, const QString &doc, ProcedureFn fn);
    void registerAsyncProcedure(const QString &name, const QString &doc, AsyncProcedureFn fn);
    QList<ProcedureInfo> procedures() const;
    Result<quint64> call(const QByteArray &room, const PeerId &to, const QString &name, const QJsonValue &args,
                         qint64 timeoutMs = kDefaultTimeoutMs);
    int inFlight(const PeerId &to) const;
    // Runs a registered procedure for a caller reached another way (a Bugout room); false if
    // there is none by that name.
    bool invoke(const QString &name, const QString &callerAddress, const QJsonValue &args, RpcRespond respond) const;

    // Called by the session for every directed payload of an rpc kind.
    void handle(const wire::DirectedPayload &payload);

signals:
    void event(const swarmscope::Event &event);

private:
    struct Pending {
        PeerId peer;
        QString name;
        qint64 startedMs = 0;
        Clock::TimerId timer = 0;
    };
    void finish(quint64 callId, bool ok, const QJsonValue &result, const QString &error);
    // Sends the result or error of a call made to us and reports it as an "rpc-answered" event
    // with the time we took since the call arrived.
    void answer(const wire::DirectedPayload &call, quint64 id, const QString &name, qint64 receivedMs,
                const Result<QJsonValue> &outcome);

    DirectMessages &m_direct;
    const Identity &m_identity;
    Clock &m_clock;
    ResourceManager &m_resources;
    QMap<QString, std::pair<QString, AsyncProcedureFn>> m_procedures;  // a dozen: a map costs less than a hash's span
    QMap<quint64, Pending> m_pending;
    quint64 m_nextCall = 1;
};

}  // namespace swarmscope
