// SPDX-License-Identifier: MIT
// S110 unknown-reference: a reference to an id that no item of the plan has (a group, body,
// partner, outcome or approach).
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S110",
    .name = "unknown-reference",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "A reference to an id that no item of the plan has (a group, body, partner, "
               "outcome or approach).",
    .rationale = "A forum that feeds into a board that does not exist sends young people's views "
                 "nowhere; an action for an unknown group serves no one the plan names.",
    .help = "Correct the id (the message suggests the nearest one), or add the missing item.",
};

} // namespace

extern const RuleDefinition unknown_reference{info};

} // namespace engage::rules
