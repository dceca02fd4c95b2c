#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace swarmscope::ui {

// The doctor's report as a table: check, status, detail, advice. Rows are keyed by check id;
// a new report updates rows in place.
class DoctorReportModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CheckColumn, StatusColumn, DetailColumn, AdviceColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const QJsonObject &report);
    void clear();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString titleOf(const QString &id);
    static QString statusText(const QString &status);

private:
    QList<QJsonObject> m_rows;
};

}  // namespace swarmscope::ui
