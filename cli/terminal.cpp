// SPDX-License-Identifier: MIT
#include "terminal.hpp"

#include <engage/framework.hpp>
#include <engage/load.hpp>
#include <engage/render.hpp>
#include <engage/rules.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace engage::cli {

bool stdout_is_terminal() {
    return isatty(STDOUT_FILENO) != 0;
}

namespace {

/// A variable set to something other than "" and "0" (the FORCE_COLOR and
/// CLICOLOR_FORCE convention).
bool forced(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' && std::string_view(value) != "0";
}

} // namespace

bool use_color(std::string_view choice, bool is_terminal) {
    if (choice == "always")
        return true;
    if (choice == "never")
        return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color != nullptr && *no_color != '\0')
        return false;
    if (forced("FORCE_COLOR") || forced("CLICOLOR_FORCE"))
        return true;
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::string_view(term) == "dumb")
        return false;
    return is_terminal;
}

void report_input_error(std::string_view path, std::string_view message) {
    std::cerr << "engage: error: " << shown(path) << ": " << shown(message) << '\n';
}

void report_error(std::string_view message) {
    std::cerr << "engage: error: " << shown(message) << '\n';
}

std::string shown(std::string_view text) {
    return printable_text(text);
}

int finish(const ValidateResult& result) {
    return finish(result.errors, result.fails());
}

int finish(const std::vector<InputError>& errors, bool fails) {
    std::cout.flush();
    for (const auto& error : errors)
        report_input_error(error.path, error.message);
    if (!errors.empty())
        return exit_usage;
    return fails ? exit_findings : exit_clean;
}

bool apply_limit_environment(LoadLimits& limits) {
    if (auto problem =
            apply_limit_variables(limits, [](const char* name) { return std::getenv(name); })) {
        report_error(*problem);
        return false;
    }
    return true;
}

void report_unknown_framework(std::string_view name) {
    std::string ids;
    for (const auto& id : builtin_framework_ids())
        ids += (ids.empty() ? "" : ", ") + id;
    report_error("--framework: '" + std::string(name) + "' is neither a built-in framework (" +
                 ids + ") nor a file");
}

const CLI::Validator& date_given() {
    static const CLI::Validator validator(
        [](const std::string& value) {
            return value.empty() ? std::string("an empty value is not a date (write YYYY-MM-DD, "
                                               "or leave the option out for today)")
                                 : std::string();
        },
        ""); // no description: --help shows the option's DATE alone
    return validator;
}

void add_settings_options(CLI::App& cmd, std::string& config, std::string& as_of,
                          std::string& framework, std::vector<std::string>& select,
                          std::vector<std::string>& ignore) {
    CLI::Option* config_option =
        cmd.add_option("--config", config,
                       "Use this configuration file instead of the nearest .engage.toml "
                       "(/dev/null: none)")
            ->type_name("FILE");
    // --isolated is --config /dev/null by another name (ruff's), so every command
    // that reads configuration handles both the same way.
    cmd.add_flag_callback(
           "--isolated", [&config] { config = std::string(no_config_file); },
           "Ignore every configuration file (.engage.toml): defaults and options only")
        ->excludes(config_option);
    cmd.add_option("--as-of", as_of, "Date that overdue checks measure against (default: today)")
        ->check(date_given())
        ->type_name("DATE");
    cmd.add_option("--framework", framework,
                   "Framework of standards: a built-in id or a framework file")
        ->type_name("ID|FILE");
    // One value per use (comma-separated), so that `--select a,b PATH` leaves PATH alone.
    cmd.add_option(
           "--select", select,
           "Run only these rules (names, codes or code prefixes such as E3; comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->type_name("RULE");
    cmd.add_option("--ignore", ignore,
                   "Do not run these rules (names, codes or code prefixes; comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->type_name("RULE");
}

namespace {

bool rule_names(const std::vector<std::string>& given, std::string_view option,
                std::vector<std::string>& out) {
    for (const auto& selector : given) {
        const std::vector<const RuleInfo*> rules = find_rules(selector);
        if (rules.empty()) {
            report_error(std::string(option) + ": no rule is called '" + selector + "'");
            if (const auto near = closest_rule_name(selector))
                std::cerr << "Did you mean '" << shown(*near) << "'? ";
            std::cerr << "Run 'engage rules' for the list of rules.\n";
            return false;
        }
        for (const RuleInfo* rule : rules) {
            if (std::find(out.begin(), out.end(), rule->name) == out.end())
                out.emplace_back(rule->name);
        }
    }
    return true;
}

} // namespace

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool make_overrides(const std::string& config, const std::string& as_of,
                    const std::string& framework, const std::vector<std::string>& select,
                    const std::vector<std::string>& ignore, SettingsOverrides& out) {
    if (config == no_config_file) {
        out.isolated = true;
    } else if (!config.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(config, ec)) {
            report_input_error(config, "cannot read the configuration file");
            return false;
        }
        out.config_file = config;
    }
    out.fallback_as_of = today();
    if (!as_of.empty()) {
        out.as_of = parse_date(as_of);
        if (!out.as_of) {
            report_error("--as-of: '" + as_of + "' is not a date (write YYYY-MM-DD)");
            return false;
        }
    }
    if (!framework.empty()) {
        std::error_code ec;
        if (!builtin_framework(framework) && !std::filesystem::is_regular_file(framework, ec)) {
            report_unknown_framework(framework);
            return false;
        }
        out.framework = framework;
    }
    return rule_names(select, "--select", out.select) && rule_names(ignore, "--ignore", out.ignore);
}

void report_not_plans(const std::vector<std::string>& files) {
    if (files.empty())
        return;
    constexpr std::size_t named = 5; // a repository's worth of CI files stays one short line
    std::string list;
    for (std::size_t i = 0; i < files.size() && i < named; ++i)
        list += (i == 0 ? "" : ", ") + files[i];
    if (files.size() > named)
        list += " and " + std::to_string(files.size() - named) + " more";
    std::cerr << "engage: info: skipped " << files.size()
              << (files.size() == 1 ? " YAML file that is not a plan"
                                    : " YAML files that are not plans")
              << " (no top-level key of a plan such as engage: or plan:): " << shown(list) << '\n';
}

} // namespace engage::cli
