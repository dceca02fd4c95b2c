#pragma once

#include <memory>

namespace swarmscope {

class CarrierFactory;
class Clock;
class DatagramFactory;
class PortMappingBackend;
class Random;

// Everything a Session (or the Lab, or the Doctor) takes from outside itself: time, chance and
// the network. A null member means the real one: the system clock, a generator seeded by the
// operating system, TCP, UDP, and the home router reached through UPnP IGD and NAT-PMP. Tests
// hand in a ManualClock, a seeded Random, a MemoryNetwork's factories and a router of their own,
// and so run whole sessions on virtual time with no real socket.
//
// clock, random and portMapping are borrowed and must outlive the session. The factories are
// given: they become the session's own (one pair per session, for its host on the network).
struct World {
    Clock *clock = nullptr;
    Random *random = nullptr;
    CarrierFactory *carriers = nullptr;
    DatagramFactory *datagrams = nullptr;
    PortMappingBackend *portMapping = nullptr;
};

// The real parts a World lacked, owned by whoever completes it (see completeWorld).
struct RealParts {
    RealParts();
    ~RealParts();
    std::unique_ptr<Clock> clock;
    std::unique_ptr<Random> random;
    std::unique_ptr<DatagramFactory> datagrams;
    std::unique_ptr<PortMappingBackend> portMapping;
};

// Fills the clock, random source, datagram factory and router a World leaves null with real ones held in
// parts; the datagram factory the world gave is moved into parts too (it becomes the owner's).
World completeWorld(World world, RealParts &parts);

}  // namespace swarmscope
