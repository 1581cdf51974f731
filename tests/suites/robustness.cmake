# SPDX-License-Identifier: MIT
# Hostile inputs (tests/robustness/run_hostile.py): deep nesting, alias bombs, a
# 60 MB scalar, bad bytes, symlink loops, pipes, 100,000 bodies... Each must end
# in a clean exit with a message, within 10 s of CPU and 1 GiB. The inputs are
# generated in the build folder. In the sanitizer build the same run also fails
# on any sanitizer report.
set(engage_robustness_flags "")
if(ENGAGE_SANITIZE)
  set(engage_robustness_flags --sanitized)
endif()
add_test(NAME robustness:hostile-inputs
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/robustness/run_hostile.py
          $<TARGET_FILE:engage_cli> ${CMAKE_CURRENT_BINARY_DIR}/robustness ${engage_robustness_flags}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(robustness:hostile-inputs PROPERTIES TIMEOUT 900)

# Inputs that once crashed or hung a fuzz target (fuzz/run.sh), kept as regression
# fixtures: each must now be read and checked cleanly, ending in findings (exit 0 or 1).
file(GLOB engage_hostile_fixtures CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fixtures/hostile/*)
foreach(fixture IN LISTS engage_hostile_fixtures)
  get_filename_component(stem ${fixture} NAME)
  if(stem STREQUAL "README.md")
    continue()
  endif()
  add_test(NAME robustness:fuzz-regression:${stem}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/robustness/run_fixture.py
            $<TARGET_FILE:engage_cli> ${fixture})
endforeach()
