#include "raw_client.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace swarmscope::test {

RawClient::RawClient(quint16 port, const QHostAddress &from) : m_stream(true, m_keys)
{
    if (!from.isNull())
        m_socket.bind(from);
    QObject::connect(&m_socket, &QTcpSocket::connected, [this] { m_socket.write(m_stream.start()); });
    QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
        SecretStreamOutput out;
        if (!m_stream.feed(m_socket.readAll(), out).ok())
            m_failed = true;
        if (!out.toSend.isEmpty())
            m_socket.write(out.toSend);
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

template <class F>
bool RawClient::spinUntil(F done)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

bool RawClient::handshake()
{
    return spinUntil([this] { return m_stream.established() || m_failed; }) && !m_failed;
}

void RawClient::sendPlain(const QByteArray &plaintext)
{
    m_socket.write(m_stream.seal(plaintext));
}

bool RawClient::waitClosed()
{
    return spinUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; });
}

void RawClient::stopReading()
{
    m_socket.disconnect(&m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket.setReadBufferSize(1);  // Qt stops taking bytes from the kernel, so the window closes
}

}  // namespace swarmscope::test
