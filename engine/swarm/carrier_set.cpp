#include "swarm/carrier_set.h"

namespace swarmscope {

CarrierSet::CarrierSet(CarrierFactory *primary, QObject *parent) : QObject(parent), m_primary(primary)
{
    m_primary->setParent(this);
    connect(m_primary, &CarrierFactory::incoming, this, &CarrierSet::incoming);
}

void CarrierSet::add(const QString &scheme, CarrierFactory *factory)
{
    factory->setParent(this);
    m_byScheme.insert(scheme, factory);
    connect(factory, &CarrierFactory::incoming, this, &CarrierSet::incoming);
}

CarrierSet::Route CarrierSet::route(const QString &target) const
{
    const qsizetype sep = target.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return {m_primary, target};
    return {m_byScheme.value(target.left(sep)), target.mid(sep + 3)};
}

void CarrierSet::stopListening()
{
    m_primary->stopListening();
    for (CarrierFactory *f : std::as_const(m_byScheme))
        f->stopListening();
}

}  // namespace swarmscope
