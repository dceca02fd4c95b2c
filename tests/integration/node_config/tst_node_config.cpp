// swarmscope-node --config FILE: the file's keys are the long options, the command line wins over
// the file, and a bad file is a clear error with exit status 2. Without --config the profile's
// swarmscope.conf (the file the window's Preferences write) is read. The service's shipped
// node.conf parses.
#include "node_process.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

class TestNodeConfig : public QObject {
    Q_OBJECT

private:
    QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
    {
        const QString path = dir.filePath(QStringLiteral("node.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return {};
        return path;
    }

    // Runs the node to completion (for --identity and errors); returns the exit code.
    int run(const QStringList &arguments, QByteArray *out = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(swarmscope::test::offlineEnvironment());
        p.start(NodeProcess::binary(), arguments);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(1000);
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QJsonArray statusRooms(NodeProcess &node)
    {
        node.send(QStringLiteral("/status"));
        const auto status = node.waitFor(QStringLiteral("status"));
        return status ? status->value(QStringLiteral("rooms")).toArray() : QJsonArray();
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void settingsComeFromTheFile()
    {
        QTemporaryDir dir;
        // Comments may hold anything, even what QSettings would read as a key or an open quote.
        const QString config = writeConfig(dir,
                                           "# a node for the test\n"
                                           "# listen = \"0.0.0.0:7000\n"
                                           "; join = lobby\n"
                                           "profile = state\n"
                                           "listen = 127.0.0.1:0\n"
                                           "join = lobby, ops\n"
                                           "\n"
                                           "no-lan = true\n"
                                           "no-dht = yes\n"
                                           "lan-interface =\n"
                                           "max-peers = 3\n");
        QVERIFY(!config.isEmpty());
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--config"), config}));
        const auto listening = node.waitForTcpListening();
        QVERIFY2(listening, qPrintable(node.stderrText()));
        QCOMPARE(listening->value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(node.waitFor(QStringLiteral("joined"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("room")).toString() == QLatin1String("ops");
        }));
        QCOMPARE(statusRooms(node).size(), 2);
        node.send(QStringLiteral("/status"));
        const auto status = node.waitFor(QStringLiteral("status"));
        QVERIFY(status);
        QVERIFY(status->value(QStringLiteral("dht")).isNull());  // no-dht = yes
        // A relative profile is relative to the config file.
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("state"))).isDir());
        node.send(QStringLiteral("/quit"));
        int code = -1;
        QVERIFY(node.waitForExit(10000, &code));
        QCOMPARE(code, 0);
    }

    void commandLineWinsOverTheFile()
    {
        QTemporaryDir dir, profile;
        // The file's listen value would fail; the command line's replaces it. The same for lists
        // (join) and flags (no-dht = false here, --no-dht there).
        const QString config = writeConfig(dir,
                                           "listen = 127.0.0.1:not-a-port\n"
                                           "join = from-file\n"
                                           "no-lan = true\n"
                                           "no-dht = false\n");
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--config"), config, QStringLiteral("--profile"), profile.path(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"),
                            QStringLiteral("from-cli"), QStringLiteral("--no-dht")}));
        QVERIFY2(node.waitForTcpListening(), qPrintable(node.stderrText()));
        QVERIFY(node.waitFor(QStringLiteral("joined")));
        const QJsonArray rooms = statusRooms(node);
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().toString(), QStringLiteral("from-cli"));
        node.send(QStringLiteral("/status"));
        const auto status = node.waitFor(QStringLiteral("status"));
        QVERIFY(status && status->value(QStringLiteral("dht")).isNull());
    }

    void profileFileIsReadWithoutConfig()
    {
        QTemporaryDir profile;
        // "profile" in the profile's own file cannot move it elsewhere.
        QFile file(profile.filePath(QStringLiteral("swarmscope.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# written by Preferences\nprofile = elsewhere\nlisten = 127.0.0.1:0\njoin = from-profile\n"
                   "no-lan = true\nno-dht = true\nname = \"Ada, the first\"\n");
        file.close();
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--profile"), profile.path()}));
        const auto listening = node.waitForTcpListening();
        QVERIFY2(listening, qPrintable(node.stderrText()));
        QCOMPARE(listening->value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(node.waitFor(QStringLiteral("joined")));
        const QJsonArray rooms = statusRooms(node);
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().toString(), QStringLiteral("from-profile"));
        QVERIFY(!QFileInfo::exists(profile.filePath(QStringLiteral("elsewhere"))));

        // A bad line there is an error naming the file, as with --config.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("listen = 127.0.0.1:0\nlisten-port = 1\n");
        file.close();
        QString err;
        QCOMPARE(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("--identity")}, nullptr, &err), 2);
        QVERIFY2(err.contains(file.fileName() + QStringLiteral(":2: unknown key 'listen-port'")), qPrintable(err));
    }

    void falseFlagLeavesTheFeatureOn()
    {
        QTemporaryDir dir, profile;
        const QString config = writeConfig(dir, "listen = 127.0.0.1:0\nno-lan = true\nno-dht = false\ndht-port = 0\n");
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--config"), config, QStringLiteral("--profile"), profile.path()}));
        QVERIFY2(node.waitForTcpListening(), qPrintable(node.stderrText()));
        node.send(QStringLiteral("/status"));
        const auto status = node.waitFor(QStringLiteral("status"));
        QVERIFY(status);
        QVERIFY(status->value(QStringLiteral("dht")).isObject());
    }

    void identityUsesTheFileProfile()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "profile = id\n");
        QByteArray first, second;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--identity")}, &first), 0);
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--identity")}, &second), 0);
        const QString address = QJsonDocument::fromJson(first).object().value(QStringLiteral("address")).toString();
        QVERIFY(!address.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(second).object().value(QStringLiteral("address")).toString(), address);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("id"))).isDir());
    }

    // --export-identity writes the seed (0600) that --import-identity installs in another profile,
    // which then has the same address and fingerprint; a file that is not a seed is refused with
    // status 1 and the profile keeps its identity.
    void identityMovesBetweenProfiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
        const QString exported = dir.filePath(QStringLiteral("backup.seed"));
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--profile"), a, QStringLiteral("--export-identity"), exported}, &out), 0);
        const QJsonObject fromA = QJsonDocument::fromJson(out).object();
        QVERIFY(!fromA.value(QStringLiteral("fingerprint")).toString().isEmpty());
        QCOMPARE(fromA.value(QStringLiteral("exported")).toString(), exported);
        QCOMPARE(QFile(exported).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        QCOMPARE(run({QStringLiteral("--profile"), b, QStringLiteral("--identity")}, &out), 0);
        const QString bOriginal = QJsonDocument::fromJson(out).object().value(QStringLiteral("address")).toString();
        QVERIFY(bOriginal != fromA.value(QStringLiteral("address")).toString());

        QFile junk(dir.filePath(QStringLiteral("junk.seed")));
        QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("not a seed\n") > 0);
        junk.close();
        QString err;
        QCOMPARE(
            run({QStringLiteral("--profile"), b, QStringLiteral("--import-identity"), junk.fileName()}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("not a valid identity seed")), qPrintable(err));
        QCOMPARE(run({QStringLiteral("--profile"), b, QStringLiteral("--identity")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("address")).toString(), bOriginal);

        QCOMPARE(run({QStringLiteral("--profile"), b, QStringLiteral("--import-identity"), exported}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("imported")).toBool(), true);
        QCOMPARE(run({QStringLiteral("--profile"), b, QStringLiteral("--identity")}, &out), 0);
        const QJsonObject nowB = QJsonDocument::fromJson(out).object();
        QCOMPARE(nowB.value(QStringLiteral("address")), fromA.value(QStringLiteral("address")));
        QCOMPARE(nowB.value(QStringLiteral("fingerprint")), fromA.value(QStringLiteral("fingerprint")));
        QVERIFY(QFile::exists(QDir(b).filePath(QStringLiteral("identity.seed.previous"))));
    }

    void shippedConfigParses()
    {
        const QString shipped = qEnvironmentVariable("SWARMSCOPE_NODE_CONF");
        QVERIFY2(QFile::exists(shipped), "SWARMSCOPE_NODE_CONF not set");
        QTemporaryDir profile;
        QByteArray out;
        QString err;
        QCOMPARE(run({QStringLiteral("--config"), shipped, QStringLiteral("--profile"), profile.path(),
                      QStringLiteral("--identity")},
                     &out, &err),
                 0);
        QVERIFY2(QJsonDocument::fromJson(out).object().contains(QStringLiteral("address")), qPrintable(err));

        // And the service starts with it (kept on this machine: loopback, no LAN, no DHT).
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--config"), shipped, QStringLiteral("--profile"), profile.path(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"),
                            QStringLiteral("--no-dht")}));
        QVERIFY2(node.waitForTcpListening(), qPrintable(node.stderrText()));
    }

    void badFilesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no equals sign") << QByteArray("listen = 127.0.0.1:0\ngarbage line\n")
                                        << QStringLiteral(":2: expected 'key = value', got 'garbage line'");
        QTest::newRow("unknown key") << QByteArray("profil = x\n") << QStringLiteral(":1: unknown key 'profil'");
        QTest::newRow("action as key") << QByteArray("identity = true\n") << QStringLiteral("unknown key 'identity'");
        QTest::newRow("section") << QByteArray("[node]\nlisten = 127.0.0.1:0\n")
                                 << QStringLiteral(":1: sections are not used");
        QTest::newRow("key twice") << QByteArray("join = a\njoin = b\n")
                                   << QStringLiteral(":2: 'join' is already set on line 1");
        QTest::newRow("not a flag") << QByteArray("no-lan = maybe\n")
                                    << QStringLiteral("no-lan expects true or false, got 'maybe'");
        QTest::newRow("list for a value")
            << QByteArray("listen = 127.0.0.1:1, 127.0.0.1:2\n") << QStringLiteral("listen takes one value");
        QTest::newRow("open quote") << QByteArray("join = \"lobby\nlisten = 127.0.0.1:0\n")
                                    << QStringLiteral(":1: unbalanced quote");
        QTest::newRow("bad value") << QByteArray("max-peers = zero\n")
                                   << QStringLiteral("--max-peers expects a positive number, got 'zero' (set in ");
        QTest::newRow("name too long") << QByteArray(
            "name = " + QByteArray(65, 'x')
            + "\n") << QStringLiteral("--name refused: a name has at most 64 characters, this one has 65 (set in ");
        QTest::newRow("bad list item") << QByteArray("connect = 127.0.0.1:7000, nowhere\n")
                                       << QStringLiteral("--connect expects host:port, got 'nowhere' (set in ");
    }

    void badFilesAreErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QTemporaryDir dir, profile;
        const QString config = writeConfig(dir, text);
        QString err;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--profile"), profile.path(),
                      QStringLiteral("--identity")},
                     nullptr, &err),
                 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(config), qPrintable(err));  // the error names the file
    }

    // --name (and the config key name): at most 64 characters, no control characters.
    void displayNameIsChecked()
    {
        QTemporaryDir profile;
        const auto runWithName = [&](const QString &name, QString *err) {
            return run({QStringLiteral("--profile"), profile.path(), QStringLiteral("--name"), name,
                        QStringLiteral("--identity")},
                       nullptr, err);
        };
        QString err;
        QCOMPARE(runWithName(QString(65, QLatin1Char('x')), &err), 2);
        QVERIFY2(err.contains(QStringLiteral("--name refused: a name has at most 64 characters")), qPrintable(err));
        QCOMPARE(runWithName(QStringLiteral("Ada\x07"), &err), 2);
        QVERIFY2(err.contains(QStringLiteral("--name refused: a name cannot contain control characters")),
                 qPrintable(err));
        QCOMPARE(runWithName(QString(64, QLatin1Char('x')), &err), 0);
        QCOMPARE(runWithName(QStringLiteral("Zoë 🦊"), &err), 0);
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        QString err;
        QCOMPARE(
            run({QStringLiteral("--config"), dir.filePath(QStringLiteral("absent.conf")), QStringLiteral("--identity")},
                nullptr, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("cannot read the config file")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestNodeConfig)
#include "tst_node_config.moc"
