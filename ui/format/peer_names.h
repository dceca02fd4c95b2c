#pragma once

#include "snapshots.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace swarmscope::ui {

// The one place that decides what a peer is called, so every view agrees: the local name the
// user gave it, else the name it signed itself, else its short address. When two peers the
// window knows would read the same (case aside), each gets the start of its address after it:
// "alice (bVka)", longer where four characters are not enough.
class PeerNames final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerNames)

public:
    static constexpr int kSuffixChars = 4;

    explicit PeerNames(QObject *parent = nullptr);

    // The profile's local names, address -> name; replaces all of them.
    void setLocalNames(const QHash<QString, QString> &names);
    // An empty name clears the local one, so the peer's own shows again.
    void setLocalName(const QString &address, const QString &name);
    QString localName(const QString &address) const { return m_local.value(address); }
    const QHash<QString, QString> &localNames() const { return m_local; }

    // Notes a peer the window shows, with the name it signed (empty if none).
    void learn(const QString &address, const QString &signedName);
    QString signedName(const QString &address) const { return m_signed.value(address); }
    // The same for every peer, author (not ourselves) or member named in what the engine sent.
    void learnFrom(const QList<PeerSnapshot> &peers);
    void learnFrom(const QList<ChatMessage> &messages);
    void learnFrom(const QList<RoomSnapshot> &rooms);

    // What views show. signedName stands in when this peer's own name was not learned yet.
    QString display(const QString &address, const QString &signedName = {}) const;
    // Whether the peer has a name (local or signed), not only an address.
    bool isNamed(const QString &address, const QString &signedName = {}) const;
    // The name without a suffix: local, signed or the short address.
    QString base(const QString &address, const QString &signedName = {}) const;

signals:
    void changed();

private:
    void rebuildSuffixes();

    QHash<QString, QString> m_local;  // address -> the user's name for it
    QHash<QString, QString> m_signed;  // address -> its own signed name (may be empty)
    QHash<QString, QString> m_suffix;  // address -> address start, only where names collide
};

}  // namespace swarmscope::ui
