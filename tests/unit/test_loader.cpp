// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include <engage/load.hpp>

#include <doctest/doctest.h>

using namespace engage;
using engage::test::has_rule;
using engage::test::load;
using engage::test::places;

namespace {
const char* const small_plan = R"(engage: 1
plan:
  id: dundee-yvop
  title: Your Voice Our Promise
  period: {from: 2022-04-01, to: 2025-03-31}
groups:
  - id: ceyp
    name: Care experienced young people
    seldom_heard: true
    barriers: [placement moves]
bodies:
  - id: yvop-team
    name: YVOP Engagement Team
    kind: forum
    groups: [ceyp]
    meets: monthly
    members: {young_people: 10, adults: 4}
    feeds_into:
      - to: champions-board
        feedback: updates on agreed actions at the next meeting
  - {id: champions-board, name: Champions Board, kind: board, decides: true, meets: {per_year: 3}}
actions:
  - id: CONS-1
    title: Create a clear operational plan
    lead: "CLD?"
    due: 2023-03-31
    status: in-progress
)";
}

TEST_CASE("a well-formed plan loads into the model with 1-based positions") {
    const LoadedPlan loaded = load(small_plan);
    CHECK(loaded.findings.empty());
    const Plan& plan = loaded.plan;
    REQUIRE(plan.has_plan_section);
    CHECK(plan.info.id.value == "dundee-yvop");
    CHECK(plan.info.id.loc.line == 3);
    CHECK(plan.info.id.loc.column == 7);
    CHECK(plan.info.period.to.value.year == 2025);
    REQUIRE(plan.groups.size() == 1);
    CHECK(plan.groups[0].seldom_heard.value);
    CHECK(plan.groups[0].barriers.value.at(0).value == "placement moves");
    REQUIRE(plan.bodies.size() == 2);
    const Body& team = plan.bodies[0];
    CHECK(team.kind.value == BodyKind::forum);
    CHECK(team.loc.line == 12);
    CHECK(team.loc.column == 5);
    CHECK(team.meets.value.per_year() == 12);
    CHECK(team.members.young_people.value == 10);
    REQUIRE(team.feeds_into.value.size() == 1);
    CHECK(team.feeds_into.value[0].to.value == "champions-board");
    CHECK(team.feeds_into.value[0].to.loc.line == 19);
    CHECK(team.feeds_into.value[0].to.loc.column == 13);
    CHECK_FALSE(team.feeds_into.value[0].feedback.value.empty());
    const Body& board = plan.bodies[1];
    CHECK(board.decides.value);
    CHECK(board.meets.value.per_year() == 3);
    REQUIRE(plan.actions.size() == 1);
    CHECK(plan.actions[0].lead.value == "CLD?");
    CHECK(plan.actions[0].status.value == Status::in_progress);
    CHECK(plan.actions[0].due.loc.line == 26);
}

TEST_CASE("columns count characters, not bytes") {
    const LoadedPlan loaded =
        load("engage: 1\nplan: {id: x, title: \"\xC3\xA9\xC3\xA9\", area: y}\nbudgét: 1\nbodies: "
             "[{id: a, name: \xC3\xA9, kind: forom}]\n");
    CHECK(places(loaded.findings) == std::vector<std::string>{"3:1 unknown-key", "4:33 bad-value"});
}

TEST_CASE("duplicate keys are found, with the first place named") {
    const LoadedPlan loaded = load("engage: 1\nplan:\n  id: x\n  title: a\n  title: b\n");
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].rule == "duplicate-key");
    CHECK(loaded.findings[0].line == 5);
    CHECK(loaded.findings[0].message.find("line 4") != std::string::npos);
}

TEST_CASE("duplicate keys are found in large mappings too") {
    std::string text = "engage: 1\nplan: {id: x, title: y}\nstandards:\n";
    for (int i = 0; i < 100; ++i)
        text += "  s" + std::to_string(i) + ": {score: 3}\n";
    text += "  s42: {score: 4}\n";
    const LoadedPlan loaded = load(text);
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].rule == "duplicate-key");
    CHECK(loaded.findings[0].line == 104);
}

