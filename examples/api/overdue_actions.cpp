// An analyst's own program on the engage library: the overdue actions of one
// plan, as of a date.
//
//   overdue_actions PLAN DATE
//
// prints one line per overdue action (id, due date, days late, lead, title)
// and exits 1 when the plan cannot be read or the date is not a date.
#include <engage/engage.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: overdue_actions PLAN YYYY-MM-DD\n";
        return 1;
    }
    const std::optional<engage::Date> as_of = engage::parse_date(argv[2]);
    if (!as_of) {
        std::cerr << "overdue_actions: '" << argv[2] << "' is not a date\n";
        return 1;
    }
    engage::LoadResult loaded = engage::load_paths({argv[1]});
    if (!loaded.errors.empty() || loaded.plans.empty()) {
        std::cerr << "overdue_actions: cannot read " << argv[1] << '\n';
        return 1;
    }
    for (const engage::LoadedPlan& plan : loaded.plans) {
        const auto overdue = engage::overdue_actions(plan.plan, *as_of);
        std::cout << plan.plan.info.id.value << ": " << overdue.size() << " overdue as of "
                  << as_of->to_string() << '\n';
        for (const engage::ProgressItem& action : overdue) {
            std::cout << "  " << action.id << "  due " << action.due->to_string() << "  "
                      << action.days_overdue << " days late  "
                      << (action.lead.empty() ? "(no lead)" : action.lead) << "  " << action.title
                      << '\n';
        }
    }
    return 0;
}
