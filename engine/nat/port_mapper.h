#pragma once

#include "nat/port_mapping_backend.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace swarmscope {

// Keeps our ports mapped on the home router (UPnP IGD or NAT-PMP): maps them on a worker thread
// (the libraries block for the discovery), renews at half the lease, deletes the mappings on
// stop(). Results arrive on the owner's thread.
class PortMapper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortMapper)

public:
    explicit PortMapper(QObject *parent = nullptr);
    ~PortMapper() override;  // stop()

    void start(const PortMappingRequest &request);
    void stop();  // waits for a running attempt, then deletes what was mapped
    const PortMappingResult &result() const { return m_result; }
    bool attempted() const { return m_attempted; }

signals:
    void finished(const swarmscope::PortMappingResult &result);

private:
    void run();
    void onDone();

    PortMappingRequest m_request;
    PortMappingResult m_result;
    std::shared_ptr<PortMappingResult> m_pending;
    QThread *m_worker = nullptr;
    QTimer m_renew;
    bool m_attempted = false;
    bool m_stopped = false;
};

} // namespace swarmscope
