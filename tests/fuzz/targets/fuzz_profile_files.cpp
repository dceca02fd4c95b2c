// The files of a profile, as found on disk after a crash, a bad copy or tampering. The first byte
// picks the file the rest becomes: identity.seed or the SQLite database swarmscope.db. Either it
// loads (and then the history, outbox, replay cache and peer book read without crashing), or it
// is refused with a message naming the file, and the file is left exactly as it was.
#include "fuzz_support.h"

#include "core/clock.h"
#include "crypto/identity.h"
#include "store/database.h"
#include "store/sql_history.h"
#include "store/sql_peer_book.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace swarmscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void seedFile(const QString &dir, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(QStringLiteral("identity.seed"));
    auto identity = Identity::loadOrCreate(dir);
    if (identity) {
        const auto seed = Identity::decodeSeed(QString::fromLatin1(content.left(256)));
        FUZZ_CHECK(seed.ok() && KeyPair::fromSeed(*seed).publicKey == identity->id());
        return;
    }
    FUZZ_CHECK(identity.error().detail.contains(path));
    FUZZ_CHECK(readAll(path) == content);
}

void databaseFile(const QString &dir, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(QStringLiteral("swarmscope.db"));
    SystemClock clock;
    auto db = Database::open(path);
    if (!db) {
        FUZZ_CHECK(db.error().detail.contains(path));
        FUZZ_CHECK(readAll(path) == content);
        return;
    }
    SqlHistory history(**db, clock);
    SqlPeerBook book(**db, clock);
    if (history.init()) {
        history.load(QStringLiteral("lobby"));
        history.pendingFor(QStringLiteral("someone"));
        history.recentSeen(24LL * 3600 * 1000);
    }
    if (book.init())
        book.known(100, true);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    if (size < 1)
        return 0;
    QTemporaryDir dir;
    FUZZ_CHECK(dir.isValid());
    const bool database = data[0] & 1;
    const QByteArray content = fuzz::copy(data + 1, size - 1);
    QFile file(QDir(dir.path()).filePath(database ? QStringLiteral("swarmscope.db") : QStringLiteral("identity.seed")));
    FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    file.close();
    if (database)
        databaseFile(dir.path(), content);
    else
        seedFile(dir.path(), content);
    return 0;
}
