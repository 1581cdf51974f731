// Every rule's check function, declared once. Each is defined in its own file
// under lib/src/rules/<standard>/ and registered in the family's .inc table.
#pragma once

namespace engage::detail {

class CheckContext;

void check_orphan_forum(CheckContext& ctx);        // F201
void check_board_without_voice(CheckContext& ctx); // F202
void check_feeds_cycle(CheckContext& ctx);         // F203
void check_no_feedback_loop(CheckContext& ctx);    // F204
void check_unrepresented_group(CheckContext& ctx); // F205
void check_adult_majority(CheckContext& ctx);      // F206
void check_infrequent_meetings(CheckContext& ctx); // F207
void check_long_path(CheckContext& ctx);           // F208

void check_no_groups(CheckContext& ctx);                  // E301
void check_seldom_heard_not_named(CheckContext& ctx);     // E302
void check_seldom_heard_not_engaged(CheckContext& ctx);   // E303
void check_no_forums(CheckContext& ctx);                  // E304
void check_forum_without_groups(CheckContext& ctx);       // E305
void check_no_minority_views(CheckContext& ctx);          // E306
void check_barriers_not_identified(CheckContext& ctx);    // E311
void check_barrier_without_support(CheckContext& ctx);    // E312
void check_no_independent_advocacy(CheckContext& ctx);    // E313
void check_no_preparation(CheckContext& ctx);             // E314
void check_no_partners(CheckContext& ctx);                // E321
void check_no_purpose(CheckContext& ctx);                 // E322
void check_no_evidence_base(CheckContext& ctx);           // E323
void check_no_outcomes(CheckContext& ctx);                // E324
void check_outcome_without_indicator(CheckContext& ctx);  // E325
void check_no_period(CheckContext& ctx);                  // E326
void check_period_order(CheckContext& ctx);               // E327
void check_no_resources(CheckContext& ctx);               // E328
void check_review_outside_period(CheckContext& ctx);      // E329
void check_partner_without_role(CheckContext& ctx);       // E341
void check_action_without_lead(CheckContext& ctx);        // E342
void check_placeholder_lead(CheckContext& ctx);           // E343
void check_no_deciding_board(CheckContext& ctx);          // E344
void check_board_without_chair(CheckContext& ctx);        // E345
void check_board_without_minutes(CheckContext& ctx);      // E346
void check_board_without_terms(CheckContext& ctx);        // E347
void check_no_engagements(CheckContext& ctx);             // E351
void check_engagement_without_method(CheckContext& ctx);  // E352
void check_single_method(CheckContext& ctx);              // E353
void check_no_creative_methods(CheckContext& ctx);        // E354
void check_inaccessible_method(CheckContext& ctx);        // E355
void check_methods_not_reviewed(CheckContext& ctx);       // E356
void check_no_you_said_we_did(CheckContext& ctx);         // E361
void check_feedback_not_recorded(CheckContext& ctx);      // E362
void check_late_feedback(CheckContext& ctx);              // E363
void check_feedback_overdue(CheckContext& ctx);           // E364
void check_feedback_before_engagement(CheckContext& ctx); // E365
void check_no_action_plan(CheckContext& ctx);             // E371
void check_action_without_due_date(CheckContext& ctx);    // E372
void check_action_without_indicator(CheckContext& ctx);   // E373
void check_action_without_outcome(CheckContext& ctx);     // E374
void check_action_without_status(CheckContext& ctx);      // E375
void check_action_overdue(CheckContext& ctx);             // E376
void check_action_blocked(CheckContext& ctx);             // E377
void check_done_without_date(CheckContext& ctx);          // E378
void check_done_date_without_done(CheckContext& ctx);     // E379
void check_commitment_past_review(CheckContext& ctx);     // E381
void check_no_review_date(CheckContext& ctx);             // E382
void check_review_without_learning(CheckContext& ctx);    // E383

void check_personal_data(CheckContext& ctx); // P501

} // namespace engage::detail