TEST_CASE("a 9x9 alias bomb is a finding, not a hang") {
    std::string text =
        "engage: 1\nplan: {id: x, title: y}\nneeds:\n  a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        text += std::string("  ") + c + ": &" + c + " [";
        for (int k = 0; k < 9; ++k)
            text += std::string(k ? ", " : "") + "*" + static_cast<char>(c - 1);
        text += "]\n";
    }
    const LoadedPlan loaded = load(text);
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].rule == "yaml-syntax");
    CHECK(loaded.findings[0].message.find("alias") != std::string::npos);
    CHECK(loaded.findings[0].line > 4);
}

TEST_CASE("the alias budget is a limit the caller can set") {
    const std::string text =
        "engage: 1\nplan: {id: x, title: y, needs: &n [a, b, c], resources: *n}\n";
    CHECK(load(text).findings.empty());
    LoadLimits tight;
    tight.max_alias_nodes = 3; // the alias repeats a list of three: four nodes
    CHECK(has_rule(load(text, tight).findings, "yaml-syntax"));
}

TEST_CASE("aliases resolve to the anchored value") {
    const LoadedPlan loaded =
        load("engage: 1\nplan: {id: x, title: y, needs: &n [survey, inspection], resources: *n}\n");
    CHECK(loaded.findings.empty());
    REQUIRE(loaded.plan.info.resources.value.size() == 2);
    CHECK(loaded.plan.info.resources.value[1].value == "inspection");
}

TEST_CASE("nesting deeper than the limit is 'nesting too deep' at its place, block and flow") {
    std::string block = "engage: 1\n";
    for (int i = 0; i < 70; ++i)
        block += std::string(static_cast<std::size_t>(2 * i), ' ') + "k:\n";
    const LoadedPlan deep_block = load(block);
    REQUIRE(deep_block.findings.size() == 1);
    CHECK(deep_block.findings[0].message.find("nesting too deep") != std::string::npos);
    CHECK(deep_block.findings[0].line == 66); // the 65th level opens on line 66

    const LoadedPlan deep_flow =
        load("engage: 1\nx: " + std::string(5000, '[') + std::string(5000, ']') + "\n");
    REQUIRE(deep_flow.findings.size() == 1);
    CHECK(deep_flow.findings[0].rule == "yaml-syntax");
    CHECK(deep_flow.findings[0].message.find("nesting too deep") != std::string::npos);
    CHECK(deep_flow.findings[0].line == 2);
}

TEST_CASE("bytes YAML cannot hold are findings at their line and column") {
    auto invalid = load("engage: 1\nplan: {id: x, title: \"ab\xFF\"}\n");
    CHECK(places(invalid.findings) == std::vector<std::string>{"2:25 yaml-syntax"});
    auto nul = load(std::string("engage: 1\nplan:\0 x\n", 19));
    CHECK(places(nul.findings) == std::vector<std::string>{"2:6 yaml-syntax"});
    auto utf16 = load("\xFF\xFE"
                      "e\0n\0");
    CHECK(places(utf16.findings) == std::vector<std::string>{"1:1 yaml-syntax"});
}

TEST_CASE("a UTF-8 byte-order mark is a warning and the file still loads") {
    const LoadedPlan loaded = load("\xEF\xBB\xBF"
                                   "engage: 1\nplan: {id: x, title: y}\nbudget: 1\n");
    CHECK(places(loaded.findings) ==
          std::vector<std::string>{"1:1 byte-order-mark", "3:1 unknown-key"});
    CHECK(loaded.findings[0].severity == Severity::warning);
    CHECK(loaded.plan.info.id.value == "x");
    CHECK(loaded.plan.info.id.loc.column == 12);
}

