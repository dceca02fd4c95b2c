// Settings › Preferences…: a changed listen port lands in the profile's swarmscope.conf and is what
// the next start reads; bad input (a port out of range, a bootstrap node that is not HOST:PORT) is
// refused in the window and nothing is written; notifications, theme, language and the files
// settings apply at once; hand-written lines in the file survive a save.
#include "engine_harness.h"
#include "files/file_transfers.h"
#include "gui_options.h"
#include "i18n/language_manager.h"
#include "inspector/color_scheme.h"
#include "inspector/notification_policy.h"
#include "main_window.h"
#include "preferences/preferences_controller.h"
#include "preferences/preferences_dialog.h"
#include "screenshot.h"
#include "session.h"
#include "settings_file.h"
#include "settings_file_store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A profile with a running engine, the window and its Preferences, as the application builds them.
struct Fixture {
    QTemporaryDir dir;
    QString profile = dir.filePath(QStringLiteral("me"));
    std::unique_ptr<EngineClient> engine = swarmscope::test::startLocalEngine(profile);
    QSettings settings{dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat};
    LanguageManager language;
    gui::SettingsFileStore store{settings_file::pathIn(profile)};
    PreferencesController preferences{*engine, settings, language, store};
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        if (!engine)
            return false;
        window = std::make_unique<MainWindow>(*engine, settings);
        preferences.installInto(*window);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    PreferencesDialog *open()
    {
        preferences.action()->trigger();
        return window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    }

    QString confPath() const { return settings_file::pathIn(profile); }
};

template <typename T>
T *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QLatin1String(name));
}

void clickOk(PreferencesDialog *dialog)
{
    field<QDialogButtonBox>(dialog, "preferencesButtons")->button(QDialogButtonBox::Ok)->click();
}

}  // namespace

class TestPreferences : public QObject {
    Q_OBJECT

private slots:
    void changingTheListenPortIsReadAtTheNextStart()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<QAction *> menus = f.window->menuBar()->actions();
        const auto settingsMenu = std::find_if(menus.cbegin(), menus.cend(), [](QAction *a) {
            return a->menu() && a->menu()->objectName() == QLatin1String("settingsMenu");
        });
        QVERIFY(settingsMenu != menus.cend());
        QVERIFY((*settingsMenu)->menu()->actions().contains(f.preferences.action()));
        QCOMPARE(menus.indexOf(*settingsMenu), menus.size() - 2);  // before Help
        QVERIFY(f.window->actions().contains(f.preferences.action()));
        QCOMPARE(f.window->findChild<QAction *>(QStringLiteral("preferencesAction")), f.preferences.action());
        QVERIFY(!f.preferences.action()->shortcut().isEmpty());

