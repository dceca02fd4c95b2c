#pragma once

#include "transport/carrier.h"

#include <QPointer>

namespace swarmscope {

// A carrier around another one, for circuits: it writes a header when the inner stream opens
// (before anyone else writes), hands out bytes already read from the inner stream first, and
// reports the circuit's far end, path and relay instead of the inner socket's.
class WrappedCarrier final : public Carrier {
    Q_OBJECT

public:
    struct Far {
        QHostAddress host;
        quint16 port = 0;
        ConnectionPath path = ConnectionPath::Relayed;
        QString via;  // the relay, IP:PORT
        PeerId expected;  // the key the far end must prove; null = anyone
    };
    // Takes ownership of inner (which may come later, by attach()). An inner stream that is
    // already open never emits opened(): call openNow().
    WrappedCarrier(Carrier *inner, Far far, QObject *parent = nullptr);
    void attach(Carrier *inner);

    void setHeader(const QByteArray &header) { m_header = header; }  // written on open
    void setPrefix(const QByteArray &bytes);  // read first (announced by a queued readyRead)
    void setFar(const Far &far) { m_far = far; }
    Carrier *inner() const { return m_inner; }
    // Writes the header now (the inner stream is already open) and reports opened().
    void openNow();
    // The circuit failed before the inner stream could be used (the relay refused, no answer).
    void fail(const QString &detail);

    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    Transport transport() const override { return m_inner ? m_inner->transport() : Transport::Tcp; }
    QHostAddress peerAddress() const override { return m_far.host; }
    quint16 peerPort() const override { return m_far.port; }
    quint16 localPort() const override { return m_inner ? m_inner->localPort() : 0; }
    ConnectionPath path() const override { return m_far.path; }
    QString via() const override { return m_far.via; }
    PeerId expectedPeer() const override { return m_far.expected; }
    void setReadBufferSize(qint64 bytes) override;

private:
    QPointer<Carrier> m_inner;
    Far m_far;
    QByteArray m_header;
    QByteArray m_prefix;
    bool m_failed = false;
};

}  // namespace swarmscope
