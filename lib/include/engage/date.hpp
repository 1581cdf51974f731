// ISO 8601 calendar dates, the only date form plans use.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace engage {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    /// Days since 1970-01-01 (negative before it); lets callers subtract dates.
    [[nodiscard]] long days_since_epoch() const;
    [[nodiscard]] std::string to_string() const; ///< "YYYY-MM-DD"

    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator<(const Date& a, const Date& b) {
        return a.days_since_epoch() < b.days_since_epoch();
    }
};

/// Why a text is not a date, for messages.
enum class DateError { none, not_iso_form, month_out_of_range, day_out_of_range };

/// Parses exactly "YYYY-MM-DD" and checks the day exists (leap years included).
[[nodiscard]] std::optional<Date> parse_date(std::string_view text, DateError* why = nullptr);

[[nodiscard]] int days_in_month(int year, int month);

} // namespace engage
