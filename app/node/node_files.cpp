// The node's file commands: /sendfile ROOM|ADDRESS PATH, /accept ID [DIR], /decline ID, /cancel ID.
// What happens next is reported by the engine's file-* events.
#include "node_console.h"

#include "session.h"

#include <QDir>

namespace swarmscope::node {

bool NodeConsole::handleFileCommand(const QString &command, const QString &argument)
{
    const QString first = argument.section(QLatin1Char(' '), 0, 0);
    const QString rest = argument.section(QLatin1Char(' '), 1).trimmed();
    Status st;
    if (command == QLatin1String("sendfile")) {
        if (first.isEmpty() || rest.isEmpty())
            return error(QStringLiteral("/sendfile expects ROOM|ADDRESS PATH")), true;
        const auto id = m_session.sendFile(first, QDir::current().absoluteFilePath(rest));
        if (!id)
            st = id.error();
    } else if (command == QLatin1String("accept")) {
        if (first.isEmpty())
            return error(QStringLiteral("/accept expects ID [DIR]")), true;
        st = m_session.acceptFile(first, rest.isEmpty() ? QString() : QDir::current().absoluteFilePath(rest));
    } else if (command == QLatin1String("decline")) {
        if (first.isEmpty())
            return error(QStringLiteral("/decline expects ID")), true;
        st = m_session.declineFile(first);
    } else if (command == QLatin1String("cancel")) {
        if (first.isEmpty())
            return error(QStringLiteral("/cancel expects ID")), true;
        st = m_session.cancelFile(first);
    } else {
        return false;
    }
    if (!st.ok())
        answer(CommandFailed{.detail = st.error().detail, .code = st.error().code, .command = command});
    return true;
}

}  // namespace swarmscope::node
