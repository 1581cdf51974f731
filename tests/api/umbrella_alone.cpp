// SPDX-License-Identifier: MIT
// The umbrella header compiles alone, with only the library's public include
// path: no private header, nothing a user must include first.
#include <engage/engage.hpp>

int engage_umbrella_compiles() {
    engage::RunOptions options;
    return static_cast<int>(options.jobs);
}
