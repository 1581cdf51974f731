// SPDX-License-Identifier: MIT
// The zsh script: _arguments specs for the program's options and each
// subcommand's, with fixed values, rule lists and files as the values' actions.
#include "scripts.hpp"

#include <string_view>

namespace engage::cli::completion {
namespace {

// Text inside a single-quoted spec, where `[`, `]` and `:` also need a backslash.
std::string quoted(std::string_view text, bool in_brackets) {
    std::string out;
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else if (in_brackets && (c == '[' || c == ']' || c == ':' || c == '\\'))
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out;
}

std::string zsh_action(const ArgumentSpec& argument) {
    switch (argument.kind) {
    case ValueKind::choice:
        return "(" + joined(argument.choices) + ")";
    case ValueKind::rules:
        return "_values -s , rule $rules";
    case ValueKind::framework:
        return "{compadd -- " + joined(argument.choices) + "; _files}";
    case ValueKind::file:
    case ValueKind::path:
        return "_files";
    case ValueKind::directory:
        return "_files -/";
    case ValueKind::none:
    case ValueKind::text:
        break;
    }
    return " ";
}

std::string option_spec(const ArgumentSpec& option, bool ends_everything) {
    std::vector<std::string> names = option.short_names;
    names.insert(names.end(), option.long_names.begin(), option.long_names.end());
    // What may not follow: everything after --help, else the option itself
    // (unless it may be repeated).
    const std::string excluded = ends_everything     ? "(- *)"
                                 : option.repeatable ? "*"
                                                     : "(" + joined(names) + ")";
    const bool takes_value = option.kind != ValueKind::none;
    std::vector<std::string> written;
    for (const std::string& name : names)
        written.push_back(name + (takes_value ? (name.size() == 2 ? "+" : "=") : ""));
    std::string spec = "'" + excluded;
    if (written.size() > 1) { // '(-f --format)'{-f+,--format=}'[...]...'
        spec += "'{";
        for (std::size_t i = 0; i < written.size(); ++i)
            spec += (i == 0 ? "" : ",") + written[i];
        spec += "}'";
    } else {
        spec += written.front();
    }
    spec += "[" + quoted(option.description, true) + "]";
    if (takes_value)
        spec += ":" + quoted(option.value_name, true) + ":" + quoted(zsh_action(option), false);
    return spec + "'";
}

std::string positional_spec(const ArgumentSpec& positional, std::size_t index) {
    const std::string where = positional.repeatable ? "*" : std::to_string(index + 1);
    return "'" + where + ":" + quoted(positional.value_name, true) + ":" +
           quoted(zsh_action(positional), false) + "'";
}

void write_arguments(std::ostream& out, const std::vector<std::string>& specs,
                     std::string_view indent, bool with_states) {
    out << indent << (with_states ? "_arguments -C" : "_arguments");
    for (const std::string& spec : specs)
        out << " \\\n" << indent << "    " << spec;
    out << '\n';
}

} // namespace

void write_zsh(std::ostream& out, const CliSpec& cli) {
    out << "#compdef " << cli.program << "\n# zsh completion for " << cli.program
        << ", written by `engage completion zsh` from the\n"
           "# command line's own definition: regenerate it rather than edit it.\n"
           "# Install it as _engage in a folder on $fpath, or (after compinit) load it\n"
           "# with: source <(engage completion zsh)\n\n"
           "_engage() {\n"
           "    local curcontext=\"$curcontext\" state line\n"
           "    typeset -A opt_args\n"
           "    local -a rules=("
        << joined(rule_names(cli)) << ")\n";
    std::vector<std::string> specs;
    for (const ArgumentSpec& option : cli.options)
        specs.push_back(option_spec(option, true));
    specs.emplace_back("'1:command:->command'");
    specs.emplace_back("'*::argument:->argument'");
    write_arguments(out, specs, "    ", true);
    out << "    case $state in\n"
           "    command)\n"
           "        local -a commands\n"
           "        commands=(\n";
    for (const CommandSpec& command : cli.commands)
        out << "            '" << quoted(command.name, false) << ':'
            << quoted(command.description, false) << "'\n";
    out << "        )\n"
           "        _describe -t commands 'engage command' commands\n"
           "        ;;\n"
           "    argument)\n"
           "        curcontext=\"${curcontext%:*:*}:engage-$line[1]:\"\n"
           "        case $line[1] in\n";
    for (const CommandSpec& command : cli.commands) {
        out << "        " << command.name << ")\n";
        std::vector<std::string> command_specs;
        for (const ArgumentSpec& option : command.options)
            command_specs.push_back(option_spec(option, false));
        for (std::size_t i = 0; i < command.positionals.size(); ++i)
            command_specs.push_back(positional_spec(command.positionals[i], i));
        write_arguments(out, command_specs, "            ", false);
        out << "            ;;\n";
    }
    out << "        esac\n"
           "        ;;\n"
           "    esac\n"
           "}\n\n"
           "if [ \"$funcstack[1]\" = \"_engage\" ]; then\n"
           "    _engage \"$@\"\n"
           "else\n"
           "    compdef _engage "
        << cli.program
        << "\n"
           "fi\n";
}

} // namespace engage::cli::completion