        QPointer<PreferencesDialog> dialog = f.open();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->pageCount(), 5);
        auto *port = field<QLineEdit>(dialog, "preferencesListenPort");
        QCOMPARE(port->text(), QStringLiteral("0"));
        dialog->showPage(1);
        port->clear();
        QTest::keyClicks(port, QStringLiteral("47123"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);  // closed and deleted

        const QString text = fileText(f.confPath());
        QVERIFY2(text.contains(QStringLiteral("listen = 0.0.0.0:47123\n")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("name")), qPrintable(text));  // unchanged settings stay out
        QVERIFY(f.window->statusBar()->currentMessage().contains(QStringLiteral("next time")));

        // What the next start reads: the file under the command line, which still wins.
        const gui::GuiOptions next =
            gui::parseOptions({QStringLiteral("swarmscope"), QStringLiteral("--profile"), f.profile});
        QCOMPARE(next.engine.listenPort, quint16(47123));
        QCOMPARE(next.engine.listenHost, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(next.settingsFile, f.confPath());
        const gui::GuiOptions overridden =
            gui::parseOptions({QStringLiteral("swarmscope"), QStringLiteral("--profile"), f.profile,
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(overridden.engine.listenPort, quint16(0));

        // Opened again, the window shows what was saved.
        dialog = f.open();
        QCOMPARE(field<QLineEdit>(dialog, "preferencesListenPort")->text(), QStringLiteral("47123"));
        dialog->reject();
    }

    void badInputIsRefused()
    {
        Fixture f;
        QVERIFY(f.start());
        QPointer<PreferencesDialog> dialog = f.open();
        QVERIFY(dialog);
        auto *port = field<QLineEdit>(dialog, "preferencesListenPort");
        port->setText(QStringLiteral("70000"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("from 0 to 65535")), qPrintable(dialog->statusText()));
        QCOMPARE(field<QListWidget>(dialog, "preferencesPages")->currentRow(), 1);  // the Network page shows
        QVERIFY(!QFile::exists(f.confPath()));

        port->setText(QStringLiteral("7000"));
        field<QPlainTextEdit>(dialog, "preferencesDhtBootstrap")
            ->setPlainText(QStringLiteral("192.0.2.1:6881\nnowhere"));
        QVERIFY(!dialog->apply());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("'nowhere' is not a HOST:PORT")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!QFile::exists(f.confPath()));

        field<QLineEdit>(dialog, "preferencesListenHost")->setText(QStringLiteral("my-laptop"));
        QVERIFY(!dialog->apply());
        QVERIFY(dialog->statusText().contains(QStringLiteral("must be an IP address")));
        field<QLineEdit>(dialog, "preferencesListenHost")->setText(QStringLiteral("127.0.0.1"));

        field<QLineEdit>(dialog, "preferencesName")->setText(QString(65, QLatin1Char('x')));
        QVERIFY(!dialog->apply());
        QCOMPARE(field<QListWidget>(dialog, "preferencesPages")->currentRow(), 0);
        QVERIFY(dialog->statusText().contains(QStringLiteral("at most 64 characters")));

        // Put right, everything goes in, in the node's own keys.
        field<QLineEdit>(dialog, "preferencesName")->setText(QStringLiteral("Ada, \"the\" first"));
        field<QPlainTextEdit>(dialog, "preferencesDhtBootstrap")
            ->setPlainText(QStringLiteral("192.0.2.1:6881, 192.0.2.2:6881"));
        field<QCheckBox>(dialog, "preferencesPortMapping")->setChecked(false);
        field<QCheckBox>(dialog, "preferencesLan")->setChecked(false);
        field<QCheckBox>(dialog, "preferencesActAsRelay")->setChecked(true);
        field<QPlainTextEdit>(dialog, "preferencesRelayNodes")->setPlainText(QStringLiteral("192.0.2.9:7000"));
        QVERIFY(dialog->apply());
        const settings_file::Contents saved = settings_file::read(f.confPath());
        QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
        QCOMPARE(saved.values.value(QStringLiteral("listen")), QStringList{QStringLiteral("127.0.0.1:7000")});
        QCOMPARE(saved.values.value(QStringLiteral("name")), QStringList{QStringLiteral("Ada, \"the\" first")});
        QCOMPARE(saved.values.value(QStringLiteral("dht-bootstrap")).size(), 2);
        QVERIFY(saved.values.contains(QStringLiteral("no-port-mapping")));
        QVERIFY(saved.values.contains(QStringLiteral("no-lan")));
        QVERIFY(saved.values.contains(QStringLiteral("relay")));
        const gui::GuiOptions next =
            gui::parseOptions({QStringLiteral("swarmscope"), QStringLiteral("--profile"), f.profile});
        QCOMPARE(next.engine.displayName, QStringLiteral("Ada, \"the\" first"));
        QCOMPARE(next.engine.dht.bootstrap.size(), 2);
        QVERIFY(!next.engine.lan.enabled);
        QVERIFY(!next.engine.nat.portMapping);
        QVERIFY(next.engine.relay.serveOthers);
        QCOMPARE(next.engine.nat.relays, QStringList{QStringLiteral("192.0.2.9:7000")});
        dialog->reject();
    }

    void windowAndFilesSettingsApplyAtOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *policy = f.window->findChild<NotificationPolicy *>();
        QVERIFY(policy && policy->enabled());
        QPointer<PreferencesDialog> dialog = f.open();
        QVERIFY(dialog);
        field<QCheckBox>(dialog, "preferencesNotifications")->setChecked(false);
        auto *theme = field<QComboBox>(dialog, "preferencesTheme");
        theme->setCurrentIndex(theme->findData(int(WindowPreferences::Theme::Dark)));
        auto *language = field<QComboBox>(dialog, "preferencesLanguage");
        QVERIFY(language->findData(QStringLiteral("de")) > 0);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const QString downloads = f.dir.filePath(QStringLiteral("incoming"));
        field<QLineEdit>(dialog, "preferencesDownloadDir")->setText(downloads);
        auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("preferencesMaxFileSize"));
        size->setValue(10);
        QVERIFY(dialog->apply());
        QVERIFY2(dialog->statusText() == QStringLiteral("Einstellungen gespeichert."),
                 qPrintable(dialog->statusText()));

        QVERIFY(!policy->enabled());
        QVERIFY(ColorScheme::isDark(QApplication::palette()));
        QTRY_COMPARE(f.preferences.action()->text(), QStringLiteral("Swarmscope &einrichten…"));
        QCOMPARE(f.engine->config().files.downloadDir, downloads);
        const FileTransferOptions running =
            swarmscope::test::onEngine(*f.engine, [](Session &s) { return s.fileTransfers().options(); });
        QCOMPARE(running.downloadDir, downloads);
        QCOMPARE(running.maxFileSize, qint64(10) * 1024 * 1024);
        QVERIFY(fileText(f.confPath()).contains(QStringLiteral("max-file-size = 10485760")));

        // Kept for the next start: the window's part in its QSettings.
        QCOMPARE(f.settings.value(QStringLiteral("appearance/language")).toString(), QStringLiteral("de"));
        QCOMPARE(f.settings.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));

        // Back to the system's look and language.
        theme->setCurrentIndex(theme->findData(int(WindowPreferences::Theme::System)));
        language->setCurrentIndex(0);
        QVERIFY(dialog->apply());
        QVERIFY(!ColorScheme::isDark(QApplication::palette()));
        QVERIFY(f.settings.value(QStringLiteral("appearance/language")).isNull());
        dialog->reject();
    }

    void theNameAppliesAtOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        QPointer<PreferencesDialog> dialog = f.open();
        QVERIFY(dialog);
        field<QLineEdit>(dialog, "preferencesName")->setText(QStringLiteral("Grace"));
        QVERIFY(dialog->apply());
        QVERIFY2(!dialog->statusText().contains(QStringLiteral("next time")), qPrintable(dialog->statusText()));
        QTRY_COMPARE(f.engine->config().displayName, QStringLiteral("Grace"));
        QCOMPARE(swarmscope::test::onEngine(*f.engine, [](Session &s) { return s.displayName(); }),
                 QStringLiteral("Grace"));
        QVERIFY(fileText(f.confPath()).contains(QStringLiteral("name = Grace")));
        // A message sent now carries it.
        f.window->joinRoom(QStringLiteral("lobby"));
        const auto sent = swarmscope::test::onEngine(
            *f.engine, [](Session &s) { return s.sendMessage(QStringLiteral("lobby"), QStringLiteral("hi")); });
        QVERIFY(sent.ok());
        QCOMPARE(sent->fromName, QStringLiteral("Grace"));

        field<QLineEdit>(dialog, "preferencesName")->clear();
        QVERIFY(dialog->apply());
        QTRY_COMPARE(f.engine->config().displayName, QString());
        dialog->reject();
    }

    void handWrittenLinesSurviveASave()
    {
        QTemporaryDir dir;
        const QString path = settings_file::pathIn(dir.path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# my node\nheartbeat = 5000\nlisten = 0.0.0.0:7000\nport-mapping = true\n");
        file.close();
        gui::SettingsFileStore store(path);
        EnginePreferences p;
        QVERIFY(!store.load(p));
        QCOMPARE(p.listenPort, 7000);
        QVERIFY(p.portMapping);
        p.listenPort = 7001;
        p.portMapping = false;
        QVERIFY(!store.save(p));
        QCOMPARE(fileText(path),
                 QStringLiteral("# my node\nheartbeat = 5000\nlisten = 0.0.0.0:7001\nport-mapping = false\n"));
        EnginePreferences back;
        QVERIFY(!store.load(back));
        QCOMPARE(back, p);
    }

    void screenshot()
    {
        if (!swarmscope::test::screenshotsWanted())
            QSKIP("SWARMSCOPE_SCREENSHOT_DIR not set");
        Fixture f;
        QVERIFY(f.start());
        swarmscope::test::prepareForScreenshot(*f.window);
        PreferencesDialog *dialog = f.open();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->showPage(1);
        field<QLineEdit>(dialog, "preferencesListenPort")->setText(QStringLiteral("7000"));
        field<QPlainTextEdit>(dialog, "preferencesDhtBootstrap")->setPlainText(QStringLiteral("192.0.2.10:6881"));
        swarmscope::test::saveScreenshot(*dialog, QStringLiteral("preferences"));
        dialog->reject();
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
