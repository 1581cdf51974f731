// SPDX-License-Identifier: MIT
// The public faces of the text helpers: escaping for printing (render.hpp)
// and "did you mean" for rule names (rules.hpp).
#include "util/printable.hpp"
#include "util/suggest.hpp"

#include <engage/render.hpp>
#include <engage/rules.hpp>

namespace engage {

std::string printable_text(std::string_view text) {
    return detail::printable(text);
}

std::optional<std::string> closest_rule_name(std::string_view name) {
    std::vector<std::string_view> names;
    for (const RuleInfo& rule : all_rules())
        names.push_back(rule.name);
    return detail::closest_match(name, names);
}

} // namespace engage
