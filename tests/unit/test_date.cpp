// SPDX-License-Identifier: MIT
#include <engage/model.hpp>

#include <doctest/doctest.h>

using namespace engage;

TEST_CASE("parse_date accepts real calendar dates only") {
    CHECK(parse_date("2024-03-31").has_value());
    CHECK(parse_date("2024-02-29").has_value()); // leap year
    CHECK(parse_date("2000-02-29").has_value()); // divisible by 400
    DateError why = DateError::none;
    CHECK_FALSE(parse_date("2023-02-29", &why));
    CHECK(why == DateError::day_out_of_range);
    CHECK_FALSE(parse_date("1900-02-29", &why)); // divisible by 100, not 400
    CHECK_FALSE(parse_date("2024-13-01", &why));
    CHECK(why == DateError::month_out_of_range);
    CHECK_FALSE(parse_date("2024-00-10", &why));
    CHECK_FALSE(parse_date("2024-04-31"));
    CHECK_FALSE(parse_date("31/03/2024", &why));
    CHECK(why == DateError::not_iso_form);
    CHECK_FALSE(parse_date("2024-3-31"));
    CHECK_FALSE(parse_date("2024-03-31T00:00"));
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("dates convert to days since the epoch and back to text") {
    CHECK(parse_date("1970-01-01")->days_since_epoch() == 0);
    CHECK(parse_date("1970-01-02")->days_since_epoch() == 1);
    CHECK(parse_date("1969-12-31")->days_since_epoch() == -1);
    CHECK(parse_date("2024-03-01")->days_since_epoch() -
              parse_date("2024-02-28")->days_since_epoch() ==
          2);
    CHECK(parse_date("2023-07-01")->days_since_epoch() -
              parse_date("2023-05-10")->days_since_epoch() ==
          52);
    CHECK(parse_date("2024-03-31")->to_string() == "2024-03-31");
    CHECK(*parse_date("2022-04-01") < *parse_date("2025-03-31"));
}
