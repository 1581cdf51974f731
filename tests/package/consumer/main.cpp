// SPDX-License-Identifier: MIT
// Loads the plans named on the command line with the public API and prints
// how many findings they have: what a consumer of the installed library does.
#include <engage/engage.hpp>

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: count_findings AS-OF PLAN...\n";
        return 2;
    }
    engage::RunOptions options;
    options.overrides.as_of = engage::parse_date(argv[1]);
    const std::vector<std::string> paths(argv + 2, argv + argc);
    const engage::ValidateResult result = engage::validate_paths(paths, options);
    std::cout << "engage " << engage::version_string << ": " << result.plans.size() << " plan(s), "
              << result.all_findings().size() << " findings\n";
    return result.errors.empty() ? 0 : 2;
}
