// SPDX-License-Identifier: MIT
#include "rule.hpp"

#include <cctype>

namespace engage::rules {

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace engage::rules
