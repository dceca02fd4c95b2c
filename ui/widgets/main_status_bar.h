#pragma once

#include "snapshots.h"

#include <QStatusBar>

class QLabel;

namespace swarmscope::ui {

class AddressLabel;
class ReachabilityLabel;

// The window's status bar: passing messages on the left; on the right our address (one click
// copies it), the connection queue's counts, whether peers can reach us, and who is connected.
class MainStatusBar final : public QStatusBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainStatusBar)

public:
    static constexpr int kMessageMs = 8000;  // how long a passing message stays

    explicit MainStatusBar(const QString &ownAddress, QWidget *parent = nullptr);

    void showCounts(const SessionStatus &status);
    void showReachability(const ReachabilitySnapshot &reachability);
    void retranslate();

public slots:
    void say(const QString &text);  // a passing message

private:
    AddressLabel *m_address = nullptr;
    QLabel *m_addressCaption = nullptr;
    QLabel *m_connected = nullptr;
    QLabel *m_swarmCounts = nullptr;
    ReachabilityLabel *m_reachability = nullptr;
    SessionStatus m_shown;  // for retranslate
};

}  // namespace swarmscope::ui
