#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace swarmscope {

// The engine's source of chance (jitter, ids, nonces that need not be secret, sampling), injected
// so that a test replays a whole run from one seed. Secrets and key material never come from
// here: they come from libsodium's randombytes.
class Random final {
public:
    explicit Random(quint64 seed);
    static Random fromSystem();  // seeded from the operating system: the real world

    quint32 generate() { return m_gen.generate(); }
    quint64 generate64() { return m_gen.generate64(); }
    double generateDouble() { return m_gen.generateDouble(); }
    quint32 bounded(quint32 highest) { return m_gen.bounded(highest); }  // [0, highest)
    qint64 bounded(qint64 lowest, qint64 highest);  // [lowest, highest)
    void fill(void *data, qsizetype bytes);
    QByteArray bytes(qsizetype count);

private:
    QRandomGenerator m_gen;
};

}  // namespace swarmscope
