#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace swarmscope::test {

// Opens TCP connections from one local address to 127.0.0.1:port at a fixed rate, holding each
// for a while and then resetting it, on a thread of its own with plain sockets: the flood does
// not share the event loop of the node it floods.
class ConnectionFlooder {
public:
    ConnectionFlooder(const QString &from, quint16 port, int perSecond, int holdMs);
    ~ConnectionFlooder();
    ConnectionFlooder(const ConnectionFlooder &) = delete;
    ConnectionFlooder &operator=(const ConnectionFlooder &) = delete;

    int attempts() const { return m_attempts.load(); }  // connect() calls made
    int failures() const { return m_failures.load(); }  // refused at once by our own kernel

private:
    void run(const QString &from, quint16 port, int perSecond, int holdMs);

    std::atomic<bool> m_stop{false};
    std::atomic<int> m_attempts{0}, m_failures{0};
    std::thread m_thread;
};

}  // namespace swarmscope::test
