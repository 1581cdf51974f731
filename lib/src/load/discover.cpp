// SPDX-License-Identifier: MIT
// Finding plans on disk: plan files, plan folders and collections (engage-plan(5)).
// Hostile trees are expected: symbolic link loops, dangling links, named pipes,
// folders named like files, links out of the folder read, and collections too
// large to read. What one path is: discover_entry.cpp.
#include "../util/bounded_read.hpp"
#include "discover_entry.hpp"

#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <iostream>
#include <set>
#include <utility>
#include <vector>

namespace engage {

namespace fs = std::filesystem;

namespace {

using detail::Entry;
using detail::examine;
using detail::is_hidden;
using detail::is_yaml_name;
using detail::link_out_of;
using detail::link_out_of_plan_folder;
using detail::plan_file_in;
using detail::too_big;

class Discovery {
public:
    Discovery(LoadResult& result, const LoadOptions& options)
        : result_(result)
        , options_(options) {}

    /// Records where plans are instead of loading them (discover_plans).
    void list_into(std::vector<PlanSource>& sources) { sources_ = &sources; }
    /// Loads a plan folder without the plan folders nested in it (load_plan_source).
    void skip_nested() { follow_nested_ = false; }

    void add_source(const PlanSource& source) {
        root_ = source.path;
        if (source.kind == PlanSource::Kind::folder)
            add_plan_folder(source.path);
        else if (source.kind == PlanSource::Kind::file)
            add_single_file(source.path);
        else
            add_path("-");
    }

    void add_path(const std::string& given) {
        if (stopped_)
            return;
        root_ = given;
        const auto patterns = options_.exclude.find(given);
        exclude_ = patterns == options_.exclude.end() ? nullptr : &patterns->second;
        if (given != "-" && options_.force_exclude && exclude_ != nullptr &&
            is_excluded(fs::path(given).lexically_normal().generic_string(), *exclude_))
            return; // named, but excluded all the same (--force-exclude)
        if (given == "-" && sources_ != nullptr) {
            sources_->push_back({PlanSource::Kind::standard_input, given});
            return;
        }
        if (given == "-") {
            add_stdin();
            return;
        }
        const fs::path path(given);
        const Entry entry = examine(path, true);
        switch (entry.kind) {
        case Entry::missing:
            result_.errors.push_back({given, "cannot read: no such file or directory"});
            break;
        case Entry::problem:
            result_.errors.push_back({given, entry.problem_message});
            break;
        case Entry::folder: {
            std::error_code ec;
            const fs::path outer = std::exchange(boundary_, fs::canonical(path, ec));
            add_directory(path);
            boundary_ = outer;
            break;
        }
        case Entry::file:
        case Entry::skip:
            if (auto root = enclosing_plan_folder(path)) {
                // A file inside a plan folder (as pre-commit passes them) means its whole plan.
                add_plan_folder(*root);
            } else {
                add_single_file(path);
            }
            break;
        }
    }

private:
    void add_stdin() {
        std::string text;
        const std::uintmax_t cap = options_.limits.max_file_bytes;
        if (!detail::read_bounded(std::cin, cap, text)) {
            result_.errors.push_back({options_.stdin_name, "cannot read: input/output error"});
        } else if (text.size() > cap) {
            result_.plans.push_back(
                too_big(options_.stdin_name, text.size(), true, options_.limits));
        } else {
            result_.plans.push_back(
                load_plan_text(options_.stdin_name, std::move(text), options_.limits));
        }
    }

    /// The plan folder a file belongs to: its own folder or one above, up to a
    /// repository root. The walk goes up the real folders (links resolved, and
    /// `..` as the file system takes it), not the path's text, whose parent of
    /// `..` is "" (the current folder). The folder found is named as given
    /// while the given path still names it, else by its real path.
    static std::optional<fs::path> enclosing_plan_folder(const fs::path& file) {
        std::error_code ec;
        fs::path given = file.parent_path();
        fs::path real = fs::canonical(given.empty() ? fs::path(".") : given, ec);
        if (ec)
            return std::nullopt;
        bool given_names_it = true;
        while (true) {
            const fs::path shown = given.empty() ? fs::path(".") : given;
            if (given_names_it) {
                std::error_code same_ec;
                given_names_it = fs::canonical(shown, same_ec) == real && !same_ec;
            }
            if (plan_file_in(real))
                return given_names_it ? shown : real;
            if (fs::exists(real / ".git", ec) || real == real.root_path() ||
                !real.has_parent_path())
                return std::nullopt;
            real = real.parent_path();
            given = given.parent_path();
        }
    }

    static std::string real_path(const fs::path& path) {
        std::error_code ec;
        auto real = fs::weakly_canonical(path, ec);
        return ec ? path.lexically_normal().string() : real.string();
    }

