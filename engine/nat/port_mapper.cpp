#include "nat/port_mapper.h"

#include <QThread>

namespace swarmscope {

namespace {
constexpr int kRetryFailedMs = 5 * 60 * 1000;  // a router may come up later
constexpr int kPermanentRecheckMs = 30 * 60 * 1000;
} // namespace

PortMapper::PortMapper(QObject *parent) : QObject(parent)
{
    m_renew.setSingleShot(true);
    connect(&m_renew, &QTimer::timeout, this, &PortMapper::run);
}

PortMapper::~PortMapper()
{
    stop();
}

void PortMapper::start(const PortMappingRequest &request)
{
    m_request = request;
    m_stopped = false;
    run();
}

void PortMapper::run()
{
    if (m_worker || m_stopped)
        return;
    auto pending = std::make_shared<PortMappingResult>();
    m_pending = pending;
    const PortMappingRequest request = m_request;
    m_worker = QThread::create([pending, request] { *pending = portmapping::map(request); });
    connect(m_worker, &QThread::finished, this, &PortMapper::onDone);
    m_worker->start();
}

void PortMapper::onDone()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_result = *m_pending;
    m_attempted = true;
    if (m_stopped) {
        portmapping::unmap(m_request, m_result);
        return;
    }
    // Renew at half the lease (RFC 6886's advice); a failure is retried now and then.
    const int next = m_result.kind == MappingKind::None ? kRetryFailedMs
                     : m_result.leaseSeconds > 0     ? m_result.leaseSeconds * 500
                                                     : kPermanentRecheckMs;
    m_renew.start(next);
    emit finished(m_result);
}

void PortMapper::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_renew.stop();
    if (m_worker) {
        m_worker->wait();
        onDone();  // unmaps what the attempt under way got
        return;
    }
    portmapping::unmap(m_request, m_result);
    m_result = {};
}

} // namespace swarmscope
