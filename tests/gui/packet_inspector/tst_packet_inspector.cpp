// The packet inspector: its models under QAbstractItemModelTester, the pcapng export parsed back
// block by block (and by tshark with the Lua dissector, when installed, Bugout packets included),
// and a live capture between two Sessions on 127.0.0.1 inside the main window.

#include "bittorrent/bt_protocol.h"
#include "bugout/bugout_packet.h"
#include "core/json_text.h"
#include "core/random.h"
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
#include <QJsonValue>
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
    f.transport = Transport::Tcp;
    f.protocol = QStringLiteral("swarmscope/1");
    f.type = wire::typeName(message);
    f.payload = wire::encode(message);
    f.wireBytes = int(f.payload.size() + 3 + 17);
    return f;
}

QList<FrameRecord> knownFrames()
{
    return {frame(0, wire::Ping{42, 7}),
            frame(1,
                  wire::RoomMessage{QCborMap{{QStringLiteral("kind"), QStringLiteral("text")}}.toCborValue().toCbor(),
                                    QByteArray(64, 's')}),
            frame(2, wire::Bye{QStringLiteral("done")})};
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

bool writePcapng(const QString &path, const QList<FrameRecord> &frames)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && PacketPcapngWriter::write(file, frames);
}

struct TsharkRun {
    bool finished = false;
    QString out;
    QString err;
};

// tshark with our Lua dissector, printing the given fields of every frame (-T fields: one line
// a frame, tab-separated). HOME is the test's own directory: no personal Wireshark settings.
TsharkRun runTshark(const QString &tshark, const QString &pcapng, const QString &home, const QStringList &fields)
{
    QStringList args{QStringLiteral("-n"),
                     QStringLiteral("-X"),
                     QStringLiteral("lua_script:") + QStringLiteral(SWARMSCOPE_LUA_DISSECTOR),
                     QStringLiteral("-r"),
                     pcapng,
                     QStringLiteral("-T"),
                     QStringLiteral("fields")};
    for (const QString &field : fields)
        args << QStringLiteral("-e") << field;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
    process.start(tshark, args);
    TsharkRun run;
    run.finished = process.waitForFinished(20000);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (run.err.contains(QStringLiteral("superuser")) || run.err.contains(QStringLiteral("Lua: Error during loading")))
        qWarning("%s", qPrintable(run.err));
    return run;
}

}  // namespace

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
    void tsharkDissectsBugoutPackets();
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
    handshake.payload = QByteArray("\x13"
                                   "BitTorrent protocol",
                                   20)
        + QByteArray(48, '\0');
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
    QVERIFY(writePcapng(path, knownFrames()));

    const TsharkRun run = runTshark(
        tshark, path, dir.path(),
        {QStringLiteral("swarmscope.direction"), QStringLiteral("swarmscope.peer"), QStringLiteral("swarmscope.type")});
    QVERIFY2(run.finished, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3, qPrintable(run.out + run.err));
    QVERIFY2(lines.at(0).contains(QStringLiteral("ping")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("room-message")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("bye")), qPrintable(lines.at(2)));
}

