// SPDX-License-Identifier: MIT
// Mistakes in the plan keys added for issue 16 (notes/FORMAT-ADDITIONS.md):
// each reported with its rule, at its place, as for the keys before them.
#include "test_support.hpp"

#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

using namespace engage;
using engage::test::load;
using engage::test::places;
using engage::test::where;

namespace {

/// The one finding loading `text` gives.
Finding only_finding(const std::string& text) {
    const LoadedPlan loaded = load(text);
    REQUIRE(loaded.findings.size() == 1);
    return loaded.findings[0];
}

/// What `places()` gives for one finding of `rule` at `needle` in `text`.
std::vector<std::string> one_at(const std::string& text, std::string_view needle,
                                const std::string& rule) {
    return {where(text, needle) + " " + rule};
}

/// A plan with something to refer to, and no bodies or engagements yet.
const std::string small_plan = "engage: 1\nplan: {id: p, title: T}\n"
                               "partners: [{id: education, name: Education}]\n"
                               "groups: [{id: ceyp, name: CEYP}]\n"
                               "actions: [{id: CONS-1, title: A}]\n";
const std::string two_bodies =
    "{id: forum, name: F, kind: forum}, {id: board, name: B, kind: board}";

} // namespace

TEST_CASE("new keys of the wrong type are wrong-type at the value") {
    for (const auto& [extra, needle] : std::vector<std::pair<std::string, std::string>>{
             {"publications: [{id: x, what: plan, formats: bsl}]\n", "bsl"},
             {"publications: [{id: x, what: plan, public: \"true\"}]\n", "\"true\""},
             {"channels: {id: x, name: Y}\n", "{id: x"},
             {"advocacy: [provider]\n", "provider]"},
             {"bodies: [{id: f, name: F, kind: forum, papers: {days_before: a week}}]\n", "a week"},
             {"bodies: [{id: f, name: F, kind: forum, papers: [easy-read]}]\n", "[easy-read]"},
             {"bodies: [{id: f, name: F, kind: forum, preparation: a briefing}]\n", "a briefing"},
             {"engagements: [{id: e, title: E, declined: [no money]}]\n", "no money"},
             {"engagements: [{id: e, title: E, we_did: [[a, b]]}]\n", "[a, b]]"},
             {"engagements: [{id: e, title: E, minority_views: {view: v}}]\n", "{view: v}"},
         }) {
        const std::string text = small_plan + extra;
        CAPTURE(text);
        CHECK(places(load(text).findings) == one_at(text, needle, "wrong-type"));
    }
    const std::string adults = "engage: 1\nplan: {id: p, title: T}\n"
                               "groups: [{id: g, name: G, adults: yes}]\n";
    CHECK(places(load(adults).findings) == one_at(adults, "yes", "wrong-type"));
    const std::string assessed = "engage: 1\nplan: {id: p, title: T}\n"
                                 "groups: [{id: g, name: G, needs_assessed: [2023-02-01]}]\n";
    CHECK(places(load(assessed).findings) == one_at(assessed, "[2023", "wrong-type"));
    const Finding seats =
        only_finding(small_plan + "bodies: [" + two_bodies +
                     ", {id: f, name: F, kind: forum, feeds_into: [{to: board, seats: two}]}]\n");
    CHECK(seats.rule == "wrong-type");
    CHECK(seats.message == "`seats` should be a whole number, but it is 'two'");
}

