#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace swarmscope {

// RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996), needed only for Bugout's address format.
// Our own few lines instead of a general crypto library keep a headless node small.
QByteArray ripemd160(QByteArrayView data);

}  // namespace swarmscope
