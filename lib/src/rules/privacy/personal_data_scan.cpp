// SPDX-License-Identifier: MIT
#include "personal_data_scan.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace engage::rules {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
    return is_upper(c) || (c >= 'a' && c <= 'z');
}
bool is_alnum(char c) {
    return is_digit(c) || is_alpha(c);
}
char lower(char c) {
    return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// True when no letter or digit touches the span [begin, end) on either side.
bool standalone(std::string_view text, std::size_t begin, std::size_t end) {
    return (begin == 0 || !is_alnum(text[begin - 1])) &&
           (end >= text.size() || !is_alnum(text[end]));
}

// --- e-mail addresses -------------------------------------------------------------

bool is_local_char(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) {
    return is_alnum(c) || c == '.' || c == '-';
}

void find_emails(std::string_view text, std::vector<PersonalDataMatch>& out) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos;
         at = text.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && is_local_char(text[begin - 1]))
            --begin;
        while (begin < at && text[begin] == '.')
            ++begin;
        std::size_t end = at + 1;
        while (end < text.size() && is_domain_char(text[end]))
            ++end;
        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-'))
            --end;
        const std::string_view domain = text.substr(at + 1, end - at - 1);
        const std::size_t dot = domain.rfind('.');
        if (begin == at || dot == std::string_view::npos || dot == 0)
            continue;
        const std::string_view top = domain.substr(dot + 1);
        if (top.size() < 2 || !std::all_of(top.begin(), top.end(), is_alpha))
            continue;
        out.push_back({begin, end - begin, PersonalDataKind::email,
                       std::string(1, text[begin]) + "***@" + std::string(domain)});
    }
}

// --- UK phone numbers ---------------------------------------------------------------

/// Digits from `pos`, allowing one space or hyphen between groups; returns the end.
std::size_t read_digit_groups(std::string_view text, std::size_t pos, std::string& digits) {
    while (pos < text.size()) {
        if (is_digit(text[pos])) {
            digits += text[pos++];
        } else if ((text[pos] == ' ' || text[pos] == '-') && !digits.empty() &&
                   pos + 1 < text.size() && is_digit(text[pos + 1])) {
            ++pos;
        } else {
            break;
        }
    }
    return pos;
}

std::optional<std::size_t> phone_at(std::string_view text, std::size_t pos) {
    std::string digits;
    std::size_t cursor = pos;
    if (text.substr(pos, 3) == "+44") {
        digits = "0";
        cursor += 3;
        while (cursor < text.size() && text[cursor] == ' ')
            ++cursor;
        if (text.substr(cursor, 3) == "(0)") {
            cursor += 3;
            while (cursor < text.size() && text[cursor] == ' ')
                ++cursor;
        }
        if (cursor >= text.size() || !is_digit(text[cursor]) || text[cursor] == '0')
            return std::nullopt;
        std::string rest;
        cursor = read_digit_groups(text, cursor, rest);
        digits += rest;
    } else if (text[pos] == '0') {
        cursor = read_digit_groups(text, pos, digits);
    } else {
        return std::nullopt;
    }
    if (cursor < text.size() && is_alpha(text[cursor]))
        return std::nullopt;
    const char area = digits.size() > 1 ? digits[1] : ' ';
    const bool usual = digits.size() == 11 && (area == '1' || area == '2' || area == '7');
    const bool short_area = digits.size() == 10 && area == '1'; // a few 01xxxx areas
    if (!usual && !short_area)
        return std::nullopt;
    return cursor - pos;
}

void find_phones(std::string_view text, std::vector<PersonalDataMatch>& out) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if ((text[pos] != '+' && text[pos] != '0') ||
            (pos > 0 && (is_alnum(text[pos - 1]) || text[pos - 1] == '+')))
            continue;
        if (auto length = phone_at(text, pos)) {
            out.push_back(
                {pos, *length, PersonalDataKind::phone, mask(text.substr(pos, *length), 3, 2)});
            pos += *length;
        }
    }
}

// --- dates of birth ---------------------------------------------------------------

constexpr std::array<std::string_view, 7> birth_words = {
    "date of birth", "birth date", "birthdate", "birthday", "d.o.b", "dob", "born"};

constexpr std::array<std::string_view, 12> months = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::size_t count_digits(std::string_view text, std::size_t pos, std::size_t most) {
    std::size_t n = 0;
    while (pos + n < text.size() && n < most && is_digit(text[pos + n]))
        ++n;
    return n;
}

/// A month name, or its three-letter abbreviation (or "sept"), at `pos`; returns its length.
std::size_t month_at(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && is_alpha(text[end]))
        ++end;
    std::string word;
    for (std::size_t i = pos; i < end; ++i)
        word += lower(text[i]);
    for (std::string_view month : months) {
        if (word == month || word == month.substr(0, 3) || (word == "sept" && month[0] == 's'))
            return end - pos;
    }
    return 0;
}

