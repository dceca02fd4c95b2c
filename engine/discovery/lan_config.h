#pragma once

#include <QHostAddress>
#include <QString>

namespace swarmscope {

// How LAN discovery runs, as plain data (a light header for the apps and the UI).
struct LanConfig {
    bool enabled = true;
    QString interfaceName;  // empty = every up multicast interface
    quint16 port = 5353;
    QHostAddress group = QHostAddress(QStringLiteral("224.0.0.251"));
    int requeryMinMs = 60000;
    int requeryMaxMs = 70000;
};

}  // namespace swarmscope
