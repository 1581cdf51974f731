// SPDX-License-Identifier: MIT
// The bash script: one function that finds the subcommand among the words
// typed so far, then offers that command's options, an option's fixed
// values, or file names. It uses only bash builtins (compgen), so it works
// without the bash-completion package.
#include "scripts.hpp"

namespace engage::cli::completion {
namespace {

// What the script runs to fill COMPREPLY for a value of this kind.
std::string bash_values(const ArgumentSpec& argument) {
    switch (argument.kind) {
    case ValueKind::choice:
        return "_engage_words \"" + joined(argument.choices) + "\"";
    case ValueKind::rules:
        return "_engage_list \"$_engage_rules\"";
    case ValueKind::framework:
        return "_engage_words \"" + joined(argument.choices) + "\"; _engage_files -f";
    case ValueKind::file:
    case ValueKind::path:
        return "_engage_files -f";
    case ValueKind::directory:
        return "_engage_files -d";
    case ValueKind::none:
    case ValueKind::text:
        break;
    }
    return ":";
}

void write_command_case(std::ostream& out, const CommandSpec& command) {
    out << "    " << command.name << ")\n";
    bool any_value = false;
    for (const ArgumentSpec& option : command.options) {
        if (option.kind == ValueKind::none)
            continue;
        if (!any_value)
            out << "        case \"$prev\" in\n";
        any_value = true;
        std::string names = option_words({option});
        for (char& c : names) {
            if (c == ' ')
                c = '|';
        }
        out << "        " << names << ") " << bash_values(option) << "; return ;;\n";
    }
    if (any_value)
        out << "        esac\n";
    out << "        if [[ \"$cur\" == -* ]]; then\n"
        << "            _engage_words \"" << option_words(command.options) << "\"\n";
    if (!command.positionals.empty()) {
        out << "        else\n"
            << "            " << bash_values(command.positionals.front()) << "\n";
    }
    out << "        fi\n"
        << "        ;;\n";
}

} // namespace

void write_bash(std::ostream& out, const CliSpec& cli) {
    std::vector<std::string> names;
    for (const CommandSpec& command : cli.commands)
        names.push_back(command.name);
    out << "# bash completion for " << cli.program
        << ", written by `engage completion bash` from the\n"
           "# command line's own definition: regenerate it rather than edit it.\n"
           "# Load it with: source <(engage completion bash)\n\n"
           "_engage_rules=\""
        << joined(rule_names(cli))
        << "\"\n\n"
           "_engage_words() {\n"
           "    mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$cur\")\n"
           "}\n\n"
           "# A comma-separated list: complete the item after the last comma.\n"
           "_engage_list() {\n"
           "    local done=\"${cur%\"${cur##*,}\"}\"\n"
           "    mapfile -t COMPREPLY < <(compgen -P \"$done\" -W \"$1\" -- \"${cur##*,}\")\n"
           "}\n\n"
           "# Files (-f) or folders (-d), added to what is offered already.\n"
           "_engage_files() {\n"
           "    compopt -o filenames 2>/dev/null\n"
           "    local found\n"
           "    mapfile -t found < <(compgen \"$1\" -- \"$cur\")\n"
           "    COMPREPLY+=(\"${found[@]}\")\n"
           "}\n\n"
           "_engage() {\n"
           "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\"\n"
           "    ((COMP_CWORD > 0)) && prev=\"${COMP_WORDS[COMP_CWORD - 1]}\"\n"
           "    # --option=value: bash splits at the '='.\n"
           "    if [[ \"$cur\" == \"=\" ]]; then\n"
           "        cur=\"\"\n"
           "    elif [[ \"$prev\" == \"=\" ]] && ((COMP_CWORD > 1)); then\n"
           "        prev=\"${COMP_WORDS[COMP_CWORD - 2]}\"\n"
           "    fi\n"
           "    COMPREPLY=()\n"
           "    local command=\"\" i\n"
           "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "        if [[ \"${COMP_WORDS[i]}\" != -* ]]; then\n"
           "            command=\"${COMP_WORDS[i]}\"\n"
           "            break\n"
           "        fi\n"
           "    done\n"
           "    case \"$command\" in\n"
           "    \"\")\n"
           "        if [[ \"$cur\" == -* ]]; then\n"
           "            _engage_words \""
        << option_words(cli.options)
        << "\"\n"
           "        else\n"
           "            _engage_words \""
        << joined(names)
        << "\"\n"
           "        fi\n"
           "        ;;\n";
    for (const CommandSpec& command : cli.commands)
        write_command_case(out, command);
    out << "    esac\n"
           "}\n\n"
           "complete -F _engage "
        << cli.program << '\n';
}

} // namespace engage::cli::completion
