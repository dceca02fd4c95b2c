#pragma once

#include <QByteArray>
#include <QString>

namespace swarmscope::bt {

// The one-file torrent Bugout seeds for a room: file name and content are both the identifier.
// The info dictionary is exactly what create-torrent 5 makes for it:
// {length, name, piece length: 16384, pieces: SHA1(content)} (one piece below 16 KiB).
struct RoomTorrent {
    QByteArray content;  // the identifier's UTF-8 bytes
    QByteArray info;  // bencoded info dictionary (what ut_metadata serves)
    QByteArray infoHash;  // SHA-1 of info, 20 bytes
    qint64 pieceLength = 16384;

    int pieceCount() const { return int((content.size() + pieceLength - 1) / pieceLength); }
    static RoomTorrent of(const QString &identifier);
};

}  // namespace swarmscope::bt
