// SPDX-License-Identifier: MIT
// S102 bad-version: the file does not start with `engage: 1`, or names a format version this tool
// does not know.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S102",
    .name = "bad-version",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "The file does not start with `engage: 1`, or names a format version this tool "
               "does not know.",
    .rationale = "The version line tells engage, and anyone reading the file, which rules the "
                 "file follows. Without it a later format could be misread silently.",
    .help = "Add `engage: 1` as the first key of every plan file.",
    .blocks_file = true,
};

} // namespace

extern const RuleDefinition bad_version{info};

} // namespace engage::rules
