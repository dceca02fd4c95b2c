#pragma once

#include "circuit/circuit_options.h"
#include "core/clock.h"
#include "events/events.h"
#include "wire/messages.h"

#include <QHash>
#include <QObject>

namespace swarmscope {

class Connection;
class Swarm;

// A private peer's slots on relays (docs/NAT.md): keeps a connection to every configured relay
// and, while we are not known to be public, a reservation on each, renewed at half its term.
// A relay that refuses or is lost is asked again when the connection comes back.
class CircuitClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircuitClient)

public:
    CircuitClient(Swarm &swarm, Clock &clock, CircuitClientOptions options, QObject *parent = nullptr);
    ~CircuitClient() override;

    void start();  // dials the relays (kept connected, like manual peers)
    // Whether we want slots: the session says no once a dial-back proved us public.
    void setWanted(bool wanted);
    bool wanted() const { return m_wanted; }
    // Relays holding our reservation now, "IP:PORT".
    QStringList reservedRelays() const;
    bool holdsReservationOn(const Connection *c) const;

signals:
    void event(const swarmscope::Event &event);
    void reservationsChanged();

private:
    struct Slot {
        quint64 connection = 0;
        bool held = false;
        bool asked = false;
        Clock::TimerId renew = 0;
    };
    void onOpened(Connection *c);
    void onMessage(Connection *c, const wire::Message &m);
    void onClosed(quint64 connectionId);
    void ask(const QString &relay, Connection *c);
    QString relayOf(const Connection *c) const;  // the configured "IP:PORT" it is, or empty

    Swarm &m_swarm;
    Clock &m_clock;
    CircuitClientOptions m_options;
    bool m_wanted = true;
    QHash<QString, Slot> m_slots;  // by relay "IP:PORT"
};

}  // namespace swarmscope
