// SPDX-License-Identifier: MIT
// How a plan measures up against a framework's standards, indicator by indicator.
//
// An indicator is earned by evidence the plan records, never by the absence of
// a problem: it is `met` when the plan holds evidence for it and no rule
// behind it finds a problem, `partly` when it holds evidence and some problem,
// `not-met` when it holds no evidence. A standard is `met` when all its
// indicators are, `partly` when at least one is met or partly met, `not-met`
// otherwise. The plan's own 1-6 score is shown beside and never changes this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class Attainment { met, partly, not_met };

[[nodiscard]] std::string_view to_string(Attainment attainment); ///< "met", "partly", "not-met"

/// Something the plan records that shows an indicator in practice, and where.
struct Evidence {
    std::string_view rule; ///< the rule that found it (catalogue storage)
    std::string what;      ///< plain English, e.g. "the Champions Board is chaired by ..."
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

struct IndicatorAssessment {
    std::string id;   ///< e.g. "INC-2"
    std::string text; ///< what the indicator asks, in the framework's words
    std::string checked; ///< how engage judges it from plan data (the framework's `checked`)
    Attainment status = Attainment::not_met;
    std::vector<std::string> rules; ///< the enabled rules that bear on it
    /// The evidence found, at most `Assessment::evidence_listed` items from each rule.
    std::vector<Evidence> evidence;
    std::size_t evidence_count = 0; ///< all the evidence found, listed or not
    /// Findings of its rules: the problems against it, or, when it has no
    /// evidence, what its rules say is missing.
    std::size_t finding_count = 0;
};

/// The score bands of the 1-6 self-assessment scale, by derived status:
/// not met 1-2, partly met 3-4, met 5-6.
struct ScoreBand {
    int low = 1;
    int high = 2;
};
[[nodiscard]] ScoreBand score_band(Attainment status);

struct StandardAssessment {
    std::string key;  ///< e.g. "inclusion"
    std::string name; ///< e.g. "Inclusion"
    Attainment status = Attainment::not_met;
    std::vector<IndicatorAssessment> indicators;
    std::optional<int> self_score; ///< the plan's own 1-6 score, if given: shown, never counted

    [[nodiscard]] std::size_t indicators_met() const;
    [[nodiscard]] std::size_t indicators_partly_met() const;
};

/// The status in words with its counts, for people: "met: all 4 indicators met",
/// "partly met: 1 of 4 indicators met, 2 partly met", "not met: no indicator has
/// evidence in the plan".
[[nodiscard]] std::string describe(const StandardAssessment& standard);

struct Assessment {
    /// How many evidence items of one rule an indicator lists (all are counted).
    static constexpr std::size_t evidence_listed = 20;

    std::string framework_id;
    std::string framework_name;
    std::vector<StandardAssessment> standards;
};

} // namespace engage
