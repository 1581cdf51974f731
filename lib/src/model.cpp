#include <engage/model.hpp>

#include <algorithm>

namespace engage {

int Meets::per_year() const {
    if (per_year_explicit)
        return *per_year_explicit;
    if (!cadence)
        return 0;
    switch (*cadence) {
    case Cadence::weekly:
        return 52;
    case Cadence::fortnightly:
        return 26;
    case Cadence::monthly:
        return 12;
    case Cadence::twice_termly:
        return 6;
    case Cadence::termly:
        return 3;
    case Cadence::quarterly:
        return 4;
    case Cadence::annually:
        return 1;
    case Cadence::ad_hoc:
        return 0;
    }
    return 0;
}

bool Plan::has_body(BodyKind kind) const {
    return std::any_of(bodies.begin(), bodies.end(), [kind](const Body& b) { return b.is(kind); });
}

bool is_open(std::optional<Status> status) {
    return status != Status::done && status != Status::dropped;
}

bool is_open(const Located<Status>& status) {
    return !status.present() || is_open(std::optional<Status>(status.value));
}

bool is_overdue(const Action& action, const Date& as_of) {
    return action.due.present() && action.due.value < as_of && is_open(action.status);
}

bool is_overdue(const Commitment& commitment, const Date& as_of) {
    return commitment.review.present() && commitment.review.value < as_of &&
           is_open(commitment.status);
}

const std::string& Plan::file_path(const SourceLoc& loc) const {
    static const std::string none;
    return loc.file < files.size() ? files[loc.file].path : none;
}

} // namespace engage
