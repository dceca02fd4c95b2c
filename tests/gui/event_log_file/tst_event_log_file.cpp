// The event log's filter proxy and panel, export and reopening of a log, the capture additions of
// the main window (menus, shortcuts dialog) and Qt's own strings in German.

#include "engine_harness.h"
#include "i18n/language_manager.h"
#include "inspector/inspector_tools.h"
#include "inspector/event_log_file_window.h"
#include "inspector/notification_policy.h"
#include "inspector/shortcuts_dialog.h"
#include "inspector/event_filter_expression.h"
#include "inspector/event_filter_proxy.h"
#include "main_window.h"
#include "models/event_log_model.h"
#include "session.h"
#include "views/event_log_panel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

QList<LoggedEvent> sampleEvents(int n)
{
    QList<LoggedEvent> out;
    for (int i = 0; i < n; ++i) {
        LoggedEvent e;
        e.timeMs = 1700000000000 + i;
        e.kind = i % 3 == 0 ? QStringLiteral("connection")
            : i % 3 == 1    ? QStringLiteral("rpc")
                            : QStringLiteral("rejected");
        e.fields = QJsonObject{
            {QStringLiteral("peer"), i % 2 ? QStringLiteral("bYSkTy24xXJj") : QStringLiteral("bYwqSagZb5n4")},
            {QStringLiteral("rtt"), i * 10},
            {QStringLiteral("reason"), QStringLiteral("reason %1").arg(i)}};
        out.append(e);
    }
    return out;
}

}  // namespace

class TestEventLogFile : public QObject {
    Q_OBJECT

private slots:
    void proxyFilters();
    void panelDebouncesAndReportsErrors();
    void exportAndReopen();
    void reopenReportsMalformedLines();
    void windowMenusAndShortcuts();
    void notificationPolicy();
    void frenchAndSpanish();
    void qtStringsInGerman();
};

void TestEventLogFile::proxyFilters()
{
    EventLogModel model(8);
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(sampleEvents(6));
    QCOMPARE(proxy.rowCount(), 6);
    QVERIFY(!proxy.setFilterText(QStringLiteral("kind:rpc")));
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(!proxy.setFilterText(QStringLiteral("peer:bYSk rtt>20")));
    QCOMPARE(proxy.rowCount(), 2);  // i = 3, 5
    QVERIFY(!proxy.setFilterText(QStringLiteral("-kind:connection")));
    QCOMPARE(proxy.rowCount(), 4);
    model.append(sampleEvents(6));  // 12 into 8: the ring drops the oldest, the proxy follows
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(proxy.setFilterText(QStringLiteral("rtt>abc")).has_value());
    QVERIFY(proxy.error().has_value());
    QCOMPARE(proxy.rowCount(), 6);  // the previous filter stays
    QVERIFY(!proxy.setFilterText(QString()));
    QCOMPARE(proxy.rowCount(), 8);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEventLogFile::panelDebouncesAndReportsErrors()
{
    EventLogPanel panel;
    QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    panel.model()->append(sampleEvents(9));
    QCOMPARE(panel.proxy()->rowCount(), 9);
    panel.filterEdit()->setText(QStringLiteral("kind:rejected"));
    QCOMPARE(panel.proxy()->rowCount(), 9);  // not yet: debounced
    QTRY_COMPARE(panel.proxy()->rowCount(), 3);
    auto *error = panel.findChild<QLabel *>(QStringLiteral("eventFilterErrorLabel"));
    QVERIFY(error);
    QVERIFY(error->isHidden());
    panel.filterEdit()->setText(QStringLiteral("room:\"open"));
    QTRY_VERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QLatin1Char('6')));  // the column of the quote
    QCOMPARE(panel.proxy()->rowCount(), 3);
}

