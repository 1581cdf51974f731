// SPDX-License-Identifier: MIT
#include "bounded_read.hpp"

#include <vector>

namespace engage::detail {

bool read_bounded(std::istream& in, std::uintmax_t cap, std::string& text) {
    constexpr std::size_t chunk = 1 << 16;
    std::vector<char> buffer(chunk);
    while (text.size() <= cap) {
        in.read(buffer.data(), static_cast<std::streamsize>(chunk));
        text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
        if (in.bad())
            return false;
        if (in.eof() || in.gcount() == 0)
            break;
    }
    return true;
}

} // namespace engage::detail
