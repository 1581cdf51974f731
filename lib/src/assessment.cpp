// SPDX-License-Identifier: MIT
#include "assessment_engine.hpp"

#include <engage/assessment.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace engage {

std::string_view to_string(Attainment attainment) {
    switch (attainment) {
    case Attainment::met:
        return "met";
    case Attainment::partly:
        return "partly";
    case Attainment::not_met:
        return "not-met";
    }
    return "not-met";
}

ScoreBand score_band(Attainment status) {
    switch (status) {
    case Attainment::met:
        return {5, 6};
    case Attainment::partly:
        return {3, 4};
    case Attainment::not_met:
        return {1, 2};
    }
    return {1, 2};
}

std::size_t StandardAssessment::indicators_met() const {
    return static_cast<std::size_t>(
        std::count_if(indicators.begin(), indicators.end(),
                      [](const IndicatorAssessment& i) { return i.status == Attainment::met; }));
}

std::size_t StandardAssessment::indicators_partly_met() const {
    return static_cast<std::size_t>(
        std::count_if(indicators.begin(), indicators.end(),
                      [](const IndicatorAssessment& i) { return i.status == Attainment::partly; }));
}

std::string describe(const StandardAssessment& standard) {
    const std::size_t total = standard.indicators.size();
    switch (standard.status) {
    case Attainment::met:
        return fmt::format("met: all {} indicators met", total);
    case Attainment::partly:
        return fmt::format("partly met: {} of {} indicators met, {} partly met",
                           standard.indicators_met(), total, standard.indicators_partly_met());
    case Attainment::not_met:
        break;
    }
    return "not met: no indicator has evidence in the plan";
}

namespace detail {

Assessment assess(const Framework& framework, const Plan& plan,
                  const EvidenceFound& evidence, const std::vector<Finding>& findings,
                  const RuleSelection& selection) {
    // What each rule found, in plan order: its evidence and how many problems.
    struct Found {
        std::vector<const Evidence*> evidence;
        std::size_t evidence_total = 0;
        std::size_t problems = 0;
    };
    std::unordered_map<std::string_view, Found> by_rule;
    for (const Evidence& item : evidence.listed)
        by_rule[item.rule].evidence.push_back(&item);
    for (const auto& [rule, total] : evidence.totals)
        by_rule[rule].evidence_total = total;
    for (const Finding& finding : findings)
        ++by_rule[finding.rule].problems;

    Assessment out;
    out.framework_id = framework.id;
    out.framework_name = framework.name;
    for (const Standard& standard : framework.standards) {
        StandardAssessment s;
        s.key = standard.key;
        s.name = standard.name;
        for (const SelfAssessment& self : plan.standards) {
            if (self.key.value == standard.key && self.score.present())
                s.self_score = self.score.value;
        }
        bool any_credit = false;
        bool all_met = !standard.indicators.empty();
        for (const Indicator& indicator : standard.indicators) {
            IndicatorAssessment i;
            i.id = indicator.id;
            i.text = indicator.text;
            i.checked = indicator.checked;
            for (const std::string& rule : indicator.rules) {
                if (!selection.enabled(rule))
                    continue; // a rule that does not run earns and costs nothing
                i.rules.push_back(rule);
                const auto found = by_rule.find(rule);
                if (found == by_rule.end())
                    continue;
                i.finding_count += found->second.problems;
                i.evidence_count += found->second.evidence_total;
                for (const Evidence* item : found->second.evidence)
                    i.evidence.push_back(*item);
            }
            i.status = i.evidence_count == 0 ? Attainment::not_met
                       : i.finding_count == 0 ? Attainment::met
                                              : Attainment::partly;
            any_credit = any_credit || i.status != Attainment::not_met;
            all_met = all_met && i.status == Attainment::met;
            s.indicators.push_back(std::move(i));
        }
        s.status = all_met      ? Attainment::met
                   : any_credit ? Attainment::partly
                                : Attainment::not_met;
        out.standards.push_back(std::move(s));
    }
    return out;
}

} // namespace detail
} // namespace engage
