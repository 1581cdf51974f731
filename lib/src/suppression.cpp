// SPDX-License-Identifier: MIT
#include "suppression.hpp"

#include "load/source_text.hpp"
#include "rules/catalogue.hpp"

#include <engage/rules.hpp>

#include <algorithm>
#include <optional>
#include <string_view>

namespace engage::detail {

namespace {

struct Directive {
    bool whole_file = false;
    std::string_view rules; // the comma-separated list as written
};

bool is_blank_in_line(char c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

bool is_rule_list_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == ',' || is_blank_in_line(c);
}

/// Reads `#<ws>engage:<ws>disable[-file]<ws>=<ws>LIST` at the start of one
/// comment line. Hand-written because compiling a std::regex costs more than
/// checking a whole typical plan.
std::optional<Directive> parse_directive(std::string_view comment) {
    std::size_t at = 0;
    auto skip_blanks = [&] {
        while (at < comment.size() && is_blank_in_line(comment[at]))
            ++at;
    };
    auto take = [&](std::string_view word) {
        if (comment.substr(at, word.size()) != word)
            return false;
        at += word.size();
        return true;
    };
    if (!take("#"))
        return std::nullopt;
    skip_blanks();
    if (!take("engage:"))
        return std::nullopt;
    skip_blanks();
    Directive directive;
    if (take("disable-file"))
        directive.whole_file = true;
    else if (!take("disable"))
        return std::nullopt;
    skip_blanks();
    if (!take("="))
        return std::nullopt;
    skip_blanks();
    const std::size_t list_start = at;
    while (at < comment.size() && is_rule_list_char(comment[at]))
        ++at;
    if (at == list_start)
        return std::nullopt;
    directive.rules = comment.substr(list_start, at - list_start);
    return directive;
}

/// The `# engage: disable...` comments among the real YAML comments the loader
/// found (a `#` inside a quoted or block scalar is text, and never one).
std::vector<Suppression> find_suppressions(const Plan& plan) {
    std::vector<Suppression> out;
    for (std::uint32_t file_index = 0; file_index < plan.files.size(); ++file_index) {
        const SourceFile& file = plan.files[file_index];
        if (file.engage_comments.empty())
            continue;
        const std::string_view text = file.text;
        const LineIndex lines(text);
        for (const std::uint32_t at : file.engage_comments) {
            if (at >= text.size())
                continue;
            const std::size_t end = text.find_first_of("\r\n", at);
            const std::string_view comment =
                text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
            const std::optional<Directive> directive = parse_directive(comment);
            if (!directive)
                continue;
            const Position where = lines.position(at);
            const std::string_view list = directive->rules;
            std::size_t start = 0;
            while (start <= list.size()) {
                const std::size_t comma = list.find(',', start);
                std::string_view rule =
                    list.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                       : comma - start);
                while (!rule.empty() && is_blank_in_line(rule.front()))
                    rule.remove_prefix(1);
                while (!rule.empty() && is_blank_in_line(rule.back()))
                    rule.remove_suffix(1);
                if (!rule.empty()) {
                    out.push_back({file_index, where.line, where.column, directive->whole_file,
                                   std::string(rule), false});
                }
                if (comma == std::string_view::npos)
                    break;
                start = comma + 1;
            }
        }
    }
    return out;
}

} // namespace

std::vector<Suppression> apply_suppressions(const Plan& plan, std::vector<Finding>& findings) {
    std::vector<Suppression> suppressions = find_suppressions(plan);
    if (suppressions.empty())
        return suppressions;
    auto suppressed = [&](const Finding& finding) {
        if (const RuleInfo* rule = find_rule(finding.rule); rule != nullptr && rule->always_on)
            return false; // an unreadable file cannot be waved through
        bool hit = false;
        for (Suppression& s : suppressions) {
            const RuleInfo* rule = find_rule(s.rule);
            if (rule == nullptr || rule->name != finding.rule ||
                plan.files[s.file].path != finding.file)
                continue;
            if (s.whole_file || finding.line == s.line || finding.line == s.line + 1) {
                s.used = true;
                hit = true;
            }
        }
        return hit;
    };
    findings.erase(std::remove_if(findings.begin(), findings.end(), suppressed), findings.end());
    return suppressions;
}

} // namespace engage::detail
