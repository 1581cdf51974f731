# SPDX-License-Identifier: MIT
# validate and audit print the same bytes whatever the number of threads.
function(engage_same_output name)
  cmake_parse_arguments(CASE "" "" "A;B" ${ARGN})
  add_test(NAME parallel:${name}
    COMMAND ${CMAKE_COMMAND} -DENGAGE=$<TARGET_FILE:engage_cli> "-DARGS_A=${CASE_A}" "-DARGS_B=${CASE_B}"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/same_output.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(parallel:${name} PROPERTIES ENVIRONMENT "NO_COLOR=;GITHUB_ACTIONS=")
endfunction()

set(as_of --as-of 2024-06-30)
set(inputs examples tests/cli/inputs/collection tests/cli/inputs/broken.yaml no/such/plan.yaml)
foreach(format text concise json sarif)
  engage_same_output(validate-${format}-j1-j2 A validate ${as_of} --format ${format} -j 1 ${inputs}
                                             B validate ${as_of} --format ${format} -j 2 ${inputs})
endforeach()
engage_same_output(validate-j2-j7 A validate ${as_of} -j 2 ${inputs} B validate ${as_of} -j 7 ${inputs})
engage_same_output(audit-j1-j2 A audit ${as_of} -j 1 ${inputs} B audit ${as_of} -j 2 ${inputs})
