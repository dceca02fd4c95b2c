#include "test_env.h"

#include <QCoreApplication>
#include <QFile>
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

QProcessEnvironment offlineEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SWARMSCOPE_OFFLINE"), QStringLiteral("1"));
    return env;
}

qint64 residentKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

}  // namespace swarmscope::test
