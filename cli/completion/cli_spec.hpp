// SPDX-License-Identifier: MIT
// The command line as plain data, read back from the CLI11 definition that
// add_all_commands builds, so completion scripts are written from the same
// options that parse the command line and cannot drift from them.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace engage::cli::completion {

/// What an option's value (or a positional argument) is, for completing it.
enum class ValueKind {
    none,      ///< a flag: takes no value
    text,      ///< free text (a date, a name): nothing to offer
    choice,    ///< one of `choices`
    rules,     ///< rule names, comma-separated
    framework, ///< a built-in framework id (in `choices`) or a file
    file,      ///< a file
    directory, ///< a folder
    path,      ///< a file or a folder
};

struct ArgumentSpec {
    std::vector<std::string> short_names; ///< "-f"
    std::vector<std::string> long_names;  ///< "--format"
    std::string description;
    std::string value_name; ///< FORMAT, PATH, RULE... (empty for a flag)
    ValueKind kind = ValueKind::none;
    std::vector<std::string> choices;
    bool repeatable = false; ///< may be given more than once (or takes several values)
};

struct CommandSpec {
    std::string name;
    std::string description;
    std::vector<ArgumentSpec> options;     ///< in the order --help lists them
    std::vector<ArgumentSpec> positionals; ///< in order
};

struct CliSpec {
    std::string program;
    std::vector<ArgumentSpec> options; ///< the program's own (--help, --version)
    std::vector<CommandSpec> commands; ///< visible subcommands, in --help order
};

/// Reads `app` and its visible subcommands (hidden placeholders are left out).
[[nodiscard]] CliSpec describe_cli(const CLI::App& app);

/// The rule names options of kind `rules` offer (empty when none has that kind),
/// written once by each script rather than for every such option.
[[nodiscard]] std::vector<std::string> rule_names(const CliSpec& cli);

/// Every name of every option, short ones first: "-h --help --version".
[[nodiscard]] std::string option_words(const std::vector<ArgumentSpec>& options);

/// The items joined by spaces.
[[nodiscard]] std::string joined(const std::vector<std::string>& items);

} // namespace engage::cli::completion
