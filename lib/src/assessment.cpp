#include <engage/assessment.hpp>

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

} // namespace engage
