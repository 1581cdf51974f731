#include "plan_reader.hpp"

#include <fmt/format.h>

#include <limits>

namespace engage::detail {

namespace {

constexpr int no_upper_limit = std::numeric_limits<int>::max();
using Field = ValueReader::Field;

class PlanFileReader {
public:
    PlanFileReader(Plan& plan, ValueReader& r)
        : plan_(plan)
        , r_(r) {}

    bool read_top_level(std::uint32_t root) {
        if (!check_version(root))
            return false;
        return r_.read_mapping(
            root, "a plan file",
            {
                {"engage", [](std::uint32_t) {}},
                {"plan", [&](std::uint32_t n) { read_plan_section(n); }},
                {"partners",
                 [&](std::uint32_t n) {
                     each(n, "partners", plan_.partners, &PlanFileReader::partner);
                 }},
                {"groups",
                 [&](std::uint32_t n) { each(n, "groups", plan_.groups, &PlanFileReader::group); }},
                {"bodies",
                 [&](std::uint32_t n) { each(n, "bodies", plan_.bodies, &PlanFileReader::body); }},
                {"actions",
                 [&](std::uint32_t n) {
                     each(n, "actions", plan_.actions, &PlanFileReader::action);
                 }},
                {"engagements",
                 [&](std::uint32_t n) {
                     each(n, "engagements", plan_.engagements, &PlanFileReader::engagement);
                 }},
                {"commitments",
                 [&](std::uint32_t n) {
                     each(n, "commitments", plan_.commitments, &PlanFileReader::commitment);
                 }},
                {"standards", [&](std::uint32_t n) { standards(n); }},
            });
    }

private:
    /// Checks `engage: 1`; returns false when the rest of the file must not be read.
    bool check_version(std::uint32_t root) {
        const YamlNode& map = r_.node(root);
        if (map.kind != NodeKind::mapping) {
            r_.report(rules::wrong_type, root,
                      fmt::format("the top level of a plan file should be a mapping (engage:, "
                                  "plan:, bodies: ...), "
                                  "but it is {}",
                                  r_.describe(root)));
            return false;
        }
        const auto entries = r_.children(root);
        for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
            if (r_.value(entries[i]) != "engage")
                continue;
            const std::uint32_t value = entries[i + 1];
            const YamlNode& v = r_.node(value);
            if (v.kind == NodeKind::scalar && v.plain && r_.value(value) == "1")
                return true;
            if (v.kind == NodeKind::scalar && r_.value(value) == "1") {
                // `engage: "1"`: the right version, written as text.
                r_.report(rules::bad_version, value,
                          "the format version must be the number 1, not the text \"1\"",
                          "Write `engage: 1`, without quotes.");
                return false;
            }
            r_.report(
                rules::bad_version, r_.is_null(value) ? entries[i] : value,
                fmt::format("unknown format version {}: this version of engage reads `engage: 1`",
                            r_.describe(value)),
                "Set `engage: 1`, or upgrade engage if the file was written for a newer version.");
            return false;
        }
        r_.report(rules::bad_version, root, "this file does not say its format version",
                  "Add `engage: 1` as the first line of the file.");
        return true;
    }

    template <class T>
    void each(std::uint32_t node, std::string_view key, std::vector<T>& out,
              T (PlanFileReader::*read)(std::uint32_t)) {
        if (r_.node(node).kind == NodeKind::sequence)
            out.reserve(out.size() + r_.children(node).size());
        r_.read_list(node, key, [&](std::uint32_t item) {
            T value = (this->*read)(item);
            if (value.loc.known())
                out.push_back(std::move(value));
        });
    }

