// SPDX-License-Identifier: MIT
// S109 duplicate-id: two items of a plan share an id; ids are unique across the whole plan.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S109",
    .name = "duplicate-id",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "Two items of a plan share an id; ids are unique across the whole plan.",
    .rationale = "References name items by id. When two share one, a link from a forum may reach "
                 "the wrong body, and the audit of who hears young people becomes wrong.",
    .help = "Give one of the items a new id, and update the references to it.",
};

} // namespace

extern const RuleDefinition duplicate_id{info};

} // namespace engage::rules
