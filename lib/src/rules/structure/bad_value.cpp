// SPDX-License-Identifier: MIT
// S106 bad-value: a value outside the allowed set, such as an unknown `kind`, `status` or `meets`,
// or an id that is not a slug.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S106",
    .name = "bad-value",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "A value outside the allowed set, such as an unknown `kind`, `status` or `meets`, "
               "or an id that is not a slug.",
    .rationale = "Checks depend on these values: a body whose kind is `committee` is neither a "
                 "forum nor a board, so engage cannot tell whether young people's views reach a "
                 "decision.",
    .help = "Use one of the values the message lists.",
};

} // namespace

extern const RuleDefinition bad_value{info};

} // namespace engage::rules
