#include "inspector/doctor_dialog.h"

#include "inspector/doctor_report_model.h"
#include "client/engine_client.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace swarmscope::ui {

DoctorDialog::DoctorDialog(EngineClient &engine, QWidget *parent) : QDialog(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("doctorDialog"));
    setWindowTitle(tr("Network Doctor"));
    setAccessibleName(tr("Network Doctor"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doctorSummary"));
    m_summary->setAccessibleName(tr("Doctor summary"));
    m_model = new DoctorReportModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("doctorTable"));
    m_table->setAccessibleName(tr("Doctor checks"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_runButton = buttons->addButton(tr("&Run again"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("doctorRun"));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &DoctorDialog::runChecks);
    resize(760, 320);
}

DoctorDialog::~DoctorDialog() = default;

void DoctorDialog::runChecks()
{
    if (m_running)
        return;
    m_running = true;
    m_runButton->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    m_model->clear();
    m_engine.runDoctor(this, [this](const QJsonObject &report) {
        m_running = false;
        m_report = report;
        m_model->setReport(report);
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
        const QString status = report.value(QStringLiteral("status")).toString();
        m_summary->setText(status == QLatin1String("ok")         ? tr("Everything looks fine.")
                               : status == QLatin1String("warn") ? tr("Working, with warnings: see the advice below.")
                                                                 : tr("Something is broken: see the advice below."));
        m_runButton->setEnabled(true);
        emit finished(report);
    });
}

}  // namespace swarmscope::ui
