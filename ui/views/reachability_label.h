#pragma once

#include "nat/reachability.h"

#include <QLabel>

namespace swarmscope::ui {

// The status bar's word on whether the internet can reach us, and how ("Reachable: yes, UPnP
// 203.0.113.2:7000"), fed by the engine's reachability events (docs/NAT.md).
class ReachabilityLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ReachabilityLabel(QWidget *parent = nullptr);
    void apply(const ReachabilitySnapshot &reachability);
    static QString describe(const ReachabilitySnapshot &reachability);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    ReachabilitySnapshot m_state;
};

}  // namespace swarmscope::ui
