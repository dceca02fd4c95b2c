// The physical limits bench_channel's figures are held to, measured on the same machine in the
// same run (docs/BENCHMARKS.md): libsodium's secretstream sealing and opening 64 KiB messages on
// one core, and plain TCP between two processes on 127.0.0.1 (bulk in 64 KiB writes, 100-byte
// ping-pong), with blocking sockets and nothing else in the way. From the CPU time each end of the
// raw TCP bulk spends per byte, it derives the ceilings of an encrypted bulk transfer: each end
// must seal (or open) and move every byte, and the machine has only so many cores for both.
#include <sodium.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {
constexpr long long kBulkBytes = 2LL << 30;  // as bench_channel
constexpr int kChunk = 64 * 1024;
constexpr int kPingRounds = 20000;
constexpr int kSmall = 100;

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double cpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// One core's speed at sealing 64 KiB messages, then at opening them: bytes per second each.
struct SecretstreamSpeed {
    double push = 0;
    double pull = 0;
};

SecretstreamSpeed secretstream()
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    crypto_secretstream_xchacha20poly1305_state push, pull;
    crypto_secretstream_xchacha20poly1305_init_push(&push, header, key);
    crypto_secretstream_xchacha20poly1305_init_pull(&pull, header, key);
    // Each message is opened right after it is sealed, so both work on the same warm buffers; the
    // two are timed apart.
    std::vector<unsigned char> plain(kChunk, 'b'), opened(kChunk);
    std::vector<unsigned char> sealed(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    const long long rounds = (1LL << 30) / kChunk;
    double pushSeconds = 0, pullSeconds = 0;
    for (long long i = 0; i < rounds; ++i) {
        const auto start = std::chrono::steady_clock::now();
        crypto_secretstream_xchacha20poly1305_push(&push, sealed.data(), nullptr, plain.data(), plain.size(), nullptr,
                                                   0, 0);
        const auto sealedAt = std::chrono::steady_clock::now();
        const int bad = crypto_secretstream_xchacha20poly1305_pull(&pull, opened.data(), nullptr, nullptr,
                                                                   sealed.data(), sealed.size(), nullptr, 0);
        pullSeconds += seconds(sealedAt);
        pushSeconds += std::chrono::duration<double>(sealedAt - start).count();
        if (bad) {
            std::printf("secretstream pull failed at message %lld\n", i);
            return {};
        }
    }
    const SecretstreamSpeed speed{double(rounds * kChunk) / pushSeconds, double(rounds * kChunk) / pullSeconds};
    std::printf("secretstream push, 64 KiB messages, one core: %.0f MB/s\n", speed.push / 1e6);
    std::printf("secretstream pull, 64 KiB messages, one core: %.0f MB/s\n", speed.pull / 1e6);
    return speed;
}

bool readFull(int fd, char *buf, size_t n)
{
    while (n > 0) {
        const ssize_t got = ::read(fd, buf, n);
        if (got <= 0)
            return false;
        buf += got;
        n -= size_t(got);
    }
    return true;
}

bool writeFull(int fd, const char *buf, size_t n)
{
    while (n > 0) {
        const ssize_t put = ::write(fd, buf, n);
        if (put <= 0)
            return false;
        buf += put;
        n -= size_t(put);
    }
    return true;
}

// The far end: drains the bulk bytes and acknowledges them with its CPU time, then echoes 100-byte
// messages until the connection closes.
void serve(int listener)
{
    const int fd = ::accept(listener, nullptr, nullptr);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::vector<char> buf(kChunk);
    const double cpuBefore = cpuSeconds();
    long long left = kBulkBytes;
    while (left > 0) {
        const ssize_t got = ::read(fd, buf.data(), size_t(std::min<long long>(left, kChunk)));
        if (got <= 0)
            _exit(1);
        left -= got;
    }
    // The acknowledgement carries the CPU time this end spent receiving the bulk.
    const double cpu = cpuSeconds() - cpuBefore;
    writeFull(fd, reinterpret_cast<const char *>(&cpu), sizeof cpu);
    char small[kSmall];
    while (readFull(fd, small, kSmall) && writeFull(fd, small, kSmall)) {}
    _exit(0);
}

// CPU seconds per byte each end of the raw TCP bulk spent: the kernel's share of moving a byte.
struct TcpCost {
    double sender = 0;
    double receiver = 0;
};

TcpCost rawTcp()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(listener, 1) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        std::perror("raw TCP listener");
        return {};
    }
    const pid_t child = ::fork();
    if (child == 0)
        serve(listener);
    ::close(listener);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::perror("raw TCP connect");
        return {};
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    std::vector<char> chunk(kChunk, 'b');
    auto start = std::chrono::steady_clock::now();
    const double cpuBefore = cpuSeconds();
    for (long long sent = 0; sent < kBulkBytes; sent += kChunk)
        writeFull(fd, chunk.data(), chunk.size());
    TcpCost cost;
    cost.sender = (cpuSeconds() - cpuBefore) / double(kBulkBytes);
    double receiverCpu = 0;
    readFull(fd, reinterpret_cast<char *>(&receiverCpu), sizeof receiverCpu);
    cost.receiver = receiverCpu / double(kBulkBytes);
    std::printf("raw TCP bulk, two processes on 127.0.0.1: %.0f MB/s\n", double(kBulkBytes) / seconds(start) / 1e6);
    std::printf("raw TCP bulk CPU per GB: sender %.2f s, receiver %.2f s\n", cost.sender * 1e9, cost.receiver * 1e9);

    std::vector<double> rtts;
    rtts.reserve(kPingRounds);
    char small[kSmall];
    std::memset(small, 'p', sizeof small);
    for (int i = 0; i < kPingRounds; ++i) {
        start = std::chrono::steady_clock::now();
        writeFull(fd, small, kSmall);
        readFull(fd, small, kSmall);
        rtts.push_back(seconds(start) * 1e6);
    }
    std::sort(rtts.begin(), rtts.end());
    std::printf("raw TCP ping-pong 100 B: median %.1f us, p99 %.1f us over %d rounds\n", rtts[rtts.size() / 2],
                rtts[rtts.size() * 99 / 100], kPingRounds);
    ::close(fd);
    ::waitpid(child, nullptr, 0);
    return cost;
}

// An encrypted bulk transfer seals and sends every byte at one end and receives and opens it at
// the other. With one thread per end, the slower end sets the pace; however the work is spread,
// the machine's cores must do all of it. The loopback's receive path runs on the sender's core,
// which is why raw TCP's sender costs more than its receiver.
void ceilings(const SecretstreamSpeed &crypto, const TcpCost &tcp)
{
    if (crypto.push <= 0 || crypto.pull <= 0 || tcp.sender <= 0)
        return;
    const double sendEnd = 1 / crypto.push + tcp.sender;
    const double receiveEnd = 1 / crypto.pull + tcp.receiver;
    const long cores = std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN));
    const double perThread = 1 / std::max(sendEnd, receiveEnd);
    const double allCores = std::min(double(cores) / (sendEnd + receiveEnd), std::min(crypto.push, crypto.pull));
    std::printf("encrypted bulk ceiling, one thread per end: %.0f MB/s\n", perThread / 1e6);
    std::printf("encrypted bulk ceiling, all %ld cores: %.0f MB/s\n", cores, allCores / 1e6);
}
}  // namespace

int main()
{
    if (sodium_init() < 0)
        return 1;
    const SecretstreamSpeed crypto = secretstream();
    const TcpCost tcp = rawTcp();
    ceilings(crypto, tcp);
    return 0;
}
