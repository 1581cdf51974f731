// SPDX-License-Identifier: MIT
// duplicate-id and unknown-reference: checks that need the whole plan, after
// every fragment is read.
#include "../util/suggest.hpp"
#include "rules/catalogue.hpp"

#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace engage {

namespace {

/// What kind of item an id names, for messages and for typed look-ups.
enum class ItemKind {
    outcome,
    partner,
    group,
    body,
    action,
    engagement,
    commitment,
    publication,
    channel
};
constexpr std::size_t item_kinds = 9;

std::string_view noun(ItemKind kind) {
    switch (kind) {
    case ItemKind::outcome:
        return "outcome";
    case ItemKind::partner:
        return "partner";
    case ItemKind::group:
        return "group";
    case ItemKind::body:
        return "body";
    case ItemKind::action:
        return "action";
    case ItemKind::engagement:
        return "engagement";
    case ItemKind::commitment:
        return "commitment";
    case ItemKind::publication:
        return "publication";
    case ItemKind::channel:
        return "channel";
    }
    return "item";
}

struct Entry {
    ItemKind kind;
    SourceLoc loc;
};

class ReferenceChecker {
public:
    explicit ReferenceChecker(const Plan& plan)
        : plan_(plan) {}

    std::vector<Finding> run() {
        // Declare in the order the ids are written, so the later of two is the duplicate.
        std::vector<std::pair<const Text*, ItemKind>> declarations;
        for (const auto& o : plan_.info.outcomes.value)
            declarations.emplace_back(&o.id, ItemKind::outcome);
        for (const auto& p : plan_.partners)
            declarations.emplace_back(&p.id, ItemKind::partner);
        for (const auto& g : plan_.groups)
            declarations.emplace_back(&g.id, ItemKind::group);
        for (const auto& b : plan_.bodies)
            declarations.emplace_back(&b.id, ItemKind::body);
        for (const auto& a : plan_.actions)
            declarations.emplace_back(&a.id, ItemKind::action);
        for (const auto& e : plan_.engagements)
            declarations.emplace_back(&e.id, ItemKind::engagement);
        for (const auto& c : plan_.commitments)
            declarations.emplace_back(&c.id, ItemKind::commitment);
        for (const auto& p : plan_.publications)
            declarations.emplace_back(&p.id, ItemKind::publication);
        for (const auto& c : plan_.channels)
            declarations.emplace_back(&c.id, ItemKind::channel);
        std::stable_sort(
            declarations.begin(), declarations.end(), [](const auto& a, const auto& b) {
                const SourceLoc& x = a.first->loc;
                const SourceLoc& y = b.first->loc;
                return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
            });
        for (const auto& [id, kind] : declarations)
            declare(*id, kind);

        check_plan_section(plan_.info);
        for (const auto& b : plan_.bodies) {
            refer(b.groups, ItemKind::group);
            refer(b.partners, ItemKind::partner);
            for (const auto& link : b.feeds_into.value)
                refer_one(link.to, ItemKind::body);
        }
        for (const auto& a : plan_.actions) {
            refer(a.outcomes, ItemKind::outcome);
            refer(a.bodies, ItemKind::body);
            refer(a.groups, ItemKind::group);
            refer(a.partners, ItemKind::partner);
            check_approach(a.approach);
        }
        for (const auto& e : plan_.engagements) {
            refer(e.outcomes, ItemKind::outcome);
            refer(e.bodies, ItemKind::body);
            refer(e.groups, ItemKind::group);
            refer(e.partners, ItemKind::partner);
            check_approach(e.approach);
            for (const auto& change : e.we_did_details)
                refer_one(change.by, {ItemKind::partner, ItemKind::body});
        }
        for (const auto& c : plan_.commitments) {
            refer(c.groups, ItemKind::group);
            refer(c.bodies, ItemKind::body);
        }
        for (const auto& p : plan_.publications) {
            refer(p.audience, {ItemKind::group, ItemKind::body});
            refer(p.engagements, ItemKind::engagement);
        }
        for (const auto& c : plan_.channels) {
            refer(c.open_to, ItemKind::group);
            refer(c.feeds_into, ItemKind::body);
        }
        for (const auto& a : plan_.advocacy) {
            refer_one(a.partner, ItemKind::partner);
            refer(a.groups, ItemKind::group);
        }
        return std::move(findings_);
    }

private:
    void add(const rules::RuleDefinition& rule, SourceLoc at, std::string message,
             std::string help) {
        findings_.push_back(make_finding(rule, plan_.file_path(at), at.line, at.column,
                                         std::move(message), std::move(help)));
    }

