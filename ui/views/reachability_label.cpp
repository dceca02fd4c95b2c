#include "views/reachability_label.h"

#include "format/mapping_name.h"

#include <QEvent>

namespace swarmscope::ui {

ReachabilityLabel::ReachabilityLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("reachabilityLabel"));
    setContentsMargins(4, 0, 4, 0);
    refresh();
}

void ReachabilityLabel::apply(const ReachabilitySnapshot &reachability)
{
    m_state = reachability;
    refresh();
}

QString ReachabilityLabel::describe(const ReachabilitySnapshot &r)
{
    const QString external = r.external();
    const QString mapping = mappingProtocolName(r.mapping);
    switch (r.status) {
    case ReachabilityStatus::Public:
        if (external.isEmpty())
            return tr("Reachable: yes");
        return mapping.isEmpty() ? tr("Reachable: yes, %1").arg(external)
                                 : tr("Reachable: yes, %1 %2").arg(mapping, external);
    case ReachabilityStatus::Private: {
        const QString relay =
            r.relays.isEmpty() ? QString() : tr("; using relay %1").arg(r.relays.join(QStringLiteral(", ")));
        if (r.nat == NatBehaviour::AddressDependent)
            return tr("Not reachable: behind a NAT that changes ports") + relay;
        if (r.nat == NatBehaviour::PortPreserving)
            return tr("Not reachable: behind a NAT with no port mapped") + relay;
        return tr("Not reachable from the internet") + relay;
    }
    case ReachabilityStatus::Unknown: break;
    }
    if (!r.relays.isEmpty())
        return tr("Reachable: not known yet; using relay %1").arg(r.relays.join(QStringLiteral(", ")));
    return tr("Reachable: not known yet");
}

void ReachabilityLabel::refresh()
{
    setText(describe(m_state));
    setToolTip(tr("Whether peers on the internet can connect to us: learnt from the addresses peers see and from "
                  "asking a peer to dial us back"));
    setAccessibleName(tr("Reachability"));
}

void ReachabilityLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

}  // namespace swarmscope::ui
