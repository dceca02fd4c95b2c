// A profile damaged on disk (a crash mid-copy, a full disk, a bad restore): identity.seed and the
// database swarmscope.db truncated at every offset that matters, or filled with garbage. Each
// either loads (and then holds the same identity and readable history) or is refused with a
// message naming the file, and the file is left exactly as it was.
#include "crypto/identity.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace swarmscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

EngineConfig configFor(const QString &dir)
{
    EngineConfig config;
    config.profileDir = dir;
    config.lan.enabled = false;
    config.listenHost = QHostAddress::LocalHost;
    return config;
}

}  // namespace

class TestProfileDamage : public QObject {
    Q_OBJECT

    QTemporaryDir m_original;
    QByteArray m_seed;
    QByteArray m_db;
    PeerId m_id;

    // Puts `content` in place of `file` in a fresh copy of the profile and opens it.
    void check(const QString &file, const QByteArray &content, const QString &what)
    {
        QTemporaryDir dir;
        writeAll(QDir(dir.path()).filePath(QStringLiteral("identity.seed")), m_seed);
        writeAll(QDir(dir.path()).filePath(QStringLiteral("swarmscope.db")), m_db);
        const QString path = QDir(dir.path()).filePath(file);
        writeAll(path, content);
        auto session = Session::create(configFor(dir.path()));
        if (session) {
            QVERIFY2((*session)->id() == m_id, qPrintable(what));
            (*session)->history(QStringLiteral("lobby"));
            return;
        }
        QVERIFY2(session.error().detail.contains(path),
                 qPrintable(what + QStringLiteral(": the message does not name the file: ") + session.error().detail));
        QVERIFY2(readAll(path) == content, qPrintable(what + QStringLiteral(": the file was changed")));
    }

private slots:
    void initTestCase()
    {
        {
            auto created = Session::create(configFor(m_original.path()));
            QVERIFY(created.ok());
            Session &s = **created;
            QVERIFY(s.start().ok());
            s.joinRoom(QStringLiteral("lobby"));
            for (int i = 0; i < 50; ++i)
                QVERIFY(s.sendMessage(QStringLiteral("lobby"), QStringLiteral("message %1").arg(i)).ok());
            m_id = s.id();
            s.stop();
        }
        m_seed = readAll(QDir(m_original.path()).filePath(QStringLiteral("identity.seed")));
        m_db = readAll(QDir(m_original.path()).filePath(QStringLiteral("swarmscope.db")));
        QVERIFY(!m_seed.isEmpty());
        QVERIFY(m_db.size() >= 4096);
        QVERIFY(!QFile::exists(QDir(m_original.path()).filePath(QStringLiteral("swarmscope.db-wal")))
                || readAll(QDir(m_original.path()).filePath(QStringLiteral("swarmscope.db-wal"))).isEmpty());
    }

    void seedTruncatedAtEveryOffset()
    {
        for (qsizetype n = 0; n < m_seed.size(); ++n)
            check(QStringLiteral("identity.seed"), m_seed.left(n), QStringLiteral("seed cut at %1").arg(n));
    }

    void databaseTruncated()
    {
        // Every offset of the header page, then every page boundary and a byte either side, and
        // a spread of offsets inside later pages. An empty file is a new database, not a damaged one.
        QList<qsizetype> offsets;
        for (qsizetype n = 1; n < qMin<qsizetype>(4096, m_db.size()); ++n)
            offsets.append(n);
        for (qsizetype page = 4096; page < m_db.size(); page += 4096)
            offsets << page - 1 << page << page + 1 << page + 1000 << page + 2500;
        for (qsizetype n : std::as_const(offsets)) {
            if (n < m_db.size())
                check(QStringLiteral("swarmscope.db"), m_db.left(n), QStringLiteral("database cut at %1").arg(n));
        }
    }

    void garbageIsRefused()
    {
        QRandomGenerator random(16);
        QByteArray noise(m_db.size(), Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        check(QStringLiteral("swarmscope.db"), noise, QStringLiteral("random database"));
        check(QStringLiteral("swarmscope.db"), QByteArray(m_db.size(), '\0'), QStringLiteral("zeroed database"));
        check(QStringLiteral("swarmscope.db"), "not a database\n", QStringLiteral("text database"));
        QByteArray flipped = m_db;
        for (qsizetype i = 4096 + 100; i < flipped.size(); i += 4096)
            flipped[i] = char(flipped[i] ^ 0x5a);
        check(QStringLiteral("swarmscope.db"), flipped, QStringLiteral("database with damaged pages"));
        check(QStringLiteral("identity.seed"), noise.left(60), QStringLiteral("random seed"));
        check(QStringLiteral("identity.seed"), m_seed + "trailing", QStringLiteral("seed with trailing text"));
    }
};

QTEST_GUILESS_MAIN(TestProfileDamage)
#include "tst_profile_damage.moc"