TEST_CASE("new choices outside their values are bad-value, with the nearest suggested") {
    const std::string involvement =
        "engage: 1\nplan:\n  id: p\n  title: T\n  involvement: [{stage: drafing}]\n";
    const Finding stage = only_finding(involvement);
    CHECK(stage.rule == "bad-value");
    CHECK(places({stage}) == one_at(involvement, "drafing", "bad-value"));
    CHECK(stage.message ==
          "`stage` cannot be 'drafing'; it is one of: focus, drafting or agreement");
    CHECK(stage.help == "Did you mean `drafting`?");

    for (const auto& [extra, needle, help] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"publications: [{id: x, what: plan, formats: [easy_read]}]\n", "easy_read",
              "Did you mean `easy-read`?"},
             {"publications: [{id: x, what: result}]\n", "result", "Did you mean `results`?"},
             {"bodies: [" + two_bodies +
                  ", {id: f, name: F, kind: forum, feeds_into: [{to: board, shared: [minute]}]}]\n",
              "minute", "Did you mean `minutes`?"},
             {"bodies: [{id: f, name: F, kind: forum, for: adult}]\n", "adult}",
              "Did you mean `adults`?"},
             {"bodies: [{id: f, name: F, kind: forum, papers: {formats: [larg-print]}}]\n",
              "larg-print", "Did you mean `large-print`?"},
             {"channels: [{id: c, name: C, recurs: anually}]\n", "anually",
              "Did you mean `annually`?"},
             {"channels: [{id: c, name: C, method: surve}]\n", "surve", "Did you mean `survey`?"},
         }) {
        const std::string text = small_plan + extra;
        CAPTURE(text);
        const LoadedPlan loaded = load(text);
        CHECK(places(loaded.findings) == one_at(text, needle, "bad-value"));
        REQUIRE(!loaded.findings.empty());
        CHECK(loaded.findings[0].help == help);
    }
    const std::string bad_id = small_plan + "channels: [{id: Bad_Id, name: C}]\n";
    CHECK(places(load(bad_id).findings) == one_at(bad_id, "Bad_Id", "bad-value"));
    const std::string negative =
        small_plan + "bodies: [{id: f, name: F, kind: forum, training: [{what: t, people: -3}]}]\n";
    CHECK(places(load(negative).findings) == one_at(negative, "-3", "bad-value"));
    const std::string no_seats = small_plan + "bodies: [" + two_bodies +
                                 ", {id: f, name: F, kind: forum, feeds_into: [{to: board, "
                                 "seats: -1}]}]\n";
    CHECK(places(load(no_seats).findings) == one_at(no_seats, "-1}", "bad-value"));
}

TEST_CASE("new dates are checked like every date") {
    for (const auto& [extra, needle] : std::vector<std::pair<std::string, std::string>>{
             {"channels: [{id: c, name: C, last_used: 2023-02-30}]\n", "2023-02-30"},
             {"publications: [{id: x, what: plan, date: 2023-7-1}]\n", "2023-7-1"},
             {"engagements: [{id: e, title: E, we_did: [{what: w, on: 2023-13-01}]}]\n",
              "2023-13-01"},
         }) {
        const std::string text = small_plan + extra;
        CAPTURE(text);
        CHECK(places(load(text).findings) == one_at(text, needle, "bad-date"));
    }
    const std::string assessed =
        "engage: 1\nplan: {id: p, title: T}\n"
        "groups: [{id: g, name: G, needs_assessed: {date: last spring}}]\n";
    CHECK(places(load(assessed).findings) == one_at(assessed, "last spring", "bad-date"));
    const std::string needs =
        "engage: 1\nplan:\n  id: p\n  title: T\n  needs: [{source: s, date: 31/03/2022}]\n";
    CHECK(places(load(needs).findings) == one_at(needs, "31/03/2022", "bad-date"));
    const std::string review =
        "engage: 1\nplan:\n  id: p\n  title: T\n  review: {held_on: 2023-06-31}\n";
    CHECK(places(load(review).findings) == one_at(review, "2023-06-31", "bad-date"));
}

TEST_CASE("unknown keys in the new mappings suggest the nearest key") {
    const std::string text = small_plan + "publications: [{id: x, what: plan, audiance: [ceyp]}]\n";
    const Finding publication = only_finding(text);
    CHECK(places({publication}) == one_at(text, "audiance", "unknown-key"));
    CHECK(publication.message == "`audiance` is not a key of a publication");
    CHECK(publication.help == "Did you mean `audience`?");
    CHECK(only_finding(small_plan + "channels: [{id: c, name: C, open_for: [ceyp]}]\n").help ==
          "Did you mean `open_to`?");
    CHECK(only_finding(small_plan + "advocacy: [{groups: [ceyp], acess: [self-referral]}]\n").help ==
          "Did you mean `access`?");
    const Finding we_did = only_finding(
        small_plan + "engagements: [{id: e, title: E, we_did: [{what: w, bye: education}]}]\n");
    CHECK(we_did.message == "`bye` is not a key of a `we_did` item");
    CHECK(we_did.help == "Did you mean `by`?");
    CHECK(only_finding(small_plan + "bodies: [{id: f, name: F, kind: forum, paper: {}}]\n").help ==
          "Did you mean `papers`?");
    CHECK(
        only_finding("engage: 1\nplan: {id: p, title: T, review: {held_of: 2023-01-01}}\n").help ==
        "Did you mean `held_on`?");
    CHECK(only_finding("engage: 1\nplan: {id: p, title: T}\npublication: []\n").help ==
          "Did you mean `publications`?");
}

