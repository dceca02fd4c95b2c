// The embedded catalogues load for a locale and the window retranslates itself live; every
// source string of the UI is translated in German, French and Spanish; the doctor's findings
// are told in the user's language; the tables show the engine's states as translated words.

#include "doctor/doctor.h"
#include "engine_harness.h"
#include "i18n/language_manager.h"
#include "inspector/doctor_text.h"
#include "main_window.h"
#include "models/candidate_table_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
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
    void cataloguesCoverEverySourceString_data();
    void cataloguesCoverEverySourceString();
    void doctorFindingsSpeakTheLanguage();
    void tablesShowStatesInTheLanguage();

private:
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<EngineClient> m_session;
    std::unique_ptr<QSettings> m_settings;
};

void TestTranslation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = test::startLocalEngine(m_dir.filePath(QStringLiteral("profile")));
    QVERIFY(m_session);
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profile/swarmscope.ini")), QSettings::IniFormat);
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

void TestTranslation::cataloguesCoverEverySourceString_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslation::cataloguesCoverEverySourceString()
{
    QFETCH(QString, language);
    const QString lupdate = qEnvironmentVariable("SWARMSCOPE_LUPDATE");
    const QString sources = qEnvironmentVariable("SWARMSCOPE_SOURCE_DIR");
    if (lupdate.isEmpty() || sources.isEmpty())
        QSKIP("run through ctest, which names lupdate and the source tree");
    // lupdate brings a copy of the committed catalogue up to date with the sources: a string
    // added or changed since shows up as unfinished.
    const QString copy = m_dir.filePath(QStringLiteral("check_%1.ts").arg(language));
    QFile::remove(copy);
    QVERIFY(QFile::copy(QStringLiteral("%1/translations/swarmscope_%2.ts").arg(sources, language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess run;
    run.start(lupdate,
              {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
               QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("h,cpp"),
               sources + QStringLiteral("/ui"), QStringLiteral("-ts"), copy});
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.exitCode(), 0);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    QStringList missing;
    static const QRegularExpression unfinished(QStringLiteral(
        "<source>([^<]*)</source>(?:\\s*<comment>[^<]*</comment>)?\\s*<translation type=\"unfinished\""));
    for (auto it = unfinished.globalMatch(ts); it.hasNext();)
        missing << it.next().captured(1);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("%1 untranslated: %2").arg(missing.size()).arg(missing.join(QStringLiteral(" | ")))));
    QVERIFY(ts.count(QStringLiteral("<message")) > 400);
}

void TestTranslation::doctorFindingsSpeakTheLanguage()
{
    // Every finding the engine can report, with made-up values for everything it may carry.
    const QJsonObject args{
        {QStringLiteral("where"), QStringLiteral("127.0.0.1:7000")},
        {QStringLiteral("port"), 7000},
        {QStringLiteral("error"), QStringLiteral("E")},
        {QStringLiteral("interface"), QStringLiteral("lo")},
        {QStringLiteral("group"), QStringLiteral("224.0.0.251")},
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("ms"), 3},
        {QStringLiteral("timeoutMs"), 2000},
        {QStringLiteral("wallMs"), 1.7e12},
        {QStringLiteral("answered"),
         QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("n1")}, {QStringLiteral("ms"), 4}}}},
        {QStringLiteral("silent"), QJsonArray{QStringLiteral("n2")}},
        {QStringLiteral("reachable"), QJsonArray{QStringLiteral("p1")}},
        {QStringLiteral("unreachable"), QJsonArray{QJsonObject{{QStringLiteral("peer"), QStringLiteral("p2")}}}}};
    const QString engineDetail = QStringLiteral("engine detail");
    const QString engineAdvice = QStringLiteral("engine advice");
    const auto checkOf = [&](const std::pair<QString, QString> &finding) {
        return QJsonObject{{QStringLiteral("id"), finding.first},
                           {QStringLiteral("code"), finding.second},
                           {QStringLiteral("detail"), engineDetail},
                           {QStringLiteral("advice"), engineAdvice},
                           {QStringLiteral("args"), args}};
    };
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));

    LanguageManager language;
    QVERIFY(language.load(QLocale(QLocale::English)));
    QHash<QString, std::pair<QString, QString>> english;
    for (const auto &finding : Doctor::findings()) {
        const QString name = finding.first + QLatin1Char('/') + finding.second;
        const QString detail = DoctorText::detail(checkOf(finding));
        const QString advice = DoctorText::advice(checkOf(finding));
        QVERIFY2(detail != engineDetail, qPrintable(name + QStringLiteral(" has no text of its own")));
        QVERIFY2(advice != engineAdvice, qPrintable(name + QStringLiteral(" has no advice of its own")));
        QVERIFY2(!detail.contains(placeholder), qPrintable(name + QStringLiteral(": ") + detail));
        english.insert(name, {detail, advice});
    }
    QCOMPARE(DoctorText::detail(checkOf({QStringLiteral("future"), QStringLiteral("unknown")})), engineDetail);

    for (const QLocale::Language other : {QLocale::German, QLocale::French, QLocale::Spanish}) {
        QVERIFY(language.load(QLocale(other)));
        for (const auto &finding : Doctor::findings()) {
            const QString name = finding.first + QLatin1Char('/') + finding.second;
            const QString detail = DoctorText::detail(checkOf(finding));
            const QString advice = DoctorText::advice(checkOf(finding));
            QVERIFY2(detail != english[name].first,
                     qPrintable(QLocale::languageToString(other) + QLatin1Char(' ') + name));
            QVERIFY2(advice.isEmpty() == english[name].second.isEmpty()
                         && (advice.isEmpty() || advice != english[name].second),
                     qPrintable(QLocale::languageToString(other) + QLatin1Char(' ') + name));
            QVERIFY2(!detail.contains(placeholder), qPrintable(name + QStringLiteral(": ") + detail));
        }
    }
}

