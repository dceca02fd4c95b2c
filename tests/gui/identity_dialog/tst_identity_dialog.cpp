// File › Identity…: the address and fingerprint of the running identity, the seed hidden until
// asked for, an export that reads back as the same identity, and an import that needs the
// two-copies warning acknowledged, refuses what is not a seed, and installs the new identity for
// the next start while keeping the old one.
#include "crypto/identity_file.h"
#include "engine_harness.h"
#include "main_window.h"
#include "screenshot.h"
#include "views/identity_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

class TestIdentityDialog : public QObject {
    Q_OBJECT

private slots:
    void showsExportsAndImports()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("me"));
        auto engine = swarmscope::test::startLocalEngine(profile);
        QVERIFY(engine);
        QSettings settings(dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
        MainWindow window(*engine, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.findChild<QAction *>(QStringLiteral("identityAction"))->trigger();
        IdentityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<IdentityDialog *>(QStringLiteral("identityDialog")))
                    && dialog->loaded());
        const Identity running = swarmscope::test::onEngine(*engine, [](Session &s) { return s.identity(); });
        QCOMPARE(dialog->address(), running.address());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("identityFingerprint"))->text(), running.fingerprint());
        auto *seed = dialog->findChild<QLineEdit *>(QStringLiteral("identitySeed"));
        QCOMPARE(seed->echoMode(), QLineEdit::Password);
        dialog->findChild<QCheckBox *>(QStringLiteral("identityShowSeed"))->setChecked(true);
        QCOMPARE(seed->echoMode(), QLineEdit::Normal);
        QCOMPARE(seed->text(), running.encodedSeed());

        // Export: a 0600 file holding the same identity.
        const QString exported = dir.filePath(QStringLiteral("backup.seed"));
        QVERIFY(dialog->exportTo(exported));
        QCOMPARE(identity_file::read(exported)->address(), running.address());
        QCOMPARE(QFile(exported).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Import: refused while the text is not a seed or the warning is not acknowledged.
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("identityImportEdit"));
        auto *understood = dialog->findChild<QCheckBox *>(QStringLiteral("identityImportUnderstood"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("identityImportButton"));
        edit->setText(QStringLiteral("not a seed"));
        understood->setChecked(true);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("identityImportPreview"))
                    ->text()
                    .contains(QStringLiteral("Not a seed")));
        edit->setText(running.encodedSeed());
        QVERIFY(!importButton->isEnabled());  // already ours

        QFile junk(dir.filePath(QStringLiteral("junk.seed")));
        QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("junk") == 4);
        junk.close();
        QVERIFY(!dialog->loadImportFile(junk.fileName()));
        QVERIFY(dialog->statusText().contains(QStringLiteral("Not an identity file")));

        const Identity other(KeyPair::generate());
        const QString otherFile = dir.filePath(QStringLiteral("other.seed"));
        QVERIFY(identity_file::write(otherFile, other).ok());
        QVERIFY(dialog->loadImportFile(otherFile));
        QCOMPARE(edit->text(), other.encodedSeed());
        understood->setChecked(false);
        QVERIFY(!importButton->isEnabled());
        understood->setChecked(true);
        QVERIFY(importButton->isEnabled());
        if (swarmscope::test::screenshotsWanted())
            swarmscope::test::saveScreenshot(*dialog, QStringLiteral("identity-dialog"));
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("Imported ") + other.address()));

        // The running session keeps its identity; the profile starts next time as `other`.
        QCOMPARE(engine->address(), running.address());
        QCOMPARE(Identity::loadOrCreate(profile)->address(), other.address());
        QCOMPARE(identity_file::read(QDir(profile).filePath(identity_file::kPreviousFileName))->address(),
                 running.address());
    }
};

QTEST_MAIN(TestIdentityDialog)
#include "tst_identity_dialog.moc"
