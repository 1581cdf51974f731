// SPDX-License-Identifier: MIT
// The top level of a plan file and its plan section.
#include "plan_reader.hpp"

#include "plan_file_reader.hpp"

#include <fmt/format.h>

namespace engage::detail {

bool PlanFileReader::read_top_level(std::uint32_t root) {
    if (!check_version(root))
        return false;
    return r_.read_mapping(
        root, "a plan file",
        {
            {"engage", [](std::uint32_t) {}},
            {"plan", [&](std::uint32_t n) { read_plan_section(n); }},
            {"partners",
             [&](std::uint32_t n) {
                 each(n, "partners", plan_.partners, &PlanFileReader::partner);
             }},
            {"groups",
             [&](std::uint32_t n) { each(n, "groups", plan_.groups, &PlanFileReader::group); }},
            {"bodies",
             [&](std::uint32_t n) { each(n, "bodies", plan_.bodies, &PlanFileReader::body); }},
            {"actions",
             [&](std::uint32_t n) { each(n, "actions", plan_.actions, &PlanFileReader::action); }},
            {"engagements",
             [&](std::uint32_t n) {
                 each(n, "engagements", plan_.engagements, &PlanFileReader::engagement);
             }},
            {"commitments",
             [&](std::uint32_t n) {
                 each(n, "commitments", plan_.commitments, &PlanFileReader::commitment);
             }},
            {"standards", [&](std::uint32_t n) { standards(n); }},
            {"publications",
             [&](std::uint32_t n) {
                 each(n, "publications", plan_.publications, &PlanFileReader::publication);
             }},
            {"channels",
             [&](std::uint32_t n) {
                 each(n, "channels", plan_.channels, &PlanFileReader::channel);
             }},
            {"advocacy",
             [&](std::uint32_t n) {
                 each(n, "advocacy", plan_.advocacy, &PlanFileReader::advocacy);
             }},
        });
}

/// Checks `engage: 1`; returns false when the rest of the file must not be read.
bool PlanFileReader::check_version(std::uint32_t root) {
    const YamlNode& map = r_.node(root);
    if (map.kind != NodeKind::mapping) {
        r_.report(rules::wrong_type, root,
                  fmt::format("the top level of a plan file should be a mapping (engage:, "
                              "plan:, bodies: ...), "
                              "but it is {}",
                              r_.describe(root)));
        return false;
    }
    const auto entries = r_.children(root);
    for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
        if (r_.value(entries[i]) != "engage")
            continue;
        const std::uint32_t value = entries[i + 1];
        const YamlNode& v = r_.node(value);
        if (v.kind == NodeKind::scalar && v.plain && r_.value(value) == "1")
            return true;
        if (v.kind == NodeKind::scalar && r_.value(value) == "1") {
            // `engage: "1"`: the right version, written as text.
            r_.report(rules::bad_version, value,
                      "the format version must be the number 1, not the text \"1\"",
                      "Write `engage: 1`, without quotes.");
            return false;
        }
        r_.report(
            rules::bad_version, r_.is_null(value) ? entries[i] : value,
            fmt::format("unknown format version {}: this version of engage reads `engage: 1`",
                        r_.describe(value)),
            "Set `engage: 1`, or upgrade engage if the file was written for a newer version.");
        return false;
    }
    r_.report(rules::bad_version, root, "this file does not say its format version",
              "Add `engage: 1` as the first line of the file.");
    return true;
}

void PlanFileReader::read_plan_section(std::uint32_t node) {
    if (plan_.has_plan_section) {
        r_.report(rules::duplicate_key, node,
                  fmt::format("this plan already has a `plan:` section ({}:{})",
                              plan_.file_path(plan_.info.loc), plan_.info.loc.line),
                  "A plan has one `plan:` section; in a plan folder it belongs in plan.yaml.");
        return;
    }
    PlanInfo& p = plan_.info;
    if (!r_.read_mapping(
            node, "the plan section",
            {
                {"id", [&](std::uint32_t n) { p.id = r_.id(n, "id"); }, true},
                {"title", [&](std::uint32_t n) { p.title = r_.text(n, "title"); }, true},
                {"area", [&](std::uint32_t n) { p.area = r_.text(n, "area"); }},
                {"owner", [&](std::uint32_t n) { p.owner = r_.text(n, "owner"); }},
                {"period", [&](std::uint32_t n) { p.period = period(n); }},
                {"purpose", [&](std::uint32_t n) { p.purpose = r_.text(n, "purpose"); }},
                {"framework", [&](std::uint32_t n) { p.framework = r_.text(n, "framework"); }},
                {"principles",
                 [&](std::uint32_t n) {
                     r_.read_list(n, "principles", [&](std::uint32_t i) { principle(i); });
                 }},
                {"participation",
                 [&](std::uint32_t n) {
                     p.participation = r_.enum_list<Participation>(n, "participation");
                 }},
                {"approaches",
                 [&](std::uint32_t n) { p.approaches = r_.enum_list<Approach>(n, "approaches"); }},
                {"involvement",
                 [&](std::uint32_t n) {
                     p.involvement.loc = r_.loc(n);
                     each(n, "involvement", p.involvement.value, &PlanFileReader::involvement);
                 }},
                {"review", [&](std::uint32_t n) { p.review = review(n); }},
                {"needs",
                 [&](std::uint32_t n) {
                     text_or_long_form(n, "needs", p.needs, p.needs_details, &PlanFileReader::need,
                                       &Need::source);
                 }},
                {"outcomes",
                 [&](std::uint32_t n) {
                     p.outcomes.loc = r_.loc(n);
                     each(n, "outcomes", p.outcomes.value, &PlanFileReader::outcome);
                 }},
                {"resources",
                 [&](std::uint32_t n) {
                     text_or_long_form(n, "resources", p.resources, p.resources_details,
                                       &PlanFileReader::resource, &Resource::what);
                 }},
            })) {
        return;
    }
    plan_.has_plan_section = true;
    p.loc = r_.loc(node);
}

