// The packet inspector: its models under QAbstractItemModelTester, the pcapng export parsed back
// block by block (and by tshark with the Lua dissector, when installed), and a live capture
// between two Sessions on 127.0.0.1 inside the main window.

#include "inspector/color_scheme.h"
#include "inspector/packet_cbor_model.h"
#include "inspector/packet_hex_view.h"
#include "inspector/packet_inspector_panel.h"
#include "dht/dht_node.h"
#include "screenshot.h"
#include "engine_harness.h"
#include "inspector/packet_list_model.h"
#include "inspector/packet_pcapng_writer.h"
#include "main_window.h"
#include "models/roles.h"
#include "session.h"
#include "wire/message_codec.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCborMap>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QtEndian>

#include <memory>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

constexpr int kNetTimeoutMs = 15000;
const QString kRoom = QStringLiteral("packet-test-room");

FrameRecord frame(int i, const wire::Message &message)
{
    FrameRecord f;
    f.timeMs = 1700000000000 + i;
    f.connectionId = quint64(i + 1);
    f.peerAddress = i % 2 ? QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ") : QString();
    f.host = QStringLiteral("127.0.0.1");
    f.port = quint16(4000 + i);
    f.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
    f.transport = QStringLiteral("tcp");
    f.protocol = QStringLiteral("swarmscope/1");
    f.type = wire::typeName(message);
    f.payload = wire::encode(message);
    f.wireBytes = int(f.payload.size() + 3 + 17);
    return f;
}

QList<FrameRecord> knownFrames()
{
    return {frame(0, wire::Ping{42, 7}),
            frame(1, wire::RoomMessage{QCborMap{{QStringLiteral("kind"), QStringLiteral("text")}}.toCborValue().toCbor(),
                                       QByteArray(64, 's')}),
            frame(2, wire::Bye{QStringLiteral("done")})};
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

} // namespace

class TestPacketInspector : public QObject {
    Q_OBJECT

private slots:
    void listModel();
    void cborModel();
    void hexDump();
    void darkPalette();
    void pcapngBlocks();
    void bittorrentFramesAsOnTheWire();
    void tsharkDissector();
    void liveCapture();
    void dhtDatagramsAsBencodeTree();
};

void TestPacketInspector::listModel()
{
    PacketListModel model(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(knownFrames());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, PacketListModel::Type).data().toString(), QStringLiteral("room-message"));
    QCOMPARE(model.index(0, PacketListModel::Direction).data(Roles::Raw).toInt(), 0);
    model.append(knownFrames());  // 6 into 4: the two oldest go
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.dropped(), quint64(2));
    QCOMPARE(model.index(0, 0).data(Roles::Key).toULongLong(), quint64(3));  // keys stay stable
    QList<FrameRecord> many;
    for (int i = 0; i < 10; ++i)
        many.append(knownFrames().at(0));
    model.append(many);  // an oversized batch keeps only its newest part
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.dropped(), quint64(12));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPacketInspector::cborModel()
{
    PacketCborModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FrameRecord f = knownFrames().at(1);
    model.setPayload(f.payload);
    const QModelIndex t = model.findTopLevel(QStringLiteral("t"));
    QVERIFY(t.isValid());
    QCOMPARE(model.index(t.row(), PacketCborModel::Value).data(Roles::Raw).toInt(), 6);
    QVERIFY(model.index(t.row(), PacketCborModel::Value).data().toString().contains(QStringLiteral("room-message")));
    const QModelIndex s = model.findTopLevel(QStringLiteral("s"));
    QVERIFY(s.isValid());
    QVERIFY(model.index(s.row(), PacketCborModel::Type).data().toString().contains(QStringLiteral("64")));
    QVERIFY(model.index(s.row(), PacketCborModel::Value).data().toString().startsWith(QStringLiteral("73 73")));
    const QModelIndex p = model.findTopLevel(QStringLiteral("p"));
    QCOMPARE(model.rowCount(p), 1);  // the signed payload, decoded
    QCOMPARE(model.index(0, PacketCborModel::Value, p).data(Roles::Raw).toString(), QStringLiteral("text"));

    model.setPayload(QByteArray("\xff\x01garbage", 9));  // not CBOR: one error row, no crash
    QCOMPARE(model.rowCount(), 1);
    model.setPayload({});
    QCOMPARE(model.rowCount(), 0);
    // Deep nesting is bounded.
    QCborValue deep(1);
    for (int i = 0; i < 100; ++i)
        deep = QCborArray{deep};
    model.setPayload(deep.toCbor());
    QVERIFY(model.rowCount() > 0);
}

void TestPacketInspector::hexDump()
{
    const QString dump = PacketHexView::dump(QByteArray("0123456789abcdefXY\x01", 19));
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39")));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("0123456789abcdef")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("00000010  58 59 01")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("XY.")));
}

