// The plan model: what a plan says, with where it says it.
// Built by the loader (load.hpp); read by checks and renderers. Plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

// ---- Source positions: every model node and every finding points at a place in a file.

/// A 1-based line and column (in Unicode code points) inside one file of a plan.
/// `line == 0` means "no place": the node was not written in the file.
struct SourceLoc {
    std::uint32_t file = 0; ///< index into the owning plan's `files`
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    [[nodiscard]] bool known() const { return line != 0; }
    friend bool operator==(const SourceLoc& a, const SourceLoc& b) {
        return a.file == b.file && a.line == b.line && a.column == b.column;
    }
};

/// A file as read from disk (or standard input), kept so that diagnostics can
/// show the offending line without reading the file again.
struct SourceFile {
    std::string path; ///< as given or discovered, used verbatim in messages
    std::string text; ///< the raw bytes
    /// Offsets of the `#` of each YAML comment reading `# engage:` (suppressions),
    /// as the parser sees the text: never a `#` inside a quoted or block scalar.
    /// Filled by the loader; empty for a file that could not be read as YAML.
    std::vector<std::uint32_t> engage_comments = {};
};

/// A value together with where it was written.
template <class T> struct Located {
    T value{};
    SourceLoc loc{};
    [[nodiscard]] bool present() const { return loc.known(); }
};

using Text = Located<std::string>;
using TextList = Located<std::vector<Text>>;

// ---- ISO 8601 calendar dates, the only date form plans use.

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    /// Days since 1970-01-01 (negative before it); lets callers subtract dates.
    [[nodiscard]] long days_since_epoch() const;
    [[nodiscard]] std::string to_string() const; ///< "YYYY-MM-DD"

    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator<(const Date& a, const Date& b) {
        return a.days_since_epoch() < b.days_since_epoch();
    }
};

/// Why a text is not a date, for messages.
enum class DateError { none, not_iso_form, month_out_of_range, day_out_of_range };

/// Parses exactly "YYYY-MM-DD" and checks the day exists (leap years included).
[[nodiscard]] std::optional<Date> parse_date(std::string_view text, DateError* why = nullptr);

[[nodiscard]] int days_in_month(int year, int month);

enum class BodyKind { forum, board };
enum class LedBy { young_people, adults, shared };
enum class Cadence {
    weekly,
    fortnightly,
    monthly,
    twice_termly,
    termly,
    quarterly,
    annually,
    ad_hoc
};
enum class Status { planned, in_progress, done, blocked, dropped };
enum class Approach { informing, consulting, involving, collaborating, devolving };
enum class Participation { individual, social, public_ };
enum class Method {
    survey,
    event,
    workshop,
    meeting,
    focus_group,
    consultation,
    social_media,
    interview_panel,
    audit,
    take_over,
    other
};

/// Each enum's spelling in plan files, in declaration order.
template <class E> struct EnumNames;
template <> struct EnumNames<BodyKind> {
    static constexpr std::string_view names[] = {"forum", "board"};
};
template <> struct EnumNames<LedBy> {
    static constexpr std::string_view names[] = {"young-people", "adults", "shared"};
};
template <> struct EnumNames<Cadence> {
    static constexpr std::string_view names[] = {"weekly",       "fortnightly", "monthly",
                                                 "twice-termly", "termly",      "quarterly",
                                                 "annually",     "ad-hoc"};
};
template <> struct EnumNames<Status> {
    static constexpr std::string_view names[] = {"planned", "in-progress", "done", "blocked",
                                                 "dropped"};
};
template <> struct EnumNames<Approach> {
    static constexpr std::string_view names[] = {"informing", "consulting", "involving",
                                                 "collaborating", "devolving"};
};
template <> struct EnumNames<Participation> {
    static constexpr std::string_view names[] = {"individual", "social", "public"};
};
template <> struct EnumNames<Method> {
    static constexpr std::string_view names[] = {
        "survey",       "event",           "workshop", "meeting",   "focus-group", "consultation",
        "social-media", "interview-panel", "audit",    "take-over", "other"};
};

template <class E> [[nodiscard]] std::string_view to_string(E value) {
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}
template <class E> [[nodiscard]] std::optional<E> parse_enum(std::string_view text) {
    std::size_t index = 0;
    for (auto name : EnumNames<E>::names) {
        if (name == text)
            return static_cast<E>(index);
        ++index;
    }
    return std::nullopt;
}

