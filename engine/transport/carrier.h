#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "events/event_types.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

namespace swarmscope {

// A reliable byte stream to one peer (TCP now, WebSocket and in-memory later). The secure
// channel runs on top of it and never learns which kind it is.
class Carrier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Carrier() override = default;

    virtual void write(const QByteArray &bytes) = 0;
    virtual QByteArray readAll() = 0;
    virtual qint64 bytesToWrite() const = 0;
    virtual void close() = 0;  // flush what is queued, then close
    virtual void abort() = 0;  // drop everything now
    virtual bool isOpen() const = 0;
    virtual Transport transport() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    virtual quint16 localPort() const { return 0; }  // 0 = not meaningful for this transport
    // How the stream reaches the peer: through a relay's circuit, via is the relay's IP:PORT.
    virtual ConnectionPath path() const { return ConnectionPath::Direct; }
    virtual QString via() const { return {}; }
    // The key the far end must prove (a circuit dialled to a known peer); null = anyone.
    virtual PeerId expectedPeer() const { return {}; }
    // Caps what is read ahead of the reader (0 = no cap), so that a reader who stops reading
    // makes the sender wait (the relay's splice). Transports without such a buffer ignore it.
    virtual void setReadBufferSize(qint64 bytes) { Q_UNUSED(bytes); }

signals:
    void opened();  // outbound connect finished
    void readyRead();
    void bytesWritten(qint64 bytes);
    void failed(const QString &detail);  // could not connect
    void closed();  // the stream ended (either side)
};

// Opens outbound carriers and accepts inbound ones.
class CarrierFactory : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~CarrierFactory() override = default;

    virtual Status listen(const QHostAddress &host, quint16 port) = 0;
    virtual quint16 listenPort() const = 0;
    virtual void stopListening() = 0;
    // Starts connecting; the carrier emits opened() or failed().
    virtual Carrier *dial(const QString &host, quint16 port, QObject *parent) = 0;
    // A factory of the same kind on the same host, for a listener of its own (discovery-swarm
    // listens once per swarm); null where the kind has no such thing (circuits).
    virtual CarrierFactory *sibling(QObject *parent) const
    {
        Q_UNUSED(parent);
        return nullptr;
    }

signals:
    void incoming(swarmscope::Carrier *carrier);  // parented to the factory; re-parent it
};

}  // namespace swarmscope
