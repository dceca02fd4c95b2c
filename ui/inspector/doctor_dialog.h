#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableView;

namespace swarmscope::ui {

class EngineClient;
class DoctorReportModel;

// Runs the doctor against the session's configuration and shows each check with its advice. The
// doctor runs on the engine's thread (EngineClient::runDoctor), with sockets of its own, not the
// session's: its probes never hold up painting.
class DoctorDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DoctorDialog(EngineClient &engine, QWidget *parent = nullptr);
    ~DoctorDialog() override;

    DoctorReportModel *model() const { return m_model; }
    QJsonObject report() const { return m_report; }

public slots:
    void runChecks();

signals:
    void finished(const QJsonObject &report);

private:
    EngineClient &m_engine;
    bool m_running = false;
    DoctorReportModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_runButton;
    QJsonObject m_report;
};

}  // namespace swarmscope::ui