TEST_CASE("required keys of the new mappings are missing-key at the mapping") {
    const std::string involvement =
        "engage: 1\nplan:\n  id: p\n  title: T\n  involvement: [{date: 2022-01-01}]\n";
    CHECK(places(load(involvement).findings) == one_at(involvement, "{date", "missing-key"));
    for (const auto& [extra, message] : std::vector<std::pair<std::string, std::string>>{
             {"publications: [{id: x}]\n", "a publication needs `what`"},
             {"publications: [{what: plan}]\n", "a publication needs `id`"},
             {"channels: [{id: c}]\n", "a channel needs `name`"},
             {"advocacy: [{partner: education}]\n", "an `advocacy` item needs `groups`"},
             {"engagements: [{id: e, title: E, declined: [{view: v}]}]\n",
              "a `declined` item needs `reason`"},
             {"engagements: [{id: e, title: E, declined: [{reason: r}]}]\n",
              "a `declined` item needs `view`"},
             {"engagements: [{id: e, title: E, minority_views: [{response: r}]}]\n",
              "a `minority_views` item needs `view`"},
             {"engagements: [{id: e, title: E, we_did: [{by: education}]}]\n",
              "a `we_did` item needs `what`"},
             {"bodies: [{id: f, name: F, kind: forum, training: [{people: 3}]}]\n",
              "a `training` item needs `what`"},
         }) {
        const std::string text = small_plan + extra;
        CAPTURE(text);
        const Finding f = only_finding(text);
        CHECK(f.rule == "missing-key");
        CHECK(f.message == message);
    }
    CHECK(only_finding("engage: 1\nplan:\n  id: p\n  title: T\n  outcomes: [{id: o, title: O, "
                       "results: [{source: s}]}]\n")
              .message == "an outcome's result needs `value`");
    CHECK(only_finding("engage: 1\nplan:\n  id: p\n  title: T\n  resources: [{for: [x]}]\n")
              .message == "a `resources` item needs `what`");
    CHECK(only_finding("engage: 1\nplan:\n  id: p\n  title: T\n  needs: [{date: 2022-01-01}]\n")
              .message == "a `needs` item needs `source`");
}

TEST_CASE("an item left without its main text is left out of both lists, keeping them aligned") {
    const std::string text = small_plan +
                             "engagements: [{id: e, title: E, we_did: [first, {by: education}, "
                             "{what: third}], minority_views: [{response: r}, kept]}]\n";
    const LoadedPlan loaded = load(text);
    CHECK(places(loaded.findings) ==
          std::vector<std::string>{where(text, "{by") + " missing-key",
                                   where(text, "{response") + " missing-key"});
    const Engagement& e = loaded.plan.engagements.at(0);
    REQUIRE(e.we_did.value.size() == 2);
    REQUIRE(e.we_did_details.size() == 2);
    CHECK(e.we_did.value[1].value == "third");
    CHECK(e.we_did_details[1].what.value == "third");
    REQUIRE(e.minority_views.value.size() == 1);
    REQUIRE(e.minority_views_details.size() == 1);
    CHECK(e.minority_views_details[0].view.value == "kept");
}

