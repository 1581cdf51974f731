// SPDX-License-Identifier: MIT
// Finding personal data in free text: e-mail addresses, UK phone numbers, dates
// of birth, UK postcodes and National Insurance numbers. Hand-written matchers
// (one pass over the text each), because plans can be large and std::regex slow.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace engage::rules {

enum class PersonalDataKind { email, phone, date_of_birth, postcode, ni_number };

/// One match: where it is in the scanned text, what it looks like, and the
/// match with most of its letters and digits hidden, safe to print.
struct PersonalDataMatch {
    std::size_t offset = 0;
    std::size_t length = 0;
    PersonalDataKind kind = PersonalDataKind::email;
    std::string masked;
};

/// "an e-mail address", "a UK phone number"...
[[nodiscard]] std::string_view describe(PersonalDataKind kind);

/// Every match in `text`, by offset; matches do not overlap.
[[nodiscard]] std::vector<PersonalDataMatch> find_personal_data(std::string_view text);

/// Hides all but the first `keep_front` and last `keep_back` letters and digits
/// of `text` behind '*', keeping spaces and punctuation so the shape shows.
[[nodiscard]] std::string mask(std::string_view text, std::size_t keep_front,
                               std::size_t keep_back);

} // namespace engage::rules
