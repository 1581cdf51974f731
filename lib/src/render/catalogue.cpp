// SPDX-License-Identifier: MIT
// The rule catalogue and the frameworks, for `engage rules`, `explain` and `standards`.
#include "render/shared/json_writer.hpp"
#include "util/printable.hpp"
#include "util/wrap.hpp"

#include <engage/render.hpp>

#include <fmt/format.h>

#include <sstream>

namespace engage {

namespace {

std::string_view family_name(RuleFamily family) {
    switch (family) {
    case RuleFamily::structure:
        return "structure";
    case RuleFamily::flow:
        return "flow";
    case RuleFamily::evidence:
        return "evidence";
    case RuleFamily::meta:
        return "meta";
    case RuleFamily::privacy:
        return "privacy";
    }
    return "";
}

/// Writes `text` with every line indented, so examples read as blocks.
void indented(std::ostream& out, std::string_view text, std::string_view indent = "    ") {
    std::istringstream lines{std::string(text)};
    std::string line;
    while (std::getline(lines, line))
        out << indent << line << '\n';
}

/// Wraps a paragraph at about 78 columns.
void wrapped(std::ostream& out, std::string_view text, std::string_view indent = "  ") {
    for (const std::string& line : detail::wrap_words(text, 76))
        out << indent << line << '\n';
}

} // namespace

void render_rule_list(std::ostream& out) {
    out << fmt::format("{:<6} {:<28} {:<8} {:<17} {}\n", "code", "name", "severity", "standard",
                       "what it finds");
    for (const RuleInfo& rule : all_rules()) {
        out << fmt::format("{:<6} {:<28} {:<8} {:<17} {}\n", rule.code, rule.name,
                           to_string(rule.severity), rule.standard.empty() ? "-" : rule.standard,
                           rule.summary);
    }
}

void render_rule_list_json(std::ostream& out) {
    detail::JsonWriter json(out);
    const auto framework = builtin_framework(default_framework_id);
    json.begin_object();
    detail::write_document_header(json, "rules");
    json.key("rules").begin_array();
    for (const RuleInfo& rule : all_rules()) {
        json.begin_object();
        json.key("code").value(rule.code);
        json.key("name").value(rule.name);
        json.key("family").value(family_name(rule.family));
        json.key("severity").value(to_string(rule.severity));
        json.key("standard").value(rule.standard);
        json.key("indicators").begin_array();
        if (framework) {
            for (const auto& id : indicators_evidenced_by(*framework, rule.name))
                json.value(id);
        }
        json.end_array();
        json.key("summary").value(rule.summary);
        json.key("rationale").value(rule.rationale);
        const RuleExamples examples = examples_of(rule);
        json.key("bad_example").value(examples.bad);
        json.key("good_example").value(examples.good);
        json.key("help").value(rule.help);
        json.key("options").begin_array();
        for (const RuleOption* option : rule.options) {
            json.begin_object();
            json.key("name").value(option->name);
            json.key("whole_number").value(option->whole_number);
            json.key("default").value(option->default_value);
            json.key("min").value(option->min);
            json.key("max").value(option->max);
            json.key("summary").value(option->summary);
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array().end_object();
}

void render_rule_doc(std::ostream& out, const RuleInfo& rule) {
    out << rule.code << ' ' << rule.name << " (" << to_string(rule.severity) << ", "
        << family_name(rule.family) << ")\n\n";
    wrapped(out, rule.summary, "");
    if (!rule.standard.empty() || rule.family == RuleFamily::evidence) {
        out << "\nEvidences\n";
        for (const auto& id : builtin_framework_ids()) {
            const auto framework = builtin_framework(id);
            if (!framework)
                continue;
            const auto indicators = indicators_evidenced_by(*framework, rule.name);
            if (indicators.empty())
                continue;
            std::string list;
            for (const auto& indicator : indicators)
                list += (list.empty() ? "" : ", ") + indicator;
            out << "  " << framework->name << ": " << list << '\n';
        }
    }
    out << "\nWhy it matters\n";
    wrapped(out, rule.rationale);
    const RuleExamples examples = examples_of(rule);
    out << "\nExample of the problem\n";
    indented(out, examples.bad);
    out << "\nPut right\n";
    indented(out, examples.good);
    out << "\nWhat to do\n";
    wrapped(out, rule.help);
    if (!rule.options.empty()) {
        out << "\nOptions ([thresholds] in .engage.toml)\n";
        for (const RuleOption* option : rule.options) {
            out << "  " << option->name << " = " << fmt::format("{:g}", option->default_value)
                << '\n';
            wrapped(out,
                    fmt::format("{} ({}, {:g} to {:g}).", option->summary,
                                option->whole_number ? "a whole number" : "a number", option->min,
                                option->max),
                    "    ");
        }
    }
}

void render_framework(std::ostream& out, const Framework& framework) {
    // A framework may come from a file: its words are shown as printable() makes them.
    using detail::printable;
    using detail::shown;
    out << shown(framework.name) << " (" << shown(framework.id) << ")\n";
    if (!framework.source.empty())
        out << shown(framework.source) << '\n';
    for (const auto& standard : framework.standards) {
        out << '\n' << shown(standard.name) << " (" << shown(standard.key) << ")\n";
        if (!standard.statement.empty())
            wrapped(out, printable(standard.statement, detail::Breaks::keep));
        for (const auto& indicator : standard.indicators) {
            out << "  " << fmt::format("{:<7}", printable(indicator.id)) << ' '
                << shown(indicator.text) << '\n';
            if (!indicator.checked.empty())
                wrapped(out, "how judged: " + printable(indicator.checked), "          ");
            if (indicator.rules.empty()) {
                out << "          no rule bears on it: never met from plan data\n";
            } else {
                std::string rules;
                for (const auto& rule : indicator.rules)
                    rules += (rules.empty() ? "" : ", ") + rule;
                out << "          rules: " << shown(rules) << '\n';
            }
        }
    }
}

void render_framework_json(std::ostream& out, const Framework& framework) {
    detail::JsonWriter json(out);
    json.begin_object();
    detail::write_document_header(json, "standards");
    json.key("id")
        .value(framework.id)
        .key("name")
        .value(framework.name)
        .key("source")
        .value(framework.source);
    json.key("standards").begin_array();
    for (const auto& standard : framework.standards) {
        json.begin_object().key("key").value(standard.key).key("name").value(standard.name);
        json.key("statement").value(standard.statement).key("indicators").begin_array();
        for (const auto& indicator : standard.indicators) {
            json.begin_object().key("id").value(indicator.id).key("text").value(indicator.text);
            json.key("checked").value(indicator.checked).key("rules").begin_array();
            for (const auto& rule : indicator.rules)
                json.value(rule);
            json.end_array().end_object();
        }
        json.end_array().end_object();
    }
    json.end_array().end_object();
}

} // namespace engage
