// SPDX-License-Identifier: MIT
// A located value as an optional: the value when the plan gives a usable one.
#pragma once

#include <engage/model.hpp>

#include <optional>

namespace engage::detail {

/// `located`'s value when it is present() (written and valid); nothing otherwise.
template <class T> [[nodiscard]] std::optional<T> present_value(const Located<T>& located) {
    return located.present() ? std::optional<T>(located.value) : std::nullopt;
}

} // namespace engage::detail
