// The embedded catalogues load for a locale and the window retranslates itself live.

#include "i18n/language_manager.h"
#include "main_window.h"
#include "session.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace swarmscope;
using namespace swarmscope::ui;

class TestTranslation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cataloguesAreEmbedded();
    void germanWindowFromTheStart();
    void switchesLanguageAtRuntime();
    void englishCarriesPlurals();

private:
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QSettings> m_settings;
};

void TestTranslation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    EngineConfig config;
    config.profileDir = m_dir.filePath(QStringLiteral("profile"));
    config.lan.enabled = false;
    auto created = Session::create(config);
    QVERIFY(created.ok());
    m_session = std::move(created).value();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profile/swarmscope.ini")),
                                             QSettings::IniFormat);
}

std::unique_ptr<MainWindow> TestTranslation::makeWindow()
{
    return std::make_unique<MainWindow>(*m_session, *m_settings);
}

void TestTranslation::cataloguesAreEmbedded()
{
    const QStringList languages = LanguageManager::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(','))));
    QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(QLatin1Char(','))));
}

void TestTranslation::germanWindowFromTheStart()
{
    LanguageManager language;
    QVERIFY(language.load(QLocale(QLocale::German, QLocale::Austria)));  // falls back to "de"
    auto window = makeWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("Swarmscope — kein Raum"));
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&Datei"));
    auto *join = window->findChild<QPushButton *>(QStringLiteral("joinRoomButton"));
    QVERIFY(join);
    QCOMPARE(join->text(), QStringLiteral("Beitreten"));
    auto *connected = window->findChild<QLabel *>(QStringLiteral("connectedLabel"));
    QVERIFY(connected);
    QCOMPARE(connected->text(), QStringLiteral("0 Peers verbunden"));
}

void TestTranslation::switchesLanguageAtRuntime()
{
    LanguageManager language;
    auto window = makeWindow();
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));

    // QEvent::LanguageChange is posted to top-level widgets, so the switch lands a turn later.
    QVERIFY(language.load(QLocale(QLocale::German)));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Datei"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Swarmscope — kein Raum"));

    language.unload();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Swarmscope — no room"));
}

void TestTranslation::englishCarriesPlurals()
{
    LanguageManager language;
    QVERIFY(language.load(QLocale(QLocale::English, QLocale::UnitedStates)));
    auto window = makeWindow();
    auto *connected = window->findChild<QLabel *>(QStringLiteral("connectedLabel"));
    QVERIFY(connected);
    QCOMPARE(connected->text(), QStringLiteral("0 peers connected"));

    // Without the catalogue the source text shows its "(s)".
    language.unload();
    QTRY_COMPARE(connected->text(), QStringLiteral("0 peer(s) connected"));

    // Locales without a catalogue of their own, and the C locale, fall back to English.
    QVERIFY(language.load(QLocale::c()));
    QTRY_COMPARE(connected->text(), QStringLiteral("0 peers connected"));
    QVERIFY(language.load(QLocale(QLocale::Swahili)));
    QTRY_COMPARE(connected->text(), QStringLiteral("0 peers connected"));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
