// Keystroke latency in the window while the engine is busy. The window runs on a real session;
// meanwhile two in-process peers exchange bulk data at full speed (--load bulk) or a 200-node lab
// converges (--load lab). A thread of its own posts a key press to the chat composer every 10 ms;
// the delay is measured from posting to the composer's text having changed. Prints the worst,
// p99 and median delays. --engine-on-gui-thread keeps the engine on the GUI thread, as the window
// had it before, for comparison.

#include "bulk_pump.h"
#include "client/engine_client.h"
#include "main_window.h"
#include "session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDevice>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace swarmscope;
using namespace swarmscope::ui;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr int kKeyIntervalMs = 10;
constexpr int kMaxKeys = 100000;
constexpr int kEmptyComposerAt = 1000;

// Posts key presses at a steady rate from its own thread, so that a busy GUI thread cannot delay
// the posting itself; remembers when each was posted.
class KeyPoster {
public:
    explicit KeyPoster(QObject *target) : m_target(target), m_postedAt(kMaxKeys) {}
    ~KeyPoster() { stop(); }

    void start()
    {
        m_thread = std::thread([this] {
            auto next = SteadyClock::now();
            while (!m_stop && m_posted < kMaxKeys) {
                std::this_thread::sleep_until(next);
                next += std::chrono::milliseconds(kKeyIntervalMs);
                m_postedAt[m_posted] = SteadyClock::now();
                ++m_posted;
                QCoreApplication::postEvent(
                    m_target, new QKeyEvent(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")));
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int posted() const { return m_posted; }
    SteadyClock::time_point postedAt(int i) const { return m_postedAt[i]; }

private:
    QObject *m_target;
    std::vector<SteadyClock::time_point> m_postedAt;
    std::atomic<int> m_posted{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption loadOption(QStringLiteral("load"), QStringLiteral("bulk or lab"), QStringLiteral("kind"),
                                        QStringLiteral("bulk"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("how long to measure under bulk load (lab: until it converges)"),
        QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("lab size"), QStringLiteral("n"),
                                         QStringLiteral("200"));
    const QCommandLineOption sameThreadOption(
        QStringLiteral("engine-on-gui-thread"),
        QStringLiteral("keep the engine on the GUI thread (the old arrangement)"));
    const QCommandLineOption limitOption(QStringLiteral("lab-limit"),
                                         QStringLiteral("give up on lab convergence after this long"),
                                         QStringLiteral("s"), QStringLiteral("180"));
    parser.addOptions({loadOption, secondsOption, nodesOption, sameThreadOption, limitOption});
    parser.process(app);
    const bool lab = parser.value(loadOption) == QLatin1String("lab");
    const bool sameThread = parser.isSet(sameThreadOption);

    QTemporaryDir dir;
    EngineConfig config;
    config.profileDir = dir.filePath(QStringLiteral("profile"));
    config.listenHost = QHostAddress(QHostAddress::LocalHost);
    config.lan.enabled = false;
    config.dht.enabled = false;
    auto started = EngineClient::start(
        config, sameThread ? EngineClient::Placement::CallerThread : EngineClient::Placement::WorkerThread);
    if (!started) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(started.error().detail));
        return 1;
    }
    std::unique_ptr<EngineClient> engine = std::move(started).value();
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*engine, settings);
    window.resize(1200, 800);
    window.show();
    window.joinRoom(QStringLiteral("bench"));
    auto *composer = window.findChild<QLineEdit *>(QStringLiteral("composerEdit"));
    if (!composer || !composer->isEnabled()) {
        std::fprintf(stderr, "no composer\n");
        return 1;
    }

    // A key event names its device; the default keyboard is created on first use, and must be
    // created here, on the GUI thread, not by the first event the poster makes.
    QInputDevice::primaryKeyboard();
    KeyPoster poster(composer);
    std::vector<double> delaysMs;
    int handledBefore = 0;  // keys in text the composer held before it was last emptied
    QObject::connect(composer, &QLineEdit::textChanged, composer, [&](const QString &text) {
        const int handled = handledBefore + int(text.size());
        if (text.isEmpty() || handled > poster.posted())
            return;
        const auto now = SteadyClock::now();
        delaysMs.push_back(std::chrono::duration<double, std::milli>(now - poster.postedAt(handled - 1)).count());
        if (text.size() >= kEmptyComposerAt) {  // stay well under the composer's length limit
            handledBefore = handled;
            composer->clear();
        }
    });

    auto pump = std::make_shared<std::atomic<BulkPump *>>(nullptr);
    QElapsedTimer elapsed;
    qint64 convergedMs = -1;
    if (lab) {
        const int nodes = parser.value(nodesOption).toInt();
        engine->startLab(nodes, 5, 0, QStringLiteral("bench-lab"), &app, [](const Status &st) {
            if (!st.ok()) {
                std::fprintf(stderr, "lab: %s\n", qPrintable(st.error().detail));
                QCoreApplication::exit(1);
            }
        });
        QObject::connect(engine.get(), &EngineClient::labConverged, &app, [&](qint64 ms) {
            convergedMs = ms;
            QTimer::singleShot(500, &app, &QCoreApplication::quit);  // a little after, too
        });
        QTimer::singleShot(parser.value(limitOption).toInt() * 1000, &app, &QCoreApplication::quit);
    } else {
        // The pump is a child of the session: created, run and destroyed on the engine's thread.
        engine->post([pump](Session &s) {
            auto *p = new BulkPump(&s);
            if (p->start())
                *pump = p;
        });
        QTimer::singleShot(parser.value(secondsOption).toInt() * 1000, &app, &QCoreApplication::quit);
    }
    elapsed.start();
    poster.start();
    const int rc = app.exec();
    poster.stop();
    const double seconds = double(elapsed.elapsed()) / 1000.0;

    std::printf("engine on %s, load: %s\n", sameThread ? "the GUI thread" : "its own thread",
                lab ? qPrintable(QStringLiteral("%1-node lab").arg(parser.value(nodesOption))) : "bulk data");
    if (lab && convergedMs >= 0)
        std::printf("lab converged in %lld ms\n", static_cast<long long>(convergedMs));
    else if (lab)
        std::printf("lab not converged after %.0f s\n", seconds);
    else if (BulkPump *p = *pump)
        std::printf("bulk: %.0f MB/s over %.1f s\n", double(p->received.load()) / 1e6 / seconds, seconds);
    const double worst = delaysMs.empty() ? 0 : *std::max_element(delaysMs.begin(), delaysMs.end());
    std::printf("keys: %d posted, %zu handled; delay worst %.1f ms, p99 %.1f ms, median %.2f ms\n", poster.posted(),
                delaysMs.size(), worst, percentile(delaysMs, 0.99), percentile(delaysMs, 0.5));
    std::fflush(stdout);
    return rc;
}
