// SPDX-License-Identifier: MIT
// Temporary files removed when the process is interrupted: SIGINT, SIGTERM,
// SIGHUP or SIGPIPE would otherwise end it with its `.tmp` files left behind.
// Internal to AtomicFile.
#pragma once

namespace engage::detail {

/// Remembers `path` (a temporary file just created) so that, if one of those
/// signals ends the process, the file is removed first; then the signal takes
/// its usual course. A signal the program ignores or handles itself is left
/// alone. Returns a slot for `forget_on_signal`, or -1 when the path cannot be
/// remembered (every slot taken, or too long): its owner still removes it.
[[nodiscard]] int remove_on_signal(const char* path);

/// The file of `slot` is no longer temporary (renamed into place, or removed).
void forget_on_signal(int slot);

} // namespace engage::detail
