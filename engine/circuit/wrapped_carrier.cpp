#include "circuit/wrapped_carrier.h"

namespace swarmscope {

WrappedCarrier::WrappedCarrier(Carrier *inner, Far far, QObject *parent) : Carrier(parent), m_far(std::move(far))
{
    if (inner)
        attach(inner);
}

void WrappedCarrier::attach(Carrier *inner)
{
    m_inner = inner;
    inner->setParent(this);
    connect(inner, &Carrier::opened, this, &WrappedCarrier::openNow);
    connect(inner, &Carrier::readyRead, this, &Carrier::readyRead);
    connect(inner, &Carrier::bytesWritten, this, &Carrier::bytesWritten);
    connect(inner, &Carrier::failed, this, [this](const QString &detail) { fail(detail); });
    connect(inner, &Carrier::closed, this, &Carrier::closed);
}

void WrappedCarrier::setPrefix(const QByteArray &bytes)
{
    m_prefix = bytes;
    if (!m_prefix.isEmpty())
        QMetaObject::invokeMethod(this, &Carrier::readyRead, Qt::QueuedConnection);
}

void WrappedCarrier::openNow()
{
    if (m_failed || !m_inner)
        return;
    if (!m_header.isEmpty())
        m_inner->write(std::exchange(m_header, {}));
    emit opened();
}

void WrappedCarrier::fail(const QString &detail)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_inner)
        m_inner->abort();
    emit failed(detail);
}

void WrappedCarrier::write(const QByteArray &bytes)
{
    if (m_inner && !m_failed)
        m_inner->write(bytes);
}

QByteArray WrappedCarrier::readAll()
{
    QByteArray out = std::exchange(m_prefix, {});
    if (m_inner)
        out += m_inner->readAll();
    return out;
}

qint64 WrappedCarrier::bytesToWrite() const
{
    return m_inner ? m_inner->bytesToWrite() : 0;
}

void WrappedCarrier::close()
{
    if (m_inner)
        m_inner->close();
}

void WrappedCarrier::abort()
{
    m_failed = true;
    if (m_inner)
        m_inner->abort();
}

bool WrappedCarrier::isOpen() const
{
    return m_inner && !m_failed && m_inner->isOpen();
}

void WrappedCarrier::setReadBufferSize(qint64 bytes)
{
    if (m_inner)
        m_inner->setReadBufferSize(bytes);
}

}  // namespace swarmscope
