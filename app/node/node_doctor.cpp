#include "node_doctor.h"

#include "doctor/doctor.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace swarmscope::node {

int runDoctor(const EngineConfig &config)
{
    Doctor doctor(config);
    QEventLoop loop;
    QJsonObject report;
    QObject::connect(&doctor, &Doctor::finished, &loop, [&](const QJsonObject &r) {
        report = r;
        loop.quit();
    });
    doctor.run();
    if (doctor.running())
        loop.exec();
    else
        report = doctor.report();
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return report.value(QStringLiteral("ok")).toBool() ? 0 : 1;
}

}  // namespace swarmscope::node
