#include "suppression.hpp"

#include "load/source_text.hpp"

#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <regex>

namespace engage::detail {

namespace {

struct Suppression {
    std::uint32_t file = 0;
    std::uint32_t line = 0;   // 1-based line of the comment
    std::uint32_t column = 0; // of the `#`
    bool whole_file = false;
    std::string rule; // as written
    bool used = false;
};

/// Finds `# engage: disable...` comments. A `#` starts a YAML comment only at
/// the start of a line or after white space, which is the test used here.
std::vector<Suppression> find_suppressions(const Plan& plan) {
    static const std::regex directive(
        R"(^#\s*engage:\s*(disable|disable-file)\s*=\s*([A-Za-z0-9_,\s-]+))");
    std::vector<Suppression> out;
    for (std::uint32_t file_index = 0; file_index < plan.files.size(); ++file_index) {
        const std::string& text = plan.files[file_index].text;
        // Every file starts with `engage: 1`: look for the directive's own word.
        if (text.find("disable") == std::string::npos)
            continue;
        const LineIndex lines(text);
        for (std::size_t at = text.find('#'); at != std::string::npos;
             at = text.find('#', at + 1)) {
            if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\t' && text[at - 1] != '\n' &&
                text[at - 1] != '\r') {
                continue;
            }
            const std::size_t end = text.find_first_of("\r\n", at);
            const std::string comment =
                text.substr(at, end == std::string::npos ? std::string::npos : end - at);
            std::smatch match;
            if (!std::regex_search(comment, match, directive))
                continue;
            const Position where = lines.position(at);
            const std::string list = match[2].str();
            std::size_t start = 0;
            while (start <= list.size()) {
                std::size_t comma = list.find(',', start);
                std::string rule = list.substr(start, comma == std::string::npos ? std::string::npos
                                                                                 : comma - start);
                rule.erase(0, rule.find_first_not_of(" \t"));
                rule.erase(rule.find_last_not_of(" \t") + 1);
                if (!rule.empty()) {
                    out.push_back({file_index, where.line, where.column,
                                   match[1].str() == "disable-file", rule, false});
                }
                if (comma == std::string::npos)
                    break;
                start = comma + 1;
            }
        }
    }
    return out;
}

} // namespace

void apply_suppressions(const Plan& plan, const RuleSelection& selection,
                        std::vector<Finding>& findings) {
    std::vector<Suppression> suppressions = find_suppressions(plan);
    if (suppressions.empty())
        return;
    auto suppressed = [&](const Finding& finding) {
        if (finding.rule == "yaml-syntax")
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
    if (!selection.enabled("unused-suppression"))
        return;
    for (const Suppression& s : suppressions) {
        const RuleInfo* rule = find_rule(s.rule);
        const std::string& path = plan.files[s.file].path;
        if (rule == nullptr) {
            findings.push_back(
                make_finding("unused-suppression", path, s.line, s.column,
                             fmt::format("the suppression names no rule `{}`", s.rule),
                             "Correct the rule name; `engage rules` lists them."));
        } else if (!s.used && selection.enabled(rule->name)) {
            findings.push_back(make_finding(
                "unused-suppression", path, s.line, s.column,
                fmt::format("the suppression of `{}` matches no finding {}", rule->name,
                            s.whole_file ? "in this file" : "on this line or the next"),
                "Remove the comment: it hides nothing now, and would hide a real problem later."));
        }
    }
}

} // namespace engage::detail