void TestTranslation::tablesShowStatesInTheLanguage()
{
    PeerSnapshot p;
    p.connectionId = 1;
    p.host = QStringLiteral("127.0.0.1");
    p.port = 4000;
    p.transport = Transport::Memory;
    p.source = PeerSource::Pex;
    p.state = ConnectionState::Handshaking;  // no queue state: the column shows the connection's
    PeerTableModel peers;
    peers.apply(PeerDelta{{p}, {}, {}});
    CandidateSnapshot c;
    c.host = QStringLiteral("127.0.0.2");
    c.port = 4001;
    c.source = PeerSource::Lan;
    c.state = CandidateState::Waiting;
    CandidateTableModel candidates;
    candidates.setQueue({c});
    const auto peerCell = [&](int column, int role = Qt::DisplayRole) {
        return peers.index(0, column).data(role).toString();
    };
    const auto candidateCell = [&](int column, int role = Qt::DisplayRole) {
        return candidates.index(0, column).data(role).toString();
    };

    LanguageManager language;
    QVERIFY(language.load(QLocale(QLocale::English)));
    QCOMPARE(peerCell(PeerTableModel::QueueState), QStringLiteral("handshaking"));
    QCOMPARE(peerCell(PeerTableModel::Source), QStringLiteral("peer exchange"));
    QCOMPARE(peerCell(PeerTableModel::Transport), QStringLiteral("in-process"));
    QCOMPARE(candidateCell(CandidateTableModel::State), QStringLiteral("waiting"));
    QCOMPARE(candidateCell(CandidateTableModel::Source), QStringLiteral("local network"));

    QVERIFY(language.load(QLocale(QLocale::German)));
    QCOMPARE(peerCell(PeerTableModel::QueueState), QStringLiteral("Handshake"));
    QCOMPARE(peerCell(PeerTableModel::Source), QStringLiteral("Peer-Austausch"));
    QCOMPARE(peerCell(PeerTableModel::Transport), QStringLiteral("im Prozess"));
    QCOMPARE(candidateCell(CandidateTableModel::State), QStringLiteral("wartet"));
    QCOMPARE(candidateCell(CandidateTableModel::Source), QStringLiteral("lokales Netz"));
    QVERIFY(candidateCell(CandidateTableModel::State, Roles::FilterText).contains(QStringLiteral("wartet")));
    // Sorting and copying read the stable names, whatever the language.
    QCOMPARE(peerCell(PeerTableModel::Source, Roles::Raw), QStringLiteral("pex"));
    QCOMPARE(peerCell(PeerTableModel::QueueState, Roles::Raw), QStringLiteral("handshaking"));
    QCOMPARE(candidateCell(CandidateTableModel::Source, Roles::Raw), QStringLiteral("lan"));

    // A live switch repaints the rows, not only the headers.
    QSignalSpy changed(&candidates, &QAbstractItemModel::dataChanged);
    QVERIFY(language.load(QLocale(QLocale::French)));
    candidates.retranslate();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(candidateCell(CandidateTableModel::State), QStringLiteral("en attente"));
    QVERIFY(language.load(QLocale(QLocale::Spanish)));
    QCOMPARE(peerCell(PeerTableModel::QueueState), QStringLiteral("negociando"));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
