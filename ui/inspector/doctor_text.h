#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace swarmscope::ui {

// What the doctor found, in the user's language: the engine names each finding by id and code
// and gives its values in args (DoctorCheck); this turns them into translated sentences. A
// finding it does not know keeps the engine's English detail and advice.
class DoctorText final {
    Q_DECLARE_TR_FUNCTIONS(DoctorText)

public:
    static QString detail(const QJsonObject &check);
    static QString advice(const QJsonObject &check);  // empty when there is nothing to do
};

}  // namespace swarmscope::ui
