// Finding plans on disk: plan files, plan folders and collections (engage-plan(5)).
#include <engage/discover.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

namespace engage {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& path) {
    const auto ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& path) {
    const auto name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

std::optional<fs::path> plan_file_in(const fs::path& dir) {
    std::error_code ec;
    for (const char* name : {"plan.yaml", "plan.yml"}) {
        if (fs::is_regular_file(dir / name, ec))
            return dir / name;
    }
    return std::nullopt;
}

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
        if (source.kind == PlanSource::Kind::folder)
            add_plan_folder(source.path);
        else if (source.kind == PlanSource::Kind::file)
            add_single_file(source.path);
        else
            add_path("-");
    }

    void add_path(const std::string& given) {
        if (given == "-" && sources_ != nullptr) {
            sources_->push_back({PlanSource::Kind::standard_input, given});
            return;
        }
        if (given == "-") {
            std::string text{std::istreambuf_iterator<char>(std::cin),
                             std::istreambuf_iterator<char>()};
            result_.plans.push_back(
                load_plan_text(options_.stdin_name, std::move(text), options_.limits));
            return;
        }
        const fs::path path(given);
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            result_.errors.push_back({given, "cannot read: no such file or directory"});
        } else if (fs::is_directory(status)) {
            add_directory(path);
        } else if (auto root = enclosing_plan_folder(path)) {
            // A file inside a plan folder (as pre-commit passes them) means its whole plan.
            add_plan_folder(*root);
        } else {
            add_single_file(path);
        }
    }

private:
    /// The plan folder a file belongs to: its own folder or one above, up to a repository root.
    static std::optional<fs::path> enclosing_plan_folder(const fs::path& file) {
        fs::path dir = file.parent_path();
        while (true) {
            const fs::path probe = dir.empty() ? fs::path(".") : dir;
            if (plan_file_in(probe))
                return probe;
            std::error_code ec;
            if (fs::exists(probe / ".git", ec) || dir.empty() || dir == dir.root_path())
                return std::nullopt;
            dir = dir.parent_path();
        }
    }

    /// True the first time a folder (by its real path) is seen; guards against
    /// symlink loops and a plan named twice on the command line.
    bool first_visit(const fs::path& path) {
        std::error_code ec;
        auto real = fs::weakly_canonical(path, ec);
        return seen_.insert(ec ? path.lexically_normal().string() : real.string()).second;
    }

    std::optional<std::string> read_file(const fs::path& path) {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (!ec && size > options_.limits.max_file_bytes) {
            LoadedPlan loaded;
            loaded.plan.path = path.string();
            loaded.plan.files.push_back(SourceFile{path.string(), {}});
            loaded.findings.push_back(make_finding(
                "yaml-syntax", path.string(), 1, 1,
                fmt::format("the file is {:.1f} MiB, over the limit of {:.1f} MiB for a plan file",
                            static_cast<double>(size) / (1 << 20),
                            static_cast<double>(options_.limits.max_file_bytes) / (1 << 20)),
                "Split the plan into a plan folder with several smaller files."));
            result_.plans.push_back(std::move(loaded));
            return std::nullopt;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            result_.errors.push_back(
                {path.string(), fmt::format("cannot read: {}", std::strerror(errno))});
            return std::nullopt;
        }
        std::ostringstream buffer;
        buffer << in.rdbuf();
        if (in.bad()) {
            result_.errors.push_back({path.string(), "cannot read: input/output error"});
            return std::nullopt;
        }
        return std::move(buffer).str();
    }

    void add_single_file(const fs::path& path) {
        if (!first_visit(path))
            return;
        if (sources_ != nullptr) {
            sources_->push_back({PlanSource::Kind::file, path.string()});
            return;
        }
        if (auto text = read_file(path)) {
            result_.plans.push_back(
                load_plan_text(path.string(), std::move(*text), options_.limits));
        }
    }

    /// Sorted entries of a folder, or nothing (and an InputError) if it cannot be listed.
    std::optional<std::vector<fs::directory_entry>> list(const fs::path& dir) {
        std::error_code ec;
        std::vector<fs::directory_entry> entries;
        fs::directory_iterator it(dir, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec))
            entries.push_back(*it);
        if (ec) {
            result_.errors.push_back(
                {dir.string(), fmt::format("cannot read folder: {}", ec.message())});
            return std::nullopt;
        }
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.path().generic_string() < b.path().generic_string();
        });
        return entries;
    }

    void add_directory(const fs::path& dir) {
        if (plan_file_in(dir)) {
            add_plan_folder(dir);
            return;
        }
        if (!first_visit(dir))
            return;
        auto entries = list(dir);
        if (!entries)
            return;
        for (const auto& entry : *entries) {
            if (is_hidden(entry.path()))
                continue;
            std::error_code ec;
            if (entry.is_directory(ec)) {
                add_directory(entry.path());
            } else if (is_yaml_name(entry.path()) && entry.is_regular_file(ec)) {
                add_single_file(entry.path());
            }
        }
    }

    void add_plan_folder(const fs::path& dir) {
        if (!first_visit(dir))
            return;
        std::vector<SourceFile> files;
        std::vector<fs::path> nested_plans;
        const fs::path plan_path = *plan_file_in(dir);
        if (sources_ != nullptr) {
            sources_->push_back({PlanSource::Kind::folder, dir.string()});
            collect_fragments(dir, plan_path, files, nested_plans); // only to find nested plans
            for (const auto& nested : nested_plans)
                add_plan_folder(nested);
            return;
        }
        auto text = read_file(plan_path);
        if (!text)
            return;
        files.push_back(SourceFile{plan_path.string(), std::move(*text)});
        collect_fragments(dir, plan_path, files, nested_plans);
        result_.plans.push_back(load_plan_files(dir.string(), std::move(files), options_.limits));
        if (!follow_nested_)
            return;
        for (const auto& nested : nested_plans)
            add_plan_folder(nested);
    }

    void collect_fragments(const fs::path& dir, const fs::path& plan_path,
                           std::vector<SourceFile>& files, std::vector<fs::path>& nested_plans) {
        auto entries = list(dir);
        if (!entries)
            return;
        for (const auto& entry : *entries) {
            if (is_hidden(entry.path()) || entry.path() == plan_path)
                continue;
            std::error_code ec;
            if (entry.is_directory(ec)) {
                if (plan_file_in(entry.path())) {
                    nested_plans.push_back(entry.path());
                } else if (first_visit(entry.path())) {
                    collect_fragments(entry.path(), plan_path, files, nested_plans);
                }
            } else if (sources_ == nullptr && is_yaml_name(entry.path()) &&
                       entry.is_regular_file(ec)) {
                if (auto text = read_file(entry.path()))
                    files.push_back(SourceFile{entry.path().string(), std::move(*text)});
            }
        }
    }

    LoadResult& result_;
    const LoadOptions& options_;
    std::set<std::string> seen_;
    std::vector<PlanSource>* sources_ = nullptr;
    bool follow_nested_ = true;
};

} // namespace

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