// Bugout's packets in BitTorrent extended messages get a tree of their own (swarmscope.bugout.*):
// an extended handshake announcing bo_channel, a message signed by the engine's own encoder, and
// a bo_channel message whose bencode is cut short.
void TestPacketInspector::tsharkDissectsBugoutPackets()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    QVERIFY(QFile::exists(QStringLiteral(SWARMSCOPE_LUA_DISSECTOR)));
    const QString room = QStringLiteral("compat-room");
    const QString text = QStringLiteral("hello from swarmscope");
    const bugout::Keys keys = bugout::Keys::make(KeyPair::generate());
    const QByteArray packet = bugout::makePacket(keys, room, 1700000000000, QByteArray(8, 'n'), "m",
                                                 {{"v", BencodeValue::string(jsonStringify(QJsonValue(text)))}});
    const auto envelope = BencodeValue::decode(packet);
    QVERIFY(envelope.ok() && envelope->find("s"));
    const QByteArray signature = envelope->find("s")->toBytes();
    QCOMPARE(signature.size(), 64);
    const QByteArray handshakeDict =
        BencodeValue::dict({{"m", BencodeValue::dict({{"bo_channel", BencodeValue::integer(4)}})},
                            {"metadata_size", BencodeValue::integer(87)},
                            {"id", BencodeValue::string(room.toUtf8())},
                            {"pk", BencodeValue::string(keys.pk58.toLatin1())},
                            {"ek", BencodeValue::string(keys.ek58.toLatin1())}})
            .encode();
    bt::Handshake handshake;
    handshake.reserved[5] = char(0x10);  // BEP 10
    handshake.infoHash = QByteArray(20, '\x01');
    Random random(7);
    handshake.peerId = bt::makePeerId(random);

    // As the engine captures them: a message without its length prefix (the writer puts it back).
    const auto btFrame = [](int i, const QString &type, const QByteArray &payload) {
        FrameRecord f = frame(i, wire::Ping{1, 1});
        f.protocol = QStringLiteral("bittorrent");
        f.type = type;
        f.payload = payload;
        return f;
    };
    const auto extended = [](int extId, const QByteArray &payload) {
        return bt::Message::extended(extId, payload).mid(4);
    };
    const QList<FrameRecord> frames{btFrame(0, QStringLiteral("handshake"), handshake.encode()),
                                    btFrame(1, QStringLiteral("extended-handshake"), extended(0, handshakeDict)),
                                    btFrame(2, QStringLiteral("bo_channel"), extended(4, packet)),
                                    btFrame(3, QStringLiteral("bo_channel"), extended(4, packet.left(20)))};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bugout.pcapng"));
    QVERIFY(writePcapng(path, frames));

    const TsharkRun run =
        runTshark(tshark, path, dir.path(),
                  {QStringLiteral("swarmscope.bugout.handshake.bo_channel"),
                   QStringLiteral("swarmscope.bugout.handshake.pk"), QStringLiteral("swarmscope.bugout.y"),
                   QStringLiteral("swarmscope.bugout.text"), QStringLiteral("swarmscope.bugout.s"),
                   QStringLiteral("swarmscope.bugout.malformed"), QStringLiteral("_ws.expert.message")});
    QVERIFY2(run.finished, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 4, qPrintable(run.out + run.err));
    QList<QStringList> rows;
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(QStringLiteral("Lua Error")), qPrintable(line));  // a dissector error shows there
        rows.append(line.split(QLatin1Char('\t')));
        QVERIFY2(rows.last().size() == 7, qPrintable(line));
    }
    // The BitTorrent handshake is left to Wireshark's own dissector.
    QVERIFY2(rows.at(0).at(2).isEmpty() && rows.at(0).at(5).isEmpty(), qPrintable(lines.at(0)));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("4"));
    QCOMPARE(rows.at(1).at(1), keys.pk58);
    QCOMPARE(rows.at(2).at(2), QStringLiteral("m"));
    QCOMPARE(rows.at(2).at(3), text);
    QCOMPARE(rows.at(2).at(4), QString::fromLatin1(signature.toHex()));
    QVERIFY2(rows.at(2).at(5).isEmpty(), qPrintable(lines.at(2)));
    QVERIFY2(!rows.at(3).at(5).isEmpty(), qPrintable(lines.at(3)));
    QVERIFY2(rows.at(3).at(6).contains(QStringLiteral("malformed bencode")), qPrintable(lines.at(3)));
    QVERIFY2(rows.at(3).at(2).isEmpty(), qPrintable(lines.at(3)));
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
    for (const char *name :
         {"packetCaptureCheck", "packetListView", "packetFieldsView", "packetHexView", "packetExportButton"}) {
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
