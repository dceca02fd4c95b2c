#include "rpc_traffic_model.h"

#include "format/units.h"
#include "roles.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

#include <algorithm>

namespace swarmscope::ui {

namespace {

constexpr int kMaxCellChars = 300;  // the tooltip has the whole value

QString jsonText(const QJsonValue &value, QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    if (value.isUndefined())
        return {};
    // QJsonDocument holds only arrays and objects: wrap, then strip the brackets.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(format)).trimmed();
    if (format == QJsonDocument::Compact)
        return wrapped.mid(1, wrapped.size() - 2);
    // Indented: "[\n    value\n]" -> value, unindented by one level.
    QStringList lines = wrapped.split(QLatin1Char('\n'));
    if (lines.size() >= 2) {
        lines.removeFirst();
        lines.removeLast();
    }
    for (QString &line : lines)
        line = line.mid(4);
    return lines.join(QLatin1Char('\n'));
}

QString elided(const QString &text)
{
    return text.size() > kMaxCellChars ? text.left(kMaxCellChars) + QChar(0x2026) : text;
}

}  // namespace

RpcTrafficModel::RpcTrafficModel(int capacity, QObject *parent) : CappedTableModel(capacity, parent)
{}

int RpcTrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RpcTrafficModel::statusText(CallStatus status)
{
    switch (status) {
    case CallStatus::Pending: return tr("pending");
    case CallStatus::Ok: return tr("ok");
    case CallStatus::Error: return tr("error");
    case CallStatus::Timeout: return tr("timeout");
    case CallStatus::Received: return tr("received");
    }
    return {};
}

QVariant RpcTrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return Units::timeOfDay(r.call.timeMs);
        case Direction: return r.call.incoming ? tr("in", "rpc direction") : tr("out", "rpc direction");
        case Peer: return Units::shortAddress(r.call.peerAddress);
        case Name: return r.call.name;
        case Args: return elided(r.argsText);
        case Result: return elided(r.status == CallStatus::Ok ? r.resultText : r.error);
        case Latency: return r.latencyMs < 0 ? QVariant() : QVariant(Units::latency(r.latencyMs));
        case Status: return statusText(r.status);
        default: return {};
        }
    case Roles::Raw:
        switch (index.column()) {
        case Time: return r.call.timeMs;
        case Direction: return r.call.incoming;
        case Peer: return r.call.peerAddress;
        case Name: return r.call.name;
        case Args: return r.argsText;
        case Result: return r.status == CallStatus::Ok ? r.resultText : r.error;
        case Latency: return r.latencyMs;
        case Status: return int(r.status);
        default: return {};
        }
    case Roles::Key: return QVariant::fromValue(r.call.callId);
    case Roles::PeerAddress: return r.call.peerAddress;
    case Roles::Status: return int(r.status);
    case Roles::TimeMs: return r.call.timeMs;
    case Roles::FilterText:
        return QStringList{r.call.peerAddress, r.call.name, r.argsText, r.resultText, r.error, statusText(r.status)}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return Units::dateTime(r.call.timeMs);
        case Peer: return r.call.peerAddress;
        case Args: return jsonText(r.call.args, QJsonDocument::Indented);
        case Result: return r.status == CallStatus::Ok ? jsonText(r.result, QJsonDocument::Indented) : r.error;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Latency ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status || index.column() == Result) {
            if (r.status == CallStatus::Error || r.status == CallStatus::Timeout)
                return QColor(0xc0, 0x30, 0x30);
            if (r.status == CallStatus::Pending)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    default: return {};
    }
}

QVariant RpcTrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Time: return tr("Time");
        case Direction: return tr("Dir");
        case Peer: return tr("Peer");
        case Name: return tr("Procedure");
        case Args: return tr("Arguments");
        case Result: return tr("Result / error");
        case Latency: return tr("Latency");
        case Status: return tr("Status");
        default: break;
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Direction: return tr("out: we called the peer; in: the peer called us");
        case Latency: return tr("Our calls: until the result arrived. Calls to us: until we answered");
        case Status: return tr("pending, ok, error, timeout; received while we work on a call made to us");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

int RpcTrafficModel::rowOfCall(quint64 callId) const
{
    const auto it = m_seqOfCall.constFind(callId);
    if (it == m_seqOfCall.cend())
        return -1;
    return int(*it - m_firstSeq);
}

void RpcTrafficModel::append(const QList<Call> &calls)
{
    QList<Row> fresh;
    for (const Call &c : calls) {
        if (!c.incoming) {
            if (rowOfCall(c.callId) >= 0)
                continue;
            const bool dupInBatch = std::any_of(fresh.cbegin(), fresh.cend(), [&](const Row &f) {
                return !f.call.incoming && f.call.callId == c.callId;
            });
            if (dupInBatch)
                continue;
        }
        Row r;
        r.call = c;
        r.status = c.incoming ? CallStatus::Received : CallStatus::Pending;
        r.argsText = jsonText(c.args);
        fresh.append(r);
    }
    insertRows(fresh);
}

void RpcTrafficModel::applyResponse(const RpcResponse &response, qint64 nowMs)
{
    int row = rowOfCall(response.callId);
    if (row < 0) {
        // The call was made before we listened, or fell out of the buffer: show the answer alone.
        Call c;
        c.callId = response.callId;
        c.peerAddress = response.peerAddress;
        c.name = response.name;
        c.args = QJsonValue(QJsonValue::Undefined);
        c.timeMs = nowMs - response.latencyMs;
        append({c});
        row = rowOfCall(response.callId);
        if (row < 0)
            return;
    }
    Row &r = m_rows[std::size_t(row)];
    r.latencyMs = response.latencyMs;
    if (response.ok) {
        r.status = CallStatus::Ok;
        r.result = response.result;
        r.resultText = jsonText(response.result);
        r.error.clear();
    } else {
        r.status = response.error == QLatin1String("timeout") ? CallStatus::Timeout : CallStatus::Error;
        r.error = response.error;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool RpcTrafficModel::applyAnswer(const RpcResponse &answer)
{
    const int rows = int(m_rows.size());
    for (int row = rows - 1; row >= std::max(0, rows - kAnswerScanRows); --row) {
        Row &r = m_rows[std::size_t(row)];
        if (!r.call.incoming || r.call.callId != answer.callId || r.call.peerAddress != answer.peerAddress
            || r.status != CallStatus::Received)
            continue;
        r.latencyMs = answer.latencyMs;
        r.status = answer.ok ? CallStatus::Ok : CallStatus::Error;
        r.result = answer.result;
        r.resultText = answer.ok ? jsonText(answer.result) : QString();
        r.error = answer.ok ? QString() : answer.error;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}

void RpcTrafficModel::insertRows(QList<Row> rows)
{
    appendBatch(rows.size(), [&](qsizetype i) {
        Row &r = rows[i];
        if (!r.call.incoming)
            m_seqOfCall.insert(r.call.callId, m_firstSeq + m_rows.size());
        m_rows.push_back(std::move(r));
    });
}

void RpcTrafficModel::dropOldest(qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (!m_rows.front().call.incoming)
            m_seqOfCall.remove(m_rows.front().call.callId);
        m_rows.pop_front();
    }
    m_firstSeq += quint64(count);
}

void RpcTrafficModel::dropAll()
{
    m_firstSeq += m_rows.size();
    m_rows.clear();
    m_seqOfCall.clear();
}

void RpcTrafficModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace swarmscope::ui
