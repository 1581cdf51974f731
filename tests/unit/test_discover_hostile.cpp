// SPDX-License-Identifier: MIT
// Discovery on hostile trees: links, pipes, folders named like files, too many files.
#include "load/source_text.hpp"

#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace engage;

namespace {

const char* const plan_text = "engage: 1\nplan:\n  id: p\n  title: A plan\n";

/// A fresh folder under the build tree for one test.
fs::path scratch(const std::string& name) {
    const fs::path dir = fs::path(ENGAGE_BINARY_DIR) / "hostile-discovery" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// "path: message" for each input error, with the scratch folder cut off.
std::vector<std::string> errors_of(const LoadResult& result, const fs::path& root) {
    std::vector<std::string> out;
    for (const auto& error : result.errors) {
        const std::string path = fs::path(error.path).lexically_relative(root).generic_string();
        out.push_back(path + ": " + error.message);
    }
    return out;
}

} // namespace

TEST_CASE("a dangling link and a link chain that never ends are input errors; the rest is read") {
    const fs::path dir = scratch("links");
    write(dir / "a-plan.yaml", plan_text);
    fs::create_symlink("missing.yaml", dir / "gone.yaml");
    fs::create_symlink("b.yaml", dir / "loop-a.yaml");
    fs::create_symlink("loop-a.yaml", dir / "b.yaml");
    fs::create_symlink("missing.md", dir / "README.md"); // not a plan: no concern of engage
    const LoadResult result = load_paths({dir.string()});
    CHECK(result.plans.size() == 1);
    CHECK(errors_of(result, dir) ==
          std::vector<std::string>{
              "b.yaml: symbolic link loop: the link never reaches a file or folder",
              "gone.yaml: dangling symbolic link: its target 'missing.yaml' does not exist",
              "loop-a.yaml: symbolic link loop: the link never reaches a file or folder"});
}

TEST_CASE("a link back to a folder that contains it is reported and not followed") {
    const fs::path dir = scratch("folder-loop");
    fs::create_directories(dir / "inner");
    write(dir / "inner" / "a-plan.yaml", plan_text);
    fs::create_directory_symlink("..", dir / "inner" / "up");
    const LoadResult result = load_paths({dir.string()});
    CHECK(result.plans.size() == 1);
    REQUIRE(result.errors.size() == 1);
    CHECK(fs::path(result.errors[0].path).filename() == "up");
    CHECK(result.errors[0].message.find("symbolic link loop: leads back to") == 0);
}

TEST_CASE("a folder named like a YAML file, and a named pipe, are input errors, never opened") {
    const fs::path dir = scratch("not-files");
    write(dir / "a-plan.yaml", plan_text);
    fs::create_directories(dir / "notes.yaml");
    REQUIRE(mkfifo((dir / "pipe.yaml").c_str(), 0600) == 0);
    const LoadResult result = load_paths({dir.string()});
    CHECK(result.plans.size() == 1);
    CHECK(errors_of(result, dir) ==
          std::vector<std::string>{"notes.yaml: is a folder, not a YAML file",
                                   "pipe.yaml: is not a regular file (a named pipe, socket or "
                                   "device); plans are plain text files"});
    // Named directly, too.
    const LoadResult direct = load_paths({(dir / "pipe.yaml").string()});
    CHECK(direct.plans.empty());
    CHECK(direct.errors.size() == 1);
}

TEST_CASE("past the file limit, reading stops with an error naming the path and the limit") {
    const fs::path dir = scratch("many");
    for (int i = 0; i < 5; ++i)
        write(dir / ("plan-" + std::to_string(i) + ".yaml"), plan_text);
    LoadOptions options;
    options.limits.max_files = 3;
    const LoadResult result = load_paths({dir.string(), dir.string()}, options);
    CHECK(result.plans.size() == 3);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path == dir.string());
    CHECK(result.errors[0].message.find("holds more than 3 plan files") == 0);
    options.limits.max_files = 5;
    CHECK(load_paths({dir.string()}, options).errors.empty());
}

