#pragma once

namespace swarmscope {

// Initialises libsodium once; safe to call from anywhere, any number of times.
// Returns false only if libsodium cannot initialise (no usable randomness source).
bool ensureSodium();

}  // namespace swarmscope
