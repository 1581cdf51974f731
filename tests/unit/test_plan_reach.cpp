// SPDX-License-Identifier: MIT
// What a plan may make engage read: files inside its own repository (or, outside
// any repository, its own folder), never what a path or a link points at beyond.
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/framework.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace engage;

namespace {

constexpr const char* secret = "api_key: sk-live-0123456789abcdef\npassword: swordfish\n";

/// Every finding of `result` as one text, to look for what must not be in it.
std::string all_text(const PlanResult& result) {
    std::string out;
    for (const auto& f : result.findings)
        out += f.file + ":" + f.message + "|" + f.help + "\n";
    return out;
}

/// A repository (a `.git` folder is all it takes) holding a plan folder, and a
/// file of secrets beside the repository.
fs::path repository(const std::string& name) {
    const fs::path root = fs::canonical(test::scratch(name));
    fs::create_directories(root / "repo/.git");
    test::write(root / "repo/.git/config",
                "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
    test::write(root / "secrets.yaml", secret);
    return root;
}

PlanResult check_plan_folder(const fs::path& folder, const std::string& framework) {
    test::write(folder / "plan.yaml",
                "engage: 1\nplan: {id: p, title: T, framework: " + framework + "}\n");
    const LoadResult loaded = load_paths({folder.string()});
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.plans.size() == 1);
    return check_plan(loaded.plans[0], Settings{});
}

const Finding* find(const PlanResult& result, std::string_view rule) {
    for (const auto& f : result.findings) {
        if (f.rule == rule)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a plan's framework file outside its repository is refused at the key, unread") {
    const fs::path root = repository("reach-outside");
    const fs::path plan = root / "repo/plans/p";
    const std::vector<std::string> outside = {
        "../../../secrets.yaml", (root / "secrets.yaml").string(), "../../../nothing-here.yaml"};
    for (const std::string& framework : outside) {
        INFO(framework);
        const PlanResult result = check_plan_folder(plan, framework);
        const Finding* refused = find(result, "bad-value");
        REQUIRE(refused != nullptr);
        CHECK(refused->line == 2);
        CHECK(refused->column == 36);
        // Refused whether it exists or not: a plan cannot probe what is outside.
        CHECK(refused->message.find("is outside the plan's repository") != std::string::npos);
        CHECK(all_text(result).find("sk-live") == std::string::npos);
        CHECK(all_text(result).find("api_key") == std::string::npos);
        CHECK_FALSE(result.assessment);
    }
}

TEST_CASE("a plan's framework file that is a link out of its repository is refused") {
    const fs::path root = repository("reach-link");
    const fs::path plan = root / "repo/plans/p";
    fs::create_directories(plan);
    fs::create_symlink(root / "secrets.yaml", plan / "framework.yaml");
    fs::create_directory_symlink(root, root / "repo/up");
    for (const std::string framework : {"framework.yaml", "../../up/secrets.yaml"}) {
        INFO(framework);
        const PlanResult result = check_plan_folder(plan, framework);
        const Finding* refused = find(result, "bad-value");
        REQUIRE(refused != nullptr);
        CHECK(refused->message.find("is outside the plan's repository") != std::string::npos);
        CHECK(all_text(result).find("sk-live") == std::string::npos);
    }
}

TEST_CASE("a plan's framework file in the repository's .git folder is refused") {
    const fs::path root = repository("reach-git");
    const PlanResult result = check_plan_folder(root / "repo/plans/p", "../../.git/config");
    const Finding* refused = find(result, "bad-value");
    REQUIRE(refused != nullptr);
    CHECK(refused->message.find(".git folder") != std::string::npos);
    CHECK(all_text(result).find("extraheader") == std::string::npos);
}

TEST_CASE("outside any repository, a plan reads only inside its own folder") {
    // The build tree is inside this project's repository: use a temporary folder.
    const fs::path root =
        fs::temp_directory_path() / ("engage-reach-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    if (fs::exists(root / ".git") || fs::exists(root.parent_path() / ".git")) {
        fs::remove_all(root);
        return; // the temporary folder is in a repository here: nothing to test
    }
    test::write(
        root / "plans/shared.yaml",
        "engage-framework: 1\nid: ours\nname: Ours\nstandards:\n  - key: voice\n"
        "    name: Voice\n    indicators:\n      - {id: V-1, text: T, rules: [no-forums]}\n");
    const PlanResult folder = check_plan_folder(root / "plans/p", "../shared.yaml");
    const Finding* refused = find(folder, "bad-value");
    REQUIRE(refused != nullptr);
    CHECK(refused->message.find("is outside the plan's folder") != std::string::npos);
    // A single-file plan's folder is its own: the framework beside it is read.
    test::write(root / "plans/single.yaml",
                "engage: 1\nplan: {id: s, title: S, framework: shared.yaml}\n");
    const LoadResult single = load_paths({(root / "plans/single.yaml").string()});
    REQUIRE(single.plans.size() == 1);
    const PlanResult read = check_plan(single.plans[0], Settings{});
    REQUIRE(read.assessment);
    CHECK(read.assessment->framework_id == "ours");
    fs::remove_all(root);
}

TEST_CASE("a framework file inside the repository that is not a framework is named so, unquoted") {
    const fs::path root = repository("reach-not-framework");
    test::write(root / "repo/credentials.yaml", secret);
    test::write(root / "repo/notes.txt", "# Remember\nthe door code is 4321 [and\n");
    test::write(root / "repo/list.yaml", "- token-abcdef\n- token-ghijkl\n");
    for (const std::string framework :
         {"../../credentials.yaml", "../../notes.txt", "../../list.yaml"}) {
        INFO(framework);
        const PlanResult result = check_plan_folder(root / "repo/plans/p", framework);
        const Finding* named = find(result, "bad-version");
        REQUIRE(named != nullptr);
        CHECK(named->message.find("not a framework file") != std::string::npos);
        const std::string text = all_text(result);
        for (const char* quoted : {"sk-live", "api_key", "password", "4321", "token-", "door"})
            CHECK(text.find(quoted) == std::string::npos);
    }
}

TEST_CASE("a framework file over the size limit is reported before it is read") {
    const fs::path root = fs::canonical(test::scratch("framework-size"));
    test::write(root / "big.yaml", "engage-framework: 1\nid: big\nname: Big\nstandards: []\n" +
                                       std::string(4096, '#') + "\n");
    LoadLimits limits;
    limits.max_file_bytes = 1024;
    const FrameworkLoad loaded = load_framework_file((root / "big.yaml").string(), limits);
    CHECK_FALSE(loaded.framework);
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].rule == "yaml-syntax");
    CHECK(loaded.findings[0].message.find(
              "over the limit of 0.0 MiB (1024 bytes) for a framework") != std::string::npos);
    // /proc files tell no size: the bounded read stops at the limit all the same.
    const FrameworkLoad endless =
        load_framework_file("/proc/self/maps", LoadLimits{.max_file_bytes = 16});
    REQUIRE(endless.findings.size() == 1);
    CHECK(endless.findings[0].message.find("more than") != std::string::npos);
}

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
            refused.push_back(fs::path(f.file).filename().string() + " " + std::string(f.rule));
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