void TestPacketInspector::darkPalette()
{
    QWidget widget;
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    light.setColor(QPalette::WindowText, QColor(10, 10, 10));
    widget.setPalette(light);
    auto *scheme = new ColorScheme(&widget);
    QVERIFY(!scheme->dark());
    QSignalSpy spy(scheme, &ColorScheme::changed);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(32, 32, 36));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    widget.setPalette(dark);
    QCOMPARE(spy.count(), 1);
    QVERIFY(scheme->dark());
    QVERIFY(ColorScheme::isDark(dark) && !ColorScheme::isDark(light));

    PacketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(knownFrames());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QColor before = model.index(0, 0).data(Qt::BackgroundRole).value<QColor>();
    model.setDark(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).value<QColor>() != before);
}

void TestPacketInspector::pcapngBlocks()
{
    const QList<FrameRecord> frames = knownFrames();
    QByteArray file;
    QBuffer buffer(&file);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(PacketPcapngWriter::write(buffer, frames));

    QList<quint32> types;
    QList<QByteArray> packets;
    qsizetype at = 0;
    while (at < file.size()) {
        QVERIFY(at + 12 <= file.size());
        const quint32 type = le32(file, at);
        const quint32 length = le32(file, at + 4);
        QCOMPARE(length % 4, 0U);
        QVERIFY(length >= 12 && at + length <= quint32(file.size()));
        QCOMPARE(le32(file, at + length - 4), length);  // trailing copy of the length
        types.append(type);
        if (type == PacketPcapngWriter::kSectionHeaderBlock)
            QCOMPARE(le32(file, at + 8), 0x1A2B3C4DU);
        if (type == PacketPcapngWriter::kInterfaceDescriptionBlock)
            QCOMPARE(qFromLittleEndian<quint16>(file.constData() + at + 8), quint16(147));
        if (type == PacketPcapngWriter::kEnhancedPacketBlock) {
            const quint32 captured = le32(file, at + 20);
            QCOMPARE(le32(file, at + 24), captured);
            packets.append(file.mid(at + 28, captured));
            const quint64 micros = (quint64(le32(file, at + 12)) << 32) | le32(file, at + 16);
            QCOMPARE(micros, quint64(frames.at(packets.size() - 1).timeMs) * 1000U);
        }
        at += length;
    }
    QCOMPARE(types, (QList<quint32>{0x0A0D0D0A, 1, 6, 6, 6}));
    for (int i = 0; i < frames.size(); ++i) {
        const QByteArray &p = packets.at(i);
        const FrameRecord &f = frames.at(i);
        QCOMPARE(quint8(p.at(0)), PacketPcapngWriter::kHeaderMagic);
        QCOMPARE(quint8(p.at(1)), PacketPcapngWriter::kHeaderVersion);
        QCOMPARE(int(p.at(2)), f.direction == Direction::Inbound ? 0 : 1);
        QCOMPARE(int(p.at(3)), 1);  // tcp
        QCOMPARE(qFromBigEndian<quint64>(p.constData() + 4), f.connectionId);
        const int peerLength = quint8(p.at(12));
        const QString peer = QString::fromUtf8(p.mid(13, peerLength));
        QCOMPARE(peer, f.peerAddress.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(f.port) : f.peerAddress);
        QCOMPARE(p.mid(13 + peerLength), f.payload);
    }
}

// Wireshark's BitTorrent dissector reads what was on the wire: the handshake as it is, every
// other message with its 4-byte length in front again.
void TestPacketInspector::bittorrentFramesAsOnTheWire()
{
    FrameRecord handshake = frame(0, wire::Ping{1, 1});
    handshake.protocol = QStringLiteral("bittorrent");
    handshake.payload = QByteArray("\x13" "BitTorrent protocol", 20) + QByteArray(48, '\0');
    FrameRecord interested = handshake;
    interested.payload = QByteArray(1, '\x02');
    const auto body = [](const FrameRecord &f) {
        const QByteArray p = PacketPcapngWriter::packetData(f);
        return p.mid(13 + quint8(p.at(12)));
    };
    QCOMPARE(body(handshake), handshake.payload);
    QCOMPARE(body(interested), QByteArray("\0\0\0\x01\x02", 5));
}

