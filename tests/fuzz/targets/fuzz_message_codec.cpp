// The CBOR message codec (swarmscope/1): never crashes, and a decoded message re-encodes to bytes
// that decode and encode to the same bytes again; the Data and file-chunk fast paths agree with
// the general one; a batch that reads writes back to the same bytes, and its items decode
// without crashing.
#include "fuzz_support.h"

#include "wire/batch_codec.h"
#include "wire/file_chunk_codec.h"
#include "wire/message_codec.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (wire::isBatch(fuzz::bytes(data, size))) {
        const auto items = wire::batchItems(fuzz::bytes(data, size));
        if (items) {
            QByteArray again;
            wire::beginBatch(again);
            for (QByteArrayView item : *items) {
                wire::appendToBatch(item, again);
                (void)wire::decode(item);
            }
            wire::endBatch(again);
            // Item heads are read in any length form but written in the shortest.
            FUZZ_CHECK(again.size() <= qsizetype(size));
            FUZZ_CHECK(wire::batchItems(again).ok());
        }
    }
    const auto decoded = wire::decode(fuzz::bytes(data, size));
    const auto owned = wire::decodeOwned(fuzz::bytes(data, size).toByteArray());
    FUZZ_CHECK(decoded.ok() == owned.ok());
    if (decoded && owned)
        FUZZ_CHECK(wire::encode(*owned) == wire::encode(*decoded));
    if (!decoded || std::holds_alternative<wire::Unhandled>(*decoded))
        return 0;
    const QByteArray encoded = wire::encode(*decoded);
    const auto again = wire::decode(encoded);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->index() == decoded->index());
    FUZZ_CHECK(wire::encode(*again) == encoded);
    if (const auto *d = std::get_if<wire::Data>(&*decoded)) {
        QByteArray fast;
        wire::appendDataMessage(d->bytes, fast);
        FUZZ_CHECK(fast == encoded);
    }
    if (const auto *c = std::get_if<wire::FileChunk>(&*decoded)) {
        QByteArray fast;
        wire::appendFileChunkHead(c->id, c->offset, c->data.size(), fast);
        fast.append(c->data);
        FUZZ_CHECK(fast == encoded);
    }
    return 0;
}
