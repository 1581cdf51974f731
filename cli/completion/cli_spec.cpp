// SPDX-License-Identifier: MIT
#include "cli_spec.hpp"

#include <engage/framework.hpp>
#include <engage/rules.hpp>

#include <CLI/CLI.hpp>

namespace engage::cli::completion {
namespace {

// CLI11 has no way to read an IsMember validator's set back except through
// the type name it shows in --help: "TEXT:{text,concise,json}".
std::vector<std::string> choices_in(const std::string& type_name) {
    std::vector<std::string> choices;
    const auto open = type_name.find(":{");
    const auto close = type_name.find('}', open);
    if (open == std::string::npos || close == std::string::npos)
        return choices;
    std::string item;
    for (char c : type_name.substr(open + 2, close - open - 2)) {
        if (c == ',') {
            choices.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    choices.push_back(item);
    return choices;
}

// The value names the commands give (type_name) say what a value is.
ValueKind kind_of(const std::string& value_name, bool has_choices) {
    if (has_choices)
        return ValueKind::choice;
    if (value_name == "RULE")
        return ValueKind::rules;
    if (value_name == "ID|FILE")
        return ValueKind::framework;
    if (value_name == "FILE")
        return ValueKind::file;
    if (value_name == "DIR")
        return ValueKind::directory;
    if (value_name == "PATH")
        return ValueKind::path;
    return ValueKind::text;
}

ArgumentSpec describe_option(const CLI::Option& option) {
    ArgumentSpec spec;
    for (const std::string& name : option.get_snames())
        spec.short_names.push_back("-" + name);
    for (const std::string& name : option.get_lnames())
        spec.long_names.push_back("--" + name);
    spec.description = option.get_description();
    spec.repeatable = option.get_items_expected_max() > 1;
    if (option.get_expected_max() == 0)
        return spec; // a flag
    const std::string type_name = option.get_type_name();
    spec.value_name = type_name.substr(0, type_name.find(':'));
    spec.choices = choices_in(type_name);
    spec.kind = kind_of(spec.value_name, !spec.choices.empty());
    if (spec.kind == ValueKind::rules) {
        for (const RuleInfo& rule : all_rules())
            spec.choices.emplace_back(rule.name);
    } else if (spec.kind == ValueKind::framework) {
        spec.choices = builtin_framework_ids();
    }
    if (spec.value_name == "TEXT" && !spec.long_names.empty()) // name the value after its option
        spec.value_name = spec.long_names.front().substr(2);
    return spec;
}

std::vector<ArgumentSpec> describe_options(const CLI::App& app, bool positional) {
    std::vector<ArgumentSpec> specs;
    for (const CLI::Option* option : app.get_options()) {
        if (option->get_group().empty())
            continue; // hidden
        const bool is_positional = !option->nonpositional();
        if (is_positional == positional)
            specs.push_back(describe_option(*option));
    }
    return specs;
}

} // namespace

CliSpec describe_cli(const CLI::App& app) {
    CliSpec spec;
    spec.program = app.get_name();
    spec.options = describe_options(app, false);
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_group().empty())
            continue; // a placeholder, hidden from --help
        spec.commands.push_back({sub->get_name(), sub->get_description(),
                                 describe_options(*sub, false), describe_options(*sub, true)});
    }
    return spec;
}

std::vector<std::string> rule_names(const CliSpec& cli) {
    for (const CommandSpec& command : cli.commands) {
        for (const ArgumentSpec& option : command.options) {
            if (option.kind == ValueKind::rules)
                return option.choices;
        }
    }
    return {};
}

std::string option_words(const std::vector<ArgumentSpec>& options) {
    std::vector<std::string> words;
    for (const ArgumentSpec& option : options) {
        words.insert(words.end(), option.short_names.begin(), option.short_names.end());
        words.insert(words.end(), option.long_names.begin(), option.long_names.end());
    }
    return joined(words);
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : " ") + item;
    return text;
}

} // namespace engage::cli::completion
