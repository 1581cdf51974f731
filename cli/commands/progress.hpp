// SPDX-License-Identifier: MIT
// `engage actions` and `engage commitments`: the same list, of a plan's
// actions (due dates) or of its commitments (review dates).
#pragma once

#include <engage/progress.hpp>

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace engage::cli {

struct ProgressOptions {
    ProgressKind kind = ProgressKind::actions;
    std::vector<std::string> paths;
    std::string as_of;
    std::string config;
    std::vector<std::string> statuses;
    std::string lead;
    std::string standard;
    bool overdue = false;
    int due_within = 0;
    std::string format = "text";
    bool fail_if_any = false;
    CLI::App* app = nullptr; ///< to ask whether --due-within was given
};

/// Declares `actions` or `commitments` (by `options.kind`) and its options on `app`.
CLI::App* setup_progress(CLI::App& app, ProgressOptions& options);
[[nodiscard]] int run_progress(const ProgressOptions& options);

} // namespace engage::cli
