#pragma once

#include <QAbstractItemModel>
#include <QCborValue>

#include <vector>

namespace swarmscope::ui {

// The decoded CBOR of one frame as a tree: field, value, type. Byte strings show as hex with
// their size; a byte string that is itself a complete CBOR map or array (the signed payload `p`
// of a room message) gets its decoded fields as children. Bounded in depth and node count.
class PacketCborModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketCborModel)

public:
    enum Column { Field, Value, Type, ColumnCount };
    static constexpr int kMaxDepth = 16;
    static constexpr int kMaxNodes = 5000;
    static constexpr int kHexPreviewBytes = 32;

    explicit PacketCborModel(QObject *parent = nullptr);

    // Replaces the tree with the decoding of payload (nothing, or an error row, if it is not CBOR).
    void setPayload(const QByteArray &payload);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Top-level row whose key is name, or an invalid index.
    QModelIndex findTopLevel(const QString &name) const;
    // The swarmscope/1 name of message type t ("room-message"), empty if unknown.
    static QString messageTypeName(qint64 t);
    void retranslate();

private:
    struct Node {
        int parent = -1;  // -1 = top level
        int row = 0;
        QList<int> children;
        QString key;
        QString value;
        QString type;
        QVariant raw;
    };

    void addValue(int parent, const QString &key, const QCborValue &value, int depth);
    const QList<int> &childrenOf(int node) const { return node < 0 ? m_top : m_nodes[std::size_t(node)].children; }

    std::vector<Node> m_nodes;
    QList<int> m_top;
};

}  // namespace swarmscope::ui
