// What a plan promises and what it shows: actions, engagements, commitments,
// and the self-assessment.
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
             {"we_did", [&](std::uint32_t n) { out.we_did = r_.text_list(n, "we_did"); }},
             {"fed_back_on", [&](std::uint32_t n) { out.fed_back_on = r_.date(n, "fed_back_on"); }},
             {"minority_views",
              [&](std::uint32_t n) { out.minority_views = r_.text_list(n, "minority_views"); }},
             {"adaptations",
              [&](std::uint32_t n) { out.adaptations = r_.text_list(n, "adaptations"); }},
             {"learning", [&](std::uint32_t n) { out.learning = r_.text_list(n, "learning"); }}})) {
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

} // namespace engage::detail
