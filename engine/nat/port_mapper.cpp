#include "nat/port_mapper.h"

#include <QThread>

namespace swarmscope {

namespace {
constexpr int kRetryFailedMs = 5 * 60 * 1000;  // a router may come up later
constexpr int kPermanentRecheckMs = 30 * 60 * 1000;
}  // namespace

PortMapper::PortMapper(Clock &clock, PortMappingBackend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_answer(clock)
    , m_renew(clock)
{}

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
    if (m_worker || m_answer.active() || m_stopped)
        return;
    auto pending = std::make_shared<PortMappingResult>();
    m_pending = pending;
    const PortMappingRequest request = m_request;
    if (!m_backend.blocks()) {
        *pending = m_backend.map(request);
        m_answer.start(0, [this] { finish(); });
        return;
    }
    PortMappingBackend *backend = &m_backend;
    m_worker = QThread::create([pending, request, backend] { *pending = backend->map(request); });
    connect(m_worker, &QThread::finished, this, &PortMapper::onWorkerDone);
    m_worker->start();
}

void PortMapper::onWorkerDone()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    finish();
}

void PortMapper::finish()
{
    m_result = *m_pending;
    m_attempted = true;
    if (m_stopped) {
        m_backend.unmap(m_request, m_result);
        return;
    }
    // Renew at half the lease (RFC 6886's advice); a failure is retried now and then.
    const int next = m_result.kind == MappingKind::None ? kRetryFailedMs
        : m_result.leaseSeconds > 0                     ? m_result.leaseSeconds * 500
                                                        : kPermanentRecheckMs;
    m_renew.start(next, [this] { run(); });
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
        onWorkerDone();  // unmaps what the attempt under way got
        return;
    }
    if (m_answer.active()) {
        m_answer.stop();
        finish();  // unmaps what the answer not yet delivered got
        return;
    }
    m_backend.unmap(m_request, m_result);
    m_result = {};
}

}  // namespace swarmscope
