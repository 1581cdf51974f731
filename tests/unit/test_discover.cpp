// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace engage;
using engage::test::scratch;
using engage::test::write;

namespace {

std::string rel(const fs::path& base, const std::string& path) {
    return fs::path(path).lexically_relative(base).generic_string();
}

} // namespace

TEST_CASE("a collection is searched for plan folders and single-file plans, in path order") {
    const fs::path root = scratch("collection");
    write(root / "b-single.yaml", "engage: 1\nplan: {id: b, title: B}\n");
    write(root / "a-folder/plan.yaml", "engage: 1\nplan: {id: a, title: A}\n");
    write(root / "a-folder/bodies/forums.yaml",
          "engage: 1\nbodies:\n  - {id: f, name: F, kind: forum}\n");
    write(root / "a-folder/actions.yml", "engage: 1\nactions:\n  - {id: A-1, title: T}\n");
    write(root / "a-folder/nested/plan.yaml", "engage: 1\nplan: {id: n, title: N}\n");
    write(root / "a-folder/README.md", "not yaml, not read\n");
    write(root / ".hidden/plan.yaml", "this is never read: [\n");
    write(root / "c-stray.yaml", "engage: 1\nbodies: []\n");

    const LoadResult result = load_paths({root.string()});
    CHECK(result.errors.empty());
    std::vector<std::string> names;
    for (const auto& p : result.plans)
        names.push_back(rel(root, p.plan.path));
    CHECK(names ==
          std::vector<std::string>{"a-folder", "a-folder/nested", "b-single.yaml", "c-stray.yaml"});

    const LoadedPlan& folder = result.plans[0];
    CHECK(folder.findings.empty());
    REQUIRE(folder.plan.files.size() == 3); // plan.yaml first, then fragments by path
    CHECK(rel(root, folder.plan.files[0].path) == "a-folder/plan.yaml");
    CHECK(rel(root, folder.plan.files[1].path) == "a-folder/actions.yml");
    CHECK(rel(root, folder.plan.files[2].path) == "a-folder/bodies/forums.yaml");
    CHECK(folder.plan.bodies.size() == 1);
    CHECK(folder.plan.actions.size() == 1);

    const LoadedPlan& stray = result.plans[3];
    REQUIRE(stray.findings.size() == 1);
    CHECK(stray.findings[0].rule == "missing-key");
    CHECK(stray.findings[0].message.find("belongs to no plan") != std::string::npos);
}

TEST_CASE("a fragment named on its own brings in its whole plan, once") {
    const fs::path root = scratch("fragment");
    write(root / "plan/plan.yaml",
          "engage: 1\nplan: {id: p, title: P}\nbodies:\n  - {id: board, name: B, kind: board}\n");
    write(root / "plan/forums.yaml",
          "engage: 1\nbodies:\n  - {id: f, name: F, kind: forum, feeds_into: [board]}\n");
    const LoadResult result =
        load_paths({(root / "plan/forums.yaml").string(), (root / "plan/plan.yaml").string(),
                    (root / "plan").string()});
    REQUIRE(result.plans.size() == 1);
    CHECK(result.plans[0].findings.empty());
    CHECK(result.plans[0].plan.bodies.size() == 2);
}

TEST_CASE("paths that cannot be read are input errors, not findings") {
    const fs::path root = scratch("missing");
    const LoadResult result = load_paths({(root / "nope.yaml").string()});
    CHECK(result.plans.empty());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].message.find("no such file") != std::string::npos);
}

TEST_CASE("symlink loops in a collection end") {
    const fs::path root = scratch("loop");
    write(root / "x/p.yaml", "engage: 1\nplan: {id: p, title: P}\n");
    fs::create_directory_symlink("..", root / "x" / "up");
    const LoadResult result = load_paths({root.string()});
    CHECK(result.plans.size() == 1);
}

TEST_CASE("files over the size limit are reported without being read") {
    const fs::path root = scratch("large");
    write(root / "big.yaml",
          "engage: 1\nplan: {id: p, title: P}\n" + std::string(4096, '#') + "\n");
    LoadOptions options;
    options.limits.max_file_bytes = 1024;
    const LoadResult result = load_paths({(root / "big.yaml").string()}, options);
    REQUIRE(result.plans.size() == 1);
    CHECK(test::places(result.plans[0].findings) == std::vector<std::string>{"1:1 yaml-syntax"});
    CHECK(result.plans[0].findings[0].message.find("limit") != std::string::npos);
}