Period PlanFileReader::period(std::uint32_t node) {
    Period out;
    r_.read_mapping(node, "the plan period",
                    {{"from", [&](std::uint32_t n) { out.from = r_.date(n, "from"); }},
                     {"to", [&](std::uint32_t n) { out.to = r_.date(n, "to"); }}});
    out.loc = r_.loc(node);
    return out;
}

void PlanFileReader::principle(std::uint32_t node) {
    Principle out;
    if (r_.is_scalar(node)) {
        out.name = r_.text(node, "principles");
    } else {
        r_.read_mapping(node, "a principle",
                        {{"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
                         {"description",
                          [&](std::uint32_t n) { out.description = r_.text(n, "description"); }}});
    }
    out.loc = r_.loc(node);
    plan_.info.principles.push_back(std::move(out));
}

Involvement PlanFileReader::involvement(std::uint32_t node) {
    Involvement out;
    if (r_.read_mapping(
            node, "an `involvement` item",
            {{"stage",
              [&](std::uint32_t n) { out.stage = r_.enumeration<InvolvementStage>(n, "stage"); },
              true},
             {"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
             {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }},
             {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
             {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
             {"how", [&](std::uint32_t n) { out.how = r_.text(n, "how"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Review PlanFileReader::review(std::uint32_t node) {
    Review out;
    r_.read_mapping(
        node, "the review",
        {{"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
         {"how", [&](std::uint32_t n) { out.how = r_.text(n, "how"); }},
         {"learning", [&](std::uint32_t n) { out.learning = r_.text_list(n, "learning"); }},
         {"when", [&](std::uint32_t n) { out.when = r_.text(n, "when"); }},
         {"held_on", [&](std::uint32_t n) { out.held_on = r_.date(n, "held_on"); }},
         {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }},
         {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
         {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }}});
    out.loc = r_.loc(node);
    return out;
}

Need PlanFileReader::need(std::uint32_t node) {
    Need out;
    if (r_.read_mapping(
            node, "a `needs` item",
            {{"source", [&](std::uint32_t n) { out.source = r_.text(n, "source"); }, true},
             {"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Resource PlanFileReader::resource(std::uint32_t node) {
    Resource out;
    if (r_.read_mapping(
            node, "a `resources` item",
            {{"what", [&](std::uint32_t n) { out.what = r_.text(n, "what"); }, true},
             {"for", [&](std::uint32_t n) { out.allocated_to = r_.text_list(n, "for"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Outcome PlanFileReader::outcome(std::uint32_t node) {
    Outcome out;
    if (r_.read_mapping(node, "an outcome",
                        {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                         {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }, true},
                         {"indicators",
                          [&](std::uint32_t n) { out.indicators = r_.text_list(n, "indicators"); }},
                         {"results", [&](std::uint32_t n) {
                              out.results.loc = r_.loc(n);
                              each(n, "results", out.results.value,
                                   &PlanFileReader::outcome_result);
                          }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

OutcomeResult PlanFileReader::outcome_result(std::uint32_t node) {
    OutcomeResult out;
    if (r_.read_mapping(
            node, "an outcome's result",
            {{"value", [&](std::uint32_t n) { out.value = r_.text(n, "value"); }, true},
             {"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
             {"source", [&](std::uint32_t n) { out.source = r_.text(n, "source"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

bool read_plan_file(Plan& plan, ValueReader& reader, const YamlTree& tree) {
    if (tree.root == no_node)
        return false;
    return PlanFileReader(plan, reader).read_top_level(tree.root);
}

} // namespace engage::detail
