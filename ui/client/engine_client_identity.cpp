// EngineClient's identity commands: the identity is read and installed on the engine thread.
#include "client/engine_client.h"

#include "crypto/identity.h"
#include "session.h"

namespace swarmscope::ui {

void EngineClient::identityView(QObject *context, Reply<IdentityView> done)
{
    post([this, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        const Identity &identity = s.identity();
        reply<IdentityView>(
            context, done, {identity.address(), identity.id().toHex(), identity.fingerprint(), identity.encodedSeed()});
    });
}

void EngineClient::importIdentity(const QString &seedText, QObject *context, Reply<Result<QString>> done)
{
    post([this, seedText, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<Result<QString>>(context, done, s.importIdentity(seedText));
    });
}

}  // namespace swarmscope::ui
