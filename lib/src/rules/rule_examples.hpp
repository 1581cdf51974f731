// SPDX-License-Identifier: MIT
// The rules' documented examples, compiled in from
// tests/fixtures/rules/<name>/example-{bad,good}.yaml (cmake/embed_rule_examples.cmake).
#pragma once

#include <engage/rules.hpp>

#include <string_view>

namespace engage::rules {

/// The examples of the rule called `name`; empty when it has none.
[[nodiscard]] RuleExamples compiled_examples(std::string_view name);

} // namespace engage::rules
