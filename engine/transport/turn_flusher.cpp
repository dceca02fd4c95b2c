#include "transport/turn_flusher.h"

#include "transport/tcp_carrier.h"

#include <QAbstractEventDispatcher>
#include <QThread>

#include <algorithm>
#include <utility>

namespace swarmscope {

TurnFlusher::TurnFlusher(QObject *parent) : QObject(parent)
{}

TurnFlusher::~TurnFlusher()
{
    // Nothing corked is lost with the factory; no one is told, since owners may be going too.
    for (TcpCarrier *carrier : std::exchange(m_scheduled, {}))
        carrier->flushCorked(TcpCarrier::Report::No);
}

bool TurnFlusher::schedule(TcpCarrier *carrier)
{
    auto *dispatcher = QAbstractEventDispatcher::instance(QThread::currentThread());
    if (!dispatcher)
        return false;
    if (dispatcher != m_dispatcher) {
        if (m_dispatcher)
            m_dispatcher->disconnect(this);
        m_dispatcher = dispatcher;
        // Direct: the flush runs in the dispatcher's thread even if this object was made elsewhere.
        connect(dispatcher, &QAbstractEventDispatcher::awake, this, &TurnFlusher::flushAll, Qt::DirectConnection);
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &TurnFlusher::flushAll,
                Qt::DirectConnection);
    }
    m_scheduled.append(carrier);
    return true;
}

void TurnFlusher::cancel(TcpCarrier *carrier)
{
    m_scheduled.removeAll(carrier);
    std::replace(m_round.begin(), m_round.end(), carrier, static_cast<TcpCarrier *>(nullptr));
}

void TurnFlusher::flushAll()
{
    if (m_flushing || m_scheduled.isEmpty())
        return;
    m_flushing = true;
    m_round = std::exchange(m_scheduled, {});
    for (qsizetype i = 0; i < m_round.size(); ++i)
        if (TcpCarrier *carrier = std::exchange(m_round[i], nullptr))
            carrier->flushCorked(TcpCarrier::Report::Yes);
    m_round.clear();
    m_flushing = false;
}

}  // namespace swarmscope
