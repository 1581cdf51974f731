// SPDX-License-Identifier: MIT
// The reader of one plan file, section by section. Its members are defined in
// plan_reader.cpp (the top level and the plan section), structure_reader.cpp
// (partners, groups, bodies) and evidence_reader.cpp (actions, engagements,
// commitments, standards, publications, channels, advocacy). Internal to the loader.
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

    /// Reads a list whose items are text or, in the long form, a mapping read
    /// by `long_form`; a text item sets only the item's `main_text`. Calls
    /// `keep` with each item whose main text was read.
    template <class T, class Keep>
    void each_text_or_long_form(std::uint32_t node, std::string_view key, ItemReader<T> long_form,
                                Text T::*main_text, Keep keep) {
        r_.read_list(node, key, [&](std::uint32_t item) {
            T value;
            if (r_.node(item).kind == NodeKind::mapping) {
                value = (this->*long_form)(item);
            } else {
                value.*main_text = r_.text(item, key);
                value.loc = (value.*main_text).loc;
            }
            if (value.loc.known() && (value.*main_text).present())
                keep(std::move(value));
        });
    }

    /// As above, for a list that keeps each item's main text in `main` (as it
    /// was before the long form existed) and the items in `details`, index by index.
    template <class T>
    void text_or_long_form(std::uint32_t node, std::string_view key, TextList& main,
                           std::vector<T>& details, ItemReader<T> long_form, Text T::*main_text) {
        main.loc = r_.loc(node);
        each_text_or_long_form<T>(node, key, long_form, main_text, [&](T value) {
            main.value.push_back(value.*main_text);
            details.push_back(std::move(value));
        });
    }

    // plan_reader.cpp
    bool check_version(std::uint32_t root);
    void read_plan_section(std::uint32_t node);
    Period period(std::uint32_t node);
    void principle(std::uint32_t node);
    Involvement involvement(std::uint32_t node);
    Review review(std::uint32_t node);
    Need need(std::uint32_t node);
    Resource resource(std::uint32_t node);
    Outcome outcome(std::uint32_t node);
    OutcomeResult outcome_result(std::uint32_t node);

    // structure_reader.cpp
    Partner partner(std::uint32_t node);
    Group group(std::uint32_t node);
    NeedsAssessment needs_assessment(std::uint32_t node);
    Headcount headcount(std::uint32_t node, std::string_view what);
    Located<Meets> cadence(std::uint32_t node, std::string_view key);
    Link link(std::uint32_t node);
    Training training(std::uint32_t node);
    Papers papers(std::uint32_t node);
    Body body(std::uint32_t node);

    // evidence_reader.cpp
    Action action(std::uint32_t node);
    Engagement engagement(std::uint32_t node);
    MinorityView minority_view(std::uint32_t node);
    Declined declined(std::uint32_t node);
    WeDid we_did(std::uint32_t node);
    Commitment commitment(std::uint32_t node);
    void standards(std::uint32_t node);
    Publication publication(std::uint32_t node);
    Channel channel(std::uint32_t node);
    Advocacy advocacy(std::uint32_t node);

    Plan& plan_;
    ValueReader& r_;
};

} // namespace engage::detail