/// Skips a day's ordinal suffix ("st", "nd", "rd", "th") and spaces or a comma.
std::size_t skip_day_suffix(std::string_view text, std::size_t pos) {
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (text.substr(pos, 2) == suffix)
            pos += 2;
    }
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ','))
        ++pos;
    return pos;
}

/// A calendar date written at `pos` (2010-03-04, 4/3/2010, 4 March 2010,
/// March 4th, 2010); returns its length.
std::size_t date_at(std::string_view text, std::size_t pos) {
    const std::size_t lead = count_digits(text, pos, 5);
    if (lead == 4 && pos + 10 <= text.size() && text[pos + 4] == '-' &&
        count_digits(text, pos + 5, 3) == 2 && text[pos + 7] == '-' &&
        count_digits(text, pos + 8, 3) == 2)
        return 10;
    if (lead == 1 || lead == 2) {
        std::size_t cursor = pos + lead;
        const char separator = cursor < text.size() ? text[cursor] : ' ';
        if (separator == '/' || separator == '.' || separator == '-') {
            const std::size_t month = count_digits(text, cursor + 1, 3);
            cursor += 1 + month;
            if ((month == 1 || month == 2) && cursor < text.size() && text[cursor] == separator) {
                const std::size_t year = count_digits(text, cursor + 1, 5);
                if (year == 2 || year == 4)
                    return cursor + 1 + year - pos;
            }
            return 0;
        }
        cursor = skip_day_suffix(text, cursor);
        if (text.substr(cursor, 3) == "of ")
            cursor += 3;
        if (const std::size_t month = month_at(text, cursor)) {
            cursor += month;
            while (cursor < text.size() && text[cursor] == ' ')
                ++cursor;
            if (count_digits(text, cursor, 5) == 4)
                return cursor + 4 - pos;
        }
        return 0;
    }
    if (const std::size_t month = month_at(text, pos)) {
        std::size_t cursor = pos + month;
        while (cursor < text.size() && text[cursor] == ' ')
            ++cursor;
        const std::size_t day = count_digits(text, cursor, 3);
        if (day == 0 || day > 2)
            return 0;
        cursor = skip_day_suffix(text, cursor + day);
        if (count_digits(text, cursor, 5) == 4)
            return cursor + 4 - pos;
    }
    return 0;
}

/// Where `word` starts at `pos`, case-insensitively and as a whole word.
bool word_at(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos + word.size() > text.size() || !standalone(text, pos, pos + word.size()))
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (lower(text[pos + i]) != word[i])
            return false;
    }
    return true;
}

void find_dates_of_birth(std::string_view text, std::vector<PersonalDataMatch>& out) {
    constexpr std::size_t reach = 12; // how far after the word a date may start ("born on the ")
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        for (std::string_view word : birth_words) {
            if (!word_at(text, pos, word))
                continue;
            const std::size_t after = pos + word.size();
            for (std::size_t start = after; start < text.size() && start <= after + reach &&
                                            text[start] != ';' && text[start] != '\n';
                 ++start) {
                if (start > 0 && is_alnum(text[start - 1]))
                    continue; // dates start at the start of a word
                if (const std::size_t length = date_at(text, start);
                    length != 0 && standalone(text, start, start + length)) {
                    out.push_back({pos, start + length - pos, PersonalDataKind::date_of_birth,
                                   std::string(text.substr(pos, start - pos)) +
                                       mask(text.substr(start, length), 0, 2)});
                    pos = start + length;
                    break;
                }
            }
            break;
        }
    }
}

// --- UK postcodes -------------------------------------------------------------------

/// The inward code (digit, two letters, never C I K M O V) at `pos`.
bool inward_at(std::string_view text, std::size_t pos) {
    constexpr std::string_view unused = "CIKMOV";
    if (pos + 3 > text.size() || !is_digit(text[pos]))
        return false;
    for (std::size_t i = 1; i < 3; ++i) {
        if (!is_upper(text[pos + i]) || unused.find(text[pos + i]) != std::string_view::npos)
            return false;
    }
    return true;
}

std::optional<std::pair<std::size_t, std::size_t>> postcode_at(std::string_view text,
                                                               std::size_t pos) {
    std::size_t letters = 0;
    while (letters < 2 && pos + letters < text.size() && is_upper(text[pos + letters]))
        ++letters;
    if (letters == 0 || pos + letters >= text.size() || !is_digit(text[pos + letters]))
        return std::nullopt;
    // The outward code ends after its digit, or after one more digit or letter.
    for (std::size_t outward : {letters + 2, letters + 1}) {
        if (pos + outward > text.size())
            continue;
        if (outward == letters + 2 && !is_alnum(text[pos + letters + 1]))
            continue;
        for (std::size_t gap : {std::size_t{1}, std::size_t{0}}) {
            const std::size_t inward = pos + outward + gap;
            if (gap == 1 && (inward > text.size() || text[inward - 1] != ' '))
                continue;
            if (inward_at(text, inward) && standalone(text, pos, inward + 3))
                return std::pair{outward, inward + 3 - pos};
        }
    }
    return std::nullopt;
}