void TestPacketInspector::tsharkDissector()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    QVERIFY(QFile::exists(QStringLiteral(SWARMSCOPE_LUA_DISSECTOR)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("frames.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(PacketPcapngWriter::write(file, knownFrames()));
    file.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());  // no personal Wireshark settings
    process.setProcessEnvironment(env);
    process.start(tshark, {QStringLiteral("-n"), QStringLiteral("-X"),
                           QStringLiteral("lua_script:") + QStringLiteral(SWARMSCOPE_LUA_DISSECTOR),
                           QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                           QStringLiteral("-e"), QStringLiteral("swarmscope.direction"), QStringLiteral("-e"),
                           QStringLiteral("swarmscope.peer"), QStringLiteral("-e"), QStringLiteral("swarmscope.type")});
    QVERIFY(process.waitForFinished(20000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (err.contains(QStringLiteral("superuser")) || err.contains(QStringLiteral("Lua: Error during loading")))
        qWarning("%s", qPrintable(err));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3, qPrintable(out + err));
    QVERIFY2(lines.at(0).contains(QStringLiteral("ping")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("room-message")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("bye")), qPrintable(lines.at(2)));
}

void TestPacketInspector::liveCapture()
{
    QTemporaryDir dirA, dirB;
    QVERIFY(dirA.isValid() && dirB.isValid());
    auto a = test::startLocalEngine(dirA.path());
    QVERIFY(a);
    std::unique_ptr<Session> b = test::startLocalSession(dirB.path(), a->listenPort());
    QVERIFY(b);
    QSettings settings(dirA.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("packetInspectorDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    auto *panel = window.findChild<PacketInspectorPanel *>();
    QVERIFY(panel);
    QAbstractItemModelTester listTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(panel->fieldsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto engineCaptures = [&] { return test::onEngine(*a, [](Session &s) { return s.capturing(); }); };
    QVERIFY(!engineCaptures());
    panel->setCapturing(true);
    QVERIFY(engineCaptures());

    QVERIFY(window.joinRoom(kRoom));
    b->joinRoom(kRoom);
    QTRY_VERIFY_WITH_TIMEOUT(b->room(kRoom).connectedMembers > 0, kNetTimeoutMs);
    QVERIFY(b->sendMessage(kRoom, QStringLiteral("hello inspector")));

    const auto roomMessageRow = [&] {
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            const QModelIndex type = panel->model()->index(row, PacketListModel::Type);
            const QModelIndex dir = panel->model()->index(row, PacketListModel::Direction);
            if (type.data().toString() == QLatin1String("room-message") && dir.data(Roles::Raw).toInt() == 0)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(roomMessageRow() >= 0, kNetTimeoutMs);
    panel->selectRow(roomMessageRow());
    const QModelIndex t = panel->fieldsModel()->findTopLevel(QStringLiteral("t"));
    QVERIFY(t.isValid());
    QCOMPARE(panel->fieldsModel()->index(t.row(), PacketCborModel::Value).data(Roles::Raw).toInt(), 6);
    QVERIFY(!panel->hexView()->toPlainText().isEmpty());
    QVERIFY(!panel->hexView()->bytes().isEmpty());

    // tools/screenshots_swarm.sh: docs/screenshots/packet-inspector.png.
    if (test::screenshotsWanted()) {
        QVERIFY(b->sendMessage(kRoom, QStringLiteral("Is the relay build up on your side?")));
        QVERIFY(window.joinRoom(kRoom));
        const int before = panel->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > before, kNetTimeoutMs);
        test::prepareForScreenshot(window);
        window.resizeDocks({dock}, {430}, Qt::Vertical);
        dock->raise();
        panel->selectRow(roomMessageRow());
        panel->fieldsView()->expandAll();
        test::saveScreenshot(window, QStringLiteral("packet-inspector"));
    }

    QTemporaryDir out;
    const QString pcap = out.filePath(QStringLiteral("live.pcapng"));
    QVERIFY(panel->exportTo(pcap));
    QVERIFY(QFileInfo(pcap).size() > 100);

    panel->setCapturing(false);
    QVERIFY(!engineCaptures());
    for (const char *name : {"packetCaptureCheck", "packetListView", "packetFieldsView", "packetHexView",
                             "packetExportButton"}) {
        auto *w = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
    b->stop();
}

void TestPacketInspector::dhtDatagramsAsBencodeTree()
{
    // DHT datagrams are captured too, named by their KRPC method, with their bencode as a tree.
    swarmscope::test::TestPeer::Options o;
    o.dht = true;
    QTemporaryDir dir;
    auto a = test::startEngine(test::TestPeer::configFor(o, dir.filePath(QStringLiteral("a"))));
    QVERIFY(a);
    const quint16 aPort = test::onEngine(*a, [](Session &s) { return s.dht()->port(); });
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    auto *panel = window.findChild<PacketInspectorPanel *>();
    QVERIFY(panel);
    panel->setCapturing(true);
    o.dhtBootstrap = {{QStringLiteral("127.0.0.1"), aPort}};
    swarmscope::test::TestPeer b(o);  // its bootstrap queries reach a
    const auto rowOf = [&](const QString &type) {
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            if (panel->model()->index(row, PacketListModel::Type).data().toString() == type)
                return row;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("find_node")) >= 0, kNetTimeoutMs);
    panel->selectRow(rowOf(QStringLiteral("find_node")));
    const QModelIndex y = panel->fieldsModel()->findTopLevel(QStringLiteral("y"));
    QVERIFY(y.isValid());
    QVERIFY(panel->fieldsModel()->index(y.row(), PacketCborModel::Value).data().toString().contains(QLatin1Char('q')));
    QVERIFY(panel->fieldsModel()->findTopLevel(QStringLiteral("a")).isValid());
}

QTEST_MAIN(TestPacketInspector)
#include "tst_packet_inspector.moc"
