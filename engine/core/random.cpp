#include "core/random.h"

#include <cstring>

namespace swarmscope {

namespace {
QRandomGenerator seeded(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words);
}
}  // namespace

Random::Random(quint64 seed) : m_gen(seeded(seed))
{}

Random Random::fromSystem()
{
    return Random(QRandomGenerator::system()->generate64());
}

qint64 Random::bounded(qint64 lowest, qint64 highest)
{
    return highest <= lowest ? lowest : m_gen.bounded(lowest, highest);
}

void Random::fill(void *data, qsizetype bytes)
{
    auto *out = static_cast<char *>(data);
    while (bytes > 0) {
        const quint64 word = m_gen.generate64();
        const qsizetype n = qMin<qsizetype>(bytes, qsizetype(sizeof word));
        std::memcpy(out, &word, size_t(n));
        out += n;
        bytes -= n;
    }
}

QByteArray Random::bytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    fill(out.data(), count);
    return out;
}

}  // namespace swarmscope
