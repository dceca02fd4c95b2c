#pragma once

#include "core/clock.h"
#include "nat/port_mapping_backend.h"

#include <QObject>

#include <memory>

class QThread;

namespace swarmscope {

// Keeps our ports mapped on the home router (UPnP IGD or NAT-PMP): maps them (on a worker thread
// when the backend blocks, as the real libraries do for the discovery), renews at half the lease
// on the injected clock, deletes the mappings on stop(). Results arrive on the owner's thread.
class PortMapper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortMapper)

public:
    PortMapper(Clock &clock, PortMappingBackend &backend, QObject *parent = nullptr);
    ~PortMapper() override;  // stop()

    void start(const PortMappingRequest &request);
    void stop();  // waits for a running attempt, then deletes what was mapped
    const PortMappingResult &result() const { return m_result; }
    bool attempted() const { return m_attempted; }

signals:
    void finished(const swarmscope::PortMappingResult &result);

private:
    void run();
    void onWorkerDone();
    void finish();

    PortMappingBackend &m_backend;
    PortMappingRequest m_request;
    PortMappingResult m_result;
    std::shared_ptr<PortMappingResult> m_pending;
    QThread *m_worker = nullptr;
    ScopedTimer m_answer;  // a backend that does not block: its answer, delivered from the event loop
    ScopedTimer m_renew;
    bool m_attempted = false;
    bool m_stopped = false;
};

}  // namespace swarmscope
