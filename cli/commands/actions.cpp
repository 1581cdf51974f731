// SPDX-License-Identifier: MIT
// `engage actions PATH...`: the action plan as a filterable table.
#include "command.hpp"
#include "progress.hpp"

#include <memory>

namespace engage::cli {

Command add_actions_command(CLI::App& app) {
    auto options = std::make_shared<ProgressOptions>();
    options->kind = ProgressKind::actions;
    return {setup_progress(app, *options), [options] { return run_progress(*options); }};
}

} // namespace engage::cli
