// The reader of one plan file, section by section. Its members are defined in
// plan_reader.cpp (the top level and the plan section), structure_reader.cpp
// (partners, groups, bodies) and evidence_reader.cpp (actions, engagements,
// commitments, standards). Internal to the loader.
#pragma once

#include "value_reader.hpp"

#include <engage/model.hpp>

#include <limits>
#include <string_view>
#include <utility>
#include <vector>

namespace engage::detail {

inline constexpr int no_upper_limit = std::numeric_limits<int>::max();

class PlanFileReader {
public:
    PlanFileReader(Plan& plan, ValueReader& r)
        : plan_(plan)
        , r_(r) {}

    bool read_top_level(std::uint32_t root);

private:
    template <class T> using ItemReader = T (PlanFileReader::*)(std::uint32_t);

    /// Reads each item of a list with `read`, keeping those that were read.
    template <class T>
    void each(std::uint32_t node, std::string_view key, std::vector<T>& out, ItemReader<T> read) {
        if (r_.node(node).kind == NodeKind::sequence)
            out.reserve(out.size() + r_.children(node).size());
        r_.read_list(node, key, [&](std::uint32_t item) {
            T value = (this->*read)(item);
            if (value.loc.known())
                out.push_back(std::move(value));
        });
    }

    // plan_reader.cpp
    bool check_version(std::uint32_t root);
    void read_plan_section(std::uint32_t node);
    Period period(std::uint32_t node);
    void principle(std::uint32_t node);
    Review review(std::uint32_t node);
    Outcome outcome(std::uint32_t node);

    // structure_reader.cpp
    Partner partner(std::uint32_t node);
    Group group(std::uint32_t node);
    Headcount headcount(std::uint32_t node, std::string_view what);
    Located<Meets> cadence(std::uint32_t node, std::string_view key);
    Link link(std::uint32_t node);
    Body body(std::uint32_t node);

    // evidence_reader.cpp
    Action action(std::uint32_t node);
    Engagement engagement(std::uint32_t node);
    Commitment commitment(std::uint32_t node);
    void standards(std::uint32_t node);

    Plan& plan_;
    ValueReader& r_;
};

} // namespace engage::detail
