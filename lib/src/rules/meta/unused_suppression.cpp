// SPDX-License-Identifier: MIT
// M901 unused-suppression: an `# engage: disable=...` comment that suppresses nothing, or names no
// rule.
#include "../../suppression.hpp"
#include "../rule.hpp"

#include <fmt/format.h>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const detail::Suppression& s : ctx.suppressions()) {
        const RuleInfo* rule = find_rule(s.rule);
        const SourceLoc at{s.file, s.line, s.column};
        if (rule == nullptr) {
            ctx.report(at, fmt::format("the suppression names no rule `{}`", s.rule),
                       "Correct the rule name; `engage rules` lists them.");
        } else if (!s.used && ctx.settings.rules.enabled(rule->name)) {
            // A suppression of a rule that does not run is neither used nor reported.
            ctx.report(at,
                       fmt::format("the suppression of `{}` matches no finding {}", rule->name,
                                   s.whole_file ? "in this file" : "on this line or the next"),
                       "Remove the comment: it hides nothing now, and would hide a real problem "
                       "later.");
        }
    }
}

constexpr RuleInfo info{
    .code = "M901",
    .name = "unused-suppression",
    .family = RuleFamily::meta,
    .severity = Severity::warning,
    .summary = "An `# engage: disable=...` comment that suppresses nothing, or names no rule.",
    .rationale = "A suppression that no longer matches a finding hides nothing today but will "
                 "silently hide a real problem later, and one naming an unknown rule is usually a "
                 "typo that suppresses nothing.",
    .help = "Remove the comment, or correct the rule name.",
};

} // namespace

extern const RuleDefinition unused_suppression{info, check, CheckStage::suppression};

} // namespace engage::rules