TEST_CASE("every new reference must name an item of the right kind") {
    const std::string text =
        "engage: 1\n"
        "plan:\n"
        "  id: p\n"
        "  title: T\n"
        "  involvement: [{stage: focus, bodies: [forun], groups: [cyp], partners: [edu]}]\n"
        "  review: {bodies: [ceyp], groups: [forum], partners: [board]}\n"
        "  resources: [{what: w, for: [forum, CONS-1, ceyp, CONS-2]}]\n"
        "partners: [{id: education, name: Education}]\n"
        "groups: [{id: ceyp, name: CEYP}]\n"
        "bodies: [{id: forum, name: F, kind: forum}, {id: board, name: B, kind: board}]\n"
        "actions: [{id: CONS-1, title: A}]\n"
        "engagements: [{id: hys, title: S, we_did: [{what: w, by: education}, {what: x, by: "
        "ceyp}]}]\n"
        "publications: [{id: page, what: feedback, audience: [ceyp, forum, education], "
        "engagements: [hys, hys-2024]}]\n"
        "channels: [{id: c, name: C, open_to: [forum], feeds_into: [board, ceyp]}]\n"
        "advocacy: [{provider: P, partner: who-cares, groups: [ceyp, carers]}]\n";
    const LoadedPlan loaded = load(text);
    std::vector<std::string> expected;
    for (std::string_view needle :
         {"forun", "cyp", "edu]", "ceyp], groups", "forum], partners", "board]}", "ceyp, CONS-2",
          "CONS-2", "ceyp}", "education], engagements", "hys-2024", "forum], feeds",
          "ceyp]}]\nadvocacy", "who-cares", "carers"}) {
        expected.push_back(where(text, needle) + " unknown-reference");
    }
    CHECK(places(loaded.findings) == expected);

    auto message_at = [&](std::string_view needle) {
        for (const Finding& f : loaded.findings) {
            if (std::to_string(f.line) + ":" + std::to_string(f.column) == where(text, needle))
                return f.message + " | " + f.help;
        }
        return std::string("no finding");
    };
    CHECK(message_at("forun") == "no body has the id `forun` | Did you mean `forum`?");
    CHECK(message_at("ceyp, CONS-2") ==
          "`ceyp` is a group, not a body or action | Add a body or action with this id, or "
          "correct the reference.");
    CHECK(message_at("CONS-2") == "no body or action has the id `CONS-2` | Add a body or action "
                                  "with this id, or correct the reference.");
    CHECK(message_at("hys-2024") == "no engagement has the id `hys-2024` | Add an engagement with "
                                    "this id, or correct the reference.");
    CHECK(message_at("board]}") == "`board` is a body, not a partner | Add a partner with this id, "
                                   "or correct the reference.");
    CHECK(message_at("ceyp}") == "`ceyp` is a group, not a partner or body | Add a partner or "
                                 "body with this id, or correct the reference.");
    CHECK(message_at("education], engagements") ==
          "`education` is a partner, not a group or body | Add a group or body with this id, or "
          "correct the reference.");
}

TEST_CASE("new list sections are joined across a plan folder, with ids unique plan-wide") {
    std::vector<SourceFile> files = {
        {"p/plan.yaml", "engage: 1\nplan: {id: p, title: T}\ngroups: [{id: ceyp, name: C}]\n"
                        "publications: [{id: page, what: plan}]\n"
                        "advocacy: [{provider: A, groups: [ceyp]}]\n"},
        {"p/more.yaml", "engage: 1\npublications: [{id: leaflet, what: results}]\n"
                        "channels: [{id: survey, name: S, open_to: [ceyp]}]\n"
                        "advocacy: [{provider: B, groups: [ceyp]}]\n"},
        {"p/z.yaml", "engage: 1\nchannels: [{id: page, name: Same id as a publication}]\n"
                     "publications: [{id: ceyp, what: changes}]\n"},
    };
    const LoadedPlan loaded = load_plan_files("p", files);
    REQUIRE(loaded.plan.publications.size() == 3);
    CHECK(loaded.plan.publications[1].id.value == "leaflet");
    CHECK(loaded.plan.file_path(loaded.plan.publications[1].loc) == "p/more.yaml");
    REQUIRE(loaded.plan.channels.size() == 2);
    REQUIRE(loaded.plan.advocacy.size() == 2);
    CHECK(loaded.plan.advocacy[1].provider.value == "B");

    CHECK(places(loaded.findings) ==
          std::vector<std::string>{"2:17 duplicate-id", "3:21 duplicate-id"});
    CHECK(loaded.findings[0].file == "p/z.yaml");
    CHECK(loaded.findings[0].message ==
          "the id `page` is already used by the publication at p/plan.yaml:4");
    CHECK(loaded.findings[1].message ==
          "the id `ceyp` is already used by the group at p/plan.yaml:3");
}

TEST_CASE("placeholders in the new keys are kept as written") {
    const LoadedPlan loaded =
        load(small_plan + "engagements: [{id: e, title: E, declined: [{view: v, reason: TBC}]}]\n");
    CHECK(loaded.findings.empty());
    const Text& reason = loaded.plan.engagements.at(0).declined.value.at(0).reason;
    CHECK(reason.value == "TBC");
    CHECK_FALSE(says_something(reason));
}
