# SPDX-License-Identifier: MIT
# Progress over time: `engage actions`, `engage commitments`, `engage diff`,
# review readiness, and the example program on the public API.
# Included by tests/CMakeLists.txt, so engage_cli_case and Python3 are at hand.

set(progress_asof --as-of 2024-06-30)
set(progress_plan tests/cli/inputs/progress-plan.yaml)

# Every example: exactly its overdue actions (none of the four seeds gives a
# due date, so none is overdue), and every action, as of the same date.
foreach(example dundee-yvop edinburgh-childrens-services.yaml nottingham-participation.yaml rutland-participation.yaml)
  string(REGEX REPLACE "\\.yaml$" "" stem ${example})
  engage_cli_case(actions-overdue-${stem} ARGS actions --overdue ${progress_asof} examples/${example})
endforeach()
engage_cli_case(actions-examples ARGS actions ${progress_asof} examples)
engage_cli_case(commitments-examples ARGS commitments ${progress_asof} examples)

# A plan part-way through, in every format and with every filter.
engage_cli_case(actions-progress ARGS actions ${progress_asof} ${progress_plan})
engage_cli_case(actions-progress-overdue ARGS actions ${progress_asof} --overdue ${progress_plan})
engage_cli_case(actions-progress-markdown ARGS actions ${progress_asof} --format markdown ${progress_plan})
engage_cli_case(actions-progress-csv ARGS actions ${progress_asof} --format csv ${progress_plan})
engage_cli_case(actions-progress-json ARGS actions ${progress_asof} --format json ${progress_plan})
engage_cli_case(actions-progress-lead ARGS actions ${progress_asof} --lead "SENIOR officer" ${progress_plan})
engage_cli_case(actions-progress-status ARGS actions ${progress_asof} --status blocked,none ${progress_plan})
engage_cli_case(actions-progress-standard ARGS actions ${progress_asof} --standard support ${progress_plan})
engage_cli_case(actions-progress-due-within ARGS actions ${progress_asof} --due-within 30 ${progress_plan})
engage_cli_case(actions-progress-attention ARGS actions ${progress_asof} --overdue --due-within 30 ${progress_plan})
engage_cli_case(actions-progress-fail-if-any ARGS actions ${progress_asof} --overdue --fail-if-any ${progress_plan})
engage_cli_case(actions-nothing-fail-if-any ARGS actions ${progress_asof} --overdue --fail-if-any examples/rutland-participation.yaml)
engage_cli_case(actions-bad-status ARGS actions ${progress_asof} --status finished ${progress_plan})
engage_cli_case(actions-bad-as-of ARGS actions --as-of 2024-13-01 ${progress_plan})
engage_cli_case(actions-missing ARGS actions ${progress_asof} no/such/plan.yaml)
engage_cli_case(actions-broken ARGS actions ${progress_asof} tests/cli/inputs/broken.yaml)
engage_cli_case(actions-configured ARGS actions tests/cli/inputs/configured)
engage_cli_case(commitments-progress ARGS commitments ${progress_asof} ${progress_plan})
engage_cli_case(commitments-progress-overdue ARGS commitments ${progress_asof} --overdue ${progress_plan})
engage_cli_case(commitments-progress-markdown ARGS commitments ${progress_asof} --format markdown --due-within 60 ${progress_plan})
engage_cli_case(commitments-progress-csv ARGS commitments ${progress_asof} --format csv ${progress_plan})
engage_cli_case(commitments-progress-json ARGS commitments ${progress_asof} --format json ${progress_plan})
engage_cli_case(commitments-standard ARGS commitments ${progress_asof} --standard impact ${progress_plan})
engage_cli_case(actions-help ARGS actions --help)
engage_cli_case(commitments-help ARGS commitments --help)
engage_cli_case(diff-help ARGS diff --help)

