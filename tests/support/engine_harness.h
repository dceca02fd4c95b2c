#pragma once

// For GUI tests: a session started behind an EngineClient (on its own thread, as in the window),
// and a way to run something on the engine thread and wait for its answer.

#include "client/engine_client.h"
#include "session.h"
#include "session_harness.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>
#include <optional>
#include <type_traits>

namespace swarmscope::test {

inline std::unique_ptr<ui::EngineClient>
startEngine(const EngineConfig &config,
            ui::EngineClient::Placement placement = ui::EngineClient::Placement::WorkerThread)
{
    auto created = ui::EngineClient::start(config, placement);
    if (!created) {
        qWarning("EngineClient::start failed: %s", qPrintable(created.error().detail));
        return nullptr;
    }
    return std::move(created).value();
}

// Like startLocalSession, behind a client.
inline std::unique_ptr<ui::EngineClient> startLocalEngine(const QString &profileDir, quint16 connectPort = 0)
{
    return startEngine(localConfig(profileDir, connectPort));
}

// Runs fn(Session &) on the engine thread and returns what it returned, spinning this thread's
// event loop meanwhile (so batches keep arriving). Fails the wait after timeoutMs.
template <typename Fn>
auto onEngine(ui::EngineClient &engine, Fn fn, int timeoutMs = 10000)
{
    using T = std::invoke_result_t<Fn, Session &>;
    if constexpr (std::is_void_v<T>) {
        onEngine(
            engine,
            [fn = std::move(fn)](Session &s) {
                fn(s);
                return true;
            },
            timeoutMs);
    } else {
        auto box = std::make_shared<std::optional<T>>();
        engine.post([box, fn = std::move(fn)](Session &s) {
            T value = fn(s);
            QMetaObject::invokeMethod(
                qApp, [box, value] { *box = value; }, Qt::QueuedConnection);
        });
        if (!QTest::qWaitFor([&] { return box->has_value(); }, timeoutMs))
            qFatal("the engine thread did not answer in %d ms", timeoutMs);
        return std::move(**box);
    }
}

}  // namespace swarmscope::test
