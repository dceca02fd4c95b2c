#pragma once

// A real discovery-swarm 6.1.0 peer (or a bittorrent-dht 7 bootstrap node) run by ds_peer.js under
// Node, for the tests that put it next to our node or our window.

#include "test_env.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>
#include <optional>

namespace swarmscope::test {

constexpr int kJsPeerTimeoutMs = 20000;

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

class JsPeer {
public:
    ~JsPeer() { stop(); }

    bool start(const QJsonObject &options)
    {
        const QString script =
            QDir(qEnvironmentVariable("SWARMSCOPE_INTEROP_DIR")).filePath(QStringLiteral("ds_peer.js"));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
        m_process.start(test::nodeExecutable(),
                        {script, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact))});
        return m_process.waitForStarted(kJsPeerTimeoutMs);
    }
    void command(const QJsonObject &cmd)
    {
        m_process.write(QJsonDocument(cmd).toJson(QJsonDocument::Compact) + '\n');
        m_process.waitForBytesWritten(5000);  // our node's waits block this event loop
    }
    void send(const QString &text)
    {
        command({{QStringLiteral("cmd"), QStringLiteral("send")}, {QStringLiteral("text"), text}});
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    std::optional<QJsonObject> waitFor(const QString &event, const std::function<bool(const QJsonObject &)> &pred = {},
                                       int timeoutMs = kJsPeerTimeoutMs)
    {
        QElapsedTimer t;
        t.start();
        do {
            for (const QJsonObject &o : std::as_const(m_events))
                if (str(o, "event") == event && (!pred || pred(o)))
                    return o;
            QTest::qWait(20);
        } while (t.elapsed() < timeoutMs && m_process.state() != QProcess::NotRunning);
        return std::nullopt;
    }
    QList<QJsonObject> events(const QString &event) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : m_events)
            if (str(o, "event") == event)
                out.append(o);
        return out;
    }
    // A fresh status line from the package's own getters.
    QJsonObject status()
    {
        const qsizetype before = events(QStringLiteral("status")).size();
        command({{QStringLiteral("cmd"), QStringLiteral("status")}});
        waitFor(QStringLiteral("status"),
                [&](const QJsonObject &) { return events(QStringLiteral("status")).size() > before; });
        return events(QStringLiteral("status")).value(events(QStringLiteral("status")).size() - 1);
    }

private:
    void readLines()
    {
        while (m_process.canReadLine()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine());
            if (doc.isObject())
                m_events.append(doc.object());
        }
    }
    QProcess m_process;
    QList<QJsonObject> m_events;
};

}  // namespace swarmscope::test