    void read_plan_section(std::uint32_t node) {
        if (plan_.has_plan_section) {
            r_.report(rules::duplicate_key, node,
                      fmt::format("this plan already has a `plan:` section ({}:{})",
                                  plan_.file_path(plan_.info.loc), plan_.info.loc.line),
                      "A plan has one `plan:` section; in a plan folder it belongs in plan.yaml.");
            return;
        }
        PlanInfo& p = plan_.info;
        if (!r_.read_mapping(
                node, "the plan section",
                {
                    {"id", [&](std::uint32_t n) { p.id = r_.id(n, "id"); }, true},
                    {"title", [&](std::uint32_t n) { p.title = r_.text(n, "title"); }, true},
                    {"area", [&](std::uint32_t n) { p.area = r_.text(n, "area"); }},
                    {"owner", [&](std::uint32_t n) { p.owner = r_.text(n, "owner"); }},
                    {"period", [&](std::uint32_t n) { p.period = period(n); }},
                    {"purpose", [&](std::uint32_t n) { p.purpose = r_.text(n, "purpose"); }},
                    {"framework", [&](std::uint32_t n) { p.framework = r_.text(n, "framework"); }},
                    {"principles",
                     [&](std::uint32_t n) {
                         r_.read_list(n, "principles", [&](std::uint32_t i) { principle(i); });
                     }},
                    {"participation",
                     [&](std::uint32_t n) {
                         p.participation = r_.enum_list<Participation>(n, "participation");
                     }},
                    {"approaches",
                     [&](std::uint32_t n) {
                         p.approaches = r_.enum_list<Approach>(n, "approaches");
                     }},
                    {"review", [&](std::uint32_t n) { p.review = review(n); }},
                    {"needs", [&](std::uint32_t n) { p.needs = r_.text_list(n, "needs"); }},
                    {"outcomes",
                     [&](std::uint32_t n) {
                         p.outcomes.loc = r_.loc(n);
                         each(n, "outcomes", p.outcomes.value, &PlanFileReader::outcome);
                     }},
                    {"resources",
                     [&](std::uint32_t n) { p.resources = r_.text_list(n, "resources"); }},
                })) {
            return;
        }
        plan_.has_plan_section = true;
        p.loc = r_.loc(node);
    }

    Period period(std::uint32_t node) {
        Period out;
        r_.read_mapping(node, "the plan period",
                        {{"from", [&](std::uint32_t n) { out.from = r_.date(n, "from"); }},
                         {"to", [&](std::uint32_t n) { out.to = r_.date(n, "to"); }}});
        out.loc = r_.loc(node);
        return out;
    }

