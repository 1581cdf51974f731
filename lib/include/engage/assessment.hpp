// How a plan measures up against a framework's standards, indicator by indicator.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class Attainment { met, partly, not_met };

[[nodiscard]] std::string_view to_string(Attainment attainment); ///< "met", "partly", "not-met"

struct IndicatorAssessment {
    std::string id;   ///< e.g. "INC-2"
    std::string text; ///< what the indicator asks
    Attainment status = Attainment::not_met;
    bool self_assessed = false;     ///< no rule evidences it; judged from the plan's own evidence
    std::vector<std::string> rules; ///< the rules that evidence it (enabled ones)
    std::vector<std::string> evidence; ///< what supports it: passing rules, or quoted plan evidence
    std::vector<std::string> gaps;     ///< what is missing: findings, or absent evidence
};

struct StandardAssessment {
    std::string key;  ///< e.g. "inclusion"
    std::string name; ///< e.g. "Inclusion"
    Attainment status = Attainment::not_met;
    std::vector<IndicatorAssessment> indicators;
    std::optional<int> self_score; ///< the plan's own 1-6 score, if given

    [[nodiscard]] std::size_t indicators_met() const;
};

struct Assessment {
    std::string framework_id;
    std::string framework_name;
    std::vector<StandardAssessment> standards;
};

} // namespace engage
