#pragma once

#include "core/result.h"
#include "transport/carrier.h"

#include <QHash>
#include <QMap>
#include <QHostAddress>
#include <QObject>

namespace swarmscope {

// The ways a swarm reaches peers and is reached: the primary carrier factory (TCP) and others
// by URL scheme ("circuit", "ws", ...), so that a candidate "circuit://KEY@relay" is dialled by
// the factory registered for "circuit". Owns the factories; every inbound carrier comes out of
// one signal, whichever factory accepted it.
class CarrierSet final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierSet)

public:
    explicit CarrierSet(CarrierFactory *primary, QObject *parent = nullptr);

    void add(const QString &scheme, CarrierFactory *factory);
    CarrierFactory &primary() const { return *m_primary; }
    CarrierFactory *byScheme(const QString &scheme) const { return m_byScheme.value(scheme); }

    // Where a dial target goes: the factory of its scheme (or the primary one for a bare host)
    // and the host without the scheme; no factory for a scheme nobody registered.
    struct Route {
        CarrierFactory *factory = nullptr;
        QString host;
    };
    Route route(const QString &target) const;

    void stopListening();

signals:
    void incoming(swarmscope::Carrier *carrier);

private:
    CarrierFactory *m_primary;
    QMap<QString, CarrierFactory *> m_byScheme;
};

}  // namespace swarmscope
