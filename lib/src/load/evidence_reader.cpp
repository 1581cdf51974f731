// SPDX-License-Identifier: MIT
// What a plan promises and what it shows: actions, engagements, commitments,
// the self-assessment, publications, channels and advocacy.
#include "plan_file_reader.hpp"

#include <fmt/format.h>

namespace engage::detail {

Action PlanFileReader::action(std::uint32_t node) {
    Action out;
    if (r_.read_mapping(
            node, "an action",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id", IdStyle::action); }, true},
             {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }, true},
             {"priority", [&](std::uint32_t n) { out.priority = r_.text(n, "priority"); }},
             {"lead", [&](std::uint32_t n) { out.lead = r_.text(n, "lead"); }},
             {"due", [&](std::uint32_t n) { out.due = r_.date(n, "due"); }},
             {"status", [&](std::uint32_t n) { out.status = r_.enumeration<Status>(n, "status"); }},
             {"done_on", [&](std::uint32_t n) { out.done_on = r_.date(n, "done_on"); }},
             {"standards", [&](std::uint32_t n) { out.standards = r_.text_list(n, "standards"); }},
             {"indicators",
              [&](std::uint32_t n) { out.indicators = r_.text_list(n, "indicators"); }},
             {"outcomes", [&](std::uint32_t n) { out.outcomes = r_.text_list(n, "outcomes"); }},
             {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }},
             {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
             {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
             {"approach",
              [&](std::uint32_t n) { out.approach = r_.enumeration<Approach>(n, "approach"); }},
             {"notes", [&](std::uint32_t n) { out.notes = r_.text(n, "notes"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Engagement PlanFileReader::engagement(std::uint32_t node) {
    Engagement out;
    if (r_.read_mapping(
            node, "an engagement",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
             {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }, true},
             {"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
             {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }},
             {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
             {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
             {"outcomes", [&](std::uint32_t n) { out.outcomes = r_.text_list(n, "outcomes"); }},
             {"method", [&](std::uint32_t n) { out.method = r_.enumeration<Method>(n, "method"); }},
             {"approach",
              [&](std::uint32_t n) { out.approach = r_.enumeration<Approach>(n, "approach"); }},
             {"participants",
              [&](std::uint32_t n) { out.participants = headcount(n, "`participants`"); }},
             {"you_said", [&](std::uint32_t n) { out.you_said = r_.text_list(n, "you_said"); }},
             {"we_did",
              [&](std::uint32_t n) {
                  text_or_long_form(n, "we_did", out.we_did, out.we_did_details,
                                    &PlanFileReader::we_did, &WeDid::what);
              }},
             {"fed_back_on", [&](std::uint32_t n) { out.fed_back_on = r_.date(n, "fed_back_on"); }},
             {"minority_views",
              [&](std::uint32_t n) {
                  text_or_long_form(n, "minority_views", out.minority_views,
                                    out.minority_views_details, &PlanFileReader::minority_view,
                                    &MinorityView::view);
              }},
             {"adaptations",
              [&](std::uint32_t n) { out.adaptations = r_.text_list(n, "adaptations"); }},
             {"learning", [&](std::uint32_t n) { out.learning = r_.text_list(n, "learning"); }},
             {"declined",
              [&](std::uint32_t n) {
                  out.declined.loc = r_.loc(n);
                  each(n, "declined", out.declined.value, &PlanFileReader::declined);
              }},
             {"preparation",
              [&](std::uint32_t n) { out.preparation = r_.text_list(n, "preparation"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

MinorityView PlanFileReader::minority_view(std::uint32_t node) {
    MinorityView out;
    if (r_.read_mapping(
            node, "a `minority_views` item",
            {{"view", [&](std::uint32_t n) { out.view = r_.text(n, "view"); }, true},
             {"response", [&](std::uint32_t n) { out.response = r_.text(n, "response"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Declined PlanFileReader::declined(std::uint32_t node) {
    Declined out;
    if (r_.read_mapping(
            node, "a `declined` item",
            {{"view", [&](std::uint32_t n) { out.view = r_.text(n, "view"); }, true},
             {"reason", [&](std::uint32_t n) { out.reason = r_.text(n, "reason"); }, true}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

WeDid PlanFileReader::we_did(std::uint32_t node) {
    WeDid out;
    if (r_.read_mapping(node, "a `we_did` item",
                        {{"what", [&](std::uint32_t n) { out.what = r_.text(n, "what"); }, true},
                         {"by", [&](std::uint32_t n) { out.by = r_.text(n, "by"); }},
                         {"on", [&](std::uint32_t n) { out.on = r_.date(n, "on"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Commitment PlanFileReader::commitment(std::uint32_t node) {
    Commitment out;
    if (r_.read_mapping(
            node, "a commitment",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
             {"by", [&](std::uint32_t n) { out.by = r_.text(n, "by"); }, true},
             {"commitment", [&](std::uint32_t n) { out.commitment = r_.text(n, "commitment"); },
              true},
             {"made_on", [&](std::uint32_t n) { out.made_on = r_.date(n, "made_on"); }},
             {"review", [&](std::uint32_t n) { out.review = r_.date(n, "review"); }},
             {"status", [&](std::uint32_t n) { out.status = r_.enumeration<Status>(n, "status"); }},
             {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
             {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

void PlanFileReader::standards(std::uint32_t node) {
    const YamlNode& map = r_.node(node);
    if (map.kind != NodeKind::mapping) {
        r_.report(
            rules::wrong_type, node,
            fmt::format(
                "`standards` should map each standard to its score and evidence, but it is {}",
                r_.describe(node)));
        return;
    }
    const auto entries = r_.children(node);
    for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
        SelfAssessment entry;
        entry.key = r_.id(entries[i], "standards");
        if (!entry.key.present())
            continue;
        for (const auto& earlier : plan_.standards) {
            if (earlier.key.value == entry.key.value &&
                earlier.key.loc.file != entry.key.loc.file) {
                r_.report(rules::duplicate_key, entries[i],
                          fmt::format("the standard `{}` is already assessed in {}:{}",
                                      entry.key.value, plan_.file_path(earlier.key.loc),
                                      earlier.key.loc.line));
            }
        }
        const std::uint32_t value = entries[i + 1];
        r_.read_mapping(
            value, "a standard's self-assessment",
            {{"score", [&](std::uint32_t n) { entry.score = r_.integer(n, "score", 1, 6); }},
             {"evidence", [&](std::uint32_t n) { entry.evidence = r_.text_list(n, "evidence"); }}});
        entry.loc = r_.loc(value);
        plan_.standards.push_back(std::move(entry));
    }
}

Publication PlanFileReader::publication(std::uint32_t node) {
    Publication out;
    if (r_.read_mapping(
            node, "a publication",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
             {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }},
             {"what",
              [&](std::uint32_t n) { out.what = r_.enumeration<PublicationKind>(n, "what"); },
              true},
             {"where", [&](std::uint32_t n) { out.where = r_.text(n, "where"); }},
             {"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
             {"audience", [&](std::uint32_t n) { out.audience = r_.text_list(n, "audience"); }},
             {"public", [&](std::uint32_t n) { out.public_ = r_.boolean(n, "public"); }},
             {"formats",
              [&](std::uint32_t n) { out.formats = r_.enum_list<Format>(n, "formats"); }},
             {"engagements",
              [&](std::uint32_t n) { out.engagements = r_.text_list(n, "engagements"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Channel PlanFileReader::channel(std::uint32_t node) {
    Channel out;
    if (r_.read_mapping(
            node, "a channel",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
             {"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
             {"method", [&](std::uint32_t n) { out.method = r_.enumeration<Method>(n, "method"); }},
             {"open_to", [&](std::uint32_t n) { out.open_to = r_.text_list(n, "open_to"); }},
             {"recurs", [&](std::uint32_t n) { out.recurs = cadence(n, "recurs"); }},
             {"feeds_into",
              [&](std::uint32_t n) { out.feeds_into = r_.text_list(n, "feeds_into"); }},
             {"last_used", [&](std::uint32_t n) { out.last_used = r_.date(n, "last_used"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Advocacy PlanFileReader::advocacy(std::uint32_t node) {
    Advocacy out;
    if (r_.read_mapping(
            node, "an `advocacy` item",
            {{"provider", [&](std::uint32_t n) { out.provider = r_.text(n, "provider"); }},
             {"partner", [&](std::uint32_t n) { out.partner = r_.text(n, "partner"); }},
             {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }, true},
             {"access", [&](std::uint32_t n) { out.access = r_.text_list(n, "access"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

} // namespace engage::detail