TEST_CASE("a plan folder cut short by the file limit is left out, not checked in part") {
    const fs::path dir = scratch("cut-short");
    write(dir / "plan.yaml", plan_text);
    write(dir / "groups.yaml", "engage: 1\ngroups: []\n");
    write(dir / "partners.yaml", "engage: 1\npartners: []\n");
    LoadOptions options;
    options.limits.max_files = 2;
    const LoadResult result = load_paths({dir.string()}, options);
    CHECK(result.plans.empty());
    CHECK(result.errors.size() == 1);
}

TEST_CASE("a file over the size limit is a finding, read no further than the limit") {
    const fs::path dir = scratch("big");
    write(dir / "big.yaml", std::string(plan_text) + "  area: " + std::string(4096, 'a') + "\n");
    LoadOptions options;
    options.limits.max_file_bytes = 1024;
    const LoadResult result = load_paths({(dir / "big.yaml").string()}, options);
    REQUIRE(result.plans.size() == 1);
    REQUIRE(result.plans[0].findings.size() == 1);
    CHECK(result.plans[0].findings[0].message.find("over the limit of 0.0 MiB (1024 bytes)") !=
          std::string::npos);
}

TEST_CASE("files that are documents, images or archives are named as such") {
    for (const auto& [bytes, kind] : std::vector<std::pair<std::string, std::string>>{
             {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "a PDF document"}, // its usual binary line
             {"\x89PNG\r\n\x1a\n", "a PNG image"},
             {std::string("PK\x03\x04", 4), "a ZIP archive"},
         }) {
        const auto problem = detail::find_forbidden_bytes(bytes);
        REQUIRE(problem.has_value());
        CHECK(problem->offset == 0);
        CHECK(problem->message.find(kind) != std::string::npos);
    }
    CHECK_FALSE(detail::find_forbidden_bytes(plan_text).has_value());
    // Valid text that only starts like a signature is text, not a file of that kind.
    CHECK_FALSE(detail::find_forbidden_bytes("%PDF-1.7\nGIF89a: 1\n").has_value());
}

TEST_CASE("a file named through `..` or a link belongs to the plan folder it is really in") {
    // The walk up to a plan folder once went by the path's text: the parent of
    // `good/..` was `good`, and the parent of `..` the current folder.
    const fs::path root = fs::canonical(scratch("walk-up"));
    fs::create_directories(root / "good");
    fs::create_directories(root / "other");
    fs::create_directories(root / "far/plan-folder");
    write(root / "good/plan.yaml", "engage: 1\nplan: {id: good, title: Good}\n");
    write(root / "lone.yaml", "engage: 1\nplan: {id: lone, title: Lone}\n");
    write(root / "other/bad.yaml", "engage: 1\nplan: {id: bad, title: Bad}\n");
    write(root / "far/plan-folder/plan.yaml", "engage: 1\nplan: {id: far, title: Far}\n");
    write(root / "far/plan-folder/more.yaml", "engage: 1\nbodies: []\n");
    fs::create_directory_symlink(root / "other", root / "good/to-other");
    fs::create_directory_symlink(root / "far/plan-folder", root / "good/to-far");

    auto only_plan = [](const std::string& path) {
        const LoadResult result = load_paths({path});
        REQUIRE(result.errors.empty());
        REQUIRE(result.plans.size() == 1);
        return result.plans.front().plan;
    };
    const Plan lone = only_plan((root / "good/../lone.yaml").string());
    CHECK(lone.info.id.value == "lone");
    CHECK(lone.files.size() == 1);
    const Plan bad = only_plan((root / "good/to-other/bad.yaml").string());
    CHECK(bad.info.id.value == "bad");
    CHECK(bad.files.size() == 1);
    // Through a link into a plan folder: that plan, named as the path gave it.
    const Plan far = only_plan((root / "good/to-far/more.yaml").string());
    CHECK(far.info.id.value == "far");
    CHECK(far.path == (root / "good/to-far").string());
    CHECK(far.files.size() == 2);
    // `..` after a link is the link target's parent, as the file system has it.
    const Plan far_again = only_plan((root / "good/to-far/../plan-folder/more.yaml").string());
    CHECK(far_again.info.id.value == "far");
}
