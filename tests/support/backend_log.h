#pragma once

#include "core/clock.h"
#include "events/event_json.h"
#include "rooms/compat_backend.h"

#include <QJsonObject>
#include <QList>

namespace swarmscope::test {

// An event of a compatibility backend as the node prints it, and the clock's reading when it came.
struct PrintedEvent {
    qint64 atMs = 0;
    QString kind;
    QJsonObject fields;
    QString str(const char *key) const { return fields.value(QLatin1String(key)).toString(); }
    int num(const char *key) const { return fields.value(QLatin1String(key)).toInt(); }
};

// Everything one compatibility backend reports: its events and the lines it reads (each also
// printed as the session's MessageReceived prints it), with its share of /status.
class BackendLog {
public:
    QList<PrintedEvent> events;
    QList<ChatMessage> messages;

    void watch(CompatBackend *backend, const Clock &clock)
    {
        m_backend = backend;
        QObject::connect(backend, &CompatBackend::event, backend, [this, &clock](const Event &e) {
            events.append({clock.monotonicMs(), eventName(e), eventJson(e)});
        });
        QObject::connect(backend, &CompatBackend::messageReceived, backend,
                         [this, &clock](const ChatMessage &m, const HostPort &endpoint) {
                             messages.append(m);
                             const Event e{clock.wallMs(), MessageReceived{m, {}, endpoint}};
                             events.append({clock.monotonicMs(), eventName(e), eventJson(e)});
                         });
    }
    QList<PrintedEvent> of(const QString &kind) const
    {
        QList<PrintedEvent> out;
        for (const PrintedEvent &e : events)
            if (e.kind == kind)
                out.append(e);
        return out;
    }
    BackendStatus status() const
    {
        SessionStatus s;
        m_backend->addStatus(s);
        return s.backends.value(0);
    }
    int connected() const { return status().connected; }
    quint64 rejects(const QString &reason) const
    {
        for (const auto &[r, n] : status().rejects)
            if (r == reason)
                return n;
        return 0;
    }

private:
    CompatBackend *m_backend = nullptr;
};

}  // namespace swarmscope::test
