// SPDX-License-Identifier: MIT
// The personal-data matchers: what they find, what they leave alone, and how they mask.
#include "rules/privacy/personal_data_scan.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace engage::rules;

namespace {

/// "kind:masked" for each match, in order.
std::vector<std::string> scan(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& match : find_personal_data(text))
        out.push_back(std::string(describe(match.kind)) + ": " + match.masked);
    return out;
}

} // namespace

TEST_CASE("e-mail addresses are found and masked to their first letter and domain") {
    CHECK(scan("write to jo.bloggs@example.org today") ==
          std::vector<std::string>{"an e-mail address: j***@example.org"});
    CHECK(scan("(amy+forum@mail.example.co.uk).") ==
          std::vector<std::string>{"an e-mail address: a***@mail.example.co.uk"});
    CHECK(scan("@cicc on social media").empty());
    CHECK(scan("meet @ 6pm; a@b").empty());
    CHECK(scan("user@localhost").empty());
}

TEST_CASE("UK phone numbers in their usual written forms") {
    CHECK(scan("ring 07700 900123") == std::vector<std::string>{"a UK phone number: 077** ****23"});
    CHECK(scan("call +44 7700 900123.") ==
          std::vector<std::string>{"a UK phone number: +44 7*** ****23"});
    CHECK(scan("+44 (0)131 496 0018") ==
          std::vector<std::string>{"a UK phone number: +44 (0)*** *** **18"});
    CHECK(scan("020 7946 0991") == std::vector<std::string>{"a UK phone number: 020 **** **91"});
    CHECK(scan("01632 960001") == std::vector<std::string>{"a UK phone number: 016** ****01"});
    CHECK(scan("07700-900-123") == std::vector<std::string>{"a UK phone number: 077**-***-*23"});
    // Not phone numbers: dates, times, counts, codes, numbers too short or too long.
    CHECK(scan("from 01/04/2022 to 2025-03-31, 18:30, 1200 people").empty());
    CHECK(scan("Priority 01 02 03 of 10; bus 07 at 0830").empty());
    CHECK(scan("0770090012345 and 0800 123 4567").empty());
    CHECK(scan("ref X07700900123").empty());
}

TEST_CASE("dates of birth are dates written near a word about birth") {
    CHECK(scan("DOB: 14/02/2011") == std::vector<std::string>{"a date of birth: DOB: **/**/**11"});
    CHECK(scan("born on 3rd March 2012") ==
          std::vector<std::string>{"a date of birth: born on *** ***** **12"});
    CHECK(scan("Date of birth 2010-09-30") ==
          std::vector<std::string>{"a date of birth: Date of birth ****-**-30"});
    CHECK(scan("birthday: March 4, 2010") ==
          std::vector<std::string>{"a date of birth: birthday: ***** *, **10"});
    // A date with no word about birth, or a word about birth with no date.
    CHECK(scan("report of 2022-07-14; born out of the 2022 review").empty());
    CHECK(scan("born to lead, newborn 2010-01-01").empty());
    CHECK(scan("born in Dundee in 2010").empty());
    CHECK(scan("Marching 12 2010 born Marching 12 2010").empty());
}

TEST_CASE("UK postcodes: an outward code, a space or none, an inward code") {
    CHECK(scan("lives at EH1 1YZ") == std::vector<std::string>{"a UK postcode: EH1 ***"});
    CHECK(scan("SW1A 1AA") == std::vector<std::string>{"a UK postcode: SW1A ***"});
    CHECK(scan("DD1 4HN, M1 1AE and B33 8TH") ==
          std::vector<std::string>{"a UK postcode: DD1 ***", "a UK postcode: M1 ***",
                                   "a UK postcode: B33 ***"});
    CHECK(scan("EH11YZ") == std::vector<std::string>{"a UK postcode: EH1***"});
    // The inward code never uses C, I, K, M, O or V; lower case is ordinary text.
    CHECK(scan("EH1 1CI, eh1 1yz, AB1234, B12 on floor 3, ISO 9001").empty());
}

TEST_CASE("National Insurance numbers follow HMRC's allocation rules") {
    CHECK(scan("NI AB 12 34 56 C") ==
          std::vector<std::string>{"a National Insurance number: AB ** ** ** C"});
    CHECK(scan("JH123456D") == std::vector<std::string>{"a National Insurance number: JH******D"});
    // Prefixes never issued, a final letter past D, and letters that are never used.
    CHECK(scan("QQ123456C GB123456A NT123456A AB123456E DA123456A AO123456A").empty());
}

TEST_CASE("matches do not overlap and come in the order of the text") {
    CHECK(scan("born 04-03-2010, 07700 900123, a@example.org") ==
          std::vector<std::string>{"a date of birth: born **-**-**10",
                                   "a UK phone number: 077** ****23",
                                   "an e-mail address: a***@example.org"});
}

TEST_CASE("mask keeps the shape and hides the middle") {
    CHECK(mask("07700 900123", 3, 2) == "077** ****23");
    CHECK(mask("ab", 3, 3) == "ab");
    CHECK(mask("", 1, 1).empty());
}
