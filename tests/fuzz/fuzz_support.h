#pragma once

// Shared helpers for the libFuzzer targets: a Qt application object for the targets that need an
// event loop, quiet logging, and a check that aborts (so libFuzzer records the input) with a message.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "crypto/key_pair.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace swarmscope::fuzz {

inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QByteArray copy(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A QCoreApplication that lives for the whole run; warnings about bad input are expected.
inline QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *instance = [] {
        qputenv("SWARMSCOPE_OFFLINE", "1");
        qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false;*.info=false");
        qSetMessagePattern(QString());
        return new QCoreApplication(argc, argv);
    }();
    return *instance;
}

// The stateful targets read their input as records: [a u8][b u8][c u8][length u16 little-endian]
// then length bytes (cut short at the end of the input). a, b and c mean what the target says.
struct Record {
    std::uint8_t a = 0, b = 0, c = 0;
    QByteArray bytes;
};

inline bool nextRecord(const std::uint8_t *data, std::size_t size, std::size_t &at, Record &out)
{
    if (at + 5 > size)
        return false;
    out.a = data[at];
    out.b = data[at + 1];
    out.c = data[at + 2];
    const std::size_t length = std::size_t(data[at + 3]) | (std::size_t(data[at + 4]) << 8);
    at += 5;
    const std::size_t n = std::min(length, size - at);
    out.bytes = copy(data + at, n);
    at += n;
    return true;
}

inline QByteArray record(std::uint8_t a, std::uint8_t b, std::uint8_t c, const QByteArray &bytes)
{
    QByteArray out;
    out += char(a);
    out += char(b);
    out += char(c);
    out += char(bytes.size() & 0xff);
    out += char((bytes.size() >> 8) & 0xff);
    return out + bytes;
}

// Fixed identities, the same in every target and in the seeds fuzz_seeds writes, so that inputs
// signed or sealed by one of them reach the code behind the signature and decryption checks.
inline const KeyPair &fixedKeys(std::uint8_t which)
{
    static const auto make = [](std::uint8_t fill) {
        std::array<std::uint8_t, 32> seed{};
        seed.fill(fill);
        return KeyPair::fromSeed(seed);
    };
    static const KeyPair alice = make(0xa1), bob = make(0xb0);
    return which == 0 ? alice : bob;
}

// Fixed ephemeral keys for the Noise targets, so one input always meets the same handshake.
inline std::array<std::uint8_t, 32> ephemeralSeed(bool initiator)
{
    std::array<std::uint8_t, 32> seed{};
    seed.fill(initiator ? 0xe1 : 0xe2);
    return seed;
}

[[noreturn]] inline void failed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", file, line, what);
    std::abort();
}

}  // namespace swarmscope::fuzz

// A property every input must satisfy; a violation is a finding, like a crash.
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::swarmscope::fuzz::failed(#cond, __FILE__, __LINE__);                                                     \
    } while (false)
