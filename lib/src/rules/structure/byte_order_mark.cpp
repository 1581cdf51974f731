// SPDX-License-Identifier: MIT
// S111 byte-order-mark: the file starts with a UTF-8 byte-order mark.
#include "../rule.hpp"

namespace engage::rules {

namespace {

constexpr RuleInfo info{
    .code = "S111",
    .name = "byte-order-mark",
    .family = RuleFamily::structure,
    .severity = Severity::warning,
    .summary = "The file starts with a UTF-8 byte-order mark.",
    .rationale = "The mark is invisible in most editors but shows up as stray characters in some "
                 "tools and diffs, which makes shared plans harder to review.",
    .help = "Save the file as UTF-8 without a byte-order mark (\"UTF-8\", not \"UTF-8 with BOM\").",
};

} // namespace

extern const RuleDefinition byte_order_mark{info};

} // namespace engage::rules
