#pragma once

#include "engine_config.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace swarmscope {

// The command-line options both executables share (listen address, manual peers, LAN discovery,
// the DHT, reachability, the display name, relaying and files) and their mapping onto EngineConfig. Each executable adds the options to its own
// parser in the order its --help lists them, then applies the parsed values; an error comes back
// as a message for the caller to print with its own name.
class EngineOptions final {
public:
    struct Defaults {
        bool acceptLocalhost = false;  // --listen localhost:P means 127.0.0.1
    };

    EngineOptions();
    explicit EngineOptions(Defaults defaults);

    const QCommandLineOption listen;
    const QCommandLineOption connectTo;
    const QCommandLineOption lanInterface;
    const QCommandLineOption lanPort;
    const QCommandLineOption noLan;
    const QCommandLineOption dhtPort;
    const QCommandLineOption dhtBootstrap;
    const QCommandLineOption noDht;
    const QCommandLineOption portMapping;
    const QCommandLineOption noPortMapping;
    const QCommandLineOption relayNode;
    const QCommandLineOption displayName;
    const QCommandLineOption relay;
    const QCommandLineOption downloadDir;
    const QCommandLineOption maxFileSize;

    // Every shared option, in the order above, and adding them to a parser.
    QList<QCommandLineOption> all() const;
    void addTo(QCommandLineParser &parser) const;

    // --listen and --connect.
    std::optional<QString> applyNetwork(const QCommandLineParser &parser, EngineConfig &config) const;
    // LAN discovery and the DHT. With SWARMSCOPE_OFFLINE=1 nothing leaves the machine: LAN
    // discovery stays on loopback unless an interface is given, the DHT binds to 127.0.0.1 (or to the
    // --listen address when one is given), has
    // no bootstrap routers unless given, and keys its per-IP defences on IP:port.
    std::optional<QString> applyDiscovery(const QCommandLineParser &parser, EngineConfig &config) const;

    // Port mapping (on by default, off with SWARMSCOPE_OFFLINE=1 unless --port-mapping) and the
    // relay nodes we know of.
    std::optional<QString> applyReachability(const QCommandLineParser &parser, EngineConfig &config) const;

    // --name, --relay (serve others), --download-dir and --max-file-size.
    std::optional<QString> applyProfile(const QCommandLineParser &parser, EngineConfig &config) const;

    static bool offline();

private:
    Defaults m_defaults;
};

}  // namespace swarmscope
