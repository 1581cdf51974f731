// SPDX-License-Identifier: MIT
#include <engage/model.hpp>

#include <algorithm>
#include <cstddef>

namespace engage {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool equals_ignoring_case(std::string_view text, std::string_view lower_word) {
    if (text.size() != lower_word.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[i])
            return false;
    }
    return true;
}

} // namespace

bool is_placeholder(std::string_view text) {
    // The one list of words that stand in for a value; placeholder-lead uses it too.
    static constexpr std::string_view words[] = {"none", "n/a", "na",      "tbc",     "tbd",
                                                 "tba",  "-",   "?",       "unknown", "not known",
                                                 "todo", "xxx", "someone", "lead"};
    const std::string_view word = trimmed(text);
    if (word.empty())
        return false;
    if (word.back() == '?')
        return true;
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return equals_ignoring_case(word, w); });
}

bool says_something(const Text& text) {
    return text.present() && !trimmed(text.value).empty() && !is_placeholder(text.value);
}

bool says_something(const TextList& list) {
    return std::any_of(list.value.begin(), list.value.end(),
                       [](const Text& item) { return says_something(item); });
}

int Meets::per_year() const {
    if (per_year_explicit)
        return *per_year_explicit;
    if (!cadence)
        return 0;
    switch (*cadence) {
    case Cadence::weekly:
        return 52;
    case Cadence::fortnightly:
        return 26;
    case Cadence::monthly:
        return 12;
    case Cadence::twice_termly:
        return 6;
    case Cadence::termly:
        return 3;
    case Cadence::quarterly:
        return 4;
    case Cadence::annually:
        return 1;
    case Cadence::ad_hoc:
        return 0;
    }
    return 0;
}

bool Plan::has_body(BodyKind kind) const {
    return std::any_of(bodies.begin(), bodies.end(), [kind](const Body& b) { return b.is(kind); });
}

bool is_open(std::optional<Status> status) {
    return status != Status::done && status != Status::dropped;
}

bool is_open(const Located<Status>& status) {
    return !status.present() || is_open(std::optional<Status>(status.value));
}

bool is_overdue(const Action& action, const Date& as_of) {
    return action.due.present() && action.due.value < as_of && is_open(action.status);
}

bool is_overdue(const Commitment& commitment, const Date& as_of) {
    return commitment.review.present() && commitment.review.value < as_of &&
           is_open(commitment.status);
}

const std::string& Plan::file_path(const SourceLoc& loc) const {
    static const std::string none;
    return loc.file < files.size() ? files[loc.file].path : none;
}

} // namespace engage
