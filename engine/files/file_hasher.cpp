#include "files/file_hasher.h"

#include <QFile>

namespace swarmscope::files {

namespace {
constexpr qint64 kReadBlock = 1 << 20;
}

void FileHasher::reset()
{
    crypto_generichash_init(&m_state, nullptr, 0, kFileHashBytes);
}

void FileHasher::update(QByteArrayView bytes)
{
    crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.data()), quint64(bytes.size()));
}

QByteArray FileHasher::final()
{
    QByteArray out(kFileHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), kFileHashBytes);
    reset();
    return out;
}

Status FileHasher::updateFromFile(QFile &file, qint64 bytes)
{
    if (!file.seek(0))
        return makeError(ErrorCode::Io, file.errorString());
    QByteArray block(int(std::min(bytes, kReadBlock)), Qt::Uninitialized);
    while (bytes > 0) {
        const qint64 n = file.read(block.data(), std::min<qint64>(bytes, block.size()));
        if (n <= 0)
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        update(QByteArrayView(block.constData(), n));
        bytes -= n;
    }
    return {};
}

Result<QByteArray> hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, f.errorString()));
    FileHasher h;
    if (Status st = h.updateFromFile(f, f.size()); !st.ok())
        return st.error();
    return h.final();
}

}  // namespace swarmscope::files
