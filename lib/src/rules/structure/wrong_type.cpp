// SPDX-License-Identifier: MIT
// S105 wrong-type: a value of the wrong kind: a list where a mapping belongs, text where a number
// belongs, or nothing at all.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S105",
    .name = "wrong-type",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "A value of the wrong kind: a list where a mapping belongs, text where a number "
               "belongs, or nothing at all.",
    .rationale = "engage reads each value by its kind; a value of the wrong kind cannot be read, "
                 "so what it says is lost to every check.",
    .help = "Write the value in the kind the message names, or remove the key if there is nothing "
            "to say.",
};

} // namespace

extern const RuleDefinition wrong_type{info};

} // namespace engage::rules
