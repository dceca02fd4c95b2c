#pragma once

#include "events/event_types.h"

#include <QCoreApplication>
#include <QString>

namespace swarmscope::ui {

// The engine's states, sources and transports as the tables show them: translated words (the
// stable untranslated names are engine/events/event_json.h's, for JSON and counters).
class StateWords final {
    Q_DECLARE_TR_FUNCTIONS(StateWords)

public:
    static QString connectionState(ConnectionState state);
    static QString candidateState(CandidateState state);
    static QString peerSource(PeerSource source);
    static QString transport(Transport transport);  // abbreviations (TCP, WS) stay as they are
};

}  // namespace swarmscope::ui
