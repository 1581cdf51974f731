#include "rule.hpp"

#include <cctype>

namespace engage::rules {

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool mentions_any(const std::vector<const TextList*>& lists,
                  const std::vector<std::string_view>& needles) {
    for (const TextList* list : lists) {
        for (const Text& item : list->value) {
            const std::string lowered = lowercase(item.value);
            for (std::string_view needle : needles) {
                if (lowered.find(needle) != std::string::npos)
                    return true;
            }
        }
    }
    return false;
}

} // namespace engage::rules