    void declare(const Text& id, ItemKind kind) {
        if (!id.present())
            return;
        auto [it, inserted] = ids_.emplace(id.value, Entry{kind, id.loc});
        if (inserted) {
            by_kind_[static_cast<std::size_t>(kind)].push_back(id.value);
            return;
        }
        const Entry& first = it->second;
        add(rules::duplicate_id, id.loc,
            fmt::format("the id `{}` is already used by the {} at {}:{}", id.value,
                        noun(first.kind), plan_.file_path(first.loc), first.loc.line),
            "Ids are unique across the whole plan; give this one a new id.");
    }

    /// The ids plan.involvement and plan.review name, and what resources are for.
    void check_plan_section(const PlanInfo& info) {
        for (const auto& step : info.involvement.value) {
            refer(step.bodies, ItemKind::body);
            refer(step.groups, ItemKind::group);
            refer(step.partners, ItemKind::partner);
        }
        refer(info.review.bodies, ItemKind::body);
        refer(info.review.groups, ItemKind::group);
        refer(info.review.partners, ItemKind::partner);
        for (const auto& resource : info.resources_details)
            refer(resource.allocated_to, {ItemKind::body, ItemKind::action});
    }

    void refer(const TextList& list, ItemKind kind) { refer(list, {kind}); }
    void refer_one(const Text& id, ItemKind kind) { refer_one(id, {kind}); }

    void refer(const TextList& list, std::initializer_list<ItemKind> kinds) {
        for (const auto& id : list.value)
            refer_one(id, kinds);
    }

    /// Checks that `id` names an item of one of `kinds` (a few, most often one).
    void refer_one(const Text& id, std::initializer_list<ItemKind> kinds) {
        if (!id.present())
            return;
        auto it = ids_.find(id.value);
        if (it != ids_.end() &&
            std::find(kinds.begin(), kinds.end(), it->second.kind) != kinds.end())
            return;
        const std::string nouns = either(kinds);
        std::string message;
        if (it != ids_.end()) {
            message = fmt::format("`{}` is {}, not {}", id.value,
                                  with_article(noun(it->second.kind)), with_article(nouns));
        } else {
            message = fmt::format("no {} has the id `{}`", nouns, id.value);
        }
        std::vector<std::string_view> candidates;
        for (ItemKind kind : kinds) {
            for (const auto& known : by_kind_[static_cast<std::size_t>(kind)])
                candidates.push_back(known);
        }
        auto near = detail::closest_match(id.value, candidates);
        add(rules::unknown_reference, id.loc, std::move(message),
            near ? fmt::format("Did you mean `{}`?", *near)
                 : fmt::format("Add {} with this id, or correct the reference.",
                               with_article(nouns)));
    }

    /// "a body", "an action".
    static std::string with_article(std::string_view words) {
        const bool vowel =
            !words.empty() && std::string_view("aeiou").find(words[0]) != std::string_view::npos;
        return (vowel ? "an " : "a ") + std::string(words);
    }

    /// "body", or "body or action".
    static std::string either(std::initializer_list<ItemKind> kinds) {
        std::string out;
        for (ItemKind kind : kinds) {
            if (!out.empty())
                out += " or ";
            out += noun(kind);
        }
        return out;
    }

    void check_approach(const Located<Approach>& approach) {
        const auto& listed = plan_.info.approaches.value;
        if (!approach.present() || listed.empty())
            return;
        for (const auto& level : listed) {
            if (level.value == approach.value)
                return;
        }
        add(rules::unknown_reference, approach.loc,
            fmt::format("the approach `{}` is not one of the plan's approaches",
                        to_string(approach.value)),
            "Add it to `plan.approaches`, or use one of the approaches listed there.");
    }

    const Plan& plan_;
    std::unordered_map<std::string, Entry> ids_;
    std::vector<std::string> by_kind_[item_kinds];
    std::vector<Finding> findings_;
};

} // namespace

std::vector<Finding> check_references(const Plan& plan) {
    return ReferenceChecker(plan).run();
}

} // namespace engage
