#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QModelIndex;

namespace swarmscope::ui {

class PeerRowDelegate;

// Ties a table view to the window's peer selection (PeerSelection). A row the user clicks or
// moves to names its peer (Roles::PeerAddress) through peerPicked; a peer picked elsewhere
// tints all of that peer's rows and makes its newest row current, without peerPicked.
// The view's model must answer Roles::PeerAddress on column 0.
class PeerRowTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRowTracker)

public:
    // Newest rows are at the bottom of every view this is used for; a search from there stops
    // after this many rows so that a 50,000-row log stays responsive.
    static constexpr int kScanLimit = 20000;

    explicit PeerRowTracker(QAbstractItemView *view);

    QString marked() const { return m_marked; }
    void follow(const QString &address);
    // The newest visible row about that peer, or an invalid index.
    QModelIndex newestRowOf(const QString &address) const;

signals:
    void peerPicked(const QString &address);

private:
    void offer(const QModelIndex &index);

    QAbstractItemView *m_view;
    PeerRowDelegate *m_delegate;
    QString m_marked;
    bool m_following = false;
};

}  // namespace swarmscope::ui
