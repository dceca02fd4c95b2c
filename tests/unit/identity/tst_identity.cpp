// Identity, addresses and seeds against Bugout's own test vectors (docs/PROTOCOL.md, "Identity and addresses").
#include "crypto/base58.h"
#include "crypto/identity.h"
#include "crypto/identity_file.h"
#include "crypto/ripemd160.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;

class TestIdentity : public QObject {
    Q_OBJECT

private slots:
    void ripemd160Vectors_data()
    {
        // The test vectors of the RIPEMD-160 paper.
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray() << QByteArray("9c1185a5c5e9fc54612808977ee8f548b2258d31");
        QTest::newRow("a") << QByteArray("a") << QByteArray("0bdc9d2d256b3ee9daae347be6f4dc835a467ffe");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
        QTest::newRow("message digest") << QByteArray("message digest")
                                        << QByteArray("5d0689ef49d2fae572b881b123a85ffa21595f36");
        QTest::newRow("a-z") << QByteArray("abcdefghijklmnopqrstuvwxyz")
                             << QByteArray("f71c27109c692c1b56bbdceb5b9d2865b3708dbc");
        QTest::newRow("56 bytes: padding takes a second block")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("12a053384a9c0c88e405a06c27dcf49ada62eb2b");
        QTest::newRow("80 digits") << QByteArray("1234567890").repeated(8)
                                   << QByteArray("9b752e45573d4b39f4dbd3323cab82bf63326bfb");
        QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                     << QByteArray("52783243c1697bdbe16d37f97f68f08325dc1528");
    }

    void ripemd160Vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(ripemd160(input).toHex(), digest);
    }

    void bugoutSeedVector()
    {
        auto seed = Identity::decodeSeed(u"BohNtZ24TrgMwZTLx9VDKtcZARNVuCt5tnecAAxYtTBC8pC61uGN");
        QVERIFY(seed.ok());
        const KeyPair kp = KeyPair::fromSeed(*seed);
        QCOMPARE(base58Encode(kp.publicKey.toBytes()), QStringLiteral("CXENBY9X3x5TN1yjRyu1U1WkGuujuVBNiqxA16oAYbFo"));
        QCOMPARE(Identity::addressOf(kp.publicKey), QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ"));
        QCOMPARE(Identity::encodeSeed(*seed), QStringLiteral("BohNtZ24TrgMwZTLx9VDKtcZARNVuCt5tnecAAxYtTBC8pC61uGN"));
    }

    void encodeSeedVector()
    {
        std::array<std::uint8_t, 32> seed{};
        seed.fill(0x23);
        const Identity id(KeyPair::fromSeed(*Identity::decodeSeed(Identity::encodeSeed(seed))));
        QCOMPARE(id.address(), QStringLiteral("bYwqSagZb5n42M9qXSw2uu3Cpxg9JhZcnd"));
        QVERIFY(Identity::isAddress(id.address()));
    }

    void wrongChecksumRefused()
    {
        auto seed = Identity::decodeSeed(u"BohNtZ24TrgMwZTLx9VDLtcZARNVuCt5tnecAAxYtTBC8pC61uGN");
        QVERIFY(!seed.ok());
        QCOMPARE(seed.error().code, ErrorCode::BadChecksum);
        QVERIFY(!Identity::isAddress(u"bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SR"));
        QVERIFY(!Identity::isAddress(u"not base58 0OIl"));
    }

    void addressIsNotASeed()
    {
        auto seed = Identity::decodeSeed(u"bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ");
        QVERIFY(!seed.ok());
        QCOMPARE(seed.error().code, ErrorCode::BadSeed);
    }

    void base58RoundTripsLeadingZeros()
    {
        const QByteArray data = QByteArray(3, '\0') + QByteArray::fromHex("00ff10203040");
        const QString text = base58Encode(data);
        QVERIFY(text.startsWith(QStringLiteral("1111")));
        QCOMPARE(base58Decode(text).value(), data);
        QCOMPARE(base58Encode(QByteArray()), QString());
        QCOMPARE(base58CheckDecode(base58CheckEncode("hello")).value(), QByteArray("hello"));
    }

    void signAndVerify()
    {
        const KeyPair kp = KeyPair::generate();
        const QByteArray sig = signDetached(kp, "payload");
        QVERIFY(verifyDetached(kp.publicKey, "payload", sig));
        QVERIFY(!verifyDetached(kp.publicKey, "payloaD", sig));
        QVERIFY(!verifyDetached(kp.publicKey, "payload", sig.left(63)));
    }

    void profileCreatedPrivateAndReloaded()
    {
        QTemporaryDir dir;
        auto first = Identity::loadOrCreate(dir.path() + QStringLiteral("/p"));
        QVERIFY(first.ok());
        QFile f(dir.path() + QStringLiteral("/p/identity.seed"));
        QVERIFY(f.exists());
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        auto second = Identity::loadOrCreate(dir.path() + QStringLiteral("/p"));
        QVERIFY(second.ok());
        QCOMPARE(second->address(), first->address());
    }

    void corruptProfileRefusedAndKept()
    {
        QTemporaryDir dir;
        QFile f(dir.path() + QStringLiteral("/identity.seed"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage that is not a seed\n");
        f.close();
        auto id = Identity::loadOrCreate(dir.path());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::CorruptFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("garbage that is not a seed\n"));
    }

    // The fingerprint is BLAKE2b-128 of the public key in eight groups of four hex digits: the same
    // for the same key, different for another.
    void fingerprintOfTheKey()
    {
        const Identity a(KeyPair::generate()), b(KeyPair::generate());
        const QString fa = a.fingerprint();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$")).match(fa).hasMatch(),
                 qPrintable(fa));
        QCOMPARE(Identity(KeyPair::fromSeed(a.keys().seed())).fingerprint(), fa);
        QVERIFY(b.fingerprint() != fa);
    }

    void exportedFileReadsBack()
    {
        QTemporaryDir dir;
        const Identity id(KeyPair::generate());
        const QString path = dir.filePath(QStringLiteral("backup.seed"));
        QVERIFY(identity_file::write(path, id).ok());
        QCOMPARE(QFile(path).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto back = identity_file::read(path);
        QVERIFY(back.ok());
        QCOMPARE(back->address(), id.address());
    }

    void badFilesRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("hello\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("an address, not a seed") << QByteArray("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ\n");
        QTest::newRow("oversized") << QByteArray(4096, 'A');
    }

    void badFilesRefused()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.seed")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto id = identity_file::read(f.fileName());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::CorruptFile);
    }

    // Installing keeps the identity it replaces as identity.seed.previous; the profile's next
    // start uses the new one.
    void installReplacesAndKeepsThePrevious()
    {
        QTemporaryDir dir;
        auto old = Identity::loadOrCreate(dir.path());
        QVERIFY(old.ok());
        const Identity imported(KeyPair::generate());
        QVERIFY(identity_file::install(dir.path(), imported).ok());
        auto now = Identity::loadOrCreate(dir.path());
        QVERIFY(now.ok());
        QCOMPARE(now->address(), imported.address());
        auto previous = identity_file::read(dir.filePath(identity_file::kPreviousFileName));
        QVERIFY(previous.ok());
        QCOMPARE(previous->address(), old->address());
    }
};

QTEST_APPLESS_MAIN(TestIdentity)
#include "tst_identity.moc"
