// The node's commands for what a profile keeps: /export ROOM PATH (a room's history as JSON or
// plain text, by PATH's extension), /block ADDRESS, /unblock ADDRESS, /blocked, and the names:
// /name [NAME] (ours, at once) and /rename ADDRESS [NAME] (what we call a peer).
#include "node_console.h"

#include "rooms/room_backend.h"
#include "session.h"
#include "store/history_export.h"

#include <QDir>

namespace swarmscope::node {

bool NodeConsole::handleProfileCommand(const QString &command, const QString &argument)
{
    if (command == QLatin1String("export")) {
        exportCommand(argument);
    } else if (command == QLatin1String("block") || command == QLatin1String("unblock")) {
        const QString address = argument.trimmed();
        if (address.isEmpty())
            return error(QStringLiteral("/%1 expects ADDRESS").arg(command)), true;
        const bool changed = command == QLatin1String("block") ? m_session.block(address) : m_session.unblock(address);
        if (!changed)  // the engine reports a change itself (blocked / unblocked events)
            error(command == QLatin1String("block")
                      ? QStringLiteral("/block: '%1' is already blocked or is not an address").arg(address)
                      : QStringLiteral("/unblock: '%1' is not blocked").arg(address));
    } else if (command == QLatin1String("blocked")) {
        answer(BlockedPeerList{m_session.blockedPeers()});
    } else if (command == QLatin1String("name")) {
        nameCommand(argument);
    } else if (command == QLatin1String("rename")) {
        renameCommand(argument);
    } else {
        return false;
    }
    return true;
}

// The engine reports a change (name / local-name); an unchanged name is answered the same way,
// so that every command gets a line.
void NodeConsole::nameCommand(const QString &argument)
{
    const QString name = argument.trimmed();
    const bool unchanged = name == m_session.displayName();
    if (const Status taken = m_session.setDisplayName(name); !taken.ok())
        return answer(CommandFailed{
            .detail = taken.error().detail, .code = taken.error().code, .command = QStringLiteral("name")});
    if (unchanged)
        answer(NameChanged{name});
}

void NodeConsole::renameCommand(const QString &argument)
{
    const QString address = argument.section(QLatin1Char(' '), 0, 0);
    const QString name = argument.section(QLatin1Char(' '), 1).trimmed();
    if (address.isEmpty())
        return error(QStringLiteral("/rename expects ADDRESS [NAME]"));
    if (m_session.localNames().value(address) == name)
        return answer(LocalNameChanged{address, name});
    if (!m_session.setLocalName(address, name))
        error(
            QStringLiteral("/rename: '%1' is not an address, or the name breaks the display-name rules").arg(address));
}

void NodeConsole::exportCommand(const QString &argument)
{
    const QString roomText = argument.section(QLatin1Char(' '), 0, 0);
    const QString pathText = argument.section(QLatin1Char(' '), 1).trimmed();
    const auto ref = RoomRef::parse(roomText);
    if (!ref || pathText.isEmpty())
        return error(QStringLiteral("/export expects ROOM PATH (PATH ending in .json or .txt)"));
    const auto format = historyFormatOfPath(pathText);
    if (!format)
        return error(QStringLiteral("/export: PATH must end in .json or .txt, got '%1'").arg(pathText));
    const QString path = QDir::current().absoluteFilePath(pathText);
    const auto written = m_session.exportHistory(ref->key(), path, *format);
    if (!written)
        return answer(
            CommandFailed{.detail = written.error().detail, .room = ref->key(), .code = written.error().code});
    answer(HistoryExported{ref->key(), path, *format == HistoryFormat::Json, *written});
}

}  // namespace swarmscope::node
