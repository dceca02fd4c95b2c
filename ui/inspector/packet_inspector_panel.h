#pragma once

#include "stats/frame_tap.h"
#include "inspector/stream_views.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QTableView;
class QTreeView;

namespace swarmscope {
struct FrameRecord;
}  // namespace swarmscope

namespace swarmscope::ui {

class EngineClient;
class PeerRowTracker;
class PacketCborModel;
class PacketHexView;
class PacketListModel;
template <typename T>
class ChunkedFeed;

// The packet inspector: a capture switch (the engine's setCapture), the captured frames, the decoded
// CBOR of the selected frame and its bytes (a foreign app's raw stream decoded as chosen in
// "view as"). Exports the capture as pcapng for Wireshark.
class PacketInspectorPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketInspectorPanel)

public:
    explicit PacketInspectorPanel(EngineClient &engine, QWidget *parent = nullptr);
    ~PacketInspectorPanel() override;

    void setCapturing(bool on);
    bool capturing() const;

    PacketListModel *model() const { return m_model; }
    PacketCborModel *fieldsModel() const { return m_fields; }
    QTableView *view() const { return m_view; }
    QTreeView *fieldsView() const { return m_tree; }
    QComboBox *viewAsBox() const { return m_viewAs; }
    PacketHexView *hexView() const { return m_hex; }

    // Shows frame row of the list (selects it).
    void selectRow(int row);
    bool exportTo(const QString &fileName, QString *error = nullptr) const;
    // Frames are added in chunks of this many per turn of the event loop.
    static constexpr int kAppendChunk = 500;

    // A peer picked elsewhere in the window: its rows are tinted and its newest row made current.
    void selectPeer(const QString &address);

signals:
    void peerSelected(const QString &address);  // the user picked a row about that peer
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFrames(const QList<swarmscope::FrameRecord> &frames);
    void showCurrent();
    QByteArray carryBefore(int row, StreamView view) const;  // what earlier chunks of row's stream left unfinished
    void chooseExportFile();
    void updateCount();
    void retranslate();

    EngineClient &m_engine;
    PacketListModel *m_model;
    PacketCborModel *m_fields;
    QCheckBox *m_capture;
    QPushButton *m_clear;
    QPushButton *m_export;
    QComboBox *m_viewAs;  // how a foreign app's raw stream is decoded
    QLabel *m_count;
    QSplitter *m_splitter;
    QSplitter *m_detail;
    QTableView *m_view;
    QTreeView *m_tree;
    PacketHexView *m_hex;
    std::unique_ptr<ChunkedFeed<swarmscope::FrameRecord>> m_feed;
    PeerRowTracker *m_tracker = nullptr;
};

}  // namespace swarmscope::ui
