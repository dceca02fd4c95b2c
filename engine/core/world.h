#pragma once

#include <memory>

namespace swarmscope {

class CarrierFactory;
class Clock;
class DatagramFactory;
class Random;

// Everything a Session (or the Lab, or the Doctor) takes from outside itself: time, chance and
// the network. A null member means the real one: the system clock, a generator seeded by the
// operating system, TCP, and UDP. Tests hand in a ManualClock, a seeded Random and a
// MemoryNetwork's factories, and so run whole sessions on virtual time with no real socket.
//
// clock and random are borrowed and must outlive the session. The factories are given: they
// become the session's own (one pair per session, for its host on the network).
struct World {
    Clock *clock = nullptr;
    Random *random = nullptr;
    CarrierFactory *carriers = nullptr;
    DatagramFactory *datagrams = nullptr;
};

// The real parts a World lacked, owned by whoever completes it (see completeWorld).
struct RealParts {
    RealParts();
    ~RealParts();
    std::unique_ptr<Clock> clock;
    std::unique_ptr<Random> random;
    std::unique_ptr<DatagramFactory> datagrams;
};

// Fills the clock, random source and datagram factory a World leaves null with real ones held in
// parts; the datagram factory the world gave is moved into parts too (it becomes the owner's).
World completeWorld(World world, RealParts &parts);

} // namespace swarmscope