    /// True the first time a folder or file (by its real path) is seen, so a
    /// plan named twice, or reached twice through links, is read once.
    bool first_visit(const fs::path& path) { return seen_.insert(real_path(path)).second; }

    /// Enters a folder unless it is already being walked (a link back to a
    /// folder that contains it), which is reported and skipped.
    bool enter(const fs::path& dir) {
        const std::string real = real_path(dir);
        if (std::find(walking_.begin(), walking_.end(), real) != walking_.end()) {
            result_.errors.push_back(
                {dir.string(), fmt::format("symbolic link loop: leads back to '{}', which "
                                           "contains it; skipped",
                                           real)});
            return false;
        }
        if (!seen_.insert(real).second)
            return false;
        walking_.push_back(real);
        return true;
    }

    void leave() { walking_.pop_back(); }

    std::optional<std::string> read_file(const fs::path& path) {
        if (stopped_ || !count_file())
            return std::nullopt;
        const std::uintmax_t cap = options_.limits.max_file_bytes;
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (!ec && size > cap) {
            result_.plans.push_back(too_big(path.string(), size, false, options_.limits));
            return std::nullopt;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            result_.errors.push_back(
                {path.string(), fmt::format("cannot read: {}", std::strerror(errno))});
            return std::nullopt;
        }
        std::string text;
        if (!detail::read_bounded(in, cap, text)) {
            result_.errors.push_back({path.string(), "cannot read: input/output error"});
            return std::nullopt;
        }
        if (text.size() > cap) { // it grew, or it reported no size (as /proc files do)
            result_.plans.push_back(too_big(path.string(), text.size(), true, options_.limits));
            return std::nullopt;
        }
        return text;
    }

    /// Counts a file toward the limit, read or only listed; false past it.
    bool count_file() {
        if (++files_read_ <= options_.limits.max_files)
            return true;
        stopped_ = true;
        result_.errors.push_back(
            {root_, fmt::format("holds more than {} plan files, the most engage reads in "
                                "one run (see LIMITS in engage-plan(5) to raise it); "
                                "stopped reading",
                                options_.limits.max_files)});
        return false;
    }

    void add_single_file(const fs::path& path) {
        if (!first_visit(path))
            return;
        if (sources_ != nullptr) {
            if (count_file())
                sources_->push_back({PlanSource::Kind::file, path.string()});
            return;
        }
        if (auto text = read_file(path)) {
            result_.plans.push_back(
                load_plan_text(path.string(), std::move(*text), options_.limits));
        }
    }

    /// Sorted entries of a folder, or nothing (and an InputError) if it cannot be listed.
    std::optional<std::vector<fs::path>> list(const fs::path& dir) {
        std::error_code ec;
        std::vector<fs::path> entries;
        fs::directory_iterator it(dir, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
            if (!is_hidden(it->path()))
                entries.push_back(it->path());
        }
        if (ec) {
            result_.errors.push_back(
                {dir.string(), fmt::format("cannot read folder: {}", ec.message())});
            return std::nullopt;
        }
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.generic_string() < b.generic_string();
        });
        return entries;
    }

    void add_directory(const fs::path& dir) {
        if (plan_file_in(dir)) {
            add_plan_folder(dir);
            return;
        }
        if (!enter(dir))
            return;
        if (auto entries = list(dir)) {
            for (const auto& path : *entries) {
                if (stopped_)
                    break;
                if (exclude_ != nullptr &&
                    is_excluded(path.lexically_relative(root_).generic_string(), *exclude_))
                    continue;
                if (auto target = link_out_of(path, boundary_)) {
                    result_.errors.push_back(
                        {path.string(),
                         fmt::format("symbolic link to '{}', outside the folder being read; "
                                     "not followed",
                                     target->string())});
                    continue;
                }
                const Entry entry = examine(path, false);
                if (entry.kind == Entry::problem) {
                    result_.errors.push_back({path.string(), entry.problem_message});
                } else if (entry.kind == Entry::folder) {
                    add_directory(path);
                } else if (entry.kind == Entry::file) {
                    add_single_file(path);
                }
            }
        }
        leave();
    }

