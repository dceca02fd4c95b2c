#pragma once

#include "core/clock.h"
#include "crypto/key_pair.h"
#include "transport/tcp_carrier.h"

#include <QObject>
#include <QTimer>

#include <atomic>

namespace swarmscope {

class Connection;

// Two peers in one process, on 127.0.0.1, over the real stack (TCP carrier, secret-stream, the
// bulk message type): one sends 64 KiB chunks as fast as the other takes them. Lives on the
// thread that creates it (the engine's): that is the load the window must not feel.
class BulkPump final : public QObject {
    Q_OBJECT

public:
    explicit BulkPump(QObject *parent = nullptr);
    ~BulkPump() override;
    bool start();  // false if nothing listens
    std::atomic<qint64> received{0};

private:
    void topUp();

    SystemClock m_clock;
    KeyPair m_serverKeys = KeyPair::generate();
    KeyPair m_clientKeys = KeyPair::generate();
    TcpCarrierFactory m_server;
    TcpCarrierFactory m_client;
    Connection *m_sender = nullptr;
    QTimer m_timer;
    QByteArray m_chunk;
};

}  // namespace swarmscope
