#pragma once

#include <QString>
#include <QStringList>

namespace swarmscope::test {

// The NAT lab of tests/nat/nat_lab.sh, up for as long as this object lives (docs/NAT.md). Each lab
// has its own namespace prefix, so labs of tests running side by side never meet.
class NatLab {
public:
    // Whether namespaces can be made here; reason says why not.
    static bool available(QString *reason);
    explicit NatLab(const QStringList &options = {});
    ~NatLab();  // always tears the lab down
    NatLab(const NatLab &) = delete;
    NatLab &operator=(const NatLab &) = delete;

    bool isUp() const { return m_up; }
    QString error() const { return m_error; }
    QString ns(const QString &host) const { return m_prefix + QLatin1Char('-') + host; }
    // Runs a command inside one of the lab's namespaces; returns its exit code.
    int run(const QString &host, const QStringList &command, QString *output = nullptr) const;

    // The lab's fixed addresses.
    static constexpr const char *kPublicHost = "203.0.113.10";  // namespace "pub": bootstrap + relay
    static constexpr const char *kPublicClient = "203.0.113.20";  // namespace "pc": a peer not behind NAT
    static constexpr const char *kRouterA = "203.0.113.2";  // "ra", home host "ha" = 10.10.1.2
    static constexpr const char *kRouterB = "203.0.113.3";  // "rb", home host "hb" = 10.20.1.2
    static constexpr const char *kHomeA = "10.10.1.2";
    static constexpr const char *kHomeB = "10.20.1.2";

private:
    static QString script();
    QString m_prefix;
    QString m_error;
    bool m_up = false;
};

}  // namespace swarmscope::test
