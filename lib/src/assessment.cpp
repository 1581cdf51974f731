#include "assessment_engine.hpp"

#include <engage/assessment.hpp>

#include <fmt/format.h>

#include <algorithm>

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

std::size_t StandardAssessment::indicators_met() const {
    return static_cast<std::size_t>(
        std::count_if(indicators.begin(), indicators.end(),
                      [](const IndicatorAssessment& i) { return i.status == Attainment::met; }));
}

namespace detail {

namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

/// Judges a self-assessed indicator from `standards: {key: {evidence: [...]}}`:
/// met when an evidence item names the indicator's id ("INC-1: ..."), partly
/// when the standard has evidence but none names it, not met when it has none.
void judge_from_evidence(IndicatorAssessment& indicator, const SelfAssessment* self,
                         std::string_view key) {
    indicator.self_assessed = true;
    if (self == nullptr || self->evidence.value.empty()) {
        indicator.status = Attainment::not_met;
        indicator.gaps.push_back(
            fmt::format("no rule can check this from plan data, and the plan records no evidence "
                        "for it (add `standards: {{{}: {{evidence: [\"{}: ...\"]}}}}`)",
                        key, indicator.id));
        return;
    }
    const std::string wanted = upper(indicator.id);
    for (const Text& item : self->evidence.value) {
        if (upper(item.value).find(wanted) != std::string::npos)
            indicator.evidence.push_back(item.value);
    }
    if (!indicator.evidence.empty()) {
        indicator.status = Attainment::met;
        return;
    }
    indicator.status = Attainment::partly;
    indicator.gaps.push_back(
        fmt::format("the plan's evidence for {} does not name {}", key, indicator.id));
}

} // namespace

Assessment assess(const Framework& framework, const Plan& plan,
                  const std::vector<Finding>& findings, const Applicability& applicability,
                  const RuleSelection& selection) {
    std::map<std::string_view, std::vector<const Finding*>> by_rule;
    for (const Finding& f : findings)
        by_rule[f.rule].push_back(&f);

    Assessment out;
    out.framework_id = framework.id;
    out.framework_name = framework.name;
    for (const Standard& standard : framework.standards) {
        StandardAssessment s;
        s.key = standard.key;
        s.name = standard.name;
        const SelfAssessment* self = nullptr;
        for (const auto& entry : plan.standards) {
            if (entry.key.value == standard.key)
                self = &entry;
        }
        if (self && self->score.present())
            s.self_score = self->score.value;
        bool any_credit = false;
        bool all_met = !standard.indicators.empty();
        for (const Indicator& indicator : standard.indicators) {
            IndicatorAssessment i;
            i.id = indicator.id;
            i.text = indicator.text;
            std::size_t passed = 0;
            std::size_t failed = 0;
            for (const std::string& rule : indicator.rules) {
                if (!selection.enabled(rule))
                    continue;
                i.rules.push_back(rule);
                if (auto found = by_rule.find(rule); found != by_rule.end()) {
                    ++failed;
                    const auto& hits = found->second;
                    i.gaps.push_back(hits.size() == 1
                                         ? fmt::format("{}: {}", rule, hits.front()->message)
                                         : fmt::format("{}: {} (and {} more)", rule,
                                                       hits.front()->message, hits.size() - 1));
                } else if (auto a = applicability.find(rule);
                           a != applicability.end() && !a->second) {
                    i.gaps.push_back(
                        fmt::format("{}: the plan holds nothing for this rule to check", rule));
                } else {
                    ++passed;
                    i.evidence.push_back(fmt::format("{}: no problem found", rule));
                }
            }
            if (i.rules.empty()) {
                judge_from_evidence(i, self, standard.key);
            } else {
                i.status = failed == 0 && passed > 0 ? Attainment::met
                           : passed > 0              ? Attainment::partly
                                                     : Attainment::not_met;
            }
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
