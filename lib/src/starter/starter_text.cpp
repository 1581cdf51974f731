// SPDX-License-Identifier: MIT
#include "starter_text.hpp"

namespace engage::detail {

// A model plan: every standard it can meet from the plan alone is met, and
// what only time can bring (engagements, a review's learning, a
// self-assessment) is explained where it belongs.
const std::string_view starter_plan_yaml =
    R"(# yaml-language-server: $schema=engage-plan.schema.json
# A participation plan for children and young people, started by `engage init`.
# Every value is an example to replace with your own: your forums and boards,
# who leads each action, and when. Check it with `engage validate` (the
# folder's .engage.toml sets how), and see `man engage-plan` for every key.
# The schema file beside this one lets editors complete and check keys.
engage: 1

plan:
  id: @ID@
  title: @TITLE@
@AREA@
  owner: the partnership accountable for this plan
  # Three years from the day the plan was started (@START@).
  period: {from: @START@, to: @END@}
  purpose: >
    Make sure the children and young people this plan is for shape the
    decisions that affect them, and are told what changed as a result.
  framework: national-standards
  participation: [individual, social, public]
  approaches: [consulting, involving, collaborating]
  # Who helped make the plan, at which stage (focus, drafting, agreement),
  # and when: record each as it happens, young people's forums among them.
  involvement:
    - {stage: focus, date: @START@, bodies: [youth-forum], partners: [participation-team], how: a workshop to set the priorities}
    - {stage: agreement, date: @START@, bodies: [youth-forum, corporate-parenting-board]}
  # After a year, meet again with the young people involved; then record
  # the day it took place (`held_on`), who took part (`bodies`, `groups`,
  # `partners`) and what was learned (`learning: [...]`) under `review`.
  review:
    date: @REVIEW@
    how: bring the forum and the board together to review the plan and its actions
  # The evidence of need the plan rests on: surveys, consultations,
  # inspections; `{source: ..., date: YYYY-MM-DD}` says when it is from.
  needs: [what young people said in the last survey or consultation]
  # What the plan means to change; record what is measured under `results`
  # as `- {value: ..., date: YYYY-MM-DD, source: ...}`.
  outcomes:
    - id: voice-heard
      title: Children and young people shape the services they use
      indicators: [share of young people who say they were listened to]
  # Each resource, and the forums, boards and actions it is for.
  resources:
    - {what: a participation worker, for: [youth-forum, ACT-1]}
    - a budget for travel, venues and food

# Who works together on the plan, and in what role.
partners:
  - id: participation-team
    name: Participation team
    role: supports the forum and carries its views to the board
  - id: advocacy-service
    name: Independent advocacy service
    role: offers independent advocacy to any young person who wants it

# Who the plan is for. A seldom-heard group names what stops it taking
# part (barriers) and what is done about it (support), and when and how its
# support needs were assessed with the group itself.
groups:
  - id: care-experienced
    name: Care experienced children and young people
    ages: 8-25
    seldom_heard: true
    barriers: [placement moves, distrust of professionals]
    support: [preparation before every meeting, independent advocacy, travel paid]
    needs_assessed: {date: @START@, how: asked at the forum what gets in the way}

# Forums, where young people speak, and boards, where decisions are taken.
# Every forum's views should reach a board that decides, and every link
# should say how the answer comes back (feedback).
bodies:
  - id: youth-forum
    name: Care experienced young people's forum
    kind: forum
    led_by: young-people
    groups: [care-experienced]
    members: {young_people: 10, adults: 2}
    meets: monthly
    preparation: [a briefing with the participation worker before each board meeting]
    communication: [a group chat run by the participation worker, meetings after school]
    # training: [{what: training for board members, completed: true, on: YYYY-MM-DD, people: 4}]
    feeds_into:
      - to: corporate-parenting-board
        how: forum members present their views at each board meeting
        feedback: the board's answer to each view is reported at the next forum meeting
        shared: [minutes, action-progress]   # what comes back to the forum
        seats: 2                             # forum members who sit on the board
  - id: corporate-parenting-board
    name: Corporate Parenting Board
    kind: board
    decides: true
    chair: Chief Executive of the council
    meets: quarterly
    minutes: true
    terms_of_reference: agreed with the forum; actions reviewed at each meeting
    members: {young_people: 4, adults: 4}
    papers: {days_before: 7, formats: [standard, young-people]}

# Independent advocacy, and how young people reach it.
advocacy:
  - provider: Independent advocacy service
    partner: advocacy-service
    groups: [care-experienced]
    access: [self-referral, offered before every review]

# The action plan: each action has a named lead, a due date, a status and an
# indicator of how anyone will know it made a difference.
actions:
  - id: ACT-1
    title: Agree with the forum how its views reach the board and how answers come back
    lead: Participation Manager
    due: @DUE@
    status: planned
    standards: [working-together, communication]
    indicators: [forum members say they know what the board did with their views]
    outcomes: [voice-heard]
    bodies: [youth-forum, corporate-parenting-board]
    groups: [care-experienced]
    approach: involving

# What happened: record each engagement with young people as it takes place,
# with what they said, what was done, and when they were told. Until the
# first is recorded, two rules can only report that none is (no-engagements,
# no-minority-views), so they are silenced here: delete the next line when
# you record one.
# engage: disable-file=no-engagements,no-minority-views
# engagements:
#   - id: first-forum
#     title: First meeting of the forum
#     date: @START@
#     bodies: [youth-forum]
#     groups: [care-experienced]
#     method: workshop
#     approach: involving
#     participants: {young_people: 10, adults: 2}
#     adaptations: [evening meeting, travel paid]
#     you_said: [what young people said]
#     we_did:                    # what was done about it, by whom and when
#       - {what: the change made, by: participation-team, on: YYYY-MM-DD}
#     declined:                  # what was not done, and the reason given
#       - {view: what was asked for, reason: why it was not done}
#     fed_back_on: YYYY-MM-DD    # when they were told what changed
#     minority_views:            # views some held that others did not
#       - {view: what they said, response: what was done about it}
#     learning: [what worked about the meeting, and what to change]

# What is published, where, for whom and in which formats; and the
# standing routes (a yearly survey, say) through which views keep coming.
# publications:
#   - id: plan-young-people
#     title: This plan, in a young people's version
#     what: plan
#     where: the council website and the forum
#     date: YYYY-MM-DD
#     audience: [care-experienced, youth-forum]
#     formats: [standard, young-people]
# channels:
#   - id: have-your-say
#     name: Have Your Say survey
#     method: survey
#     open_to: [care-experienced]
#     recurs: annually
#     feeds_into: [corporate-parenting-board]
#     last_used: YYYY-MM-DD

# How well does the plan meet each standard? Score it with the young people
# involved, from 1 (weak) to 6 (excellent), and say what shows it; an item
# that starts with an indicator's id (see `engage standards`) is evidence
# for that indicator.
# standards:
#   inclusion:
#     score: 3
#     evidence: ["INC-1: young people helped write this plan"]
)";

const std::string_view starter_config_toml =
    R"(# Settings for `engage validate` and `engage audit` on the plans in this
# folder and the folders below it (see `man engage-config`). Each key is
# shown at its default, commented out: remove the # to change it.

# The framework of standards a plan is held against when it names none:
# national-standards, lundy, wales-nps, scotland-2005, or a framework file.
# framework = "national-standards"

# The date that overdue actions, reviews and feedback are measured against.
# Unset, engage uses today's date.
# as-of = @START@

# The lowest severity that makes a run fail (exit status 1): error, warning or info.
# fail-on = "error"

[rules]
# Run only these rules (names or codes); empty runs every rule.
# select = []
# Never run these rules, for example ["no-resources"].
# ignore = []

[rules.severity]
# Raise or lower a rule's severity, for example:
# placeholder-lead = "error"

[thresholds]
@THRESHOLDS@)";

} // namespace engage::detail