void TestEventLogFile::exportAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogPanel panel;
    panel.model()->append(sampleEvents(30));
    panel.filterEdit()->setText(QStringLiteral("-kind:rpc"));
    panel.applyFilter();
    QCOMPARE(panel.proxy()->rowCount(), 20);
    const QString file = dir.filePath(QStringLiteral("events.jsonl"));
    QVERIFY(panel.exportTo(file));

    auto *window = new EventLogFileWindow;
    QVERIFY(window->open(file));
    window->show();
    EventLogModel *reopened = window->panel()->model();
    QAbstractItemModelTester tester(window->panel()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reopened->rowCount(), 20);
    QCOMPARE(window->malformed(), 0);
    int row = 0;
    for (int i = 0; i < panel.proxy()->rowCount(); ++i) {
        const int source = panel.proxy()->mapToSource(panel.proxy()->index(i, 0)).row();
        QCOMPARE(reopened->eventAt(row).toJson(), panel.model()->eventAt(source).toJson());
        ++row;
    }
    // The read-only view filters and exports like the live one.
    window->panel()->filterEdit()->setText(QStringLiteral("kind:connection"));
    window->panel()->applyFilter();
    QCOMPARE(window->panel()->proxy()->rowCount(), 10);
    auto *clear = window->findChild<QPushButton *>(QStringLiteral("eventClearButton"));
    QVERIFY(clear && clear->isHidden());
    delete window;

    QString error;
    EventLogFileWindow missing;
    QVERIFY(!missing.open(dir.filePath(QStringLiteral("nope.jsonl")), &error));
    QVERIFY(!error.isEmpty());
}

void TestEventLogFile::reopenReportsMalformedLines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.jsonl"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"event\":\"connection\",\"time\":1}\n{oops\n\n[]\n{\"event\":\"bye\",\"time\":2,\"reason\":\"x\"}"
            "\n\x01\x02");
    f.close();
    EventLogFileWindow window;
    QVERIFY(window.open(file));
    QCOMPARE(window.panel()->model()->rowCount(), 2);
    QCOMPARE(window.malformed(), 3);
    QVERIFY(window.summary().contains(QStringLiteral("3")));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("eventLogFileSummary"));
    QVERIFY(summary && summary->text() == window.summary());
}

void TestEventLogFile::windowMenusAndShortcuts()
{
    QTemporaryDir dir;
    auto session = test::startLocalEngine(dir.path());
    QVERIFY(session);
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*session, settings);
    window.show();

    auto *docks = window.findChild<InspectorTools *>();
    QVERIFY(docks);
    auto *fileMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *helpMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    auto *viewMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(fileMenu && helpMenu && viewMenu);
    QVERIFY(fileMenu->actions().contains(docks->openEventLogAction()));
    QVERIFY(helpMenu->actions().contains(docks->shortcutsAction()));
    QVERIFY(viewMenu->actions().contains(docks->packetDock()->toggleViewAction()));

    // Opening a log through the window's helper.
    EventLogPanel source;
    source.model()->append(sampleEvents(4));
    const QString file = dir.filePath(QStringLiteral("log.jsonl"));
    QVERIFY(source.exportTo(file));
    QWidget *viewer = docks->openEventLog(file);
    QVERIFY(viewer);
    QCOMPARE(viewer->findChild<EventLogPanel *>()->model()->rowCount(), 4);
    QVERIFY(!docks->openEventLog(dir.filePath(QStringLiteral("missing.jsonl"))));

    ShortcutsDialog dialog(&window);
    const auto entries = dialog.entries();
    const auto has = [&entries](const QKeySequence &keys) {
        const QString text = keys.toString(QKeySequence::NativeText);
        return std::any_of(entries.begin(), entries.end(), [&text](const auto &e) { return e.second.contains(text); });
    };
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_J)));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)));
    QVERIFY(has(QKeySequence::Open));
    QVERIFY(!dialog.list()->accessibleName().isEmpty());
}

