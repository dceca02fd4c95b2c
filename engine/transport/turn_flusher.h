#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractEventDispatcher;

namespace swarmscope {

class TcpCarrier;

// Sends what TCP carriers corked during one turn of their thread's event loop when the turn ends:
// one send per carrier for all the writes of the turn, and none of the extra wake-up a socket's
// write notification costs (docs/BENCHMARKS.md, "Writes at the end of a turn"). The turn ends when
// the event dispatcher reports awake (a new turn starts) or aboutToBlock (it is about to wait);
// both are emitted on every turn by Qt's Unix and GLib dispatchers alike.
class TurnFlusher final : public QObject {
    Q_OBJECT

public:
    explicit TurnFlusher(QObject *parent = nullptr);
    ~TurnFlusher() override;

    // Calls carrier->flushCorked() when this thread's turn ends; false when the thread has no
    // event dispatcher, and the caller must send now.
    bool schedule(TcpCarrier *carrier);
    void cancel(TcpCarrier *carrier);  // a scheduled carrier that is going away
    // While the turn's corked bytes go out, carriers send what they are given at once: a flush
    // never schedules another, so it always ends.
    bool isFlushing() const { return m_flushing; }

private:
    void flushAll();

    QList<TcpCarrier *> m_scheduled;
    QList<TcpCarrier *> m_round;  // the carriers being flushed now; cancel() clears their entries
    QPointer<QAbstractEventDispatcher> m_dispatcher;
    bool m_flushing = false;
};

}  // namespace swarmscope