TEST_CASE("empty files, comment-only files and non-mapping roots get one clear finding") {
    CHECK(places(load("").findings) == std::vector<std::string>{"1:1 missing-key"});
    CHECK(places(load("# only a comment\n\n").findings) ==
          std::vector<std::string>{"1:1 missing-key"});
    CHECK(places(load("just text\n").findings) == std::vector<std::string>{"1:1 wrong-type"});
    CHECK(places(load("- a\n- b\n").findings) == std::vector<std::string>{"1:1 wrong-type"});
}

TEST_CASE("keys that are not words are wrong-type, not a crash") {
    const LoadedPlan loaded =
        load("engage: 1\nplan: {id: x, title: y}\n[a, b]: 1\n? {k: v}\n: 2\n");
    CHECK(places(loaded.findings) == std::vector<std::string>{"3:1 wrong-type", "4:3 wrong-type"});
}

TEST_CASE("an unknown version stops reading the file; a missing one does not") {
    auto unknown = load("engage: 2\nplan: {id: x, title: y}\nwhatever: 1\n");
    CHECK(places(unknown.findings) == std::vector<std::string>{"1:9 bad-version"});
    auto missing = load("plan: {id: x, title: y}\nbudget: 1\n");
    CHECK(places(missing.findings) ==
          std::vector<std::string>{"1:1 bad-version", "2:1 unknown-key"});
}

TEST_CASE("unknown keys suggest the nearest key") {
    const LoadedPlan loaded = load("engage: 1\nplan: {id: x, title: y}\nbodies:\n  - {id: a, name: "
                                   "b, kind: forum, feeds_int: [c]}\n");
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].help == "Did you mean `feeds_into`?");
}

TEST_CASE("bad values list what is allowed and suggest the nearest") {
    const LoadedPlan loaded = load("engage: 1\nplan: {id: x, title: y}\nactions:\n  - {id: A-1, "
                                   "title: t, status: in-progres}\n");
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].rule == "bad-value");
    CHECK(loaded.findings[0].message.find("planned, in-progress, done, blocked or dropped") !=
          std::string::npos);
    CHECK(loaded.findings[0].help == "Did you mean `in-progress`?");
}

TEST_CASE("plan files are concatenated, with ids unique across them") {
    std::vector<SourceFile> files = {
        {"dundee/plan.yaml", "engage: 1\nplan: {id: dundee, title: T}\nbodies:\n  - {id: board, "
                             "name: B, kind: board}\n"},
        {"dundee/bodies.yaml",
         "engage: 1\nbodies:\n  - {id: forum, name: F, kind: forum, feeds_into: [board]}\n"},
        {"dundee/more.yaml", "engage: 1\ngroups:\n  - {id: forum, name: Same id as a body}\n"},
    };
    const LoadedPlan loaded = load_plan_files("dundee", files);
    CHECK(loaded.plan.bodies.size() == 2);
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].rule == "duplicate-id");
    CHECK(loaded.findings[0].file == "dundee/more.yaml");
    CHECK(loaded.findings[0].message.find("dundee/bodies.yaml:3") != std::string::npos);
    CHECK(loaded.plan.file_path(loaded.plan.bodies[1].loc) == "dundee/bodies.yaml");
}

TEST_CASE("a second plan section in a plan folder is a duplicate-key") {
    std::vector<SourceFile> files = {
        {"p/plan.yaml", "engage: 1\nplan: {id: p, title: T}\n"},
        {"p/extra.yaml", "engage: 1\nplan: {id: q, title: U}\n"},
    };
    const LoadedPlan loaded = load_plan_files("p", files);
    CHECK(places(loaded.findings) == std::vector<std::string>{"2:7 duplicate-key"});
    CHECK(loaded.findings[0].file == "p/extra.yaml");
    CHECK(loaded.plan.info.id.value == "p");
}

TEST_CASE("a plan folder whose plan.yaml has no plan section is reported once") {
    std::vector<SourceFile> files = {{"p/plan.yaml", "engage: 1\n"}, {"p/b.yaml", "engage: 1\n"}};
    const LoadedPlan loaded = load_plan_files("p", files);
    CHECK(places(loaded.findings) == std::vector<std::string>{"1:1 missing-key"});
}

