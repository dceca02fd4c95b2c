#pragma once

#include "snapshots.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QHash>
#include <QList>
#include <QPointer>

namespace swarmscope::ui {

class PeerNames;

// Live connections, one row each, keyed by the engine's connection id. Fed by PeerDelta batches:
// removals and insertions are grouped into as few begin/end calls as possible and updates are
// coalesced into one dataChanged when more than half of the rows changed.
class PeerTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerTableModel)

public:
    enum Column {
        Address,
        Endpoint,
        Transport,
        Path,
        Direction,
        Source,
        QueueState,
        Retries,
        Rtt,
        RateIn,
        RateOut,
        BytesIn,
        BytesOut,
        Since,
        Client,  // the software the peer runs (BitTorrent: named by its peer id)
        BtPeerId,  // the 20-byte BitTorrent peer id of a Bugout wire
        ColumnCount
    };

    explicit PeerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void apply(const PeerDelta &delta);
    void reset(const QList<PeerSnapshot> &peers);

    int rowOf(quint64 connectionId) const { return m_rowOf.value(connectionId, -1); }
    const PeerSnapshot &peerAt(int row) const { return m_rows.at(row); }
    int connectedCount() const;
    // Addresses of the peers we are connected to that are in this room (one of ours).
    QSet<QString> connectedIn(const QString &room) const;

    // Peers are named by names (local, signed, short address) in the Address column; without it
    // by their signed name or address.
    void setNames(PeerNames *names);
    static constexpr int kIdenticonSize = 16;

    // Header labels are translated; views call this on QEvent::LanguageChange.
    void retranslate();

private:
    void removeIds(const QList<quint64> &ids);
    void appendRows(const QList<PeerSnapshot> &peers);
    void updateRows(const QList<PeerSnapshot> &peers);
    void reindexFrom(int row);
    QVariant display(const PeerSnapshot &p, int column) const;
    static QString pathText(const PeerSnapshot &p);
    static QString queueStateText(const PeerSnapshot &p);  // its queue state, else its connection state
    static QString btPeerIdText(const QByteArray &peerId);
    QVariant raw(const PeerSnapshot &p, int column) const;

    QList<PeerSnapshot> m_rows;
    QHash<quint64, int> m_rowOf;
    QPointer<PeerNames> m_names;
};

}  // namespace swarmscope::ui
