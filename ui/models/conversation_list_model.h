#pragma once

#include "snapshots.h"

#include <QAbstractListModel>
#include <QList>

namespace swarmscope::ui {

// Direct conversations, one row per peer address, in the order they were opened, each with its
// newest message and unread count.
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds a conversation (no-op if known).
    void open(const QString &address);
    // Adds unknown peers in one batch and moves each conversation's newest message forward.
    void noteMessages(const QList<ChatMessage> &directMessages);
    void remove(const QString &address);

    void addUnread(const QString &address, int count);
    void markRead(const QString &address);

    int rowOf(const QString &address) const;
    QString addressAt(int row) const;
    int unreadOf(const QString &address) const;
    int totalUnread() const;

    void retranslate();

private:
    struct Row {
        QString address;
        QString lastText;
        qint64 lastMs = 0;
        int unread = 0;
    };

    QList<Row> m_rows;
};

}  // namespace swarmscope::ui
