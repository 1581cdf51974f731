// Reading frameworks of standards from YAML (the built-in ones: builtin.cpp).
#include "../load/source_text.hpp"
#include "../load/value_reader.hpp"
#include "../load/yaml_tree.hpp"
#include "rules/catalogue.hpp"

#include <engage/framework.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

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
                     if (!version_ok) {
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
    for (auto& p : parsed.problems) {
        result.findings.push_back(
            make_finding(*p.rule, file_path, p.at.line, p.at.column, p.message, p.help));
    }
    if (!parsed.readable || tree.root == detail::no_node) {
        if (parsed.readable)
            result.findings.push_back(
                make_finding(rules::missing_key, file_path, 1, 1, "the framework file is empty"));
        return result;
    }
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

FrameworkLoad load_framework_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        FrameworkLoad result;
        result.findings.push_back(
            make_finding(rules::unknown_reference, path, 0, 0,
                         fmt::format("the framework file `{}` cannot be read", path),
                         "Give a built-in framework id or the path of a framework file."));
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_framework(path, std::move(buffer).str());
}

} // namespace engage
