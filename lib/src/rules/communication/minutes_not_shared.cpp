// SPDX-License-Identifier: MIT
// E368 minutes-not-shared: a deciding body keeps minutes, but a forum whose views it hears is not
// recorded as seeing them.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace engage::rules {

namespace {

std::string shared_words(SharedItem item) {
    return item == SharedItem::action_progress ? std::string("progress on actions")
                                               : std::string(to_string(item));
}

bool is_minutes_kind(PublicationKind kind) {
    return kind == PublicationKind::minutes || kind == PublicationKind::papers ||
           kind == PublicationKind::progress;
}

void check(CheckContext& ctx) {
    const Plan& plan = ctx.plan;
    const ById<Body> bodies(plan.bodies);
    // Who minutes are published to: everyone, when a minutes publication is public.
    std::unordered_set<std::string> minutes_readers;
    bool minutes_public = false;
    for (const Publication& p : plan.publications) {
        if (!p.what.present() || !is_minutes_kind(p.what.value))
            continue;
        if (p.what.value == PublicationKind::minutes) {
            minutes_public = minutes_public || p.is_public();
            for (const Text& id : p.audience.value)
                minutes_readers.insert(id.value);
        }
        if (p.audience.value.empty())
            continue;
        ctx.evidence_by(p.audience.loc, [&] {
            return quoted_title(p.title, p.id) + " (" + std::string(to_string(p.what.value)) +
                   ") is sent to " + names_of_ids(plan, p.audience);
        });
    }
    for (const Body& from : plan.bodies) {
        for (const Link& link : from.feeds_into.value) {
            const Body* to = bodies.find(link.to.value);
            std::vector<std::string> items;
            bool minutes = false;
            for (const Located<SharedItem>& s : link.shared.value) {
                if (!s.present())
                    continue;
                items.push_back(shared_words(s.value));
                minutes = minutes || s.value == SharedItem::minutes;
            }
            if (!items.empty() && to != nullptr) {
                ctx.evidence_by(link.shared.loc, [&] {
                    return name_or_id(to->name, to->id) + " shares its " + and_list(items) +
                           " with " + name_or_id(from.name, from.id);
                });
            }
            if (minutes || to == nullptr || !from.is(BodyKind::forum) || !to->takes_decisions() ||
                !to->minutes.present() || !to->minutes.value)
                continue;
            const bool published =
                minutes_public || minutes_readers.count(from.id.value) > 0 ||
                std::any_of(from.groups.value.begin(), from.groups.value.end(),
                            [&](const Text& g) { return minutes_readers.count(g.value) > 0; });
            if (published)
                continue;
            ctx.report(link.loc, name_or_id(to->name, to->id) +
                                     " keeps minutes, but the plan does not record them being "
                                     "shared with " +
                                     name_or_id(from.name, from.id) + ", whose views it hears");
        }
    }
}

constexpr std::string_view indicators[] = {"COM-3"};

constexpr RuleInfo info{
    .code = "E368",
    .name = "minutes-not-shared",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "communication",
    .indicators = indicators,
    .summary = "A deciding body keeps minutes, but a forum whose views it hears is not recorded as "
               "seeing them.",
    .rationale = "Young people who send their views to a board can only see what became of them "
                 "if the board's record comes back to them. Minutes, papers and progress on "
                 "actions shared with the forum let its members follow the decisions and hold "
                 "the board to them.",
    .help = "Add `shared: [minutes]` (and papers, action-progress or decisions) to the forum's "
            "`feeds_into` link, or list the minutes under `publications:` with the forum in "
            "`audience:`.",
};

} // namespace

extern const RuleDefinition minutes_not_shared{info, check};

} // namespace engage::rules
