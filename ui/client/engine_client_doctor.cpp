#include "client/engine_client.h"

#include "doctor/doctor.h"
#include "session.h"

namespace swarmscope::ui {

void EngineClient::runDoctor(QObject *context, Reply<QJsonObject> done)
{
    post([this, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        Doctor::Options options;
        options.ownListenPort = s.listenPort();
        const SessionStatus status = s.status();
        options.reachability = status.reachability;  // what the running session learnt
        options.holePunch = status.holePunch;
        // A child of the session: it lives on the engine thread and goes with the session.
        auto *doctor = new Doctor(s.config(), options, World{}, &s);
        connect(doctor, &Doctor::finished, doctor, [this, doctor, context, done](const QJsonObject &report) {
            doctor->deleteLater();
            reply<QJsonObject>(context, done, report);
        });
        doctor->run();
    });
}

}  // namespace swarmscope::ui
