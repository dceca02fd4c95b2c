// Pushes a burst of 10,000 engine events through the real event log (model, filter proxy and
// table view, as in the window) in batches delivered by zero-delay timers, the way Session
// flushes them, and measures the longest event-loop stall and the total time. The panel takes a
// large batch in chunks of EventLogPanel::kAppendChunk, one per turn of the loop.
//
//   QT_QPA_PLATFORM=offscreen bench_events [events] [filter]

#include "inspector/event_filter_proxy.h"
#include "models/event_log_model.h"
#include "views/event_log_panel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

QList<LoggedEvent> makeEvents(int n)
{
    QList<LoggedEvent> out;
    out.reserve(n);
    static const char *const kinds[] = {"connection", "rpc", "message", "rejected", "seen", "ping"};
    for (int i = 0; i < n; ++i) {
        LoggedEvent e;
        e.timeMs = 1700000000000 + i;
        e.kind = QString::fromLatin1(kinds[i % 6]);
        e.fields = QJsonObject{{QStringLiteral("peer"), QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ")},
                               {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("port"), 4000 + i % 100},
                               {QStringLiteral("rtt"), i % 250},
                               {QStringLiteral("reason"), QStringLiteral("sample %1").arg(i)}};
        out.append(e);
    }
    return out;
}

struct Figures {
    double longestStallMs = 0;
    double totalMs = 0;
    int shown = 0;
};

// One run: a fresh panel, the events delivered batch by batch, one batch per event-loop turn.
Figures run(const QList<LoggedEvent> &events, int batch, const QString &filter, bool chunked = true)
{
    EventLogPanel panel;
    panel.resize(900, 500);
    panel.show();
    panel.filterEdit()->setText(filter);
    panel.applyFilter();
    QApplication::processEvents();

    Figures f;
    QElapsedTimer total;
    QElapsedTimer sinceLastTurn;
    // A probe that runs on every turn of the loop and notes the longest gap between turns.
    QTimer probe;
    probe.setInterval(0);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        f.longestStallMs = std::max(f.longestStallMs, double(sinceLastTurn.nsecsElapsed()) / 1e6);
        sinceLastTurn.restart();
    });

    qsizetype next = 0;
    bool done = false;
    QTimer feeder;
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        if (next >= events.size()) {
            // Delivered; done once the panel has taken in its last chunk.
            if (panel.model()->rowCount() >= events.size()) {
                feeder.stop();
                done = true;
            }
            return;
        }
        const qsizetype n = std::min<qsizetype>(batch, events.size() - next);
        if (chunked)
            panel.appendLogged(events.mid(next, n));  // what MainWindow does with Session::eventsReady
        else
            panel.model()->append(events.mid(next, n));  // the whole batch in one go, for comparison
        next += n;
    });

    total.start();
    sinceLastTurn.start();
    probe.start();
    feeder.start();
    while (!done)
        QApplication::processEvents(QEventLoop::AllEvents);
    QApplication::processEvents();  // the view's layout and paint of the last batch
    f.totalMs = double(total.nsecsElapsed()) / 1e6;
    f.longestStallMs = std::max(f.longestStallMs, double(sinceLastTurn.nsecsElapsed()) / 1e6);
    f.shown = panel.proxy()->rowCount();
    return f;
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const QString filter = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("-kind:ping peer:bYSk rtt>10");
    const QList<LoggedEvent> events = makeEvents(count);

    std::printf("events_bench: %d events, filter \"%s\"\n", count, qPrintable(filter));
    std::printf("%8s %12s %14s %10s\n", "batch", "total ms", "longest stall", "rows shown");
    bool ok = true;
    for (const int batch : {50, 250, 1000, 10000}) {
        // Best of three, to keep the noise of a shared machine out.
        Figures best;
        best.longestStallMs = 1e9;
        for (int i = 0; i < 3; ++i) {
            const Figures f = run(events, batch, filter);
            if (f.longestStallMs < best.longestStallMs)
                best = f;
        }
        std::printf("%8d %12.1f %11.1f ms %10d\n", batch, best.totalMs, best.longestStallMs, best.shown);
        if (best.longestStallMs > 50)
            ok = false;
    }
    const Figures whole = run(events, int(events.size()), filter, false);
    std::printf("unchunked %6d %12.1f %11.1f ms %10d  (model()->append of the whole burst, for comparison)\n",
                int(events.size()), whole.totalMs, whole.longestStallMs, whole.shown);
    std::printf(ok ? "events_bench: every stall within 50 ms\n" : "events_bench: STALL OVER 50 ms\n");
    return ok ? 0 : 1;
}
