#include "rooms/builtin_procedures.h"

#include "session.h"

namespace swarmscope {

void registerBuiltinProcedures(Session &session)
{
    session.registerProcedure(QStringLiteral("echo"), QStringLiteral("Returns its arguments unchanged."),
                              [](const QString &, const QJsonValue &args) -> Result<QJsonValue> { return args; });
    session.registerProcedure(QStringLiteral("whoami"), QStringLiteral("Returns this node's address."),
                              [&session](const QString &, const QJsonValue &) -> Result<QJsonValue> {
                                  return QJsonValue(session.address());
                              });
    session.registerProcedure(QStringLiteral("peers"),
                              QStringLiteral("Returns how many peers this node is connected to."),
                              [&session](const QString &, const QJsonValue &) -> Result<QJsonValue> {
                                  return QJsonValue(session.status().connected);
                              });
}

}  // namespace swarmscope
