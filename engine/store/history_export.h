#pragma once

#include "core/result.h"
#include "snapshots.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace swarmscope {

// A room's history written out for people and programs (docs/USER_GUIDE.md, "Exporting a room's
// history"): JSON with one object per message, or plain text with one line per message.
enum class HistoryFormat { Json, Text };

// By the file name's extension: .json or .txt (any case); nullopt for anything else.
std::optional<HistoryFormat> historyFormatOfPath(const QString &path);

// roomKey is the room's key (RoomRef::key()); exportedMs the wall clock at export. Times in the
// text form are UTC.
QByteArray historyJson(const QString &roomKey, const QList<ChatMessage> &messages, qint64 exportedMs);
QByteArray historyText(const QString &roomKey, const QList<ChatMessage> &messages, qint64 exportedMs);

// Writes the whole file or nothing (QSaveFile).
Status writeHistory(const QString &path, HistoryFormat format, const QString &roomKey,
                    const QList<ChatMessage> &messages, qint64 exportedMs);

}  // namespace swarmscope
