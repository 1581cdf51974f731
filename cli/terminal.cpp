#include "terminal.hpp"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace engage::cli {

bool stdout_is_terminal() {
    return isatty(STDOUT_FILENO) != 0;
}

bool use_color(std::string_view choice, bool is_terminal) {
    if (choice == "always")
        return true;
    if (choice == "never")
        return false;
    const char* no_color = std::getenv("NO_COLOR");
    return is_terminal && (no_color == nullptr || *no_color == '\0');
}

void report_input_error(std::string_view path, std::string_view message) {
    std::cerr << "engage: error: " << path << ": " << message << '\n';
}

} // namespace engage::cli
