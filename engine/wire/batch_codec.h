#pragma once

#include "core/result.h"
#include "wire/messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace swarmscope::wire {

// A batch: several swarmscope/1 messages in one secretstream message, sent only to a peer whose
// hello says it reads them ("batch": true), and only while the socket is still busy with what
// was written before, so a lone message never waits (docs/PROTOCOL.md, "Batches"). On the wire
// it is valid CBOR, {"t": 27, "m": [_ bstr, bstr, ...]}: an indefinite array of the messages'
// own encodings, written and read here without building a CBOR tree.
constexpr int kBatchType = int(Type::Batch);
constexpr int kMaxBatchItems = 4096;

void beginBatch(QByteArray &out);
void appendToBatch(QByteArrayView message, QByteArray &out);
void endBatch(QByteArray &out);

// Whether a secretstream message is a batch (by its first bytes).
bool isBatch(QByteArrayView plaintext);
// The messages a batch holds, as views into it. Malformed (ErrorCode::MalformedMessage): a
// truncated or oversized item, an empty batch, more than kMaxBatchItems, a batch inside a
// batch, or bytes after the end.
Result<QList<QByteArrayView>> batchItems(QByteArrayView plaintext);

}  // namespace swarmscope::wire
