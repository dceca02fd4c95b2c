#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableView;

namespace swarmscope {
class Doctor;
class Session;
}

namespace swarmscope::ui {

class DoctorReportModel;

// Runs the doctor against the session's configuration and shows each check with its advice.
class DoctorDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DoctorDialog(Session &session, QWidget *parent = nullptr);
    ~DoctorDialog() override;

    DoctorReportModel *model() const { return m_model; }
    QJsonObject report() const { return m_report; }

public slots:
    void runChecks();

signals:
    void finished(const QJsonObject &report);

private:
    Session &m_session;
    Doctor *m_doctor = nullptr;
    DoctorReportModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_runButton;
    QJsonObject m_report;
};

} // namespace swarmscope::ui
