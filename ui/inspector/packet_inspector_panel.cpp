#include "packet_inspector_panel.h"

#include "color_scheme.h"
#include "models/roles.h"
#include "selection/peer_row_tracker.h"
#include "widgets/chunked_feed.h"
#include "packet_cbor_model.h"
#include "packet_hex_view.h"
#include "packet_list_model.h"
#include "packet_pcapng_writer.h"
#include "stream_views.h"
#include "packet_peer_relay_fields.h"
#include "bittorrent/bt_describe.h"
#include "dht/bencode.h"
#include "client/engine_client.h"

#include <QCborArray>
#include <QCborMap>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace swarmscope::ui {

namespace {
bool isStreamChunk(const FrameRecord &frame)
{
    return frame.protocol == QLatin1String("discovery-swarm") && frame.type != QLatin1String("handshake");
}

// What the field tree shows: CBOR as it is; bencode (DHT datagrams) and a foreign app's raw stream
// as CBOR. BitTorrent frames come with their tree, built by the engine, which holds the keys that
// open Bugout packets. A raw stream's chunk is read after carry, what the chunks before it left
// unfinished.
QByteArray fieldsPayload(const FrameRecord &frame, StreamView view, const QByteArray &carry)
{
    if (!frame.fields.isEmpty())
        return frame.fields;
    if (frame.protocol == QLatin1String("discovery-swarm"))
        return (isStreamChunk(frame) ? decodeStreamChunk(carry, frame.payload, view) : decodeIdHandshake(frame.payload))
            .toCbor();
    if (frame.protocol == QLatin1String("peer-relay"))
        return peerRelayFieldsCbor(frame.payload);
    if (frame.protocol != QLatin1String("bep5"))
        return frame.payload;
    const auto decoded = BencodeValue::decode(frame.payload);
    return decoded ? bt::cborOfBencode(*decoded).toCbor() : frame.payload;
}
}  // namespace

PacketInspectorPanel::PacketInspectorPanel(EngineClient &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new PacketListModel(PacketListModel::kDefaultCapacity, this))
    , m_fields(new PacketCborModel(this))
    , m_capture(new QCheckBox(this))
    , m_clear(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_viewAs(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new QSplitter(Qt::Vertical, m_splitter))
    , m_view(new QTableView(m_splitter))
    , m_tree(new QTreeView(m_detail))
    , m_hex(new PacketHexView(m_detail))
{
    setObjectName(QStringLiteral("packetInspectorPanel"));
    m_capture->setObjectName(QStringLiteral("packetCaptureCheck"));
    m_clear->setObjectName(QStringLiteral("packetClearButton"));
    m_export->setObjectName(QStringLiteral("packetExportButton"));
    m_count->setObjectName(QStringLiteral("packetCountLabel"));
    m_viewAs->setObjectName(QStringLiteral("packetViewAsBox"));
    for (const StreamView v : {StreamView::TextLines, StreamView::LengthPrefixed, StreamView::NdJson})
        m_viewAs->addItem(QString(), int(v));
    m_splitter->setObjectName(QStringLiteral("packetSplitter"));
    m_detail->setObjectName(QStringLiteral("packetDetailSplitter"));
    m_view->setObjectName(QStringLiteral("packetListView"));
    m_tree->setObjectName(QStringLiteral("packetFieldsView"));
    m_hex->setObjectName(QStringLiteral("packetHexView"));

    m_view->setModel(m_model);
    m_tracker = new PeerRowTracker(m_view);
    connect(m_tracker, &PeerRowTracker::peerPicked, this, &PacketInspectorPanel::peerSelected);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PacketListModel::Type, QHeaderView::Stretch);
    m_view->setColumnWidth(PacketListModel::Number, 50);
    m_view->setColumnWidth(PacketListModel::Time, 70);
    m_view->setColumnWidth(PacketListModel::Direction, 40);
    m_view->setColumnWidth(PacketListModel::Peer, 110);
    m_view->setColumnWidth(PacketListModel::Transport, 70);
    m_view->setColumnWidth(PacketListModel::Size, 60);

    m_tree->setModel(m_fields);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(PacketCborModel::Field, 110);
    m_tree->setColumnWidth(PacketCborModel::Value, 240);

    m_detail->addWidget(m_tree);
    m_detail->addWidget(m_hex);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    // The hex dump needs about 76 columns; the list gets the rest.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({480, m_hex->fontMetrics().horizontalAdvance(QString(78, QLatin1Char('0')))});
    // Small minimum sizes: the dock shares the bottom area with the others and must not make the
    // window taller than its saved geometry.
    for (QWidget *w : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_tree), static_cast<QWidget *>(m_hex)})
        w->setMinimumSize(80, 40);

    m_feed = std::make_unique<ChunkedFeed<FrameRecord>>(this, kAppendChunk, [this](const QList<FrameRecord> &frames) {
        // Follow the newest frame until one is selected for a closer look.
        const bool follow = !m_view->currentIndex().isValid();
        m_model->append(frames);
        if (follow && isVisible())
            m_view->scrollToBottom();
    });
    auto *scheme = new ColorScheme(this);
    m_model->setDark(scheme->dark());
    connect(scheme, &ColorScheme::changed, m_model, &PacketListModel::setDark);
    connect(m_capture, &QCheckBox::toggled, this, &PacketInspectorPanel::setCapturing);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_feed->clear();
        m_model->clear();
        m_fields->clear();
        m_hex->setBytes({});
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this, &PacketInspectorPanel::chooseExportFile);
    connect(m_viewAs, &QComboBox::currentIndexChanged, this, &PacketInspectorPanel::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PacketInspectorPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PacketInspectorPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PacketInspectorPanel::updateCount);
    connect(&m_engine, &EngineClient::framesCaptured, this, &PacketInspectorPanel::onFrames);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(4);
    tools->addWidget(m_capture);
    tools->addWidget(m_count, 1);
    tools->addWidget(m_viewAs);
    tools->addWidget(m_clear);
    tools->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);
    retranslate();
}

