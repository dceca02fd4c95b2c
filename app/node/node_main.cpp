// swarmscope-node: the headless peer. Composition root: command line -> EngineConfig -> Session.
#include "core/clock.h"
#include "crypto/identity.h"
#include "metrics/metrics_http_server.h"
#include "metrics/session_metrics.h"
#include "node_console.h"
#include "node_doctor.h"
#include "node_identity.h"
#include "node_options.h"
#include "session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace swarmscope;

int main(int argc, char **argv)
{
    // A headless node needs no GLib main loop; Qt's own dispatcher is leaner.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Swarmscope"));
    QCoreApplication::setApplicationName(QStringLiteral("swarmscope-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWARMSCOPE_VERSION));
    std::signal(SIGPIPE, SIG_IGN);

    const node::NodeOptions options = node::parseOptions(QCoreApplication::arguments());

    if (const auto status = node::runIdentityAction(options))
        return *status;
    if (options.doctor)
        return node::runDoctor(options.engine);

    auto session = Session::create(options.engine);
    if (!session) {
        std::fprintf(stderr, "swarmscope-node: %s\n", qPrintable(session.error().detail));
        return 1;
    }
    node::NodeConsole console(**session);
    if (Status st = (*session)->start(); !st.ok()) {
        node::NodeConsole::print(Event{QDateTime::currentMSecsSinceEpoch(),
                                       CommandFailed{.detail = st.error().detail, .code = st.error().code}});
        return 1;
    }
    console.startPeerRelaySocket();
    SystemClock clock;
    std::unique_ptr<MetricsHttpServer> metrics;
    if (options.metricsListen) {
        Session *s = session->get();
        metrics = std::make_unique<MetricsHttpServer>(
            clock, [s, &metrics]() -> QByteArray { return sessionMetrics(*s) + metrics->ownMetrics(); });
        if (Status st = metrics->listen(*options.metricsListen); !st.ok()) {
            node::NodeConsole::print(
                Event{clock.wallMs(), CommandFailed{.detail = st.error().detail, .code = st.error().code}});
            return 1;
        }
        node::NodeConsole::print(
            Event{clock.wallMs(), Listening{options.metricsListen->host, metrics->port(), Transport::Metrics}});
    }
    for (const QString &room : options.rooms)
        console.join(room);

    QObject::connect(&console, &node::NodeConsole::quitRequested, &app, [&] {
        (*session)->stop();
        // A short grace period lets bye messages and leave notices reach the peers.
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    });
    return app.exec();
}
