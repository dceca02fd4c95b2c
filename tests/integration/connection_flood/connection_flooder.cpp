#include "connection_flooder.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <deque>

namespace swarmscope::test {

ConnectionFlooder::ConnectionFlooder(const QString &from, quint16 port, int perSecond, int holdMs)
    : m_thread([this, from, port, perSecond, holdMs] { run(from, port, perSecond, holdMs); })
{}

ConnectionFlooder::~ConnectionFlooder()
{
    m_stop = true;
    m_thread.join();
}

void ConnectionFlooder::run(const QString &from, quint16 port, int perSecond, int holdMs)
{
    using Clock = std::chrono::steady_clock;
    sockaddr_in local{}, remote{};
    local.sin_family = remote.sin_family = AF_INET;
    inet_pton(AF_INET, from.toLatin1().constData(), &local.sin_addr);
    inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    remote.sin_port = htons(port);
    struct Held {
        int fd;
        Clock::time_point until;
    };
    std::deque<Held> held;
    // A reset, not a close: thousands of TIME_WAIT sockets would use up the ephemeral ports.
    const auto reset = [](int fd) {
        const linger abort{1, 0};
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
        close(fd);
    };
    const auto interval = std::chrono::microseconds(1'000'000 / perSecond);
    auto next = Clock::now();
    while (!m_stop) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd >= 0) {
            const int one = 1;
            setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
            ++m_attempts;
            if (bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
                || (connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0 && errno != EINPROGRESS)) {
                ++m_failures;
                reset(fd);
            } else {
                held.push_back({fd, Clock::now() + std::chrono::milliseconds(holdMs)});
            }
        }
        while (!held.empty() && held.front().until <= Clock::now()) {
            reset(held.front().fd);
            held.pop_front();
        }
        next += interval;
        std::this_thread::sleep_until(next);
    }
    for (const Held &h : held)
        reset(h.fd);
}

}  // namespace swarmscope::test
