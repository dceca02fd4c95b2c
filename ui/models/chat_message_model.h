#pragma once

#include "snapshots.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <deque>

namespace swarmscope::ui {

class PeerNames;

// The messages of one room (or of one direct conversation) in arrival order, keyed by message
// id. Capped: the oldest rows go first. Rows are addressed through a running sequence number so that dropping from the front
// never renumbers the id index.
class ChatMessageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatMessageModel)

public:
    enum Column { Time, Author, Text, ColumnCount };
    static constexpr int kDefaultCapacity = 10000;

    explicit ChatMessageModel(QString room, int capacity = kDefaultCapacity, QObject *parent = nullptr);
    // The direct messages exchanged with one peer, in whichever room they travelled.
    static ChatMessageModel *conversation(const QString &peerAddress, int capacity = kDefaultCapacity,
                                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // New ids are appended in one batch; known ids update their row in place (delivery state).
    // Returns the number of rows appended.
    int append(const QList<ChatMessage> &messages);

    const QString &room() const { return m_room; }  // the peer's address for a conversation
    bool isConversation() const { return m_conversation; }
    // Whether a message belongs here: the room's own messages, or the direct ones with the peer.
    bool accepts(const ChatMessage &m) const;
    int capacity() const { return m_capacity; }
    int rowOfId(const QByteArray &id) const;
    // Updates the delivery state of a message we hold; false if the id is not here.
    bool setState(const QByteArray &id, DeliveryState state);
    const ChatMessage &messageAt(int row) const { return m_rows.at(std::size_t(row)); }
    // Marks the rows of these ids as search matches (Roles::SearchMatch); an empty set clears.
    void setSearchMatches(const QSet<QByteArray> &ids);
    const QSet<QByteArray> &searchMatches() const { return m_matches; }

    // Authors are named by names (local, signed, short address); without it by their signed
    // name or short address. Rows are laid out again when a name changes.
    void setNames(PeerNames *names);

    void retranslate();

    static constexpr int kIdenticonSize = 16;

private:
    QVariant display(const ChatMessage &m, int column) const;

    QString m_room;
    bool m_conversation = false;
    int m_capacity;
    std::deque<ChatMessage> m_rows;
    QHash<QByteArray, quint64> m_seqOf;  // id -> running sequence number
    quint64 m_firstSeq = 0;  // sequence number of row 0
    QSet<QByteArray> m_matches;
    QPointer<PeerNames> m_names;
};

}  // namespace swarmscope::ui
