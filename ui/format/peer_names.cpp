#include "peer_names.h"

#include "format/units.h"

#include <QSet>

namespace swarmscope::ui {

PeerNames::PeerNames(QObject *parent) : QObject(parent)
{}

void PeerNames::setLocalNames(const QHash<QString, QString> &names)
{
    if (names == m_local)
        return;
    m_local = names;
    for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
        if (!m_signed.contains(it.key()))
            m_signed.insert(it.key(), QString());
    }
    rebuildSuffixes();
    emit changed();
}

void PeerNames::setLocalName(const QString &address, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (address.isEmpty() || m_local.value(address) == trimmed)
        return;
    if (trimmed.isEmpty())
        m_local.remove(address);
    else
        m_local.insert(address, trimmed);
    if (!m_signed.contains(address))
        m_signed.insert(address, QString());
    rebuildSuffixes();
    emit changed();
}

void PeerNames::learn(const QString &address, const QString &signedName)
{
    if (address.isEmpty())
        return;
    const auto it = m_signed.constFind(address);
    // An empty name never hides one learned before: a relayed message carries none.
    if (it != m_signed.cend() && (it.value() == signedName || signedName.isEmpty()))
        return;
    m_signed.insert(address, signedName);
    if (!signedName.isEmpty()) {
        rebuildSuffixes();
        emit changed();
    }
}

bool PeerNames::isNamed(const QString &address, const QString &signedName) const
{
    return !signedName.isEmpty() || !m_local.value(address).isEmpty() || !m_signed.value(address).isEmpty();
}

void PeerNames::learnFrom(const QList<PeerSnapshot> &peers)
{
    for (const PeerSnapshot &p : peers)
        learn(p.address, p.name);
}

void PeerNames::learnFrom(const QList<ChatMessage> &messages)
{
    for (const ChatMessage &m : messages)
        if (!m.own)
            learn(m.fromAddress, m.fromName);
}

void PeerNames::learnFrom(const QList<RoomSnapshot> &rooms)
{
    for (const RoomSnapshot &room : rooms)
        for (auto it = room.memberNames.cbegin(); it != room.memberNames.cend(); ++it)
            learn(it.key(), it.value());
}

QString PeerNames::base(const QString &address, const QString &signedName) const
{
    if (const QString local = m_local.value(address); !local.isEmpty())
        return local;
    const QString own = m_signed.value(address);
    if (!own.isEmpty())
        return own;
    return signedName.isEmpty() ? Units::shortAddress(address) : signedName;
}

QString PeerNames::display(const QString &address, const QString &signedName) const
{
    const QString name = base(address, signedName);
    const auto it = m_suffix.constFind(address);
    return it == m_suffix.cend() ? name : name + QStringLiteral(" (") + it.value() + QLatin1Char(')');
}

void PeerNames::rebuildSuffixes()
{
    QHash<QString, QStringList> byName;  // folded name -> addresses that read so
    for (auto it = m_signed.cbegin(); it != m_signed.cend(); ++it) {
        const QString local = m_local.value(it.key());
        const QString name = local.isEmpty() ? it.value() : local;
        if (!name.isEmpty())  // short addresses differ already
            byName[name.toCaseFolded()].append(it.key());
    }
    m_suffix.clear();
    for (const QStringList &group : std::as_const(byName)) {
        if (group.size() < 2)
            continue;
        for (const QString &address : group) {
            // The shortest start of at least kSuffixChars that no other peer of the group shares.
            qsizetype chars = kSuffixChars;
            for (const QString &other : group) {
                if (other == address)
                    continue;
                while (chars < address.size() && other.startsWith(address.left(chars)))
                    ++chars;
            }
            m_suffix.insert(address, address.left(chars));
        }
    }
}

}  // namespace swarmscope::ui
