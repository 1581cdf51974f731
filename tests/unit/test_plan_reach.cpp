// What a plan may make engage read: files inside its own repository (or, outside
// any repository, its own folder), never what a path or a link points at beyond.
#include "test_support.hpp"

#include <engage/engine.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace engage;

namespace {

constexpr const char* secret = "api_key: sk-live-0123456789abcdef\npassword: swordfish\n";

} // namespace

TEST_CASE(
    "a plan folder's fragment or subfolder that links out of the folder is a finding, unread") {
    const fs::path root = fs::canonical(test::scratch("fragment-links"));
    test::write(root / "outside/creds.yaml", secret);
    test::write(root / "plan/plan.yaml", "engage: 1\nplan: {id: p, title: T}\n");
    test::write(root / "plan/inside/bodies.yaml", "engage: 1\nbodies: []\n");
    fs::create_symlink(root / "outside/creds.yaml", root / "plan/creds.yaml");
    fs::create_directory_symlink(root / "outside", root / "plan/more");
    fs::create_symlink(root / "plan/inside/bodies.yaml", root / "plan/same.yaml"); // inside: read
    const LoadResult loaded = load_paths({(root / "plan").string()});
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.plans.size() == 1);
    const LoadedPlan& plan = loaded.plans[0];
    CHECK(plan.plan.files.size() == 3); // plan.yaml, inside/bodies.yaml, same.yaml
    std::vector<std::string> refused;
    for (const auto& f : plan.findings) {
        CHECK(f.message.find("sk-live") == std::string::npos);
        if (f.message.find("outside the plan folder") != std::string::npos)
            refused.push_back(fs::path(f.file).filename().string() + " " + f.rule);
    }
    CHECK(refused == std::vector<std::string>{"creds.yaml yaml-syntax", "more yaml-syntax"});
    // The plan file itself may not be a link out either.
    test::write(root / "other/real-plan.yaml", "engage: 1\nplan: {id: q, title: Q}\n");
    test::write(root / "linked/x.yaml", "engage: 1\n");
    fs::create_symlink(root / "outside/creds.yaml", root / "linked/plan.yaml");
    const LoadResult linked = load_paths({(root / "linked").string()});
    REQUIRE(linked.plans.size() == 1);
    REQUIRE(linked.plans[0].findings.size() == 1);
    CHECK(linked.plans[0].findings[0].message.find("outside the plan folder") != std::string::npos);
}

TEST_CASE("a collection's link out of the folder named is an input error, not followed") {
    const fs::path root = fs::canonical(test::scratch("collection-links"));
    test::write(root / "outside/creds.yaml", secret);
    test::write(root / "plans/a.yaml", "engage: 1\nplan: {id: a, title: A}\n");
    fs::create_symlink(root / "outside/creds.yaml", root / "plans/b.yaml");
    const LoadResult loaded = load_paths({(root / "plans").string()});
    REQUIRE(loaded.plans.size() == 1);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].message.find("outside the folder being read") != std::string::npos);
}
