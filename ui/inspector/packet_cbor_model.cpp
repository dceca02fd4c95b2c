#include "packet_cbor_model.h"

#include "models/roles.h"

#include <QCborArray>
#include <QCborMap>

namespace swarmscope::ui {

namespace {

QString hexPreview(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(PacketCborModel::kHexPreviewBytes);
    QString text = QString::fromLatin1(head.toHex(' '));
    if (bytes.size() > head.size())
        text += QStringLiteral(" …");
    return text;
}

QString keyText(const QCborValue &key)
{
    if (key.isString())
        return key.toString();
    if (key.isInteger())
        return QString::number(key.toInteger());
    return key.toDiagnosticNotation(QCborValue::Compact);
}

}  // namespace

PacketCborModel::PacketCborModel(QObject *parent) : QAbstractItemModel(parent)
{}

QString PacketCborModel::messageTypeName(qint64 t)
{
    static const char *const names[] = {"hello",        "ping",           "pong",     "join",       "leave",
                                        "room-message", "direct-message", "rpc-call", "rpc-result", "rpc-error",
                                        "announce",     "reply",          "relay",    "peers",      "bye",
                                        "data"};
    if (t < 1 || t > qint64(std::size(names)))
        return {};
    return QString::fromLatin1(names[t - 1]);
}

void PacketCborModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    endResetModel();
}

void PacketCborModel::setPayload(const QByteArray &payload)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    if (!payload.isEmpty()) {
        QCborParserError error{};
        const QCborValue value = QCborValue::fromCbor(payload, &error);
        if (error.error != QCborError::NoError) {
            Node n;
            n.key = tr("(not CBOR)");
            n.value = error.errorString();
            n.type = tr("error");
            n.row = 0;
            m_nodes.push_back(n);
            m_top.append(0);
        } else if (value.isMap() || value.isArray()) {
            // The top-level container's entries are the top-level rows.
            if (value.isMap()) {
                const QCborMap map = value.toMap();
                for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                    addValue(-1, keyText(it.key()), it.value(), 0);
            } else {
                const QCborArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    addValue(-1, QString::number(i), array.at(i), 0);
            }
        } else {
            addValue(-1, tr("(value)"), value, 0);
        }
    }
    endResetModel();
}

void PacketCborModel::addValue(int parent, const QString &key, const QCborValue &value, int depth)
{
    if (int(m_nodes.size()) >= kMaxNodes)
        return;
    const int id = int(m_nodes.size());
    {
        Node n;
        n.parent = parent;
        n.key = key;
        QList<int> &siblings = parent < 0 ? m_top : m_nodes[std::size_t(parent)].children;
        n.row = int(siblings.size());
        siblings.append(id);
        m_nodes.push_back(n);
    }
    // m_nodes may reallocate while children are added: index, never hold a reference.
    const auto node = [this, id]() -> Node & { return m_nodes[std::size_t(id)]; };

    if (value.isInteger()) {
        const qint64 v = value.toInteger();
        node().raw = v;
        node().type = tr("integer");
        node().value = QString::number(v);
        if (parent < 0 && key == QLatin1String("t") && !messageTypeName(v).isEmpty())
            node().value += QStringLiteral(" (%1)").arg(messageTypeName(v));
    } else if (value.isByteArray()) {
        const QByteArray bytes = value.toByteArray();
        node().raw = bytes;
        node().value = hexPreview(bytes);
        node().type = tr("bytes (%n)", nullptr, int(bytes.size()));
        if (depth < kMaxDepth && !bytes.isEmpty()) {
            QCborParserError error{};
            const QCborValue inner = QCborValue::fromCbor(bytes, &error);
            if (error.error == QCborError::NoError && error.offset == bytes.size() && inner.isMap()) {
                node().type = tr("bytes (%n), CBOR", nullptr, int(bytes.size()));
                const QCborMap map = inner.toMap();
                for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                    addValue(id, keyText(it.key()), it.value(), depth + 1);
            }
        }
    } else if (value.isString()) {
        node().raw = value.toString();
        node().value = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        node().type = tr("text");
    } else if (value.isMap()) {
        const QCborMap map = value.toMap();
        node().value = tr("%n entry(s)", nullptr, int(map.size()));
        node().type = tr("map");
        if (depth < kMaxDepth) {
            for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                addValue(id, keyText(it.key()), it.value(), depth + 1);
        }
    } else if (value.isArray()) {
        const QCborArray array = value.toArray();
        node().value = tr("%n item(s)", nullptr, int(array.size()));
        node().type = tr("array");
        if (depth < kMaxDepth) {
            for (qsizetype i = 0; i < array.size(); ++i)
                addValue(id, QString::number(i), array.at(i), depth + 1);
        }
    } else if (value.isBool()) {
        node().raw = value.toBool();
        node().value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        node().type = tr("boolean");
    } else if (value.isDouble()) {
        node().raw = value.toDouble();
        node().value = QString::number(value.toDouble(), 'g', 17);
        node().type = tr("float");
    } else {
        node().value = value.toDiagnosticNotation(QCborValue::Compact);
        node().type = value.isNull() ? tr("null") : value.isTag() ? tr("tag") : tr("simple");
    }
}

QModelIndex PacketCborModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : -1;
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = childrenOf(p);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex PacketCborModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[std::size_t(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[std::size_t(p)].row, 0, quintptr(p));
}

int PacketCborModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int PacketCborModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PacketCborModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[std::size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Field: return n.key;
        case Value: return n.value;
        case Type: return n.type;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Value && n.raw.typeId() == QMetaType::QByteArray)
            return QString::fromLatin1(n.raw.toByteArray().left(1024).toHex(' '));
        return {};
    case Roles::Raw:
        switch (index.column()) {
        case Field: return n.key;
        case Value: return n.raw.isValid() ? n.raw : QVariant(n.value);
        case Type: return n.type;
        default: return {};
        }
    case Roles::Key: return QVariant::fromValue(quint64(index.internalId()));
    default: return {};
    }
}

QVariant PacketCborModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Field: return tr("Field");
        case Value: return tr("Value");
        case Type: return tr("Type");
        default: break;
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex PacketCborModel::findTopLevel(const QString &name) const
{
    for (int row = 0; row < m_top.size(); ++row) {
        if (m_nodes[std::size_t(m_top.at(row))].key == name)
            return index(row, 0);
    }
    return {};
}

void PacketCborModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace swarmscope::ui
