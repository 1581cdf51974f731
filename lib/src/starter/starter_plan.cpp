// SPDX-License-Identifier: MIT
#include "schema.hpp"
#include "starter_text.hpp"

#include <engage/output.hpp>
#include <engage/settings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace engage {
namespace {

// A YAML double-quoted scalar, so a title may hold any character.
std::string yaml_quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string filled(std::string_view text,
                   const std::vector<std::pair<std::string_view, std::string>>& values) {
    std::string out(text);
    for (const auto& [mark, value] : values) {
        for (auto at = out.find(mark); at != std::string::npos;
             at = out.find(mark, at + value.size())) {
            out.replace(at, mark.size(), value);
        }
    }
    return out;
}

} // namespace

Date add_months(const Date& date, int months) {
    const int index = date.year * 12 + (date.month - 1) + months;
    Date moved{index / 12, index % 12 + 1, 1};
    moved.day = std::min(date.day, days_in_month(moved.year, moved.month));
    return moved;
}

std::string slug_from_name(std::string_view name) {
    std::string slug;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "plan" : slug;
}

bool is_slug(std::string_view text) {
    const auto allowed = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    };
    return !text.empty() && text.front() != '-' && std::all_of(text.begin(), text.end(), allowed);
}

std::vector<StarterFile> starter_plan(const StarterOptions& options) {
    const std::string title = !options.title.empty() ? options.title
                              : !options.area.empty()
                                  ? options.area + " children and young people's participation plan"
                                  : "Children and young people's participation plan";
    const std::string area = options.area.empty()
                                 ? "  # area: the local authority or partnership area"
                                 : "  area: " + yaml_quoted(options.area);
    const std::string plan =
        filled(detail::starter_plan_yaml, {{"@ID@", options.id},
                                           {"@TITLE@", yaml_quoted(title)},
                                           {"@AREA@", area},
                                           {"@START@", options.start.to_string()},
                                           {"@END@", add_months(options.start, 36).to_string()},
                                           {"@REVIEW@", add_months(options.start, 12).to_string()},
                                           {"@DUE@", add_months(options.start, 6).to_string()}});
    // Every option a rule takes, at its default and commented out.
    std::string thresholds;
    for (const RuleOption* option : all_options()) {
        thresholds += option->whole_number
                          ? fmt::format("# {} = {}\n", option->name, option->default_value)
                          : fmt::format("# {} = {:.1f}\n", option->name, option->default_value);
    }
    const std::string config =
        filled(detail::starter_config_toml,
               {{"@START@", options.start.to_string()}, {"@THRESHOLDS@", thresholds}});
    return {{"plan.yaml", plan},
            {".engage.toml", config},
            {"engage-plan.schema.json", std::string(plan_schema_json())}};
}

} // namespace engage
