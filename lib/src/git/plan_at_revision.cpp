// SPDX-License-Identifier: MIT
// A plan file or plan folder read from a git revision (see git.hpp).
#include "rules/catalogue.hpp"

#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>

namespace engage {

namespace fs = std::filesystem;

namespace {

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

/// Git's own reason, without its "fatal: " and on one line.
std::string reason(const git::Output& output) {
    std::string text = trimmed(output.err);
    if (const auto end = text.find('\n'); end != std::string::npos)
        text.resize(end);
    for (std::string_view prefix : {"fatal: ", "error: "}) {
        if (text.rfind(prefix, 0) == 0)
            text.erase(0, prefix.size());
    }
    return text;
}

/// True when git failed for an object a partial clone never fetched (and, as
/// engage runs it, may not fetch).
bool missing_from_partial_clone(const git::Output& output) {
    return output.err.find("lazy fetching disabled") != std::string::npos ||
           output.err.find("from promisor remote") != std::string::npos;
}

/// What to say when git could not give `object`: git not run at all, an object
/// a partial clone does not hold, or `what` with git's reason.
[[noreturn]] void fail(const git::Output& output, std::string_view what,
                       std::string_view object = {}) {
    if (!output.started)
        throw GitError(output.err);
    if (missing_from_partial_clone(output)) {
        throw GitError(fmt::format(
            "{}: the repository is a partial clone, and the contents of {} were never fetched; "
            "engage does not fetch them (it runs git with GIT_NO_LAZY_FETCH=1). Run `git "
            "cat-file -p {}` once to fetch them, or use a full clone",
            what, object, object));
    }
    const std::string why = reason(output);
    throw GitError(why.empty() ? std::string(what) : fmt::format("{} (git: {})", what, why));
}

/// Runs git in `dir`; throws with `what` and git's reason when it fails.
std::string git_in(const fs::path& dir, std::vector<std::string> args, std::string_view what,
                   std::string_view object = {}) {
    args.insert(args.begin(), {"-C", dir.string()});
    git::Output output = git::run(args);
    if (output.status != 0)
        fail(output, what, object);
    return std::move(output.out);
}

/// A finding for a file over the size limit, as discovery on disk gives it.
LoadedPlan too_big(const std::string& label, std::uintmax_t size, const LoadLimits& limits) {
    LoadedPlan loaded;
    loaded.plan.path = label;
    loaded.plan.files.push_back(SourceFile{label, {}});
    loaded.findings.push_back(rules::make_finding(
        rules::yaml_syntax, label, 1, 1,
        fmt::format("the file is {:.1f} MiB, over the limit of {:.1f} MiB ({} bytes) for a plan "
                    "file",
                    static_cast<double>(size) / (1 << 20),
                    static_cast<double>(limits.max_file_bytes) / (1 << 20), limits.max_file_bytes),
        "Split the plan into a plan folder with several smaller files."));
    return loaded;
}

/// A blob's text, or its size when it is over the limit: git says how large it
/// is first, and no more than the limit allows is ever read from it.
struct Blob {
    std::string text;
    std::uintmax_t too_big = 0; ///< its size, when over the limit (then `text` is empty)
};

Blob read_blob(const fs::path& dir, const std::string& object, const std::string& shown,
               const LoadLimits& limits) {
    const std::string what = fmt::format("cannot read {}", shown);
    const std::string size_text = git_in(dir, {"cat-file", "-s", object}, what, object);
    std::uintmax_t size = 0;
    const auto [end, error] =
        std::from_chars(size_text.data(), size_text.data() + size_text.size(), size);
    if (error != std::errc() || (end != size_text.data() + size_text.size() && *end != '\n'))
        throw GitError(fmt::format("{} (git gave its size as `{}`)", what, size_text));
    if (size > limits.max_file_bytes)
        return {{}, size};
    const auto cap = static_cast<std::size_t>(limits.max_file_bytes);
    git::Output output = git::run({"-C", dir.string(), "cat-file", "blob", object}, cap);
    if (output.too_much) // it changed size between the two questions: never held in full
        return {{}, static_cast<std::uintmax_t>(output.out.size())};
    if (output.status != 0)
        fail(output, what, object);
    return {std::move(output.out), 0};
}

bool is_yaml_name(std::string_view name) {
    return name.ends_with(".yaml") || name.ends_with(".yml");
}

std::vector<std::string> components(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        parts.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::string folder_of(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash));
}

/// The YAML files of a plan folder's tree, as discovery on disk would take
/// them: plan.yaml first, then the fragments in path order, leaving out hidden
/// files and nested plan folders.
std::vector<std::string> plan_folder_files(const std::vector<std::string>& names) {
    std::set<std::string> plan_folders; // folders (relative) holding their own plan file
    for (const auto& name : names) {
        const auto parts = components(name);
        if (parts.back() == "plan.yaml" || parts.back() == "plan.yml")
            plan_folders.insert(folder_of(name));
    }
    if (!plan_folders.count(""))
        throw GitError("a folder with no plan.yaml, so not a plan folder");
    const std::string plan_file = std::find(names.begin(), names.end(), "plan.yaml") != names.end()
                                      ? "plan.yaml"
                                      : "plan.yml";
    std::vector<std::string> fragments;
    for (const auto& name : names) {
        const auto parts = components(name);
        if (name == plan_file || !is_yaml_name(name) ||
            std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p[0] == '.'; }))
            continue;
        bool nested = false;
        for (std::string folder = folder_of(name); !folder.empty() && !nested;
             folder = folder_of(folder))
            nested = plan_folders.count(folder) > 0;
        if (!nested)
            fragments.push_back(name);
    }
    std::sort(fragments.begin(), fragments.end(),
              [](const auto& a, const auto& b) { return components(a) < components(b); });
    fragments.insert(fragments.begin(), plan_file);
    return fragments;
}

