#include "inspector/lab_dock.h"

#include "client/engine_client.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace swarmscope::ui {

LabDock::LabDock(EngineClient &engine, QWidget *parent) : QDockWidget(tr("Lab"), parent), m_engine(engine)
{
    setObjectName(QStringLiteral("labDock"));
    setAccessibleName(tr("Lab"));
    auto *body = new QWidget(this);
    auto *form = new QFormLayout(body);
    m_nodes = new QSpinBox(body);
    m_nodes->setObjectName(QStringLiteral("labNodes"));
    m_nodes->setAccessibleName(tr("Number of nodes"));
    m_nodes->setRange(1, Lab::kMaxNodes);
    m_nodes->setValue(30);
    m_latency = new QSpinBox(body);
    m_latency->setObjectName(QStringLiteral("labLatency"));
    m_latency->setAccessibleName(tr("Latency"));
    m_latency->setRange(0, 2000);
    m_latency->setValue(20);
    m_latency->setSuffix(tr(" ms"));
    m_loss = new QDoubleSpinBox(body);
    m_loss->setObjectName(QStringLiteral("labLoss"));
    m_loss->setAccessibleName(tr("Loss"));
    m_loss->setRange(0, 50);
    m_loss->setDecimals(1);
    m_loss->setSuffix(tr(" %"));
    m_room = new QLineEdit(QStringLiteral("lab"), body);
    m_room->setObjectName(QStringLiteral("labRoom"));
    m_room->setAccessibleName(tr("Room name"));
    m_fraction = new QDoubleSpinBox(body);
    m_fraction->setObjectName(QStringLiteral("labPartitionFraction"));
    m_fraction->setAccessibleName(tr("Partition fraction"));
    m_fraction->setRange(0.05, 0.95);
    m_fraction->setSingleStep(0.05);
    m_fraction->setValue(0.5);
    form->addRow(tr("&Nodes:"), m_nodes);
    form->addRow(tr("&Latency (one way):"), m_latency);
    form->addRow(tr("L&oss:"), m_loss);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("Partition &fraction:"), m_fraction);
    auto *buttons = new QHBoxLayout;
    m_startButton = new QPushButton(tr("&Start"), body);
    m_startButton->setObjectName(QStringLiteral("labStart"));
    m_stopButton = new QPushButton(tr("S&top"), body);
    m_stopButton->setObjectName(QStringLiteral("labStop"));
    m_partitionButton = new QPushButton(tr("&Partition"), body);
    m_partitionButton->setObjectName(QStringLiteral("labPartition"));
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_partitionButton);
    form->addRow(buttons);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("labStatus"));
    m_status->setAccessibleName(tr("Lab status"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    setWidget(body);

    connect(m_startButton, &QPushButton::clicked, this, &LabDock::start);
    connect(m_stopButton, &QPushButton::clicked, this, &LabDock::stop);
    connect(m_partitionButton, &QPushButton::clicked, this, &LabDock::togglePartition);
    connect(&m_engine, &EngineClient::labProgress, this, [this](int started, int total) {
        m_status->setText(tr("Starting: %1 of %2 nodes…").arg(started).arg(total));
    });
    connect(&m_engine, &EngineClient::labStarted, this, [this] {
        m_status->setText(tr("Running: %n node(s), waiting for convergence…", nullptr, m_engine.labState().size));
        updateState();
    });
    connect(&m_engine, &EngineClient::labConverged, this, [this](qint64 ms) {
        m_status->setText(tr("Converged in %1 ms (%n node(s))", nullptr, m_engine.labState().size).arg(ms));
    });
    connect(&m_engine, &EngineClient::labStopped, this, [this] {
        m_status->setText(tr("Stopped"));
        updateState();
    });
    connect(&m_engine, &EngineClient::labGraphChanged, this, &LabDock::updateState);
    updateState();
}

void LabDock::setNodeCount(int n)
{
    m_nodes->setValue(n);
}
void LabDock::setLatency(int ms)
{
    m_latency->setValue(ms);
}
void LabDock::setLoss(double percent)
{
    m_loss->setValue(percent);
}
void LabDock::setRoom(const QString &room)
{
    m_room->setText(room);
}
QString LabDock::statusText() const
{
    return m_status->text();
}

void LabDock::start()
{
    m_starting = true;
    m_engine.startLab(m_nodes->value(), m_latency->value(), m_loss->value(), m_room->text(), this,
                      [this](const Status &st) {
                          m_starting = false;
                          if (!st.ok())
                              m_status->setText(tr("Cannot start the lab: %1").arg(st.error().detail));
                          updateState();
                      });
    updateState();
}

void LabDock::stop()
{
    m_engine.stopLab();
}

void LabDock::togglePartition()
{
    if (m_engine.labState().partitioned) {
        m_engine.healLab();
        m_status->setText(tr("Healed"));
    } else {
        m_engine.partitionLab(m_fraction->value());
        m_status->setText(tr("Partitioned: %1 against the rest").arg(m_fraction->value(), 0, 'f', 2));
    }
    updateState();
}

void LabDock::updateState()
{
    const bool running = m_engine.labState().running || m_starting;
    for (QWidget *w : {static_cast<QWidget *>(m_nodes), static_cast<QWidget *>(m_latency),
                       static_cast<QWidget *>(m_loss), static_cast<QWidget *>(m_room)})
        w->setEnabled(!running);
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_partitionButton->setEnabled(m_engine.labState().running);
    m_partitionButton->setText(m_engine.labState().partitioned ? tr("&Heal") : tr("&Partition"));
}

}  // namespace swarmscope::ui
