// The physical limits bench_channel's figures are held to, measured on the same machine in the
// same run (docs/BENCHMARKS.md): libsodium's secretstream encrypting 64 KiB messages on one core,
// and plain TCP between two processes on 127.0.0.1 (bulk in 64 KiB writes, 100-byte ping-pong),
// with blocking sockets and nothing else in the way.
#include <sodium.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
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

void secretstream()
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    std::vector<unsigned char> plain(kChunk, 'b'), sealed(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    const long long rounds = (1LL << 30) / kChunk;
    const auto start = std::chrono::steady_clock::now();
    for (long long i = 0; i < rounds; ++i)
        crypto_secretstream_xchacha20poly1305_push(&state, sealed.data(), nullptr, plain.data(), plain.size(), nullptr,
                                                   0, 0);
    std::printf("secretstream push, 64 KiB messages, one core: %.0f MB/s\n",
                double(rounds * kChunk) / seconds(start) / 1e6);
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

// The far end: drains the bulk bytes and acknowledges them with one byte, then echoes 100-byte
// messages until the connection closes.
void serve(int listener)
{
    const int fd = ::accept(listener, nullptr, nullptr);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::vector<char> buf(kChunk);
    long long left = kBulkBytes;
    while (left > 0) {
        const ssize_t got = ::read(fd, buf.data(), size_t(std::min<long long>(left, kChunk)));
        if (got <= 0)
            _exit(1);
        left -= got;
    }
    writeFull(fd, "k", 1);
    char small[kSmall];
    while (readFull(fd, small, kSmall) && writeFull(fd, small, kSmall)) {}
    _exit(0);
}

void rawTcp()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(listener, 1) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        std::perror("raw TCP listener");
        return;
    }
    const pid_t child = ::fork();
    if (child == 0)
        serve(listener);
    ::close(listener);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::perror("raw TCP connect");
        return;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    std::vector<char> chunk(kChunk, 'b');
    auto start = std::chrono::steady_clock::now();
    for (long long sent = 0; sent < kBulkBytes; sent += kChunk)
        writeFull(fd, chunk.data(), chunk.size());
    char ack = 0;
    readFull(fd, &ack, 1);
    std::printf("raw TCP bulk, two processes on 127.0.0.1: %.0f MB/s\n", double(kBulkBytes) / seconds(start) / 1e6);

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
}
}  // namespace

int main()
{
    if (sodium_init() < 0)
        return 1;
    secretstream();
    rawTcp();
    return 0;
}