/// How often a body meets: a named cadence, or an explicit count per year.
struct Meets {
    std::optional<Cadence> cadence;
    std::optional<int> per_year_explicit;
    /// Meetings a year; `ad-hoc` counts as 0 (no promise to meet).
    [[nodiscard]] int per_year() const;
};

struct AgeRange {
    int min = 0;
    int max = 0;
};

struct Headcount {
    Located<int> young_people;
    Located<int> adults;
    SourceLoc loc;
};

struct Principle {
    Text name;
    Text description;
    SourceLoc loc;
};

struct Outcome {
    Text id;
    Text title;
    TextList indicators;
    SourceLoc loc;
};

struct Review {
    Located<Date> date;
    Text how;
    TextList learning;
    SourceLoc loc;
};

struct Period {
    Located<Date> from;
    Located<Date> to;
    SourceLoc loc;
};

struct PlanInfo {
    Text id, title, area, owner, purpose, framework;
    Period period;
    std::vector<Principle> principles;
    Located<std::vector<Located<Participation>>> participation;
    Located<std::vector<Located<Approach>>> approaches;
    Review review;
    TextList needs;
    Located<std::vector<Outcome>> outcomes;
    TextList resources;
    SourceLoc loc;
};

struct Partner {
    Text id, name, role;
    SourceLoc loc;
};

struct Group {
    Text id, name;
    Located<AgeRange> ages;
    Located<int> size;
    Located<bool> seldom_heard;
    TextList barriers, support;
    SourceLoc loc;

    [[nodiscard]] bool is_seldom_heard() const {
        return seldom_heard.present() && seldom_heard.value;
    }
};

struct Link {
    Text to; ///< id of the body views are passed to
    Text how;
    Text feedback; ///< how the receiving body reports back; empty when not said
    SourceLoc loc;
};

struct Body {
    Text id, name;
    Located<BodyKind> kind;
    Located<LedBy> led_by;
    TextList groups, partners;
    Located<AgeRange> ages;
    Headcount members;
    Located<Meets> meets;
    TextList support;
    Located<std::vector<Link>> feeds_into;
    Located<bool> decides, minutes;
    Text chair, terms_of_reference;
    SourceLoc loc;

    [[nodiscard]] bool is(BodyKind k) const { return kind.present() && kind.value == k; }
    /// Takes decisions (`decides: true`), whether a board or a forum.
    [[nodiscard]] bool takes_decisions() const { return decides.present() && decides.value; }
};

struct Action {
    Text id, title, priority, lead, notes;
    Located<Date> due, done_on;
    Located<Status> status;
    TextList standards, indicators, outcomes, bodies, groups, partners;
    Located<Approach> approach;
    SourceLoc loc;
};

struct Engagement {
    Text id, title;
    Located<Date> date, fed_back_on;
    TextList bodies, groups, partners, outcomes;
    Located<Method> method;
    Located<Approach> approach;
    Headcount participants;
    TextList you_said, we_did, minority_views, adaptations, learning;
    SourceLoc loc;
};

struct Commitment {
    Text id, by, commitment;
    Located<Date> made_on, review;
    Located<Status> status;
    TextList groups, bodies;
    SourceLoc loc;
};

/// A plan's own 1-6 self-assessment against one standard.
struct SelfAssessment {
    Text key;
    Located<int> score;
    TextList evidence;
    SourceLoc loc;
};

struct Plan {
    std::string path;              ///< the plan file or plan folder, as found
    std::vector<SourceFile> files; ///< every file of the plan; SourceLoc::file indexes this
    bool has_plan_section = false;
    PlanInfo info;
    std::vector<Partner> partners;
    std::vector<Group> groups;
    std::vector<Body> bodies;
    std::vector<Action> actions;
    std::vector<Engagement> engagements;
    std::vector<Commitment> commitments;
    std::vector<SelfAssessment> standards;

    /// The path of the file a location points into ("" if unknown).
    [[nodiscard]] const std::string& file_path(const SourceLoc& loc) const;
    /// True when some body of the plan is a forum (or a board).
    [[nodiscard]] bool has_body(BodyKind kind) const;
};

/// Work still owed: neither done nor dropped. An item with no status is open.
[[nodiscard]] bool is_open(std::optional<Status> status);
[[nodiscard]] bool is_open(const Located<Status>& status);

/// Due before `as_of` and still open. For a commitment, "due" is its review date.
[[nodiscard]] bool is_overdue(const Action& action, const Date& as_of);
[[nodiscard]] bool is_overdue(const Commitment& commitment, const Date& as_of);

} // namespace engage
