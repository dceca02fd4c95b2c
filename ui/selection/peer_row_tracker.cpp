#include "selection/peer_row_tracker.h"

#include "models/roles.h"
#include "selection/peer_row_delegate.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>

#include <algorithm>

namespace swarmscope::ui {

PeerRowTracker::PeerRowTracker(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_delegate(new PeerRowDelegate(view))
{
    m_view->setItemDelegate(m_delegate);
    connect(m_view, &QAbstractItemView::clicked, this, &PeerRowTracker::offer);
    // Keyboard moves count too, but not the current row shifting as rows come and go.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_view->hasFocus())
                    offer(current);
            });
}

void PeerRowTracker::offer(const QModelIndex &index)
{
    if (m_following || !index.isValid())
        return;
    const QString address = index.siblingAtColumn(0).data(Roles::PeerAddress).toString();
    if (address.isEmpty())
        return;
    if (address != m_marked) {
        m_marked = address;
        m_delegate->setPeer(address);
        m_view->viewport()->update();
    }
    emit peerPicked(address);
}

QModelIndex PeerRowTracker::newestRowOf(const QString &address) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model || address.isEmpty())
        return {};
    const int rows = model->rowCount();
    const int last = std::max(0, rows - kScanLimit);
    for (int row = rows - 1; row >= last; --row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Roles::PeerAddress).toString() == address)
            return index;
    }
    return {};
}

void PeerRowTracker::follow(const QString &address)
{
    if (address == m_marked)
        return;
    m_marked = address;
    m_delegate->setPeer(address);
    m_view->viewport()->update();
    const QModelIndex row = newestRowOf(address);
    if (!row.isValid())
        return;
    const QScopedValueRollback guard(m_following, true);
    m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(row);
}

}  // namespace swarmscope::ui
