#include "nat_lab.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>

namespace swarmscope::test {

namespace {
int runProcess(const QString &program, const QStringList &args, QString *output, int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        if (output)
            *output = QStringLiteral("timed out: ") + program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
}  // namespace

QString NatLab::script()
{
    return qEnvironmentVariable("SWARMSCOPE_NAT_LAB");
}

bool NatLab::available(QString *reason)
{
    QString out;
    if (runProcess(QStringLiteral("bash"), {script(), QStringLiteral("check")}, &out) == 0)
        return true;
    if (reason)
        *reason = out.isEmpty() ? QStringLiteral("nat_lab.sh check failed") : out;
    return false;
}

NatLab::NatLab(const QStringList &options)
    : m_prefix(QStringLiteral("ss%1").arg(QRandomGenerator::system()->bounded(100000, 999999)))
{
    QString out;
    m_up =
        runProcess(QStringLiteral("bash"), QStringList{script(), QStringLiteral("up"), m_prefix} + options, &out) == 0;
    if (!m_up)
        m_error = out;
}

NatLab::~NatLab()
{
    runProcess(QStringLiteral("bash"), {script(), QStringLiteral("down"), m_prefix}, nullptr);
}

int NatLab::run(const QString &host, const QStringList &command, QString *output) const
{
    return runProcess(QStringLiteral("ip"),
                      QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns(host)} + command, output);
}

}  // namespace swarmscope::test
