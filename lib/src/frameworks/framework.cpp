// SPDX-License-Identifier: MIT
// Reading frameworks of standards from YAML (the built-in ones: builtin.cpp).
#include "../load/source_text.hpp"
#include "../load/value_reader.hpp"
#include "../load/yaml_tree.hpp"
#include "../util/bounded_read.hpp"
#include "rules/catalogue.hpp"

#include <engage/framework.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

namespace engage {

namespace {

using detail::IdStyle;
using detail::ValueReader;

class FrameworkReader {
public:
    FrameworkReader(Framework& framework, ValueReader& reader)
        : f_(framework)
        , r_(reader) {}

    bool read(std::uint32_t root) {
        bool version_ok = false;
        const bool mapping = r_.read_mapping(
            root, "a framework file",
            {
                {"engage-framework",
                 [&](std::uint32_t n) {
                     const auto& node = r_.node(n);
                     version_ok =
                         node.kind == detail::NodeKind::scalar && node.plain && r_.value(n) == "1";
                     if (!version_ok && node.kind == detail::NodeKind::scalar &&
                         r_.value(n) == "1") {
                         r_.report(rules::bad_version, n,
                                   "the framework format version must be the number 1, not the "
                                   "text \"1\"",
                                   "Write `engage-framework: 1`, without quotes.");
                     } else if (!version_ok) {
                         r_.report(rules::bad_version, n,
                                   "unknown framework format version: engage reads "
                                   "`engage-framework: 1`");
                     }
                 },
                 true},
                {"id", [&](std::uint32_t n) { f_.id = r_.id(n, "id").value; }, true},
                {"name", [&](std::uint32_t n) { f_.name = r_.text(n, "name").value; }, true},
                {"source", [&](std::uint32_t n) { f_.source = r_.text(n, "source").value; }},
                {"standards",
                 [&](std::uint32_t n) {
                     r_.read_list(n, "standards", [&](std::uint32_t item) { standard(item); });
                 },
                 true},
            });
        return mapping && version_ok;
    }

private:
    void standard(std::uint32_t node) {
        Standard s;
        s.loc = r_.loc(node);
        if (!r_.read_mapping(
                node, "a standard",
                {
                    {"key", [&](std::uint32_t n) { s.key = r_.id(n, "key").value; }, true},
                    {"name", [&](std::uint32_t n) { s.name = r_.text(n, "name").value; }, true},
                    {"statement",
                     [&](std::uint32_t n) { s.statement = r_.text(n, "statement").value; }},
                    {"indicators",
                     [&](std::uint32_t n) {
                         r_.read_list(n, "indicators",
                                      [&](std::uint32_t item) { indicator(s, item); });
                     },
                     true},
                })) {
            return;
        }
        if (!s.key.empty() && !seen_keys_.emplace(s.key, s.loc.line).second) {
            r_.report(rules::duplicate_id, node,
                      fmt::format("the standard key `{}` is used twice", s.key));
        }
        f_.standards.push_back(std::move(s));
    }

    void indicator(Standard& s, std::uint32_t node) {
        Indicator i;
        i.loc = r_.loc(node);
        r_.read_mapping(
            node, "an indicator",
            {
                {"id", [&](std::uint32_t n) { i.id = r_.id(n, "id", IdStyle::action).value; },
                 true},
                {"text", [&](std::uint32_t n) { i.text = r_.text(n, "text").value; }, true},
                {"checked", [&](std::uint32_t n) { i.checked = r_.text(n, "checked").value; }},
                {"rules",
                 [&](std::uint32_t n) {
                     r_.read_list(n, "rules", [&](std::uint32_t item) {
                         const Text rule = r_.text(item, "rules");
                         if (!rule.present())
                             return;
                         if (find_rule(rule.value) == nullptr) {
                             r_.report(rules::unknown_reference, item,
                                       fmt::format("no rule is called `{}`", rule.value),
                                       "`engage rules` lists every rule.");
                             return;
                         }
                         i.rules.push_back(find_rule(rule.value)->name.data());
                     });
                 }},
            });
        if (!i.id.empty() && !seen_ids_.emplace(i.id, i.loc.line).second) {
            r_.report(rules::duplicate_id, node,
                      fmt::format("the indicator id `{}` is used twice", i.id));
        }
        s.indicators.push_back(std::move(i));
    }

