#pragma once

#include <QObject>
#include <QString>

namespace swarmscope::ui {

// The peer the user is looking at, shared by every dock of a window: any dock may pick one and
// all of them follow. A dock takes part through link(): it offers a peerSelected(QString) signal
// for what the user picked in it and a selectPeer(QString) slot that shows a pick made
// elsewhere without emitting peerSelected again. An empty address means "no peer".
class PeerSelection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerSelection)

public:
    explicit PeerSelection(QObject *parent = nullptr) : QObject(parent) {}

    QString current() const { return m_current; }
    void select(const QString &address);

    template <typename Dock>
    void link(Dock *dock)
    {
        connect(dock, &Dock::peerSelected, this, &PeerSelection::select);
        connect(this, &PeerSelection::changed, dock, &Dock::selectPeer);
        if (!m_current.isEmpty())
            dock->selectPeer(m_current);
    }

signals:
    void changed(const QString &address);

private:
    QString m_current;
};

}  // namespace swarmscope::ui