void find_postcodes(std::string_view text, std::vector<PersonalDataMatch>& out) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if (!is_upper(text[pos]) || (pos > 0 && is_alnum(text[pos - 1])))
            continue;
        if (auto found = postcode_at(text, pos)) {
            const auto [outward, length] = *found;
            out.push_back({pos, length, PersonalDataKind::postcode,
                           mask(text.substr(pos, length), outward, 0)});
            pos += length;
        }
    }
}

// --- National Insurance numbers --------------------------------------------------

/// Two prefix letters as HMRC allocates them: D F I Q U V never first; D F I O Q U
/// V never second; BG GB KN NK NT TN ZZ never at all.
bool ni_prefix(char first, char second) {
    constexpr std::string_view never_first = "DFIQUV";
    constexpr std::string_view never_second = "DFIOQUV";
    if (!is_upper(first) || !is_upper(second) ||
        never_first.find(first) != std::string_view::npos ||
        never_second.find(second) != std::string_view::npos)
        return false;
    const std::string prefix{first, second};
    for (std::string_view unused : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
        if (prefix == unused)
            return false;
    }
    return true;
}

std::optional<std::size_t> ni_number_at(std::string_view text, std::size_t pos) {
    if (pos + 9 > text.size() || !ni_prefix(text[pos], text[pos + 1]))
        return std::nullopt;
    std::size_t cursor = pos + 2;
    // Six digits, together or in pairs after single spaces.
    const bool spaced = text[cursor] == ' ';
    for (int pair = 0; pair < 3; ++pair) {
        if (spaced) {
            if (cursor >= text.size() || text[cursor] != ' ')
                return std::nullopt;
            ++cursor;
        }
        if (count_digits(text, cursor, 2) != 2)
            return std::nullopt;
        cursor += 2;
    }
    if (cursor < text.size() && text[cursor] == ' ')
        ++cursor;
    if (cursor >= text.size() || text[cursor] < 'A' || text[cursor] > 'D')
        return std::nullopt;
    ++cursor;
    return standalone(text, pos, cursor) ? std::optional<std::size_t>(cursor - pos) : std::nullopt;
}

void find_ni_numbers(std::string_view text, std::vector<PersonalDataMatch>& out) {
    for (std::size_t pos = 0; pos + 9 <= text.size(); ++pos) {
        if (!is_upper(text[pos]) || (pos > 0 && is_alnum(text[pos - 1])))
            continue;
        if (auto length = ni_number_at(text, pos)) {
            out.push_back(
                {pos, *length, PersonalDataKind::ni_number, mask(text.substr(pos, *length), 2, 1)});
            pos += *length;
        }
    }
}

} // namespace

std::string_view describe(PersonalDataKind kind) {
    switch (kind) {
    case PersonalDataKind::email:
        return "an e-mail address";
    case PersonalDataKind::phone:
        return "a UK phone number";
    case PersonalDataKind::date_of_birth:
        return "a date of birth";
    case PersonalDataKind::postcode:
        return "a UK postcode";
    case PersonalDataKind::ni_number:
        return "a National Insurance number";
    }
    return "personal data";
}

std::string mask(std::string_view text, std::size_t keep_front, std::size_t keep_back) {
    const auto total = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_alnum));
    std::string out;
    std::size_t seen = 0;
    for (char c : text) {
        if (!is_alnum(c)) {
            out += c;
            continue;
        }
        ++seen;
        const bool keep = seen <= keep_front || seen + keep_back > total;
        out += keep ? c : '*';
    }
    return out;
}

std::vector<PersonalDataMatch> find_personal_data(std::string_view text) {
    std::vector<PersonalDataMatch> found;
    // Every kind holds an `@` or a digit; most plan text has neither, and this
    // rule reads every text in the plan.
    if (std::none_of(text.begin(), text.end(), [](char c) { return c == '@' || is_digit(c); }))
        return found;
    find_emails(text, found);
    find_dates_of_birth(text, found);
    find_ni_numbers(text, found);
    find_phones(text, found);
    find_postcodes(text, found);
    // The first finder to claim bytes keeps them: a date of birth is not also a phone number.
    std::vector<PersonalDataMatch> kept;
    for (auto& match : found) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const auto& other) {
            return match.offset < other.offset + other.length &&
                   other.offset < match.offset + match.length;
        });
        if (!overlaps)
            kept.push_back(std::move(match));
    }
    std::sort(kept.begin(), kept.end(),
              [](const auto& a, const auto& b) { return a.offset < b.offset; });
    return kept;
}

} // namespace engage::rules
