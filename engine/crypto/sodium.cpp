#include "crypto/sodium.h"

#include <sodium.h>

namespace swarmscope {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

}  // namespace swarmscope
