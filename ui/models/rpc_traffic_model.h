#pragma once

#include "rooms/rpc.h"

#include "capped_table_model.h"

#include <QHash>
#include <QJsonValue>

#include <deque>

namespace swarmscope::ui {

// Remote procedure calls in a capped ring buffer (CappedTableModel): each outgoing call is one
// row that its rpcResponse completes (result or error, latency, ok/error/timeout); incoming
// calls are rows of their own. Rows are addressed through a running sequence number, so
// dropping from the front never renumbers the call-id index.
class RpcTrafficModel final : public CappedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcTrafficModel)

public:
    enum Column { Time, Direction, Peer, Name, Args, Result, Latency, Status, ColumnCount };
    enum class CallStatus { Pending, Ok, Error, Timeout, Received };
    Q_ENUM(CallStatus)
    static constexpr int kDefaultCapacity = 10000;

    struct Call {
        quint64 callId = 0;
        bool incoming = false;
        QString peerAddress;
        QString name;
        QJsonValue args;
        qint64 timeMs = 0;
    };

    explicit RpcTrafficModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One batch; an outgoing call already shown (by its id) is skipped.
    void append(const QList<Call> &calls);
    // Completes the row of an outgoing call; a response to a call not shown gets a row of its own.
    void applyResponse(const RpcResponse &response, qint64 nowMs);
    // Completes the row of a call made to us with what we answered and how long it took (the
    // "rpc-answered" event); false if that call is not shown (any more).
    bool applyAnswer(const RpcResponse &answer);
    static constexpr int kAnswerScanRows = 2000;  // answers follow their calls closely

    int rowOfCall(quint64 callId) const;
    CallStatus statusAt(int row) const { return m_rows.at(std::size_t(row)).status; }
    static QString statusText(CallStatus status);

    void retranslate();

private:
    qsizetype storedRows() const override { return qsizetype(m_rows.size()); }
    void dropOldest(qsizetype count) override;
    void dropAll() override;

    struct Row {
        Call call;
        CallStatus status = CallStatus::Pending;
        QJsonValue result;
        QString error;
        qint64 latencyMs = -1;
        QString argsText;  // compact JSON, rendered once
        QString resultText;
    };

    void insertRows(QList<Row> rows);

    std::deque<Row> m_rows;
    QHash<quint64, quint64> m_seqOfCall;  // outgoing call id -> running sequence number
    quint64 m_firstSeq = 0;
};

}  // namespace swarmscope::ui
