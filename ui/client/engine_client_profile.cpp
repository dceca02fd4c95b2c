// EngineClient's commands for what the profile keeps: a room's history written to a file, and
// the peers it blocked, the names it gave peers and our own. Both run on the engine thread and answer on the GUI thread.
#include "client/engine_client.h"

#include "session.h"

namespace swarmscope::ui {

void EngineClient::exportHistory(const QString &room, const QString &path, HistoryFormat format, QObject *context,
                                 Reply<Result<int>> done)
{
    post([this, room, path, format, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<Result<int>>(context, done, s.exportHistory(room, path, format));
    });
}

void EngineClient::setBlocked(const QStringList &addresses, bool blocked, QObject *context, Reply<QStringList> done)
{
    post([this, addresses, blocked, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        for (const QString &address : addresses) {
            if (blocked)
                s.block(address);
            else
                s.unblock(address);
        }
        reply<QStringList>(context, done, s.blockedPeers());
    });
}

void EngineClient::blockedPeers(QObject *context, Reply<QStringList> done)
{
    post([this, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<QStringList>(context, done, s.blockedPeers());
    });
}

void EngineClient::setLocalName(const QString &address, const QString &name, QObject *context,
                                Reply<std::pair<bool, QHash<QString, QString>>> done)
{
    post([this, address, name, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        const bool unchanged = s.localNames().value(address.trimmed()) == name.trimmed();
        const bool taken = s.setLocalName(address, name) || unchanged;
        reply<std::pair<bool, QHash<QString, QString>>>(context, done, {taken, s.localNames()});
    });
}

void EngineClient::setDisplayName(const QString &name, QObject *context, Reply<Status> done)
{
    post([this, name, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        const Status taken = s.setDisplayName(name);
        if (taken.ok())  // the GUI thread's copy of the config follows the engine's
            toGui([this, now = s.displayName()] { m_config.displayName = now; });
        reply<Status>(context, done, taken);
    });
}

void EngineClient::localNames(QObject *context, Reply<QHash<QString, QString>> done)
{
    post([this, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<QHash<QString, QString>>(context, done, s.localNames());
    });
}

}  // namespace swarmscope::ui
