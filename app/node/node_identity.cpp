#include "node_identity.h"

#include "crypto/identity_file.h"
#include "node_console.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace swarmscope::node {

namespace {
int fail(const QString &detail)
{
    std::fprintf(stderr, "swarmscope-node: %s\n", qPrintable(detail));
    return 1;
}

QJsonObject describe(const Identity &identity)
{
    return {{QStringLiteral("address"), identity.address()},
            {QStringLiteral("publicKey"), identity.id().toHex()},
            {QStringLiteral("fingerprint"), identity.fingerprint()}};
}

int importFrom(const NodeOptions &options)
{
    const bool fromStdin = options.importIdentityFrom == QLatin1String("-");
    auto imported = fromStdin ? identity_file::parse(QTextStream(stdin).readLine(256))
                              : identity_file::read(options.importIdentityFrom);
    if (!imported)
        return fail(QStringLiteral("identity not imported: %1").arg(imported.error().detail));
    if (!QDir().mkpath(options.engine.profileDir))
        return fail(QStringLiteral("cannot create profile directory %1").arg(options.engine.profileDir));
    if (Status st = identity_file::install(options.engine.profileDir, *imported); !st.ok())
        return fail(st.error().detail);
    QJsonObject line = describe(*imported);
    line.insert(QStringLiteral("imported"), true);
    NodeConsole::staticPrint(line);
    return 0;
}
}  // namespace

std::optional<int> runIdentityAction(const NodeOptions &options)
{
    if (!options.importIdentityFrom.isEmpty())
        return importFrom(options);
    if (!options.printIdentity && options.exportIdentityTo.isEmpty())
        return std::nullopt;
    auto identity = Identity::loadOrCreate(options.engine.profileDir);
    if (!identity)
        return fail(identity.error().detail);
    if (options.exportIdentityTo == QLatin1String("-")) {
        std::printf("%s\n", qPrintable(identity->encodedSeed()));
        std::fflush(stdout);
        return 0;
    }
    if (!options.exportIdentityTo.isEmpty()) {
        if (Status st = identity_file::write(options.exportIdentityTo, *identity); !st.ok())
            return fail(st.error().detail);
        QJsonObject line = describe(*identity);
        line.insert(QStringLiteral("exported"), QFileInfo(options.exportIdentityTo).absoluteFilePath());
        NodeConsole::staticPrint(line);
        return 0;
    }
    NodeConsole::staticPrint(describe(*identity));
    return 0;
}

}  // namespace swarmscope::node
