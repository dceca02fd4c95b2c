#pragma once

#include "crypto/key_pair.h"
#include "crypto/secret_stream.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace swarmscope::test {

// A raw client that speaks the secure channel by hand, so it can misbehave after the handshake
// (send what it likes, stop reading). Driven by the event loop, because the session it talks to
// usually shares the test's thread.
class RawClient {
public:
    static constexpr int kWaitMs = 10000;

    // Dials 127.0.0.1:port, from the given loopback address when one is given.
    explicit RawClient(quint16 port, const QHostAddress &from = {});

    bool handshake();  // spins until the channel is open (true) or failed
    void sendPlain(const QByteArray &plaintext);
    bool waitClosed();
    // A client that stops reading leaves what the node sends in the socket buffers.
    void stopReading();
    const KeyPair &keys() const { return m_keys; }
    QTcpSocket &socket() { return m_socket; }

private:
    template <class F>
    static bool spinUntil(F done);

    KeyPair m_keys = KeyPair::generate();
    SecretStream m_stream;
    QTcpSocket m_socket;
    bool m_failed = false;
};

}  // namespace swarmscope::test
