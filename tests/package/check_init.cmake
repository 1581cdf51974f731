# SPDX-License-Identifier: MIT
# `engage init` in a scratch folder: the files it writes match the goldens
# (ENGAGE_UPDATE_GOLDEN=1 rewrites them), the plan validates with no finding
# at all, existing files are refused by name and kept, and --force overwrites.
# Run with cmake -P.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(plan_dir "${WORK_DIR}/Riverside Plan")

function(engage_run expected_status)
  execute_process(COMMAND ${ENGAGE} ${ARGN} WORKING_DIRECTORY ${WORK_DIR}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL expected_status)
    string(REPLACE ";" " " args "${ARGN}")
    message(FATAL_ERROR "engage ${args}: exit ${status}, expected ${expected_status}\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(check_same actual golden)
  if(DEFINED ENV{ENGAGE_UPDATE_GOLDEN} AND NOT golden MATCHES "schema")
    file(COPY_FILE ${actual} ${golden})
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${actual} ${golden} RESULT_VARIABLE differ)
  if(differ)
    execute_process(COMMAND diff -u ${golden} ${actual})
    message(FATAL_ERROR "${actual} differs from ${golden}")
  endif()
endfunction()

# The id comes from the folder's name; the dates from --start.
engage_run(0 init --start 2024-07-01 --area "Riverside Council" "Riverside Plan")
file(WRITE ${WORK_DIR}/stdout.txt "${out}")
check_same(${WORK_DIR}/stdout.txt ${GOLDEN_DIR}/init-stdout.txt)
check_same(${plan_dir}/plan.yaml ${GOLDEN_DIR}/init-plan.yaml)
check_same(${plan_dir}/.engage.toml ${GOLDEN_DIR}/init-engage.toml)
check_same(${plan_dir}/engage-plan.schema.json ${SOURCE_DIR}/schemas/engage-plan.schema.json)

# It validates: exit 0 even failing on info, and no finding of any severity.
engage_run(0 validate --as-of 2024-07-01 --fail-on info --format json "Riverside Plan")
string(JSON findings LENGTH "${out}" findings)
if(NOT findings EQUAL 0)
  message(FATAL_ERROR "the new plan has ${findings} findings:\n${out}")
endif()
engage_run(0 validate --as-of 2024-07-01 "Riverside Plan")
if(NOT out MATCHES "No problems found in 1 plan \\(1 file\\)")
  message(FATAL_ERROR "validate did not find the new plan clean:\n${out}")
endif()

# Existing files are named and kept.
file(WRITE ${plan_dir}/plan.yaml "# mine\n")
engage_run(2 init --start 2024-07-01 "Riverside Plan")
foreach(name plan.yaml .engage.toml engage-plan.schema.json)
  if(NOT err MATCHES "Riverside Plan/${name}: already exists")
    message(FATAL_ERROR "init did not name ${name}:\n${err}")
  endif()
endforeach()
file(READ ${plan_dir}/plan.yaml kept)
if(NOT kept STREQUAL "# mine\n")
  message(FATAL_ERROR "init overwrote plan.yaml without --force")
endif()

# --force overwrites them.
engage_run(0 init --force --start 2024-07-01 --area "Riverside Council" "Riverside Plan")
check_same(${plan_dir}/plan.yaml ${GOLDEN_DIR}/init-plan.yaml)
