// E323 no-evidence-base: the plan names no evidence of need that it rests on.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_evidence_base(CheckContext& ctx) {
    const TextList& needs = ctx.plan.info.needs;
    if (!needs.value.empty())
        return;
    ctx.report(needs.present() ? needs.loc : ctx.plan_loc(),
               "the plan names no evidence it rests on (`needs:`), such as surveys, "
               "consultations or inspections");
}

} // namespace engage::detail
