#pragma once

namespace swarmscope {

class Session;

// The procedures every Swarmscope answers, in the window and in the node alike, for native and
// Bugout callers: echo (its arguments back), whoami (our address), peers (how many are connected).
void registerBuiltinProcedures(Session &session);

}  // namespace swarmscope
