// SPDX-License-Identifier: MIT
// Completion scripts for bash, zsh and fish, written from a CliSpec.
#pragma once

#include "cli_spec.hpp"

#include <ostream>

namespace engage::cli::completion {

void write_bash(std::ostream& out, const CliSpec& cli);
void write_zsh(std::ostream& out, const CliSpec& cli);
void write_fish(std::ostream& out, const CliSpec& cli);

} // namespace engage::cli::completion
