// SPDX-License-Identifier: MIT
// `engage init DIR`: a new plan folder that validates cleanly, from the
// library's starter plan. Refuses to overwrite files unless told to.
#include "../terminal.hpp"
#include "command.hpp"

#include <engage/output.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

namespace engage::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
    std::string dir;
    std::string id;
    std::string title;
    std::string area;
    std::string start;
    bool force = false;
};

// The folder's own name, also for "." and "plans/new/".
std::string folder_name(const std::string& dir) {
    std::error_code ec;
    fs::path path = fs::absolute(dir, ec).lexically_normal();
    if (path.filename().empty())
        path = path.parent_path();
    return path.filename().string();
}

// The path as it would be typed in a shell, quoted when it must be.
std::string shell_word(const std::string& path) {
    const bool plain =
        !path.empty() && path.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                "0123456789/._-+,:@") == std::string::npos;
    if (plain)
        return path;
    std::string quoted = "'";
    for (char c : path)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

int run_init(const InitOptions& options) {
    StarterOptions starter;
    starter.id = options.id.empty() ? slug_from_name(folder_name(options.dir)) : options.id;
    if (!is_slug(starter.id)) {
        report_error("--id: '" + starter.id +
                     "' is not a plan id: use lower-case letters, digits and '-', such as "
                     "riverside-plan");
        return exit_usage;
    }
    starter.title = options.title;
    starter.area = options.area;
    if (options.start.empty()) {
        starter.start = today();
    } else if (auto start = parse_date(options.start)) {
        starter.start = *start;
    } else {
        report_error("--start: '" + options.start +
                     "' is not a date written year-month-day, such as 2024-04-01");
        return exit_usage;
    }

    const std::vector<StarterFile> files = starter_plan(starter);
    const fs::path dir(options.dir);
    std::error_code ec;
    if (!options.force) {
        bool exists = false;
        for (const StarterFile& file : files) {
            if (fs::exists(dir / file.path, ec)) {
                report_input_error((dir / file.path).generic_string(), "already exists");
                exists = true;
            }
        }
        if (exists) {
            std::cerr << "Nothing was written. Use --force to overwrite these files.\n";
            return exit_usage;
        }
    }
    fs::create_directories(dir, ec);
    if (ec) {
        report_input_error(options.dir, "cannot create the folder: " + ec.message());
        return exit_usage;
    }
    std::cout << "Created a plan folder for '" << starter.id << "':\n";
    for (const StarterFile& file : files) {
        const fs::path path = dir / file.path;
        // Written whole and renamed into place: with --force, a link planted at
        // plan.yaml is replaced, never followed to overwrite what it points to.
        if (const std::string error = write_file_atomically(path, file.text); !error.empty()) {
            report_input_error(path.generic_string(), "cannot write the file: " + error);
            return exit_usage;
        }
        std::cout << "  " << shown(path.generic_string()) << '\n';
    }
    std::cout << "Next: edit " << shown((dir / "plan.yaml").generic_string())
              << " with the people it is for, then run: engage validate "
              << shown(shell_word(options.dir)) << '\n';
    return exit_clean;
}

} // namespace

Command add_init_command(CLI::App& app) {
    auto options = std::make_shared<InitOptions>();
    CLI::App* cmd = app.add_subcommand("init", "Start a new plan folder that validates cleanly");
    cmd->add_option("dir", options->dir, "The folder to create (it may exist already)")
        ->required()
        ->type_name("DIR");
    cmd->add_option("--id", options->id, "The plan's id (default: made from the folder's name)")
        ->type_name("ID");
    cmd->add_option("--title", options->title, "The plan's title")->type_name("TITLE");
    cmd->add_option("--area", options->area, "The local authority or partnership area")
        ->type_name("AREA");
    cmd->add_option("--start", options->start,
                    "The plan's first day; its other dates follow (default: today)")
        ->check(date_given())
        ->type_name("DATE");
    cmd->add_flag("--force", options->force, "Overwrite the files if they exist");
    return {cmd, [options] { return run_init(*options); }};
}

} // namespace engage::cli