PacketInspectorPanel::~PacketInspectorPanel()
{
    // Capture costs the engine work only while someone looks: stop it with the panel.
    if (m_capture->isChecked())
        m_engine.setCapture(false);
}

void PacketInspectorPanel::setCapturing(bool on)
{
    if (m_capture->isChecked() != on) {
        m_capture->setChecked(on);  // comes back here through toggled
        return;
    }
    if (m_engine.capturing() != on)
        m_engine.setCapture(on);
    emit statusMessage(on ? tr("Packet capture started") : tr("Packet capture stopped"));
}

bool PacketInspectorPanel::capturing() const
{
    return m_capture->isChecked();
}

void PacketInspectorPanel::onFrames(const QList<FrameRecord> &frames)
{
    if (!m_capture->isChecked())
        return;
    m_feed->push(frames);
}

void PacketInspectorPanel::selectPeer(const QString &address)
{
    m_tracker->follow(address);
}

void PacketInspectorPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void PacketInspectorPanel::showCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_fields->clear();
        m_hex->setBytes({});
        return;
    }
    const FrameRecord &frame = m_model->frameAt(row);
    const auto view = StreamView(m_viewAs->currentData().toInt());
    m_fields->setPayload(fieldsPayload(frame, view, isStreamChunk(frame) ? carryBefore(row, view) : QByteArray()));
    m_tree->expandToDepth(0);
    m_hex->setBytes(frame.payload);
}

QByteArray PacketInspectorPanel::carryBefore(int row, StreamView view) const
{
    // The captured chunks of the same stream (connection and direction) before this one, in
    // order: what they left unfinished is read with it.
    const FrameRecord &frame = m_model->frameAt(row);
    QByteArray carry;
    for (int r = 0; r < row; ++r) {
        const FrameRecord &earlier = m_model->frameAt(r);
        if (isStreamChunk(earlier) && earlier.connectionId == frame.connectionId
            && earlier.direction == frame.direction)
            carry = streamRest(carry, earlier.payload, view);
    }
    return carry;
}

bool PacketInspectorPanel::exportTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !PacketPcapngWriter::write(file, m_model->frames()) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void PacketInspectorPanel::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export captured frames"), QDir::home().filePath(QStringLiteral("swarmscope-capture.pcapng")),
        tr("pcapng files (*.pcapng);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(fileName, &error))
        emit statusMessage(tr("Exported %n frame(s) to %1", nullptr, m_model->rowCount()).arg(fileName));
    else
        emit statusMessage(tr("Could not export frames: %1").arg(error));
}

void PacketInspectorPanel::updateCount()
{
    QString text = tr("%n frame(s)", nullptr, m_model->rowCount());
    if (m_model->dropped() > 0)
        text += QStringLiteral(" · ")
            + tr("%n older frame(s) dropped", nullptr, int(qMin<quint64>(m_model->dropped(), INT_MAX)));
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

void PacketInspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PacketInspectorPanel::retranslate()
{
    m_capture->setText(tr("Capture"));
    m_capture->setToolTip(tr("Record every decoded frame sent and received"));
    m_capture->setAccessibleName(tr("Capture frames"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear captured frames"));
    m_export->setText(tr("Export pcapng…"));
    m_export->setAccessibleName(tr("Export captured frames as pcapng"));
    m_viewAs->setItemText(0, tr("View stream as text lines"));
    m_viewAs->setItemText(1, tr("View stream as length-prefixed frames"));
    m_viewAs->setItemText(2, tr("View stream as JSON lines"));
    m_viewAs->setAccessibleName(tr("How to read an application stream"));
    m_viewAs->setToolTip(tr("discovery-swarm carries the app's own bytes: choose how the selected chunk is decoded"));
    m_view->setAccessibleName(tr("Captured frames"));
    m_tree->setAccessibleName(tr("Decoded fields of the selected frame"));
    m_hex->setAccessibleName(tr("Bytes of the selected frame"));
    m_model->retranslate();
    m_fields->retranslate();
    updateCount();
}

}  // namespace swarmscope::ui