void TestEventLogFile::notificationPolicy()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("ui.ini"));
    const QString me = QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ");
    ChatMessage m;
    m.room = QStringLiteral("lobby/ä b");
    m.text = QStringLiteral("hello all");
    {
        QSettings settings(ini, QSettings::IniFormat);
        NotificationPolicy policy(settings, me);
        QCOMPARE(policy.mode(m.room), NotificationPolicy::Mode::Always);
        QVERIFY(policy.allows(m));
        policy.setMode(m.room, NotificationPolicy::Mode::Mentions);
        QVERIFY(!policy.allows(m));
        m.text = QStringLiteral("ping %1").arg(me.toLower());
        QVERIFY(policy.allows(m));  // own address, any case
        m.text = QStringLiteral("hey Alice!");
        QVERIFY(!policy.allows(m));
        policy.setNickname(QStringLiteral(" alice "));
        QVERIFY(policy.allows(m));  // nickname
        m.own = true;
        QVERIFY(!policy.allows(m));  // never for our own
        m.own = false;
        policy.setMode(QStringLiteral("other"), NotificationPolicy::Mode::Never);
    }
    QSettings settings(ini, QSettings::IniFormat);  // kept across restarts
    NotificationPolicy policy(settings, me);
    QCOMPARE(policy.mode(m.room), NotificationPolicy::Mode::Mentions);
    QCOMPARE(policy.mode(QStringLiteral("other")), NotificationPolicy::Mode::Never);
    QCOMPARE(policy.nickname(), QStringLiteral("alice"));
    ChatMessage other;
    other.room = QStringLiteral("other");
    other.text = QStringLiteral("alice");
    QVERIFY(!policy.allows(other));
    other.direct = true;
    QVERIFY(policy.allows(other));  // direct messages always

    // In the window: a Notifications submenu in the room list's context menu.
    auto session = test::startLocalEngine(dir.path());
    QVERIFY(session);
    MainWindow window(*session, settings);
    auto *roomList = window.findChild<QAbstractItemView *>(QStringLiteral("roomList"));
    QVERIFY(roomList);
    const QList<QAction *> actions = roomList->actions();
    const auto it = std::find_if(actions.begin(), actions.end(), [](QAction *a) {
        return a->objectName() == QLatin1String("roomNotificationsAction");
    });
    QVERIFY(it != actions.end());
    QVERIFY((*it)->menu());
    QCOMPARE((*it)->menu()->actions().size(), 5);  // always, mentions, never, separator, nickname
    QVERIFY(window.joinRoom(QStringLiteral("notify-room")));
    roomList->setCurrentIndex(roomList->model()->index(0, 0));
    auto *never = window.findChild<QAction *>(QStringLiteral("notifyNeverAction"));
    QVERIFY(never);
    never->trigger();
    QCOMPARE(window.findChild<NotificationPolicy *>()->mode(QStringLiteral("notify-room")),
             NotificationPolicy::Mode::Never);
}

void TestEventLogFile::frenchAndSpanish()
{
    const QStringList languages = LanguageManager::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("fr")) && languages.contains(QStringLiteral("es")),
             qPrintable(languages.join(QLatin1Char(','))));
    QTemporaryDir dir;
    auto session = test::startLocalEngine(dir.path());
    QVERIFY(session);
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*session, settings);
    auto *fileMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *docks = window.findChild<InspectorTools *>();
    QVERIFY(fileMenu && docks);

    LanguageManager languages2;
    QVERIFY(languages2.load(QLocale(QLocale::French, QLocale::France)));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Fichier"));
    QCOMPARE(docks->packetDock()->windowTitle(), QStringLiteral("Paquets"));
    QCOMPARE(EventFilterExpression::describe({EventFilterExpression::ErrorCode::NotANumber, 4}),
             QStringLiteral("Un nombre est attendu à la colonne 5"));
    QVERIFY(languages2.load(QLocale(QLocale::Spanish, QLocale::Spain)));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Archivo"));
    QCOMPARE(docks->openEventLogAction()->text(), QStringLiteral("&Abrir registro de eventos…"));
    languages2.unload();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void TestEventLogFile::qtStringsInGerman()
{
    const QString qm =
        QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_de.qm"));
    if (!QFile::exists(qm))
        QSKIP("qtbase_de.qm is not installed (Debian package qt6-translations-l10n)");
    LanguageManager languages;
    QVERIFY(languages.load(QLocale(QLocale::German, QLocale::Germany)));
    QVERIFY(languages.hasQtCatalogue());
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
    languages.unload();
}

QTEST_MAIN(TestEventLogFile)
#include "tst_event_log_file.moc"
