#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "crypto/key_pair.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <memory>

namespace swarmscope {

class NoiseXX;

struct SecretStreamOutput {
    QByteArray toSend;  // bytes to write to the carrier, already framed (may be empty)
    QList<QByteArray> messages;  // decrypted application messages, in order
    bool established = false;  // set on the feed() call during which the remote header arrived (channel fully open)
};

// One encrypted channel, byte-compatible with npm @hyperswarm/secret-stream 6.x:
//   frame   = uint24le length || body
//   1..3    = Noise XX handshake messages (see NoiseXX)
//   then    = one header each way: streamId (32) || secretstream header (24), where
//             streamId = BLAKE2b-256(key = handshake hash, NS_INITIATOR or NS_RESPONDER)
//   then    = one crypto_secretstream_xchacha20poly1305 message per frame
//             (encrypted tag byte || ciphertext || 16-byte MAC), always TAG_MESSAGE.
// Transport-agnostic: the owner moves bytes between feed()/sealInto() and its socket.
// Empty application messages are delivered as empty entries (the npm side sends them as
// keep-alives when keepAlive is on).
class SecretStream final {
public:
    static constexpr qsizetype kDefaultMaxFrame = 1 << 20;

    SecretStream(bool initiator, const KeyPair &keys, qsizetype maxFrame = kDefaultMaxFrame);
    ~SecretStream();  // wipes key material (sodium_memzero)
    SecretStream(const SecretStream &) = delete;
    SecretStream &operator=(const SecretStream &) = delete;

    // initiator: framed first handshake message; responder: empty. Later calls return empty.
    QByteArray start();
    // Any error => the caller closes the connection; codes: FrameTooLarge, HandshakeFailed,
    // DecryptFailed, MalformedMessage. Errors are final: later calls return the same error.
    // Output produced before the error (e.g. messages of earlier frames) is still in out.
    Status feed(QByteArrayView bytes, SecretStreamOutput &out);
    // Appends one framed secretstream message; only valid when canSend(). plaintext must be at
    // most 0xFFFFFF - 17 bytes (the uint24 limit); anything else appends nothing.
    void sealInto(QByteArrayView plaintext, QByteArray &out);
    QByteArray seal(QByteArrayView plaintext);

    bool canSend() const { return m_canSend; }  // our handshake finished and our header was emitted
    bool established() const { return m_phase == Phase::Open; }  // both headers exchanged
    bool handshakeComplete() const { return m_handshakeDone; }
    PeerId remotePublicKey() const { return m_remote; }  // valid once handshakeComplete()
    QByteArray handshakeHash() const { return m_handshakeHash; }  // 64 bytes once complete
    // The two ephemeral keys of the handshake (empty until known): the stream's other end holds
    // the same pair the other way round.
    QByteArray localEphemeral() const;
    QByteArray remoteEphemeral() const;
    // Every frame counts: handshake, header and data.
    quint64 framesIn() const { return m_framesIn; }
    quint64 framesOut() const { return m_framesOut; }

private:
    enum class Phase { Handshake, AwaitHeader, Open, Failed };

    Status fail(ErrorCode code, QString detail);
    // owned, when given, is the buffer body lies in and may be consumed.
    Status processFrame(QByteArrayView body, QByteArray *owned, SecretStreamOutput &out);
    Status onHandshakeFrame(QByteArrayView body, SecretStreamOutput &out);
    Status onHeaderFrame(QByteArrayView body, SecretStreamOutput &out);
    Status onDataFrame(QByteArrayView body, QByteArray *owned, SecretStreamOutput &out);
    Status writeHandshakeMessage(QByteArray &out);
    void finishHandshake(QByteArray &out);
    void appendFrameHeader(QByteArray &out, qsizetype bodyLen);

    bool m_initiator;
    qsizetype m_maxFrame;
    Phase m_phase = Phase::Handshake;
    Error m_error;
    bool m_started = false;
    bool m_handshakeDone = false;
    bool m_canSend = false;

    struct Keys;  // libsodium states, kept out of this header
    std::unique_ptr<NoiseXX> m_noise;
    std::unique_ptr<Keys> m_keys;

    PeerId m_remote;
    QByteArray m_handshakeHash;
    QByteArray m_localEphemeral, m_remoteEphemeral;  // kept when the handshake state goes

    // Frame reassembly: length bytes seen so far, then the body when it spans feed() calls.
    std::uint32_t m_len = 0;
    int m_lenBytes = 0;
    QByteArray m_partial;

    quint64 m_framesIn = 0;
    quint64 m_framesOut = 0;
};

}  // namespace swarmscope