TEST_CASE("findings come sorted by file, line and column") {
    const LoadedPlan loaded = load("engage: 1\nzzz: 1\nplan: {id: x, title: y, aaa: 2}\nbbb: 3\n");
    CHECK(places(loaded.findings) ==
          std::vector<std::string>{"2:1 unknown-key", "3:25 unknown-key", "4:1 unknown-key"});
}

TEST_CASE("lone CR line breaks are line breaks, as YAML has them") {
    // yaml-cpp alone read such a file as one line: a leading comment made it "empty".
    const LoadedPlan commented =
        load("# Our plan\rengage: 1\rplan:\r  id: x\r  title: y\rbudget: 1\r");
    CHECK(places(commented.findings) == std::vector<std::string>{"6:1 unknown-key"});
    CHECK(commented.plan.info.id.value == "x");
    const LoadedPlan mixed = load("engage: 1\r\nplan:\r  id: x\n  title: \"two\r  lines\"\r");
    CHECK(mixed.findings.empty());
    CHECK(mixed.plan.info.title.value == "two lines");
    CHECK(mixed.plan.info.title.loc.line == 4);
}

TEST_CASE("a quoted version is named as text where a number belongs") {
    const LoadedPlan quoted = load("engage: \"1\"\nplan: {id: x, title: y}\n");
    REQUIRE(places(quoted.findings) == std::vector<std::string>{"1:9 bad-version"});
    CHECK(quoted.findings[0].message ==
          "the format version must be the number 1, not the text \"1\"");
    CHECK(quoted.findings[0].help == "Write `engage: 1`, without quotes.");
}

TEST_CASE("a second document is told apart from content after the top level ends") {
    auto message = [](const std::string& text) {
        const LoadedPlan loaded = load(text);
        REQUIRE(loaded.findings.size() == 1);
        CHECK(loaded.findings[0].rule == "yaml-syntax");
        return std::to_string(loaded.findings[0].line) + ": " + loaded.findings[0].message;
    };
    CHECK(message("engage: 1\nplan: {id: p, title: T}\n---\nbodies: []\n") ==
          "3: a plan file holds one YAML document, but a second one starts here");
    CHECK(message("engage: 1\nplan: {id: p, title: T}\n...\n# more\nbodies: []\n") ==
          "5: a plan file holds one YAML document, but a second one starts here, after the "
          "`...` that ends the first");
    // No `---` in the file: yaml-cpp ended the top level early.
    CHECK(message("- a\n- b\ninvalid\n") ==
          "3: content continues after the end of the file's top-level list, which ended before "
          "this line (is this line mis-indented?)");
    CHECK(message("--- >\nline one\nline two\n") ==
          "2: this line is outside the text that `>` starts on line 1: the lines of that text "
          "must be indented");
}

TEST_CASE("a tab is blamed for a syntax error only near it") {
    // A tab inside a block of text is legitimate; the error is the `[` far below.
    const LoadedPlan far = load("engage: 1\nplan:\n  id: p\n  purpose: |\n    a\n    \tb\n"
                                "    c\n  title: T\n  area: x\n  needs: [\n");
    REQUIRE(far.findings.size() == 1);
    CHECK(far.findings[0].message.find("`[` is never closed") != std::string::npos);
    const LoadedPlan near = load("engage: 1\nplan:\n  id: p\n\ttitle: T\n");
    REQUIRE(places(near.findings) == std::vector<std::string>{"4:1 yaml-syntax"});
    CHECK(near.findings[0].message.find("tab used for indentation") != std::string::npos);
}

TEST_CASE("text that starts like a binary file's signature is text") {
    const LoadedPlan gif = load("GIF89a: 1\nengage: 1\nplan: {id: p, title: T}\n");
    CHECK(places(gif.findings) == std::vector<std::string>{"1:1 unknown-key"});
    const LoadedPlan real = load("GIF89a\x01\x00\x01\x00\x80\x00\x00");
    REQUIRE(real.findings.size() == 1);
    CHECK(real.findings[0].message == "the file looks like a GIF image, not a YAML text file");
}
