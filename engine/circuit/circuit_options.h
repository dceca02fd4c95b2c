#pragma once

#include <QStringList>

namespace swarmscope {

// What a relay grants (the server side, on with --relay). Anchored on circuit relay v2's
// reservations and limits; every refusal is counted and says which limit.
struct CircuitLimits {
    bool serve = false;
    int maxReservations = 128;  // peers holding a slot at once
    int maxCircuits = 64;  // spliced or being paired, in total
    int maxCircuitsPerPeer = 8;  // as requester or as target
    qint64 reservationTtlMs = 30 * 60 * 1000;  // renewed by the holder at half
    int pairTimeoutMs = 10000;  // both halves must dial in by then
    qint64 maxBytesPerCircuit = 0;  // both directions together; 0 = no cap
};

// The client side: relays to keep a reservation on while we are not known to be public.
struct CircuitClientOptions {
    QStringList relays;  // "IP:PORT"
    int answerTimeoutMs = 10000;  // a circuit request or data dial not answered by then fails
};

}  // namespace swarmscope
