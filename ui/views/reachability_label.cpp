#include "views/reachability_label.h"

#include "format/mapping_name.h"

#include <QEvent>

namespace swarmscope::ui {

namespace {
QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

ReachabilityLabel::ReachabilityLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("reachabilityLabel"));
    setContentsMargins(4, 0, 4, 0);
    refresh();
}

void ReachabilityLabel::apply(const QJsonObject &reachability)
{
    m_state = reachability;
    refresh();
}

QString ReachabilityLabel::describe(const QJsonObject &r)
{
    const QString status = field(r, "status");
    const QString external = field(r, "external");
    const QString mapping = mappingProtocolName(field(r, "mapping"));
    if (status == QLatin1String("public")) {
        if (external.isEmpty())
            return tr("Reachable: yes");
        return mapping.isEmpty() ? tr("Reachable: yes, %1").arg(external) : tr("Reachable: yes, %1 %2").arg(mapping, external);
    }
    if (status == QLatin1String("private")) {
        const QString nat = field(r, "nat");
        if (nat == QLatin1String("address-dependent"))
            return tr("Not reachable: behind a NAT that changes ports");
        if (nat == QLatin1String("port-preserving"))
            return tr("Not reachable: behind a NAT with no port mapped");
        return tr("Not reachable from the internet");
    }
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

} // namespace swarmscope::ui
