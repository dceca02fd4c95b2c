#include "procedure_list_model.h"

#include "roles.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace swarmscope::ui {

ProcedureListModel::ProcedureListModel(QObject *parent) : QAbstractTableModel(parent)
{}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcedureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcedureInfo &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Roles::Raw: return index.column() == Name ? p.name : p.doc;
    case Qt::ToolTipRole: return p.doc.isEmpty() ? p.name : QString(p.name + QStringLiteral(": ") + p.doc);
    case Roles::Key: return p.name;
    case Roles::FilterText: return QString(p.name + QLatin1Char(' ') + p.doc);
    default: return {};
    }
}

QVariant ProcedureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Procedure");
        case Doc: return tr("Description");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ProcedureListModel::setProcedures(const QString &peerAddress, QList<ProcedureInfo> procedures)
{
    std::sort(procedures.begin(), procedures.end(),
              [](const ProcedureInfo &a, const ProcedureInfo &b) { return a.name < b.name; });
    procedures.erase(std::unique(procedures.begin(), procedures.end(),
                                 [](const ProcedureInfo &a, const ProcedureInfo &b) { return a.name == b.name; }),
                     procedures.end());
    beginResetModel();
    m_peer = peerAddress;
    m_rows = std::move(procedures);
    endResetModel();
}

bool ProcedureListModel::setFromListing(const QString &peerAddress, const QJsonValue &listing)
{
    if (!listing.isArray())
        return false;
    QList<ProcedureInfo> procedures;
    const QJsonArray entries = listing.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject o = entry.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return false;
        procedures.append({name, o.value(QStringLiteral("doc")).toString()});
    }
    setProcedures(peerAddress, procedures);
    return true;
}

void ProcedureListModel::clear()
{
    if (m_rows.isEmpty() && m_peer.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_peer.clear();
    endResetModel();
}

int ProcedureListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

void ProcedureListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace swarmscope::ui
