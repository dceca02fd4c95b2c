#include "bittorrent/room_torrent.h"

#include "dht/bencode.h"

#include <QCryptographicHash>

namespace swarmscope::bt {

RoomTorrent RoomTorrent::of(const QString &identifier)
{
    RoomTorrent t;
    t.content = identifier.toUtf8();
    // create-torrent's piece length is max(16 KiB, 2^round(log2(size/1024))) for larger files;
    // room identifiers stay far below the 16 MiB where that exceeds the floor.
    QByteArray pieces;
    for (qsizetype off = 0; off < t.content.size(); off += t.pieceLength)
        pieces += QCryptographicHash::hash(t.content.mid(off, t.pieceLength), QCryptographicHash::Sha1);
    t.info = BencodeValue::dict({{"length", BencodeValue::integer(t.content.size())},
                                 {"name", BencodeValue::string(t.content)},
                                 {"piece length", BencodeValue::integer(t.pieceLength)},
                                 {"pieces", BencodeValue::string(pieces)}})
                 .encode();
    t.infoHash = QCryptographicHash::hash(t.info, QCryptographicHash::Sha1);
    return t;
}

}  // namespace swarmscope::bt
