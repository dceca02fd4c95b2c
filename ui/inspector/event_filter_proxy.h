#pragma once

#include "event_filter_expression.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace swarmscope::ui {

class EventLogModel;

// Filters an EventLogModel with an EventFilterExpression. The source must be an EventLogModel
// (any other model passes every row).
class EventFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxy)

public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    // Parses text and filters with it. On a parse error the previous filter stays and the
    // error is returned (and remembered for error()).
    std::optional<EventFilterExpression::Error> setFilterText(const QString &text);
    void setExpression(const EventFilterExpression &expression);
    const EventFilterExpression &expression() const { return m_expression; }
    std::optional<EventFilterExpression::Error> error() const { return m_error; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventLogModel *m_log = nullptr;
    EventFilterExpression m_expression;
    std::optional<EventFilterExpression::Error> m_error;
};

}  // namespace swarmscope::ui
