#include "test_env.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace swarmscope::test {

QString nodeModulesDir()
{
    return qEnvironmentVariable("SWARMSCOPE_NODE_MODULES");
}

QString nodeExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

quint16 uniqueLanPort()
{
    // Tests run in parallel; each picks its own port in a range nothing else here uses.
    return quint16(40000 + QRandomGenerator::system()->bounded(20000));
}

} // namespace swarmscope::test
