#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="swarmscope.engine.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcChannel)
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcLan)
Q_DECLARE_LOGGING_CATEGORY(lcSwarm)
Q_DECLARE_LOGGING_CATEGORY(lcRooms)
Q_DECLARE_LOGGING_CATEGORY(lcFiles)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