    Framework& f_;
    ValueReader& r_;
    std::map<std::string, std::uint32_t> seen_keys_;
    std::map<std::string, std::uint32_t> seen_ids_;
};

} // namespace

const Standard* Framework::find_standard(std::string_view key) const {
    for (const auto& s : standards) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

std::vector<std::string> indicators_evidenced_by(const Framework& framework,
                                                 std::string_view rule) {
    std::vector<std::string> ids;
    for (const auto& standard : framework.standards) {
        for (const auto& indicator : standard.indicators) {
            if (std::find(indicator.rules.begin(), indicator.rules.end(), rule) !=
                indicator.rules.end()) {
                ids.push_back(indicator.id);
            }
        }
    }
    return ids;
}

namespace {

/// True when the file at least means to be a framework: its top level has the
/// key `engage-framework`, or, when it is not YAML a tree can be read from, its
/// first line of content starts with that key.
bool means_to_be_framework(const detail::YamlTree& tree, bool readable, std::string_view text) {
    if (readable && tree.root != detail::no_node) {
        if (tree.at(tree.root).kind != detail::NodeKind::mapping)
            return false;
        const auto entries = tree.children(tree.root);
        for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
            if (tree.at(entries[i]).kind == detail::NodeKind::scalar &&
                tree.value(entries[i]) == "engage-framework")
                return true;
        }
        return false;
    }
    text.remove_prefix(detail::utf8_bom_length(text));
    while (!text.empty()) {
        const auto end = text.find_first_of("\r\n");
        std::string_view line = text.substr(0, end);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (!line.empty() && line.front() != '#' && line.front() != '%' && line != "---") {
            constexpr std::string_view key = "engage-framework";
            if (!line.starts_with(key))
                return false;
            const auto colon = line.find_first_not_of(" \t", key.size());
            return colon != std::string_view::npos && line[colon] == ':';
        }
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return false;
}

Finding not_a_framework(const std::string& path) {
    // Nothing of the file is quoted: it may be a key file or a password store.
    return make_finding(rules::bad_version, path, 1, 1,
                        "this is not a framework file: a framework file starts with "
                        "`engage-framework: 1`",
                        "Check the path: it names some other file.");
}

} // namespace

FrameworkLoad parse_framework(std::string path, std::string text) {
    FrameworkLoad result;
    auto framework = std::make_shared<Framework>();
    framework->file = SourceFile{std::move(path), std::move(text)};
    const std::string_view source = framework->file.text;
    const detail::LineIndex lines(source);
    const std::string& file_path = framework->file.path;
    if (auto problem = detail::find_forbidden_bytes(source)) {
        const auto at = lines.position(problem->offset);
        result.findings.push_back(make_finding(rules::yaml_syntax, file_path, at.line, at.column,
                                               problem->message, problem->help));
        return result;
    }
    detail::YamlTree tree;
    detail::TreeResult parsed = detail::parse_yaml_tree(source, lines, LoadLimits{}, tree);
    if (!means_to_be_framework(tree, parsed.readable, source)) {
        if (parsed.readable && tree.root == detail::no_node)
            result.findings.push_back(
                make_finding(rules::missing_key, file_path, 1, 1, "the framework file is empty"));
        else
            result.findings.push_back(not_a_framework(file_path));
        return result;
    }
    for (auto& p : parsed.problems) {
        result.findings.push_back(
            make_finding(*p.rule, file_path, p.at.line, p.at.column, p.message, p.help));
    }
    if (!parsed.readable)
        return result;
    ValueReader reader(tree, lines, 0, file_path, result.findings);
    const bool ok = FrameworkReader(*framework, reader).read(tree.root);
    if (ok && framework->standards.empty()) {
        result.findings.push_back(
            make_finding(rules::missing_key, file_path, 1, 1, "the framework has no standards"));
    }
    if (ok && result.findings.empty())
        result.framework = std::move(framework);
    return result;
}

FrameworkLoad load_framework_file(const std::string& path, const LoadLimits& limits) {
    namespace fs = std::filesystem;
    FrameworkLoad result;
    auto unreadable = [&](std::string_view why) {
        result.findings.push_back(
            make_finding(rules::unknown_reference, path, 0, 0,
                         fmt::format("the framework file `{}` cannot be read{}", path, why),
                         "Give a built-in framework id or the path of a framework file."));
        return result;
    };
    auto too_big = [&](std::uintmax_t size, bool at_least) {
        result.findings.push_back(make_finding(
            rules::yaml_syntax, path, 1, 1,
            fmt::format("the file is {}{:.1f} MiB, over the limit of {:.1f} MiB ({} bytes) for "
                        "a framework file",
                        at_least ? "more than " : "", static_cast<double>(size) / (1 << 20),
                        static_cast<double>(limits.max_file_bytes) / (1 << 20),
                        limits.max_file_bytes),
            "A framework file is a few kilobytes: check the path."));
        return result;
    };
    // The size is known before a byte is read, and no more than the limit is read
    // even of a file that grows or does not tell its size.
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return unreadable(": it is not a regular file");
    const std::uintmax_t cap = limits.max_file_bytes;
    const auto size = fs::file_size(path, ec);
    if (!ec && size > cap)
        return too_big(size, false);
    std::ifstream in(path, std::ios::binary);
    std::string text;
    if (!in || !detail::read_bounded(in, cap, text))
        return unreadable("");
    if (text.size() > cap)
        return too_big(text.size(), true);
    return parse_framework(path, std::move(text));
}

} // namespace engage
