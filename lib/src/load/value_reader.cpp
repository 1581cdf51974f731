// SPDX-License-Identifier: MIT
#include "value_reader.hpp"

#include <engage/rules.hpp>

#include <fmt/format.h>

#include <charconv>
#include <limits>

namespace engage::detail {

namespace {
bool matches_slug(std::string_view text, bool upper) {
    if (text.empty())
        return false;
    auto first_ok = [&](char c) {
        return (c >= '0' && c <= '9') || (upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z'));
    };
    if (!first_ok(text[0]))
        return false;
    for (char c : text) {
        if (!first_ok(c) && c != '-')
            return false;
    }
    return true;
}

std::string shorten(std::string_view text) {
    constexpr std::size_t limit = 40;
    if (text.size() <= limit)
        return std::string(text);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // keep UTF-8 whole
    return std::string(text.substr(0, cut)) + "...";
}
} // namespace

SourceLoc ValueReader::loc(std::uint32_t node) const {
    const Position at = lines_.position(tree_.at(node).offset);
    return SourceLoc{file_index_, at.line, at.column};
}

bool ValueReader::is_null(std::uint32_t index) const {
    const YamlNode& n = tree_.at(index);
    if (n.kind == NodeKind::null)
        return true;
    const std::string_view v = tree_.value(index);
    return n.kind == NodeKind::scalar && n.plain &&
           (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL");
}

bool ValueReader::is_scalar(std::uint32_t index) const {
    return tree_.at(index).kind == NodeKind::scalar && !is_null(index);
}

std::string ValueReader::describe(std::uint32_t index) const {
    const YamlNode& n = tree_.at(index);
    if (is_null(index))
        return "empty";
    switch (n.kind) {
    case NodeKind::mapping:
        return "a mapping (keys and values)";
    case NodeKind::sequence:
        return "a list";
    default:
        return fmt::format("'{}'", shorten(tree_.value(index)));
    }
}

void ValueReader::report_at(const rules::RuleDefinition& rule, SourceLoc where, std::string message,
                            std::string help) {
    findings_.push_back(
        make_finding(rule, path_, where.line, where.column, std::move(message), std::move(help)));
}

void ValueReader::report(const rules::RuleDefinition& rule, std::uint32_t node, std::string message,
                         std::string help) {
    report_at(rule, loc(node), std::move(message), std::move(help));
}

void ValueReader::report_bad_value(std::uint32_t node, std::string_view key, std::string_view value,
                                   const std::vector<std::string_view>& allowed) {
    auto near = closest_match(value, allowed);
    report(rules::bad_value, node,
           fmt::format("`{}` cannot be '{}'; it is one of: {}", key, shorten(value),
                       join_alternatives(allowed)),
           near ? fmt::format("Did you mean `{}`?", *near)
                : std::string("Use one of the values listed."));
}

bool ValueReader::expect_scalar(std::uint32_t node, std::string_view key,
                                std::string_view expected) {
    if (is_scalar(node))
        return true;
    if (is_null(node)) {
        report(rules::wrong_type, node,
               fmt::format("`{}` is empty; it should be {}", key, expected),
               "Write a value, or remove the key.");
    } else {
        report(rules::wrong_type, node,
               fmt::format("`{}` should be {}, but it is {}", key, expected, describe(node)));
    }
    return false;
}

bool ValueReader::read_mapping(std::uint32_t node, std::string_view what,
                               std::initializer_list<Field> fields) {
    const YamlNode& map = tree_.at(node);
    if (map.kind != NodeKind::mapping) {
        report(rules::wrong_type, node,
               fmt::format("{} should be a mapping of keys and values, but it is {}", what,
                           describe(node)));
        return false;
    }
    std::vector<bool> seen(fields.size(), false);
    const auto entries = tree_.children(node);
    for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
        const std::uint32_t key_node = entries[i];
        const std::uint32_t value_node = entries[i + 1];
        if (!is_scalar(key_node)) {
            report(rules::wrong_type, key_node,
                   fmt::format("a key in {} should be a word, but it is {}", what,
                               describe(key_node)));
            continue;
        }
        const std::string_view key = tree_.value(key_node);
        std::size_t index = 0;
        const Field* field = nullptr;
        for (const Field& candidate : fields) {
            if (candidate.key == key) {
                field = &candidate;
                break;
            }
            ++index;
        }
        if (!field) {
            std::vector<std::string_view> keys;
            for (const Field& candidate : fields)
                keys.push_back(candidate.key);
            auto near = closest_match(key, keys);
            report(rules::unknown_key, key_node,
                   fmt::format("`{}` is not a key of {}", shorten(key), what),
                   near ? fmt::format("Did you mean `{}`?", *near)
                        : fmt::format("The keys of {} are: {}.", what, join_alternatives(keys)));
            continue;
        }
        seen[index] = true;
        if (is_null(value_node) && tree_.at(value_node).kind != NodeKind::scalar) {
            // yaml-cpp places empty values at the next token, so point at the key.
            report(rules::wrong_type, key_node, fmt::format("`{}` has no value", key),
                   "Write a value, or remove the key.");
            continue;
        }
        field->read(value_node);
    }
    std::size_t index = 0;
    for (const Field& field : fields) {
        if (field.required && !seen[index]) {
            report(rules::missing_key, node, fmt::format("{} needs `{}`", what, field.key),
                   fmt::format("Add `{}:` to this mapping.", field.key));
        }
        ++index;
    }
    return true;
}

void ValueReader::read_list(std::uint32_t node, std::string_view key,
                            const std::function<void(std::uint32_t)>& item) {
    const YamlNode& list = tree_.at(node);
    if (list.kind != NodeKind::sequence) {
        report(rules::wrong_type, node,
               fmt::format("`{}` should be a list, but it is {}", key, describe(node)),
               "Write a list: one `- item` per line, or `[a, b]`.");
        return;
    }
    for (std::uint32_t child : tree_.children(node))
        item(child);
}

Text ValueReader::text(std::uint32_t node, std::string_view key) {
    if (!expect_scalar(node, key, "text"))
        return {};
    return Text{std::string(tree_.value(node)), loc(node)};
}

Text ValueReader::id(std::uint32_t node, std::string_view key, IdStyle style) {
    Text value = text(node, key);
    if (!value.present())
        return value;
    const bool ok = matches_slug(value.value, false) ||
                    (style == IdStyle::action && matches_slug(value.value, true));
    if (!ok) {
        report(rules::bad_value, node, fmt::format("'{}' is not a valid id", shorten(value.value)),
               style == IdStyle::action ? "Use lower-case letters, digits and hyphens "
                                          "(youth-council), or upper-case ones (CONS-1)."
                                        : "Use lower-case letters, digits and hyphens, starting "
                                          "with a letter or digit (youth-council).");
    }
    return value;
}

TextList ValueReader::text_list(std::uint32_t node, std::string_view key) {
    TextList out;
    out.loc = loc(node);
    read_list(node, key, [&](std::uint32_t item) {
        Text value = text(item, key);
        if (value.present())
            out.value.push_back(std::move(value));
    });
    return out;
}

Located<int> ValueReader::integer(std::uint32_t node, std::string_view key, int min, int max) {
    const YamlNode& n = tree_.at(node);
    int value = 0;
    const std::string_view text = tree_.value(node);
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [rest, error] = std::from_chars(begin, end, value);
    if (!is_scalar(node) || !n.plain || error != std::errc() || rest != end) {
        if (is_scalar(node) && n.plain && error == std::errc::result_out_of_range) {
            report(rules::bad_value, node, fmt::format("`{}` is too large", key));
        } else {
            report(rules::wrong_type, node,
                   fmt::format("`{}` should be a whole number, but it is {}", key, describe(node)),
                   is_scalar(node) && !n.plain ? "Remove the quotes around the number."
                                               : std::string());
        }
        return written_invalid<int>(node);
    }
    if (value < min || value > max) {
        report(rules::bad_value, node,
               max == std::numeric_limits<int>::max()
                   ? fmt::format("`{}` must be {} or more, not {}", key, min, value)
                   : fmt::format("`{}` must be between {} and {}, not {}", key, min, max, value));
        return written_invalid<int>(node);
    }
    return {value, loc(node)};
}

Located<bool> ValueReader::boolean(std::uint32_t node, std::string_view key) {
    const YamlNode& n = tree_.at(node);
    if (is_scalar(node) && n.plain) {
        const std::string_view v = tree_.value(node);
        if (v == "true" || v == "True" || v == "TRUE")
            return {true, loc(node)};
        if (v == "false" || v == "False" || v == "FALSE")
            return {false, loc(node)};
    }
    report(rules::wrong_type, node,
           fmt::format("`{}` should be true or false, but it is {}", key, describe(node)),
           "Write true or false, without quotes.");
    return written_invalid<bool>(node);
}

Located<Date> ValueReader::date(std::uint32_t node, std::string_view key) {
    if (!expect_scalar(node, key, "a date (YYYY-MM-DD)"))
        return written_invalid<Date>(node);
    const std::string_view value = tree_.value(node);
    DateError why = DateError::none;
    auto parsed = parse_date(value, &why);
    if (parsed)
        return {*parsed, loc(node)};
    std::string reason;
    switch (why) {
    case DateError::month_out_of_range:
        reason = "there is no such month";
        break;
    case DateError::day_out_of_range:
        reason = "there is no such day in that month";
        break;
    default:
        reason = "write dates as YYYY-MM-DD";
        break;
    }
    report(rules::bad_date, node,
           fmt::format("`{}` is not a valid date: '{}' ({})", key, shorten(value), reason),
           "Write the date as YYYY-MM-DD, for example 2024-03-31.");
    return written_invalid<Date>(node);
}

Located<AgeRange> ValueReader::ages(std::uint32_t node, std::string_view key) {
    const Text value = text(node, key);
    if (!value.present())
        return {};
    const std::string& s = value.value;
    const auto dash = s.find('-');
    int low = -1;
    int high = -1;
    if (dash != std::string::npos && dash >= 1 && dash <= 2 && s.size() - dash - 1 >= 1 &&
        s.size() - dash - 1 <= 2) {
        auto [p1, e1] = std::from_chars(s.data(), s.data() + dash, low);
        auto [p2, e2] = std::from_chars(s.data() + dash + 1, s.data() + s.size(), high);
        if (e1 != std::errc() || p1 != s.data() + dash || e2 != std::errc() ||
            p2 != s.data() + s.size())
            low = -1;
    }
    if (low < 0 || high < 0 || low > high) {
        report(rules::bad_value, node,
               fmt::format("`{}` should be an age range such as 12-25, not '{}'", key, shorten(s)),
               "Write the youngest and oldest age in years, joined by a hyphen, youngest first.");
        return written_invalid<AgeRange>(node);
    }
    return {AgeRange{low, high}, value.loc};
}

} // namespace engage::detail
