// SPDX-License-Identifier: MIT
// S104 unknown-key: a key that the plan format does not define, often a misspelling.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S104",
    .name = "unknown-key",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "A key that the plan format does not define, often a misspelling.",
    .rationale = "A misspelt key is silently ignored by most tools, so information the plan's "
                 "authors meant to record (a board's chair, a forum's feedback route) would be "
                 "lost without anyone noticing.",
    .help = "Correct the spelling (the message suggests the nearest key), or remove the key. See "
            "engage-plan(5) for every key.",
};

} // namespace

extern const RuleDefinition unknown_key{info};

} // namespace engage::rules
