#include "event_filter_proxy.h"

#include "models/event_log_model.h"
#include "models/roles.h"

namespace swarmscope::ui {

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(Roles::Raw);
}

void EventFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    m_log = qobject_cast<EventLogModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

std::optional<EventFilterExpression::Error> EventFilterProxy::setFilterText(const QString &text)
{
    EventFilterExpression parsed;
    m_error = EventFilterExpression::parse(text, parsed);
    if (!m_error)
        setExpression(parsed);
    return m_error;
}

void EventFilterProxy::setExpression(const EventFilterExpression &expression)
{
    m_expression = expression;
    invalidateRowsFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_expression.isEmpty() || !m_log || sourceParent.isValid())
        return true;
    const QString haystack = m_log->index(sourceRow, 0).data(Roles::FilterText).toString();
    return m_expression.matches(m_log->eventAt(sourceRow), haystack);
}

}  // namespace swarmscope::ui
