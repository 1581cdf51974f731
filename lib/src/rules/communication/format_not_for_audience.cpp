// SPDX-License-Identifier: MIT
// E367 format-not-for-audience: a publication for young children is offered only in the standard
// format.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace engage::rules {

namespace {
const RuleOption young_format_age{
    .name = "young-format-age",
    .whole_number = true,
    .default_value = 12,
    .min = 0,
    .max = 25,
    .summary = "age under which readers need more than the standard format",
};
constexpr const RuleOption* options[] = {&young_format_age};

std::string format_words(Format format) {
    switch (format) {
    case Format::easy_read:
        return "easy read";
    case Format::young_people:
        return "a young people's version";
    case Format::translation:
        return "translation";
    case Format::bsl:
        return "British Sign Language";
    case Format::large_print:
        return "large print";
    default:
        return std::string(to_string(format));
    }
}

void check(CheckContext& ctx) {
    const int young = static_cast<int>(ctx.whole_option(young_format_age));
    const ById<Group> groups(ctx.plan.groups);
    const ById<Body> bodies(ctx.plan.bodies);
    for (const Publication& p : ctx.plan.publications) {
        std::vector<std::string> other;
        for (const Located<Format>& f : p.formats.value)
            if (f.present() && f.value != Format::standard)
                other.push_back(format_words(f.value));
        if (!other.empty()) {
            ctx.evidence_by(p.formats.loc, [&] {
                return quoted_title(p.title, p.id) + " is published in " + and_list(other);
            });
            continue;
        }
        // Only the standard format, said in so many words: nothing said is no finding.
        const bool standard_only =
            std::any_of(p.formats.value.begin(), p.formats.value.end(),
                        [](const auto& f) { return f.present() && f.value == Format::standard; });
        if (!standard_only)
            continue;
        // The youngest reader it is for: a group's or a body's ages.
        std::string reader;
        int youngest = young;
        for (const Text& id : p.audience.value) {
            const Located<AgeRange>* ages = nullptr;
            std::string name;
            if (const Group* g = groups.find(id.value)) {
                ages = &g->ages;
                name = name_or_id(g->name, g->id);
            } else if (const Body* b = bodies.find(id.value)) {
                ages = &b->ages;
                name = name_or_id(b->name, b->id);
            }
            if (ages == nullptr || !ages->present() || ages->value.min >= youngest)
                continue;
            youngest = ages->value.min;
            reader = name;
        }
        if (reader.empty())
            continue;
        ctx.report(p.formats.loc,
                   fmt::format("the publication {} is for {}, from age {}, but is offered only in "
                               "the standard format",
                               quoted_title(p.title, p.id), reader, youngest));
    }
}

constexpr std::string_view indicators[] = {"COM-2"};

constexpr RuleInfo info{
    .code = "E367",
    .name = "format-not-for-audience",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .options = options,
    .summary = "A publication for young children is offered only in the standard format.",
    .rationale = "Information written for adults shuts out the children it is about. A "
                 "publication meant for primary-age children, or anyone under the age set (12 "
                 "unless configured), needs a version they can read and understand: easy read, a "
                 "young people's version, audio or video.",
    .help = "Add a format that suits the youngest readers to `formats:` (easy-read, "
            "young-people, audio, video, ...), and publish that version.",
};

} // namespace

extern const RuleDefinition format_not_for_audience{info, check};

} // namespace engage::rules
