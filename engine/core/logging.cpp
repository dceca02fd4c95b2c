#include "core/logging.h"

Q_LOGGING_CATEGORY(lcIdentity, "swarmscope.engine.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannel, "swarmscope.engine.channel", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransport, "swarmscope.engine.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLan, "swarmscope.engine.lan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSwarm, "swarmscope.engine.swarm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRooms, "swarmscope.engine.rooms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFiles, "swarmscope.engine.files", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "swarmscope.engine.session", QtInfoMsg)
