// SPDX-License-Identifier: MIT
// S108 duplicate-key: the same key appears twice in one mapping, or a plan has two `plan:`
// sections.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S108",
    .name = "duplicate-key",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "The same key appears twice in one mapping, or a plan has two `plan:` sections.",
    .rationale = "YAML readers keep only one of the two values, silently, so one of them is lost. "
                 "Which one survives depends on the tool.",
    .help = "Remove one of the two, keeping the value that is true.",
};

} // namespace

extern const RuleDefinition duplicate_key{info};

} // namespace engage::rules