# Review readiness: validate reports a review with no learning, commitments past
# review and feedback overdue, against the as-of date and the configured days.
engage_cli_case(validate-review-readiness ARGS validate ${progress_asof} --format concise
  --select review-without-learning,commitment-past-review,feedback-overdue ${progress_plan})

# diff between files on disk (no git).
engage_cli_case(diff-same-plan ARGS diff ${progress_asof} ${progress_plan} ${progress_plan})
engage_cli_case(diff-two-plans ARGS diff ${progress_asof} tests/fixtures/plans/complete.yaml ${progress_plan})
engage_cli_case(diff-collection ARGS diff ${progress_asof} examples ${progress_plan})
# --fail-on-new gates on what the new version adds: 30 new warnings and 5 new
# infos here, no new error; the same plan on both sides adds nothing.
engage_cli_case(diff-fail-on-new-error ARGS diff ${progress_asof} --fail-on-new error
  --format json tests/fixtures/plans/complete.yaml ${progress_plan})
engage_cli_case(diff-fail-on-new-warning ARGS diff ${progress_asof} --fail-on-new warning
  tests/fixtures/plans/complete.yaml ${progress_plan})
engage_cli_case(diff-fail-on-new-unchanged ARGS diff ${progress_asof} --fail-on-new info
  ${progress_plan} ${progress_plan})

# diff over a small git history made for each case in the build folder.
function(progress_git_case name history)
  add_test(NAME cli:${name}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/progress/git_diff_case.py
            $<TARGET_FILE:engage_cli> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/progress/${name}
            ${CMAKE_CURRENT_SOURCE_DIR}/cli/golden/${name}.txt ${history} -- ${ARGN})
endfunction()
find_program(GIT git)
if(GIT)
  progress_git_case(diff-git-file single diff ${progress_asof} HEAD~1:plan.yaml plan.yaml)
  progress_git_case(diff-git-file-markdown single diff ${progress_asof} --format markdown HEAD~1:plan.yaml HEAD:plan.yaml)
  progress_git_case(diff-git-file-json single diff ${progress_asof} --format json HEAD~1:plan.yaml plan.yaml)
  progress_git_case(diff-git-folder folder diff ${progress_asof} HEAD~1:plan HEAD:plan)
  progress_git_case(diff-git-folder-slash folder diff ${progress_asof} HEAD~1:plan/ plan/)
  progress_git_case(diff-git-bad-revision single diff ${progress_asof} HEAD~7:plan.yaml plan.yaml)
  progress_git_case(diff-git-missing-path single diff ${progress_asof} HEAD~1:nothing.yaml plan.yaml)
  progress_git_case(diff-git-not-a-plan-folder folder diff ${progress_asof} HEAD~1:. plan)
  progress_git_case(diff-git-not-a-repository none diff ${progress_asof} HEAD:plan.yaml plan.yaml)
endif()

# The example program an analyst would write: built against the public API, run on a plan.
add_executable(example_overdue_actions ${PROJECT_SOURCE_DIR}/examples/api/overdue_actions.cpp)
target_link_libraries(example_overdue_actions PRIVATE engage::engage engage_warnings)
add_test(NAME example:overdue-actions
  COMMAND example_overdue_actions ${PROJECT_SOURCE_DIR}/${progress_plan} 2024-06-30)
set_tests_properties(example:overdue-actions PROPERTIES PASS_REGULAR_EXPRESSION
  "harbour-voice: 2 overdue as of 2024-06-30\n  ACT-1  due 2024-03-31  91 days late  Senior Officer  Publish the youth forum's minutes online\n  ACT-2  due 2024-05-31  30 days late  Head of Finance  Agree a youth budget with the board\n$")
add_test(NAME example:overdue-actions-none
  COMMAND example_overdue_actions ${PROJECT_SOURCE_DIR}/examples/dundee-yvop 2024-06-30)
set_tests_properties(example:overdue-actions-none PROPERTIES PASS_REGULAR_EXPRESSION
  "^dundee-yvop: 0 overdue as of 2024-06-30\n$")
