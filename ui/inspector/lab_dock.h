#pragma once

#include <QDockWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace swarmscope::ui {

class EngineClient;

// Controls for the lab: node count (up to Lab::kMaxNodes), latency, loss, room; Start/Stop,
// Partition/Heal, and the convergence time. The swarm graph dock shows the lab graph while it
// runs. The lab runs on the engine thread; this dock sends it commands and shows what it reports.
class LabDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit LabDock(EngineClient &engine, QWidget *parent = nullptr);

    void setNodeCount(int n);
    void setLatency(int ms);
    void setLoss(double percent);
    void setRoom(const QString &room);
    QString statusText() const;

public slots:
    void start();
    void stop();
    void togglePartition();

private:
    void updateState();

    EngineClient &m_engine;
    bool m_starting = false;  // asked to start, no answer yet
    QSpinBox *m_nodes;
    QSpinBox *m_latency;
    QDoubleSpinBox *m_loss;
    QLineEdit *m_room;
    QDoubleSpinBox *m_fraction;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QPushButton *m_partitionButton;
    QLabel *m_status;
};

}  // namespace swarmscope::ui
