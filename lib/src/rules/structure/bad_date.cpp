// SPDX-License-Identifier: MIT
// S107 bad-date: a date that is not an ISO calendar date (YYYY-MM-DD), or a day that does not
// exist.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S107",
    .name = "bad-date",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "A date that is not an ISO calendar date (YYYY-MM-DD), or a day that does not "
               "exist.",
    .rationale = "Dates drive the checks on overdue actions, reviews and feedback to young "
                 "people; a date that cannot be read would hide a promise that has not been kept.",
    .help = "Write the date as YYYY-MM-DD and check the day exists.",
};

} // namespace

extern const RuleDefinition bad_date{info};

} // namespace engage::rules
