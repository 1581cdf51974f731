// SPDX-License-Identifier: MIT
// S103 missing-key: a required key is missing, such as a plan's `id` or a body's `kind`.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S103",
    .name = "missing-key",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "A required key is missing, such as a plan's `id` or a body's `kind`.",
    .rationale = "Required keys are the least a reader needs: without an id nothing can refer to "
                 "a forum, and without `kind` engage cannot tell a forum where young people speak "
                 "from a board that decides.",
    .help = "Add the key named in the message.",
};

} // namespace

extern const RuleDefinition missing_key{info};

} // namespace engage::rules
