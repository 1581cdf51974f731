// E341 partner-without-role: a partner that does not say what part it plays.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <string_view>

namespace engage::detail {

void check_partner_without_role(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.partners.empty()))
        return;
    for (const Partner& partner : ctx.plan.partners) {
        if (!partner.role.present()) {
            ctx.report(partner.loc, "the partner `" + partner.id.value +
                                        "` does not say what its role is in the plan");
        } else if (is_blank(partner.role.value)) {
            ctx.report(partner.role.loc,
                       "the role of the partner `" + partner.id.value + "` is left blank");
        }
    }
}

} // namespace engage::detail
