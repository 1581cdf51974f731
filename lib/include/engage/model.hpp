// SPDX-License-Identifier: MIT
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
    /// Written, but not a value engage can use (the loader reported it).
    bool invalid = false;
    /// There is a usable value.
    [[nodiscard]] bool present() const { return loc.known() && !invalid; }
    /// The key was written, usable or not: checks of what is missing ask this,
    /// so a bad value is one finding (the loader's), not also "missing".
    [[nodiscard]] bool written() const { return loc.known(); }
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
    arts,
    participatory_budgeting,
    mystery_shopping,
    peer_research,
    social_action,
    other
};
/// The stage of making the plan someone took part in (`plan.involvement`).
enum class InvolvementStage { focus, drafting, agreement };
/// What a receiving body shares back with a forum along a `feeds_into` link.
enum class SharedItem { minutes, papers, action_progress, decisions };
/// What a publication is (`publications[].what`).
enum class PublicationKind { plan, results, feedback, minutes, papers, progress, changes };
/// A format information is published in (publications, meeting papers).
enum class Format {
    standard,
    easy_read,
    young_people,
    translation,
    bsl,
    audio,
    large_print,
    braille,
    video
};
/// Whose voice a body carries (`bodies[].for`).
enum class BodyFor { children, adults };

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
    static constexpr std::string_view names[] = {"survey",
                                                 "event",
                                                 "workshop",
                                                 "meeting",
                                                 "focus-group",
                                                 "consultation",
                                                 "social-media",
                                                 "interview-panel",
                                                 "audit",
                                                 "take-over",
                                                 "arts",
                                                 "participatory-budgeting",
                                                 "mystery-shopping",
                                                 "peer-research",
                                                 "social-action",
                                                 "other"};
};
template <> struct EnumNames<InvolvementStage> {
    static constexpr std::string_view names[] = {"focus", "drafting", "agreement"};
};
template <> struct EnumNames<SharedItem> {
    static constexpr std::string_view names[] = {"minutes", "papers", "action-progress",
                                                 "decisions"};
};
template <> struct EnumNames<PublicationKind> {
    static constexpr std::string_view names[] = {"plan",   "results",  "feedback", "minutes",
                                                 "papers", "progress", "changes"};
};
template <> struct EnumNames<Format> {
    static constexpr std::string_view names[] = {"standard",    "easy-read", "young-people",
                                                 "translation", "bsl",       "audio",
                                                 "large-print", "braille",   "video"};
};
template <> struct EnumNames<BodyFor> {
    static constexpr std::string_view names[] = {"children", "adults"};
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

/// A list of enumeration values, each with its place.
template <class E> using EnumList = Located<std::vector<Located<E>>>;

/// True when `text` stands in for a value nobody has written yet: (ignoring case
/// and surrounding spaces) "none", "n/a", "na", "tbc", "tbd", "tba", "-", "?",
/// "unknown", "not known", "todo", "xxx", "someone", "lead", or any text ending
/// in "?" such as "CLD?". Blank text is not a placeholder: it is blank.
[[nodiscard]] bool is_placeholder(std::string_view text);
/// True when `text` is written, not blank and not a placeholder: a value a
/// check may count as evidence. The loader keeps placeholders as written.
[[nodiscard]] bool says_something(const Text& text);
/// True when at least one item of `list` says something.
[[nodiscard]] bool says_something(const TextList& list);

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

/// What was measured for an outcome (`plan.outcomes[].results`).
struct OutcomeResult {
    Text value; ///< required
    Located<Date> date;
    Text source;
    SourceLoc loc;
};

struct Outcome {
    Text id;
    Text title;
    TextList indicators;
    Located<std::vector<OutcomeResult>> results;
    SourceLoc loc;
};

struct Review {
    Located<Date> date; ///< when the review is (or was) due
    Text how;
    TextList learning;
    Text when;                         ///< when, in words, where no date is set yet
    Located<Date> held_on;             ///< the day the review took place
    TextList bodies, groups, partners; ///< who took part in it (ids)
    SourceLoc loc;
};

/// Who took part in making the plan, at which stage (`plan.involvement`).
struct Involvement {
    Located<InvolvementStage> stage; ///< required
    Located<Date> date;
    TextList bodies, groups, partners; ///< ids
    Text how;
    SourceLoc loc;
};

/// An item of `plan.needs`: a source of evidence, written as text or as
/// {source, date}. Text items have only `source`.
struct Need {
    Text source;
    Located<Date> date;
    SourceLoc loc;
};

/// An item of `plan.resources`: text, or {what, for}. Text items have only `what`.
struct Resource {
    Text what;
    TextList allocated_to; ///< `for`: ids of the bodies and actions it serves
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
    Located<std::vector<Involvement>> involvement;
    Review review;
    /// The source of each item of `needs`, whether written as text or in the
    /// long form; `needs_details` holds every item too, index by index.
    TextList needs;
    std::vector<Need> needs_details;
    Located<std::vector<Outcome>> outcomes;
    /// What each item of `resources` is; `resources_details` holds every item
    /// too, index by index, with what it is for.
    TextList resources;
    std::vector<Resource> resources_details;
    SourceLoc loc;
};

struct Partner {
    Text id, name, role;
    SourceLoc loc;
};

/// When a group's support needs were assessed with the group itself.
struct NeedsAssessment {
    Located<Date> date;
    Text how;
    SourceLoc loc; ///< unknown when the group says nothing of it
};

struct Group {
    Text id, name;
    Located<AgeRange> ages;
    Located<int> size;
    Located<bool> seldom_heard;
    TextList barriers, support;
    Located<bool> adults; ///< a group of adults (parents, carers), not of young people
    NeedsAssessment needs_assessed;
    SourceLoc loc;

    [[nodiscard]] bool is_seldom_heard() const {
        return seldom_heard.present() && seldom_heard.value;
    }
    [[nodiscard]] bool is_adults() const { return adults.present() && adults.value; }
};

struct Link {
    Text to; ///< id of the body views are passed to
    Text how;
    Text feedback;               ///< how the receiving body reports back; empty when not said
    EnumList<SharedItem> shared; ///< what comes back to the forum along the link
    Located<int> seats;          ///< how many of the forum's members sit on the receiving body
    SourceLoc loc;
};

/// Training given to a body's members: text, or the long form. Text items
/// have only `what`.
struct Training {
    Text what;
    Located<bool> completed;
    Located<Date> on;
    Located<int> people; ///< how many completed it
    SourceLoc loc;
};

/// How a body sends out the papers for its meetings.
struct Papers {
    Located<int> days_before; ///< days' notice before the meeting
    EnumList<Format> formats;
    SourceLoc loc; ///< unknown when the body says nothing of it
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
    Located<BodyFor> for_whom; ///< `for`: whose voice it carries (children when not said)
    TextList preparation;      ///< how members are prepared for meetings
    Located<std::vector<Training>> training;
    TextList communication; ///< how the body keeps in touch with its members
    Papers papers;
    SourceLoc loc;

    [[nodiscard]] bool is(BodyKind k) const { return kind.present() && kind.value == k; }
    /// Carries adults' voices (`for: adults`) rather than children's.
    [[nodiscard]] bool is_for_adults() const {
        return for_whom.present() && for_whom.value == BodyFor::adults;
    }
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

/// An item of `minority_views`: text, or {view, response}. Text items have only `view`.
struct MinorityView {
    Text view;
    Text response; ///< what was done about it
    SourceLoc loc;
};

/// A view not acted on, with the reason given (`declined`).
struct Declined {
    Text view;   ///< required
    Text reason; ///< required
    SourceLoc loc;
};

/// An item of `we_did`: text, or {what, by, on}. Text items have only `what`.
struct WeDid {
    Text what;
    Text by;          ///< id of the partner or body that made the change
    Located<Date> on; ///< when the change was made
    SourceLoc loc;
};

struct Engagement {
    Text id, title;
    Located<Date> date, fed_back_on;
    TextList bodies, groups, partners, outcomes;
    Located<Method> method;
    Located<Approach> approach;
    Headcount participants;
    /// `we_did` holds what each item says was done and `minority_views` each
    /// view, whether written as text or in the long form; the `_details`
    /// vectors hold every item too, index by index, with the long form's keys.
    TextList you_said, we_did, minority_views, adaptations, learning;
    std::vector<WeDid> we_did_details;
    std::vector<MinorityView> minority_views_details;
    Located<std::vector<Declined>> declined;
    TextList preparation; ///< how participants were prepared beforehand
    SourceLoc loc;
};

struct Commitment {
    Text id, by, commitment;
    Located<Date> made_on, review;
    Located<Status> status;
    TextList groups, bodies;
    SourceLoc loc;
};

/// Something published about the plan or its results (`publications`).
struct Publication {
    Text id, title;
    Located<PublicationKind> what; ///< required
    Text where;
    Located<Date> date;
    TextList audience;     ///< ids of the groups and bodies it is for
    Located<bool> public_; ///< open to the wider community
    EnumList<Format> formats;
    TextList engagements; ///< ids of the engagements whose results it reports
    SourceLoc loc;

    [[nodiscard]] bool is_public() const { return public_.present() && public_.value; }
};

/// A standing route through which views keep arriving (`channels`).
struct Channel {
    Text id, name;
    Located<Method> method;
    TextList open_to;      ///< ids of groups
    Located<Meets> recurs; ///< how often it runs
    TextList feeds_into;   ///< ids of bodies
    Located<Date> last_used;
    SourceLoc loc;
};

/// Independent advocacy on offer (`advocacy`).
struct Advocacy {
    Text provider;   ///< who provides it, when named
    Text partner;    ///< id of the partner, when the provider is one
    TextList groups; ///< ids of the groups it is for
    TextList access; ///< how young people reach it
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
    std::vector<Publication> publications;
    std::vector<Channel> channels;
    std::vector<Advocacy> advocacy;

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
