#include "files/outgoing_file.h"

#include "wire/messages.h"

namespace swarmscope::files {

OutgoingFile::OutgoingFile(FileOffer offer, QString path) : m_offer(std::move(offer)), m_path(std::move(path))
{}

Status OutgoingFile::open()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_path, m_file.errorString()));
    return {};
}

OutgoingFile::Recipient *OutgoingFile::recipient(const PeerId &id)
{
    auto it = m_recipients.find(id);
    return it == m_recipients.end() ? nullptr : &*it;
}

bool OutgoingFile::serves(const PeerId &id) const
{
    const auto it = m_recipients.constFind(id);
    return it != m_recipients.cend() && (it->state == RecipientState::Offered || it->state == RecipientState::Accepted);
}

Status OutgoingFile::checkRange(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || length > wire::kMaxFileChunk || offset > m_offer.size
        || length > m_offer.size - offset)
        return makeError(ErrorCode::FileOutOfRange,
                         QStringLiteral("%1 bytes at %2 of a %3-byte file").arg(length).arg(offset).arg(m_offer.size));
    return {};
}

Status OutgoingFile::readInto(qint64 offset, qint64 length, char *to)
{
    if (Status st = checkRange(offset, length); !st.ok())
        return st;
    if (!m_file.seek(offset) || m_file.read(to, length) != length)
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_path, m_file.errorString()));
    return {};
}

bool OutgoingFile::finished() const
{
    for (const Recipient &r : m_recipients)
        if (r.state == RecipientState::Offered || r.state == RecipientState::Accepted)
            return false;
    return true;
}

}  // namespace swarmscope::files
