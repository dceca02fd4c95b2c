#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace swarmscope::ui {

// Named counters (rejects by reason, queries by method), one row per name, keyed by name.
// Counters are only ever added or updated in place; a name that disappears is removed.
class CounterTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterTableModel)

public:
    enum Column { Name, Count, ColumnCount };

    explicit CounterTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCounts(const QHash<QString, quint64> &counts);
    void setHeaders(const QString &name, const QString &count);

    quint64 countOf(const QString &name) const;
    quint64 total() const;

private:
    struct Row {
        QString name;
        quint64 count = 0;
    };

    QList<Row> m_rows;
    QString m_nameHeader;
    QString m_countHeader;
};

}  // namespace swarmscope::ui
