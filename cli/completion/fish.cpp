// SPDX-License-Identifier: MIT
// The fish script: one `complete` line for each subcommand and each option,
// conditioned on the subcommand typed so far.
#include "scripts.hpp"

#include <string_view>

namespace engage::cli::completion {
namespace {

std::string quoted(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    return out + "'";
}

// The `complete` flags for a value of this kind: -x takes a value and offers
// no files, -r -F takes a value and offers files.
std::string fish_values(const ArgumentSpec& argument) {
    switch (argument.kind) {
    case ValueKind::choice:
        return " -x -a " + quoted(joined(argument.choices));
    case ValueKind::rules:
        return " -x -a '(__engage_rules)'";
    case ValueKind::framework:
        return " -r -F -a " + quoted(joined(argument.choices));
    case ValueKind::file:
    case ValueKind::path:
        return " -r -F";
    case ValueKind::directory:
        return " -x -a '(__fish_complete_directories)'";
    case ValueKind::text:
        return " -x";
    case ValueKind::none:
        break;
    }
    return "";
}

void write_option(std::ostream& out, std::string_view prefix, const ArgumentSpec& option) {
    out << prefix;
    for (const std::string& name : option.short_names)
        out << " -s " << name.substr(1);
    for (const std::string& name : option.long_names)
        out << " -l " << name.substr(2);
    out << fish_values(option) << " -d " << quoted(option.description) << '\n';
}

} // namespace

void write_fish(std::ostream& out, const CliSpec& cli) {
    const std::string complete = "complete -c " + cli.program;
    out << "# fish completion for " << cli.program
        << ", written by `engage completion fish` from the\n"
           "# command line's own definition: regenerate it rather than edit it.\n"
           "# Load it with: engage completion fish | source\n\n"
        << "function __engage_rules\n    printf '%s\\n' " << joined(rule_names(cli)) << "\nend\n\n"
        << complete << " -f\n";
    const std::string at_top = complete + " -n __fish_use_subcommand";
    for (const ArgumentSpec& option : cli.options)
        write_option(out, at_top, option);
    for (const CommandSpec& command : cli.commands)
        out << at_top << " -a " << command.name << " -d " << quoted(command.description) << '\n';
    for (const CommandSpec& command : cli.commands) {
        const std::string in_command =
            complete + " -n '__fish_seen_subcommand_from " + command.name + "'";
        out << '\n';
        for (const ArgumentSpec& option : command.options)
            write_option(out, in_command, option);
        if (command.positionals.empty())
            continue;
        const ArgumentSpec& positional = command.positionals.front();
        if (positional.kind == ValueKind::file || positional.kind == ValueKind::path ||
            positional.kind == ValueKind::directory) {
            out << in_command << " -F\n";
        } else if (!positional.choices.empty()) {
            out << in_command << " -a " << quoted(joined(positional.choices)) << '\n';
        }
    }
}

} // namespace engage::cli::completion
