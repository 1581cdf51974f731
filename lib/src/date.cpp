// SPDX-License-Identifier: MIT
#include <engage/model.hpp>

#include <fmt/format.h>

namespace engage {

namespace {
bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool parse_digits(std::string_view text, int& out) {
    out = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return !text.empty();
}
} // namespace

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

long Date::days_since_epoch() const {
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    const int y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string Date::to_string() const {
    return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::optional<Date> parse_date(std::string_view text, DateError* why) {
    auto fail = [&](DateError error) -> std::optional<Date> {
        if (why)
            *why = error;
        return std::nullopt;
    };
    Date date;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
        !parse_digits(text.substr(0, 4), date.year) ||
        !parse_digits(text.substr(5, 2), date.month) ||
        !parse_digits(text.substr(8, 2), date.day)) {
        return fail(DateError::not_iso_form);
    }
    if (date.month < 1 || date.month > 12)
        return fail(DateError::month_out_of_range);
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) {
        return fail(DateError::day_out_of_range);
    }
    if (why)
        *why = DateError::none;
    return date;
}

} // namespace engage
