#pragma once

#include "core/peer_id.h"
#include "crypto/key_pair.h"
#include "crypto/nacl_box.h"
#include "dht/bencode.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace swarmscope::bugout {

// Bugout 0.0.13's bo_channel packets (bugout/index.js makePacket, encryptPacket, onMessage):
//   signed:    bencode({p: bencode(inner), s: ed25519(p)})
//   inner:     {t: ms, i: identifier, pk: bs58, ek: bs58, n: 8 random bytes, y: type, ...}
//   encrypted: bencode({n: 24 bytes, ek: bs58(sender box key), e: nacl.box(signed, n, recipient ek)})
constexpr qint64 kPeerTimeoutMs = 5 * 60 * 1000;  // Bugout's PEERTIMEOUT: packets older are dropped
constexpr qint64 kMaxFutureMs = 5 * 60 * 1000;  // ours: Bugout has no bound on future times
constexpr qsizetype kMaxPacketBytes = 512 * 1024;

// What we sign with and who we are in a room.
struct Keys {
    KeyPair signing;
    BoxKeyPair box;  // fresh every session, as in Bugout
    QString pk58;
    QString ek58;

    static Keys make(const KeyPair &identity);
};

// nonce: the packet's "n", 8 bytes that only make it unique (the room's random source).
QByteArray makePacket(const Keys &keys, const QString &identifier, qint64 nowMs, const QByteArray &nonce,
                      const QByteArray &type, BencodeValue::Dict extra = {});
// Empty when the recipient's ek is not a 32-byte key.
QByteArray encryptPacket(const Keys &keys, const QByteArray &signedPacket, const QString &recipientEk58);

// Why a packet is refused; a stable kebab-case name for counters and events.
enum class Refusal { None, Malformed, NotForUs, BadSignature, WrongRoom, Stale, Future };
QString refusalName(Refusal r);

struct Packet {
    QByteArray raw;
    bool sealed = false;  // arrived in a nacl box
    QByteArray p;  // the signed bytes
    QByteArray signature;
    BencodeValue inner;
    QByteArray type;  // y
    QString pk58;
    PeerId publicKey;
    QString ek58;
    QString identifier;
    qint64 timeMs = 0;
    QString address;  // Bugout address of pk
    bool signatureValid = false;

    QByteArray field(QByteArrayView key) const;  // a string field of inner, or empty
    bool has(QByteArrayView key) const { return inner.find(key) != nullptr; }
};

struct Opened {
    Refusal refusal = Refusal::None;
    QString detail;
    std::optional<Packet> packet;  // set once the signed packet could be read
};

// Decrypts (if sealed to our box key), decodes and checks a raw bo_channel payload.
Opened openPacket(const QByteArray &raw, const Keys &keys, const QString &identifier, qint64 nowMs);

// The dedupe key Bugout uses: hex of SHA-512(raw)[16:64].
QByteArray dedupeKey(const QByteArray &raw);

}  // namespace swarmscope::bugout
