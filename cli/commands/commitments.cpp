// SPDX-License-Identifier: MIT
// `engage commitments PATH...`: duty-bearers' commitments and their reviews.
#include "command.hpp"
#include "progress.hpp"

#include <memory>

namespace engage::cli {

Command add_commitments_command(CLI::App& app) {
    auto options = std::make_shared<ProgressOptions>();
    options->kind = ProgressKind::commitments;
    return {setup_progress(app, *options), [options] { return run_progress(*options); }};
}

} // namespace engage::cli
