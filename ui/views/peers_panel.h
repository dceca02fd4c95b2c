#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace swarmscope::ui {

class PeerRowTracker;
class PeerTableModel;

// The live connection table with a filter box; sorts on raw values through a proxy. Its context
// menu steers the swarm; the panel only emits what was asked for, for the selected peers.
class PeersPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeersPanel)

public:
    enum class PeerAction { Ban, SoftBan, Backoff, Disconnect };
    Q_ENUM(PeerAction)

    explicit PeersPanel(QWidget *parent = nullptr);

    PeerTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    // Addresses of the selected peers whose handshake proved one.
    QStringList selectedAddresses() const;
    // Appends an action to the table's context menu (after a separator), e.g. "Connect to…".
    void addContextAction(QAction *action);

    // A peer picked elsewhere in the window: its rows are tinted and its newest row made current.
    void selectPeer(const QString &address);

signals:
    void peerSelected(const QString &address);  // the user picked a row about that peer
    void statusMessage(const QString &text);
    void peerActionRequested(swarmscope::ui::PeersPanel::PeerAction action, const QStringList &addresses);
    void directMessageRequested(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void copySelectedAddress();
    void updateActions();
    void retranslate();

    PeerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QTimer *m_filterDebounce;
    QAction *m_copyAction;
    QAction *m_directAction;
    QAction *m_banAction;
    QAction *m_softBanAction;
    QAction *m_backoffAction;
    QAction *m_disconnectAction;
    bool m_hasTrailingSeparator = false;
    PeerRowTracker *m_tracker = nullptr;
};

}  // namespace swarmscope::ui