    void principle(std::uint32_t node) {
        Principle out;
        if (r_.is_scalar(node)) {
            out.name = r_.text(node, "principles");
        } else {
            r_.read_mapping(
                node, "a principle",
                {{"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
                 {"description",
                  [&](std::uint32_t n) { out.description = r_.text(n, "description"); }}});
        }
        out.loc = r_.loc(node);
        plan_.info.principles.push_back(std::move(out));
    }

    Review review(std::uint32_t node) {
        Review out;
        r_.read_mapping(
            node, "the review",
            {{"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
             {"how", [&](std::uint32_t n) { out.how = r_.text(n, "how"); }},
             {"learning", [&](std::uint32_t n) { out.learning = r_.text_list(n, "learning"); }}});
        out.loc = r_.loc(node);
        return out;
    }

    Outcome outcome(std::uint32_t node) {
        Outcome out;
        if (r_.read_mapping(
                node, "an outcome",
                {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                 {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }, true},
                 {"indicators",
                  [&](std::uint32_t n) { out.indicators = r_.text_list(n, "indicators"); }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    Partner partner(std::uint32_t node) {
        Partner out;
        if (r_.read_mapping(
                node, "a partner",
                {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                 {"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
                 {"role", [&](std::uint32_t n) { out.role = r_.text(n, "role"); }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    Group group(std::uint32_t node) {
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
                 {"support",
                  [&](std::uint32_t n) { out.support = r_.text_list(n, "support"); }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    Headcount headcount(std::uint32_t node, std::string_view what) {
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

    Located<Meets> meets(std::uint32_t node) {
        Located<Meets> out;
        if (r_.node(node).kind == NodeKind::mapping) {
            r_.read_mapping(node, "`meets`",
                            {{"per_year",
                              [&](std::uint32_t n) {
                                  auto count = r_.integer(n, "per_year", 0, 366);
                                  if (count.present())
                                      out = {Meets{std::nullopt, count.value}, r_.loc(node)};
                              },
                              true}});
            return out;
        }
        auto cadence = r_.enumeration<Cadence>(node, "meets");
        if (cadence.present())
            out = {Meets{cadence.value, std::nullopt}, cadence.loc};
        return out;
    }

    Link link(std::uint32_t node) {
        Link out;
        if (r_.is_scalar(node)) {
            out.to = r_.text(node, "feeds_into");
        } else if (!r_.read_mapping(
                       node, "a `feeds_into` link",
                       {{"to", [&](std::uint32_t n) { out.to = r_.text(n, "to"); }, true},
                        {"how", [&](std::uint32_t n) { out.how = r_.text(n, "how"); }},
                        {"feedback",
                         [&](std::uint32_t n) { out.feedback = r_.text(n, "feedback"); }}})) {
            return out;
        }
        out.loc = r_.loc(node);
        return out;
    }

    Body body(std::uint32_t node) {
        Body out;
        if (r_.read_mapping(
                node, "a body",
                {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                 {"name", [&](std::uint32_t n) { out.name = r_.text(n, "name"); }, true},
                 {"kind", [&](std::uint32_t n) { out.kind = r_.enumeration<BodyKind>(n, "kind"); },
                  true},
                 {"led_by",
                  [&](std::uint32_t n) { out.led_by = r_.enumeration<LedBy>(n, "led_by"); }},
                 {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
                 {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
                 {"ages", [&](std::uint32_t n) { out.ages = r_.ages(n, "ages"); }},
                 {"members", [&](std::uint32_t n) { out.members = headcount(n, "`members`"); }},
                 {"meets", [&](std::uint32_t n) { out.meets = meets(n); }},
                 {"support", [&](std::uint32_t n) { out.support = r_.text_list(n, "support"); }},
                 {"feeds_into",
                  [&](std::uint32_t n) {
                      out.feeds_into.loc = r_.loc(n);
                      each(n, "feeds_into", out.feeds_into.value, &PlanFileReader::link);
                  }},
                 {"decides", [&](std::uint32_t n) { out.decides = r_.boolean(n, "decides"); }},
                 {"chair", [&](std::uint32_t n) { out.chair = r_.text(n, "chair"); }},
                 {"minutes", [&](std::uint32_t n) { out.minutes = r_.boolean(n, "minutes"); }},
                 {"terms_of_reference", [&](std::uint32_t n) {
                      out.terms_of_reference = r_.text(n, "terms_of_reference");
                  }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    Action action(std::uint32_t node) {
        Action out;
        if (r_.read_mapping(
                node, "an action",
                {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id", IdStyle::action); }, true},
                 {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }, true},
                 {"priority", [&](std::uint32_t n) { out.priority = r_.text(n, "priority"); }},
                 {"lead", [&](std::uint32_t n) { out.lead = r_.text(n, "lead"); }},
                 {"due", [&](std::uint32_t n) { out.due = r_.date(n, "due"); }},
                 {"status",
                  [&](std::uint32_t n) { out.status = r_.enumeration<Status>(n, "status"); }},
                 {"done_on", [&](std::uint32_t n) { out.done_on = r_.date(n, "done_on"); }},
                 {"standards",
                  [&](std::uint32_t n) { out.standards = r_.text_list(n, "standards"); }},
                 {"indicators",
                  [&](std::uint32_t n) { out.indicators = r_.text_list(n, "indicators"); }},
                 {"outcomes", [&](std::uint32_t n) { out.outcomes = r_.text_list(n, "outcomes"); }},
                 {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }},
                 {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
                 {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
                 {"approach",
                  [&](std::uint32_t n) { out.approach = r_.enumeration<Approach>(n, "approach"); }},
                 {"notes", [&](std::uint32_t n) { out.notes = r_.text(n, "notes"); }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    Engagement engagement(std::uint32_t node) {
        Engagement out;
        if (r_.read_mapping(
                node, "an engagement",
                {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                 {"title", [&](std::uint32_t n) { out.title = r_.text(n, "title"); }, true},
                 {"date", [&](std::uint32_t n) { out.date = r_.date(n, "date"); }},
                 {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }},
                 {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
                 {"partners", [&](std::uint32_t n) { out.partners = r_.text_list(n, "partners"); }},
                 {"outcomes", [&](std::uint32_t n) { out.outcomes = r_.text_list(n, "outcomes"); }},
                 {"method",
                  [&](std::uint32_t n) { out.method = r_.enumeration<Method>(n, "method"); }},
                 {"approach",
                  [&](std::uint32_t n) { out.approach = r_.enumeration<Approach>(n, "approach"); }},
                 {"participants",
                  [&](std::uint32_t n) { out.participants = headcount(n, "`participants`"); }},
                 {"you_said", [&](std::uint32_t n) { out.you_said = r_.text_list(n, "you_said"); }},
                 {"we_did", [&](std::uint32_t n) { out.we_did = r_.text_list(n, "we_did"); }},
                 {"fed_back_on",
                  [&](std::uint32_t n) { out.fed_back_on = r_.date(n, "fed_back_on"); }},
                 {"minority_views",
                  [&](std::uint32_t n) { out.minority_views = r_.text_list(n, "minority_views"); }},
                 {"adaptations",
                  [&](std::uint32_t n) { out.adaptations = r_.text_list(n, "adaptations"); }},
                 {"learning",
                  [&](std::uint32_t n) { out.learning = r_.text_list(n, "learning"); }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    Commitment commitment(std::uint32_t node) {
        Commitment out;
        if (r_.read_mapping(
                node, "a commitment",
                {{"id", [&](std::uint32_t n) { out.id = r_.id(n, "id"); }, true},
                 {"by", [&](std::uint32_t n) { out.by = r_.text(n, "by"); }, true},
                 {"commitment", [&](std::uint32_t n) { out.commitment = r_.text(n, "commitment"); },
                  true},
                 {"made_on", [&](std::uint32_t n) { out.made_on = r_.date(n, "made_on"); }},
                 {"review", [&](std::uint32_t n) { out.review = r_.date(n, "review"); }},
                 {"status",
                  [&](std::uint32_t n) { out.status = r_.enumeration<Status>(n, "status"); }},
                 {"groups", [&](std::uint32_t n) { out.groups = r_.text_list(n, "groups"); }},
                 {"bodies", [&](std::uint32_t n) { out.bodies = r_.text_list(n, "bodies"); }}})) {
            out.loc = r_.loc(node);
        }
        return out;
    }

    void standards(std::uint32_t node) {
        const YamlNode& map = r_.node(node);
        if (map.kind != NodeKind::mapping) {
            r_.report(
                rules::wrong_type, node,
                fmt::format(
                    "`standards` should map each standard to its score and evidence, but it is {}",
                    r_.describe(node)));
            return;
        }
        const auto entries = r_.children(node);
        for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
            SelfAssessment entry;
            entry.key = r_.id(entries[i], "standards");
            if (!entry.key.present())
                continue;
            for (const auto& earlier : plan_.standards) {
                if (earlier.key.value == entry.key.value &&
                    earlier.key.loc.file != entry.key.loc.file) {
                    r_.report(rules::duplicate_key, entries[i],
                              fmt::format("the standard `{}` is already assessed in {}:{}",
                                          entry.key.value, plan_.file_path(earlier.key.loc),
                                          earlier.key.loc.line));
                }
            }
            const std::uint32_t value = entries[i + 1];
            r_.read_mapping(
                value, "a standard's self-assessment",
                {{"score", [&](std::uint32_t n) { entry.score = r_.integer(n, "score", 1, 6); }},
                 {"evidence",
                  [&](std::uint32_t n) { entry.evidence = r_.text_list(n, "evidence"); }}});
            entry.loc = r_.loc(value);
            plan_.standards.push_back(std::move(entry));
        }
    }

    Plan& plan_;
    ValueReader& r_;
};

} // namespace

bool read_plan_file(Plan& plan, ValueReader& reader, const YamlTree& tree) {
    if (tree.root == no_node)
        return false;
    return PlanFileReader(plan, reader).read_top_level(tree.root);
}

} // namespace engage::detail