    void add_plan_folder(const fs::path& dir) {
        if (!enter(dir))
            return;
        // Everything the plan reads must be inside its own folder.
        std::error_code ec;
        const fs::path outer = std::exchange(boundary_, fs::canonical(dir, ec));
        std::vector<SourceFile> files;
        std::vector<fs::path> nested_plans;
        std::vector<Finding> refused; // links out of the plan folder, not read
        const fs::path plan_path = *plan_file_in(dir);
        if (sources_ != nullptr) {
            if (count_file()) {
                sources_->push_back({PlanSource::Kind::folder, dir.string()});
                collect_fragments(dir, plan_path, files, nested_plans,
                                  refused); // only finds nested plans
                for (const auto& nested : nested_plans)
                    add_plan_folder(nested);
            }
        } else if (auto target = link_out_of(plan_path, boundary_)) {
            LoadedPlan unread;
            unread.plan.path = dir.string();
            unread.plan.files.push_back(SourceFile{plan_path.string(), {}});
            unread.findings.push_back(link_out_of_plan_folder(plan_path, *target));
            result_.plans.push_back(std::move(unread));
        } else if (auto text = read_file(plan_path)) {
            files.push_back(SourceFile{plan_path.string(), std::move(*text)});
            collect_fragments(dir, plan_path, files, nested_plans, refused);
            // A plan cut short by the file limit would be checked without some of its
            // fragments, and so be blamed for what they hold: leave it out instead.
            if (!stopped_) {
                LoadedPlan loaded =
                    load_plan_files(dir.string(), std::move(files), options_.limits);
                if (!refused.empty()) {
                    loaded.findings.insert(loaded.findings.end(), refused.begin(), refused.end());
                    sort_findings(loaded.findings);
                }
                result_.plans.push_back(std::move(loaded));
            }
            if (follow_nested_) {
                for (const auto& nested : nested_plans)
                    add_plan_folder(nested);
            }
        }
        boundary_ = outer;
        leave();
    }

    void collect_fragments(const fs::path& dir, const fs::path& plan_path,
                           std::vector<SourceFile>& files, std::vector<fs::path>& nested_plans,
                           std::vector<Finding>& refused) {
        auto entries = list(dir);
        if (!entries)
            return;
        for (const auto& path : *entries) {
            if (stopped_)
                return;
            if (path == plan_path)
                continue;
            if (auto target = link_out_of(path, boundary_)) {
                if (is_yaml_name(path) || fs::is_directory(*target))
                    refused.push_back(link_out_of_plan_folder(path, *target));
                continue;
            }
            const Entry entry = examine(path, false);
            if (entry.kind == Entry::problem) {
                result_.errors.push_back({path.string(), entry.problem_message});
            } else if (entry.kind == Entry::folder) {
                if (plan_file_in(path)) {
                    nested_plans.push_back(path);
                } else if (enter(path)) {
                    collect_fragments(path, plan_path, files, nested_plans, refused);
                    leave();
                }
            } else if (entry.kind == Entry::file && sources_ == nullptr) {
                if (auto text = read_file(path))
                    files.push_back(SourceFile{path.string(), std::move(*text)});
            }
        }
    }

    LoadResult& result_;
    const LoadOptions& options_;
    std::set<std::string> seen_;       ///< real paths of folders and files already read
    std::vector<std::string> walking_; ///< real paths of the folders being walked, outermost first
    std::string root_;                 ///< the path given on the command line being read
    const std::vector<std::string>* exclude_ = nullptr; ///< its exclusions (LoadOptions::exclude)
    std::size_t files_read_ = 0;
    bool stopped_ = false;                       ///< the file limit was reached
    std::vector<PlanSource>* sources_ = nullptr; ///< listing only: where found plans go
    bool follow_nested_ = true;
    fs::path boundary_; ///< real path of the folder reads must stay inside; empty: none
};

} // namespace

bool is_excluded(std::string_view relative, const std::vector<std::string>& patterns) {
    const std::string path(relative);
    for (std::string pattern : patterns) {
        while (pattern.starts_with("./"))
            pattern.erase(0, 2);
        while (pattern.size() > 1 && pattern.ends_with('/'))
            pattern.pop_back();
        // A pattern with a `/` is a path below the folder given; without, the
        // name of any folder or file on the way.
        if (pattern.find('/') != std::string::npos) {
            if (::fnmatch(pattern.c_str(), path.c_str(), 0) == 0)
                return true;
            continue;
        }
        for (const fs::path& part : fs::path(path)) {
            if (::fnmatch(pattern.c_str(), part.c_str(), 0) == 0)
                return true;
        }
    }
    return false;
}

LoadResult load_paths(const std::vector<std::string>& paths, const LoadOptions& options) {
    LoadResult result;
    Discovery discovery(result, options);
    for (const auto& path : paths)
        discovery.add_path(path);
    return result;
}

PlanSources discover_plans(const std::vector<std::string>& paths, const LoadOptions& options) {
    LoadResult unread;
    PlanSources found;
    Discovery discovery(unread, options);
    discovery.list_into(found.sources);
    for (const auto& path : paths)
        discovery.add_path(path);
    found.errors = std::move(unread.errors);
    return found;
}

LoadResult load_plan_source(const PlanSource& source, const LoadOptions& options) {
    LoadResult result;
    Discovery discovery(result, options);
    discovery.skip_nested();
    discovery.add_source(source);
    return result;
}

} // namespace engage
