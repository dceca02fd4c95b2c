#include "inspector/doctor_report_model.h"

#include "inspector/doctor_text.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

namespace swarmscope::ui {

QString DoctorReportModel::titleOf(const QString &id)
{
    if (id == QLatin1String("listen"))
        return tr("Listening port");
    if (id == QLatin1String("lan-multicast"))
        return tr("LAN multicast");
    if (id == QLatin1String("dht"))
        return tr("DHT bootstrap");
    if (id == QLatin1String("nat"))
        return tr("Reachability");
    if (id == QLatin1String("port-mapping"))
        return tr("Port mapping");
    if (id == QLatin1String("relays"))
        return tr("Relays");
    if (id == QLatin1String("hole-punch"))
        return tr("Hole punching");
    if (id == QLatin1String("peers"))
        return tr("Manual peers");
    if (id == QLatin1String("clock"))
        return tr("Clock");
    return id;
}

QString DoctorReportModel::statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("OK");
    if (status == QLatin1String("warn"))
        return tr("Warning");
    if (status == QLatin1String("fail"))
        return tr("Failed");
    return status;
}

void DoctorReportModel::setReport(const QJsonObject &report)
{
    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    QList<QJsonObject> incoming;
    for (const QJsonValue &v : checks)
        incoming.append(v.toObject());
    // Update rows with the same id in place; then append or remove at the end.
    const int common = int(std::min(incoming.size(), m_rows.size()));
    bool sameIds = true;
    for (int i = 0; i < common; ++i)
        sameIds = sameIds && incoming[i].value(QStringLiteral("id")) == m_rows[i].value(QStringLiteral("id"));
    if (!sameIds) {
        beginResetModel();
        m_rows = incoming;
        endResetModel();
        return;
    }
    for (int i = 0; i < common; ++i)
        m_rows[i] = incoming[i];
    if (common > 0)
        emit dataChanged(index(0, 0), index(common - 1, ColumnCount - 1));
    if (incoming.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(incoming.size()) - 1);
        m_rows = incoming;
        endInsertRows();
    } else if (incoming.size() < m_rows.size()) {
        beginRemoveRows({}, int(incoming.size()), int(m_rows.size()) - 1);
        m_rows = incoming;
        endRemoveRows();
    }
}

void DoctorReportModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int DoctorReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DoctorReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoctorReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &c = m_rows[index.row()];
    const QString status = c.value(QStringLiteral("status")).toString();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CheckColumn: return titleOf(c.value(QStringLiteral("id")).toString());
        case StatusColumn: return statusText(status);
        case DetailColumn: return DoctorText::detail(c);
        case AdviceColumn: return DoctorText::advice(c);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (status == QLatin1String("fail"))
            return QBrush(QColor(200, 40, 40));
        if (status == QLatin1String("warn"))
            return QBrush(QColor(190, 120, 0));
        return QBrush(QColor(30, 140, 60));
    }
    if (role == Qt::UserRole)
        return c.value(QStringLiteral("id")).toString();
    return {};
}

QVariant DoctorReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn: return tr("Check");
    case StatusColumn: return tr("Status");
    case DetailColumn: return tr("Detail");
    case AdviceColumn: return tr("Advice");
    }
    return {};
}

}  // namespace swarmscope::ui
