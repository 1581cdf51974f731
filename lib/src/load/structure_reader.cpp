// SPDX-License-Identifier: MIT
// Who works on a plan and where young people speak: partners, groups and bodies.
#include "plan_file_reader.hpp"

#include <fmt/format.h>

#include <string>

namespace engage::detail {

Partner PlanFileReader::partner(std::uint32_t node) {
    Partner out;
    if (r_.read_mapping(node, "a partner",
                        {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                         {"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
                         {"role", [&](std::uint32_t n) { out.role = r_.text(n, "role"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Group PlanFileReader::group(std::uint32_t node) {
    Group out;
    if (r_.read_mapping(
            node, "a group",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
             {"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
             {"ages", [&](std::uint32_t n) { out.ages = r_.ages(n, "ages"); }},
             {"size",
              [&](std::uint32_t n) { out.size = r_.integer(n, "size", 0, no_upper_limit); }},
             {"seldom_heard",
              [&](std::uint32_t n) { out.seldom_heard = r_.boolean(n, "seldom_heard"); }},
             {"barriers", [&](std::uint32_t n) { out.barriers = r_.text_list(n, "barriers"); }},
             {"support", [&](std::uint32_t n) { out.support = r_.text_list(n, "support"); }},
             {"adults", [&](std::uint32_t n) { out.adults = r_.boolean(n, "adults"); }},
             {"needs_assessed",
              [&](std::uint32_t n) { out.needs_assessed = needs_assessment(n); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

NeedsAssessment PlanFileReader::needs_assessment(std::uint32_t node) {
    NeedsAssessment out;
    if (r_.read_mapping(node, "`needs_assessed`",
                        {{"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
                         {"how", [&](std::uint32_t n) { out.how = r_.text(n, "how"); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Headcount PlanFileReader::headcount(std::uint32_t node, std::string_view what) {
    Headcount out;
    r_.read_mapping(node, what,
                    {{"young_people",
                      [&](std::uint32_t n) {
                          out.young_people = r_.integer(n, "young_people", 0, no_upper_limit);
                      }},
                     {"adults", [&](std::uint32_t n) {
                          out.adults = r_.integer(n, "adults", 0, no_upper_limit);
                      }}});
    out.loc = r_.loc(node);
    return out;
}

/// How often something happens: a named cadence, or {per_year: N} (`meets`, `recurs`).
Located<Meets> PlanFileReader::cadence(std::uint32_t node, std::string_view key) {
    Located<Meets> out;
    if (r_.node(node).kind == NodeKind::mapping) {
        const std::string what = fmt::format("`{}`", key);
        r_.read_mapping(node, what,
                        {{"per_year",
                          [&](std::uint32_t n) {
                              auto count = r_.integer(n, "per_year", 0, 366);
                              if (count.present())
                                  out = {Meets{std::nullopt, count.value}, r_.loc(node)};
                          },
                          true}});
        return out;
    }
    auto named = r_.enumeration<Cadence>(node, key);
    if (named.present())
        out = {Meets{named.value, std::nullopt}, named.loc};
    return out;
}

Link PlanFileReader::link(std::uint32_t node) {
    Link out;
    if (r_.is_scalar(node)) {
        out.to = r_.text(node, "feeds_into");
    } else if (!r_.read_mapping(
                   node, "a `feeds_into` link",
                   {{"to", [&](std::uint32_t n) { out.to = r_.text(n, "to"); }, true},
                    {"how", [&](std::uint32_t n) { out.how = r_.text(n, "how"); }},
                    {"feedback", [&](std::uint32_t n) { out.feedback = r_.text(n, "feedback"); }},
                    {"shared",
                     [&](std::uint32_t n) { out.shared = r_.enum_list<SharedItem>(n, "shared"); }},
                    {"seats", [&](std::uint32_t n) {
                         out.seats = r_.integer(n, "seats", 0, no_upper_limit);
                     }}})) {
        return out;
    }
    out.loc = r_.loc(node);
    return out;
}

Training PlanFileReader::training(std::uint32_t node) {
    Training out;
    if (r_.read_mapping(
            node, "a `training` item",
            {{"what", [&](std::uint32_t n) { out.what = r_.text(n, "what"); }, true},
             {"completed", [&](std::uint32_t n) { out.completed = r_.boolean(n, "completed"); }},
             {"on", [&](std::uint32_t n) { out.on = r_.date(n, "on"); }},
             {"people", [&](std::uint32_t n) {
                  out.people = r_.integer(n, "people", 0, no_upper_limit);
              }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Papers PlanFileReader::papers(std::uint32_t node) {
    Papers out;
    if (r_.read_mapping(node, "`papers`",
                        {{"days_before",
                          [&](std::uint32_t n) {
                              out.days_before = r_.integer(n, "days_before", 0, no_upper_limit);
                          }},
                         {"formats", [&](std::uint32_t n) {
                              out.formats = r_.enum_list<Format>(n, "formats");
                          }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

Body PlanFileReader::body(std::uint32_t node) {
    Body out;
    if (r_.read_mapping(
            node, "a body",
            {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
             {"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
             {"kind", [&](std::uint32_t n) { out.kind = r_.enumeration<BodyKind>(n, "kind"); },
              true},
             {"led_by", [&](std::uint32_t n) { out.led_by = r_.enumeration<LedBy>(n, "led_by"); }},
             {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
             {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
             {"ages", [&](std::uint32_t n) { out.ages = r_.ages(n, "ages"); }},
             {"members", [&](std::uint32_t n) { out.members = headcount(n, "`members`"); }},
             {"meets", [&](std::uint32_t n) { out.meets = cadence(n, "meets"); }},
             {"support", [&](std::uint32_t n) { out.support = r_.text_list(n, "support"); }},
             {"feeds_into",
              [&](std::uint32_t n) {
                  out.feeds_into.loc = r_.loc(n);
                  each(n, "feeds_into", out.feeds_into.value, &PlanFileReader::link);
              }},
             {"decides", [&](std::uint32_t n) { out.decides = r_.boolean(n, "decides"); }},
             {"chair", [&](std::uint32_t n) { out.chair = r_.text(n, "chair"); }},
             {"minutes", [&](std::uint32_t n) { out.minutes = r_.boolean(n, "minutes"); }},
             {"terms_of_reference",
              [&](std::uint32_t n) { out.terms_of_reference = r_.text(n, "terms_of_reference"); }},
             {"for", [&](std::uint32_t n) { out.for_whom = r_.enumeration<BodyFor>(n, "for"); }},
             {"preparation",
              [&](std::uint32_t n) { out.preparation = r_.text_list(n, "preparation"); }},
             {"training",
              [&](std::uint32_t n) {
                  out.training.loc = r_.loc(n);
                  each_text_or_long_form<Training>(
                      n, "training", &PlanFileReader::training, &Training::what,
                      [&](Training item) { out.training.value.push_back(std::move(item)); });
              }},
             {"communication",
              [&](std::uint32_t n) { out.communication = r_.text_list(n, "communication"); }},
             {"papers", [&](std::uint32_t n) { out.papers = papers(n); }}})) {
        out.loc = r_.loc(node);
    }
    return out;
}

} // namespace engage::detail