std::vector<std::string> split_nul(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\0', start);
        out.push_back(text.substr(start, end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

} // namespace

std::optional<RevisionPath> parse_revision_path(std::string_view text) {
    std::error_code ec;
    if (fs::exists(fs::path(text), ec))
        return std::nullopt;
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size())
        return std::nullopt;
    return RevisionPath{std::string(text.substr(0, colon)), std::string(text.substr(colon + 1))};
}

namespace {

/// Where a plan is read from at a revision: the repository folder to run git
/// in, the revision, and the path inside the repository.
struct Place {
    fs::path folder;
    std::string revision;
    std::string relative; ///< from the repository's root; "" for the root itself

    [[nodiscard]] std::string object(std::string_view name = {}) const {
        if (name.empty())
            return revision + ":" + relative;
        return revision + ":" + (relative.empty() ? "" : relative + "/") + std::string(name);
    }
    /// Whether the revision's tree names `name` (read from the tree, so a blob a
    /// partial clone never fetched still counts).
    [[nodiscard]] bool has(std::string_view name) const {
        return git::run({"-C", folder.string(), "rev-parse", "--verify", "--quiet", object(name)})
                   .status == 0;
    }
};

LoadedPlan load_folder(const Place& place, const std::string& label, const LoadLimits& limits) {
    const auto names = split_nul(
        git_in(place.folder, {"ls-tree", "-r", "-z", "--full-tree", "--name-only", place.object()},
               fmt::format("cannot list {}", label), place.object()));
    std::vector<SourceFile> files;
    for (const auto& name : plan_folder_files(names)) {
        const std::string file_label = label + "/" + name;
        Blob blob = read_blob(place.folder, place.object(name), file_label, limits);
        if (blob.too_big != 0)
            return too_big(file_label, blob.too_big, limits);
        files.push_back({file_label, std::move(blob.text)});
    }
    return load_plan_files(label, std::move(files), limits);
}

} // namespace

LoadedPlan load_plan_at_revision(const RevisionPath& where, const LoadLimits& limits) {
    if (where.revision.starts_with("-"))
        throw GitError(fmt::format("`{}` is not a revision", where.revision));
    // The path may no longer exist on disk: ask git from the nearest folder that does.
    // The part that exists is resolved as the file system has it (links, and `..`
    // after a link), not by the path's text.
    std::error_code real_ec;
    fs::path absolute = fs::weakly_canonical(fs::absolute(where.path), real_ec);
    if (real_ec)
        absolute = fs::absolute(where.path).lexically_normal();
    if (absolute.filename().empty())
        absolute = absolute.parent_path();
    Place place{absolute, where.revision, {}};
    std::error_code ec;
    while (!fs::is_directory(place.folder, ec) && place.folder.has_relative_path())
        place.folder = place.folder.parent_path();
    const std::string prefix = trimmed(
        git_in(place.folder, {"rev-parse", "--show-prefix"}, "not inside a git repository"));
    const fs::path tail = absolute.lexically_relative(place.folder);
    place.relative = prefix + (tail == "." ? std::string() : tail.generic_string());
    while (!place.relative.empty() && place.relative.back() == '/')
        place.relative.pop_back();

    git_in(place.folder, {"rev-parse", "--verify", "--quiet", where.revision + "^{commit}"},
           fmt::format("the repository has no revision `{}`", where.revision));
    std::string shown = fs::path(where.path).generic_string();
    while (shown.size() > 1 && shown.back() == '/')
        shown.pop_back();
    git::Output looked_up =
        git::run({"-C", place.folder.string(), "cat-file", "-t", place.object()});
    if (looked_up.status != 0) {
        // Say which: the path is not in the revision, or the lookup itself failed.
        if (looked_up.err.find("does not exist in") != std::string::npos ||
            looked_up.err.find("exists on disk, but not in") != std::string::npos)
            throw GitError(fmt::format("there is no file or folder `{}` in revision {}",
                                       place.relative.empty() ? "." : place.relative,
                                       where.revision));
        fail(looked_up,
             fmt::format("cannot look up `{}` in revision {}",
                         place.relative.empty() ? "." : place.relative, where.revision),
             place.object());
    }
    const std::string type = trimmed(std::move(looked_up.out));
    if (type == "tree")
        return load_folder(place, where.revision + ":" + shown, limits);
    if (type != "blob")
        throw GitError(fmt::format("neither a file nor a folder in revision {}", where.revision));

    // A file inside a plan folder means its whole plan, as on disk: look in its
    // folder and those above it, as far as the path given reaches.
    Place up = place;
    std::string shown_folder = shown;
    const bool absolute_given = fs::path(where.path).is_absolute();
    while (!up.relative.empty() && (absolute_given || !shown_folder.empty())) {
        up.relative = folder_of(up.relative);
        shown_folder = folder_of(shown_folder);
        if (up.has("plan.yaml") || up.has("plan.yml"))
            return load_folder(
                up, where.revision + ":" + (shown_folder.empty() ? "." : shown_folder), limits);
    }
    const std::string label = where.revision + ":" + shown;
    Blob blob = read_blob(place.folder, place.object(), shown, limits);
    if (blob.too_big != 0)
        return too_big(label, blob.too_big, limits);
    return load_plan_text(label, std::move(blob.text), limits);
}

} // namespace engage
