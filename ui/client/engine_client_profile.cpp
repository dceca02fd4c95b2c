// EngineClient's commands for what the profile keeps: a room's history written to a file, and
// the peers it blocked. Both run on the engine thread and answer on the GUI thread.
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

} // namespace swarmscope::ui
