#pragma once

#include "rooms/rpc.h"

#include <QAbstractTableModel>
#include <QList>

namespace swarmscope::ui {

// The procedures one peer offers (its answer to Rpc::kListProcedures), keyed by name.
class ProcedureListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureListModel)

public:
    enum Column { Name, Doc, ColumnCount };

    explicit ProcedureListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new listing replaces the old one: the peer's whole answer, sorted by name.
    void setProcedures(const QString &peerAddress, QList<ProcedureInfo> procedures);
    // Parses the JSON answer of Rpc::kListProcedures ([{name, doc}, ...]); false if malformed.
    bool setFromListing(const QString &peerAddress, const QJsonValue &listing);
    void clear();

    const QString &peerAddress() const { return m_peer; }
    int rowOf(const QString &name) const;
    const ProcedureInfo &procedureAt(int row) const { return m_rows.at(row); }

    void retranslate();

private:
    QString m_peer;
    QList<ProcedureInfo> m_rows;
};

}  // namespace swarmscope::ui
