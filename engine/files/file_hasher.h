#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

class QFile;

namespace swarmscope::files {

constexpr int kFileHashBytes = 32;

// Streaming BLAKE2b-256 (crypto_generichash): files are hashed as they are read or written,
// never held in memory whole.
class FileHasher final {
public:
    FileHasher() { reset(); }
    void reset();
    void update(QByteArrayView bytes);
    QByteArray final();  // the digest; the hasher is reset afterwards
    // Hashes the first `bytes` bytes of an open file from its start (1 MiB at a time).
    Status updateFromFile(QFile &file, qint64 bytes);

private:
    crypto_generichash_state m_state;
};

// BLAKE2b-256 of a whole file.
Result<QByteArray> hashFile(const QString &path);

}  // namespace swarmscope::files
