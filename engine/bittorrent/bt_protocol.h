#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace swarmscope {
class Random;
}

namespace swarmscope::bt {

// BEP 3 peer wire framing with the BEP 6 (fast) and BEP 10 (extension protocol) messages, as
// bittorrent-protocol 3.5 speaks it: a 68-byte handshake, then <u32 BE length><id><payload>.
enum MessageId : int {
    KeepAlive = -1,
    Choke = 0,
    Unchoke = 1,
    Interested = 2,
    NotInterested = 3,
    Have = 4,
    Bitfield = 5,
    Request = 6,
    Piece = 7,
    Cancel = 8,
    Port = 9,
    Suggest = 0x0d,
    HaveAll = 0x0e,
    HaveNone = 0x0f,
    Reject = 0x10,
    AllowedFast = 0x11,
    Extended = 20,
};

constexpr int kHandshakeBytes = 68;
// Larger than any block (16 KiB) or bo_channel packet we accept, small enough to bound memory.
constexpr qint64 kMaxMessageBytes = 1024 * 1024;
inline const QByteArray kProtocolName = QByteArrayLiteral("BitTorrent protocol");

struct Handshake {
    QByteArray reserved = QByteArray(8, '\0');
    QByteArray infoHash;  // 20
    QByteArray peerId;  // 20

    bool extended() const { return (quint8(reserved[5]) & 0x10) != 0; }
    bool fast() const { return (quint8(reserved[7]) & 0x04) != 0; }
    bool dht() const { return (quint8(reserved[7]) & 0x01) != 0; }
    QByteArray encode() const;
    // Exactly 68 bytes; a wrong protocol string is an error (we speak no MSE/PE).
    static Result<Handshake> parse(QByteArrayView bytes);
};

struct Message {
    int id = KeepAlive;
    QByteArray payload;  // after the id byte

    QByteArray encode() const;
    static QByteArray keepAlive() { return QByteArray(4, '\0'); }
    static QByteArray extended(int extId, QByteArrayView payload);
};

// Reads the handshake and then whole messages out of a byte stream that arrives in pieces.
class FrameReader {
public:
    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    // The handshake once 68 bytes are there (only before any message).
    std::optional<Result<Handshake>> takeHandshake();
    // The next whole message; an error for a length beyond kMaxMessageBytes.
    std::optional<Result<Message>> takeMessage();
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

QString messageName(int id);
// Azureus-style peer id prefix (-WW0109-) to a client name: "WebTorrent 0.1.9", else "".
QString clientName(const QByteArray &peerId);
// Our own: -SS0100- and 12 random bytes (not a secret: the session's random source).
QByteArray makePeerId(Random &random);

}  // namespace swarmscope::bt
