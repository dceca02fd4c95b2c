#pragma once

#include <QDockWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace swarmscope {
class Lab;
class Session;
}

namespace swarmscope::ui {

// Controls for the lab: node count (up to 200), latency, loss, room; Start/Stop, Partition/Heal,
// and the convergence time. The swarm graph dock shows the lab graph while it runs.
class LabDock final : public QDockWidget {
    Q_OBJECT

public:
    LabDock(Session &session, Lab &lab, QWidget *parent = nullptr);

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

    Session &m_session;
    Lab &m_lab;
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

} // namespace swarmscope::ui
