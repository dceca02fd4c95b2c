#pragma once

#include "test_env.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>
#include <optional>

// Real npm Bugout peers in one Node process, driven through bugout_peer.js.
class JsBugout {
public:
    ~JsBugout()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start()
    {
        const QString script =
            QDir(qEnvironmentVariable("SWARMSCOPE_INTEROP_DIR")).filePath(QStringLiteral("bugout_peer.js"));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
        m_process.start(swarmscope::test::nodeExecutable(), {script, swarmscope::test::nodeModulesDir()});
        return m_process.waitForStarted(20000) && waitFor(QStringLiteral("started")).has_value();
    }

    // Written at once: a caller may next block on another process without running the event loop.
    void command(const QJsonObject &cmd)
    {
        m_process.write(QJsonDocument(cmd).toJson(QJsonDocument::Compact) + '\n');
        m_process.waitForBytesWritten(5000);
    }

    // Creates a Bugout peer and waits for its torrent; returns the "ready" event (address, port).
    std::optional<QJsonObject> create(const QString &name, const QString &identifier, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("cmd"), QStringLiteral("create"));
        extra.insert(QStringLiteral("name"), name);
        if (!identifier.isEmpty())
            extra.insert(QStringLiteral("identifier"), identifier);
        command(extra);
        return waitFor(QStringLiteral("ready"),
                       [&](const QJsonObject &e) { return e.value(QStringLiteral("name")) == name; });
    }

    std::optional<QJsonObject> waitFor(const QString &event, const std::function<bool(const QJsonObject &)> &pred = {},
                                       int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (const QJsonObject &e : std::as_const(m_events))
                if (e.value(QStringLiteral("event")).toString() == event && (!pred || pred(e)))
                    return e;
            QTest::qWait(20);
        }
        return std::nullopt;
    }

    // The named peer's event of that kind with that field value.
    std::optional<QJsonObject> waitFor(const QString &name, const QString &event, const QString &field,
                                       const QJsonValue &value, int timeoutMs = 20000)
    {
        return waitFor(
            event,
            [&](const QJsonObject &e) {
                return e.value(QStringLiteral("name")).toString() == name && e.value(field) == value;
            },
            timeoutMs);
    }

    int count(const QString &name, const QString &event) const
    {
        int n = 0;
        for (const QJsonObject &e : m_events)
            n += e.value(QStringLiteral("name")).toString() == name
                && e.value(QStringLiteral("event")).toString() == event;
        return n;
    }

private:
    void readLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (qEnvironmentVariableIsSet("SWARMSCOPE_TEST_ECHO"))
                qInfo("js: %s", line.constData());
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                m_events.append(doc.object());
            else
                qWarning("bugout_peer.js: %s", line.constData());
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
};
