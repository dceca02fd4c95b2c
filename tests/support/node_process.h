#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>

#include <functional>

namespace swarmscope::test {

// Drives one swarmscope-node process: collects its JSON event lines and writes to its stdin.
class NodeProcess {
public:
    NodeProcess();
    ~NodeProcess();  // kills the process if still running

    static QString binary();  // from SWARMSCOPE_NODE_BIN
    bool start(const QStringList &arguments);
    // The same inside a network namespace (the NAT lab), through `ip netns exec`.
    bool startIn(const QString &netns, const QStringList &arguments);
    void send(const QString &line);
    // Waits until an event of this kind (matching pred, if given) has been printed.
    std::optional<QJsonObject> waitFor(const QString &kind, int timeoutMs = 10000,
                                       const std::function<bool(const QJsonObject &)> &pred = {});
    // The session's own TCP listener: the DHT, mDNS, metrics and room listeners print
    // `listening` too, so the first such line is not necessarily it.
    std::optional<QJsonObject> waitForTcpListening(int timeoutMs = 10000);
    static bool isTcpListening(const QJsonObject &e);
    QList<QJsonObject> events(const QString &kind) const;
    QList<QJsonObject> allEvents();  // every line printed so far, in order
    // Sends a command and waits for the first event of this kind printed after it (an answer, not
    // an older line of the same kind).
    std::optional<QJsonObject> ask(const QString &command, const QString &kind, int timeoutMs = 10000);
    bool waitForExit(int timeoutMs, int *exitCode);
    QString stderrText() const { return m_stderr; }
    QProcess &process() { return m_process; }

private:
    void drain();
    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
    QString m_stderr;
    int m_scanned = 0;
};

}  // namespace swarmscope::test
