#pragma once

#include <QString>

namespace swarmscope {

// Sending and receiving files (docs/FILE_TRANSFER.md).
struct FileTransferOptions {
    QString downloadDir;  // where accepted files land; empty = <profile>/downloads
    qint64 maxFileSize = 4LL << 30;  // larger offers are refused (file-too-large)
    int window = 32;  // chunk requests outstanding per transfer
    qint64 chunkBytes = 256 * 1024;  // bytes asked for per request (at most 256 KiB)
    qint64 progressIntervalMs = 250;  // file-progress at most this often per transfer
};

}  // namespace swarmscope
