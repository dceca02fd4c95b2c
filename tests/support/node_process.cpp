#include "node_process.h"

#include "test_env.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace swarmscope::test {

NodeProcess::NodeProcess()
{
    m_process.setProcessEnvironment(offlineEnvironment());
}

NodeProcess::~NodeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString NodeProcess::binary()
{
    return qEnvironmentVariable("SWARMSCOPE_NODE_BIN");
}

bool NodeProcess::start(const QStringList &arguments)
{
    m_process.start(binary(), arguments);
    return m_process.waitForStarted(5000);
}

bool NodeProcess::startIn(const QString &netns, const QStringList &arguments)
{
    // `ip netns exec` execs the node itself, so killing the process kills the node.
    m_process.start(QStringLiteral("ip"),
                    QStringList{QStringLiteral("netns"), QStringLiteral("exec"), netns, binary()} + arguments);
    return m_process.waitForStarted(5000);
}

void NodeProcess::send(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
    m_process.waitForBytesWritten(1000);
}

void NodeProcess::drain()
{
    m_buffer += m_process.readAllStandardOutput();
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            m_events.append(doc.object());
    }
}

std::optional<QJsonObject> NodeProcess::waitFor(const QString &kind, int timeoutMs,
                                                const std::function<bool(const QJsonObject &)> &pred)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        drain();
        for (const QJsonObject &e : std::as_const(m_events))
            if (e.value(QStringLiteral("event")).toString() == kind && (!pred || pred(e)))
                return e;
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return std::nullopt;
        m_process.waitForReadyRead(int(qBound<qint64>(1, deadline.remainingTime(), qint64(200))));
    }
}

bool NodeProcess::isTcpListening(const QJsonObject &e)
{
    return e.value(QStringLiteral("transport")).toString() == QLatin1String("tcp")
        && !e.contains(QStringLiteral("backend"));
}

std::optional<QJsonObject> NodeProcess::waitForTcpListening(int timeoutMs)
{
    return waitFor(QStringLiteral("listening"), timeoutMs, isTcpListening);
}

std::optional<QJsonObject> NodeProcess::ask(const QString &command, const QString &kind, int timeoutMs)
{
    drain();
    const qsizetype before = events(kind).size();
    send(command);
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        drain();
        const QList<QJsonObject> now = events(kind);
        if (now.size() > before)
            return now.at(before);
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return std::nullopt;
        m_process.waitForReadyRead(int(qBound<qint64>(1, deadline.remainingTime(), qint64(200))));
    }
}

QList<QJsonObject> NodeProcess::events(const QString &kind) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : m_events)
        if (e.value(QStringLiteral("event")).toString() == kind)
            out.append(e);
    return out;
}

QList<QJsonObject> NodeProcess::allEvents()
{
    drain();
    return m_events;
}

bool NodeProcess::waitForExit(int timeoutMs, int *exitCode)
{
    const bool done = m_process.waitForFinished(timeoutMs);
    drain();
    if (done && exitCode)
        *exitCode = m_process.exitCode();
    return done;
}

}  // namespace swarmscope::test
