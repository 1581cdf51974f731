// SPDX-License-Identifier: MIT
// The findings in detail: each rule told once per standard, with the items it
// found listed under it (shortened to what differs), or none when it found
// every item of its kind wanting.
#include "render/findings/repeated.hpp"
#include "render/report/report_text.hpp"
#include "render/report/report_walk.hpp"

#include <engage/report.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace engage::detail {

namespace {

Inline place(const Finding& f) {
    if (f.file.empty())
        return {};
    const std::string file = std::filesystem::path(f.file).filename().string();
    return Inline(" (" + file + (f.line ? fmt::format(", line {}", f.line) : "") + ")");
}

/// Does `rule` fire on every item it looks at ("39 of 39 actions")?
bool every_item(const WalkContext& c, const RuleInfo& rule, std::size_t count) {
    if (rule.many.empty() || count < repeated_at ||
        rule.many.find("{total}") == std::string_view::npos)
        return false;
    const auto evidence = c.r.evidence_totals.find(rule.name);
    return evidence == c.r.evidence_totals.end() || evidence->second == 0;
}

Inline headline(const WalkContext& c, const RuleInfo& rule, std::size_t count) {
    if (!rule.many.empty()) {
        const auto evidence = c.r.evidence_totals.find(rule.name);
        return Inline(repeated_headline(
            rule, count, evidence == c.r.evidence_totals.end() ? 0 : evidence->second));
    }
    std::string_view summary = rule.summary;
    if (!summary.empty() && summary.back() == '.')
        summary.remove_suffix(1);
    std::string words(summary);
    if (words.size() > 1 && words[0] >= 'A' && words[0] <= 'Z' &&
        (words[1] == ' ' || (words[1] >= 'a' && words[1] <= 'z')))
        words[0] = static_cast<char>(words[0] - 'A' + 'a'); // it follows a severity
    return Inline().words_with_code(words).text(fmt::format(" ({} times)", count));
}

/// Each finding's message without the words all of them share ("the
/// action \"...\" has no date it is due by" -> the action's title), when
/// what is left says which item it is; else the whole message.
std::vector<std::pair<std::string, const Finding*>>
differences(const std::vector<const Finding*>& found) {
    std::string_view first = found.front()->message;
    std::size_t prefix = first.size(), suffix = first.size();
    for (const Finding* f : found) {
        const std::string_view m = f->message;
        std::size_t p = 0;
        while (p < prefix && p < m.size() && m[p] == first[p])
            ++p;
        prefix = p;
        std::size_t q = 0;
        while (q < suffix && q < m.size() && m[m.size() - 1 - q] == first[first.size() - 1 - q])
            ++q;
        suffix = q;
    }
    // Cut only where a quoted title starts and ends, so the item is the title whole.
    while (prefix > 0 && first[prefix - 1] != '"')
        --prefix;
    while (suffix > 0 && first[first.size() - suffix] != '"')
        --suffix;
    std::vector<std::pair<std::string, const Finding*>> out;
    for (const Finding* f : found) {
        const std::string_view m = f->message;
        const bool cut =
            prefix > 0 && suffix > 0 && prefix + suffix < m.size() &&
            m.substr(prefix, m.size() - prefix - suffix).find('"') == std::string_view::npos;
        out.emplace_back(
            cut ? std::string(m.substr(prefix, m.size() - prefix - suffix)) : std::string(m), f);
    }
    return out;
}

/// A group's findings, each rule once (in the order it first appears):
/// one finding as it is; several under the rule's summary (or its
/// "19 of 39 actions..." line), each item shortened to what differs.
std::vector<ListItem> by_rule(const WalkContext& c, const FindingGroup& group) {
    std::map<std::string_view, std::vector<const Finding*>> same;
    std::vector<std::string_view> order;
    for (const Finding& f : group.findings) {
        auto& list = same[f.rule];
        if (list.empty())
            order.push_back(f.rule);
        list.push_back(&f);
    }
    std::vector<ListItem> items;
    for (std::string_view rule_name : order) {
        const auto& found = same[rule_name];
        const Finding& first = *found.front();
        ListItem item;
        item.text.marked(to_string(first.severity), to_string(first.severity)).text(" ");
        const RuleInfo* rule = find_rule(rule_name);
        if (found.size() == 1 || rule == nullptr) {
            for (const Finding* f : found) {
                if (f != &first)
                    item.items.push_back(Inline(f->message).append(place(*f)));
            }
            item.text.text(first.message).append(place(first));
        } else {
            item.text.append(headline(c, *rule, found.size()));
            if (every_item(c, *rule, found.size()))
                item.text.text(": every one, so none is listed here");
            else
                for (const auto& [words, f] : differences(found))
                    item.items.push_back(Inline(words).append(place(*f)));
        }
        item.text.text(" ").code(rule_name);
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace

void write_findings(const WalkContext& c) {
    c.heading(2, "Findings in detail");
    if (c.r.findings.empty()) {
        c.w.paragraph("No findings: the plan passes every check that ran.");
        return;
    }
    c.w.paragraph(Inline().words_with_code(
        "Each check's findings once, with the items it found listed under it; the check's "
        "name in code is what `engage explain` takes."));
    for (const auto& group : c.r.findings) {
        const std::string name =
            group.standard_key.empty() ? std::string("Format and structure") : group.standard_name;
        c.heading(3, fmt::format("{} ({})", name, group.findings.size()));
        c.w.list(by_rule(c, group));
    }
}

} // namespace engage::detail
