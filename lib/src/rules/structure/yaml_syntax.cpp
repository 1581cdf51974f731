// SPDX-License-Identifier: MIT
// S101 yaml-syntax: the file is not valid YAML, or is not safe to read as YAML.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S101",
    .name = "yaml-syntax",
    .family = RuleFamily::structure,
    .severity = Severity::error,
    .summary = "The file is not valid YAML, or is not safe to read as YAML.",
    .rationale = "A plan that cannot be read cannot be checked: none of its forums, boards or "
                 "actions are seen, so children's voices recorded in it are invisible to every "
                 "other check. This rule also covers input that would hang or exhaust the tool: "
                 "nesting deeper than the limit, aliases that expand past the node budget, "
                 "invalid UTF-8, NUL bytes, control characters and tabs used for indentation. "
                 "A plan file holds one YAML document: a second one (after `---` or `...`) is an "
                 "error too, so a plan is never checked in part.",
    .help = "Fix the file at the place shown. Indent with spaces, save as UTF-8, keep nesting "
            "shallow, and keep one YAML document in each file.",
    .always_on = true,
    .blocks_file = true,
};

} // namespace

extern const RuleDefinition yaml_syntax{info};

} // namespace engage::rules
