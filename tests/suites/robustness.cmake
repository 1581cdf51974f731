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
