# SPDX-License-Identifier: MIT
# Runs one CLI case and compares it with its golden file (see tests/CMakeLists.txt).
# Golden layout: "exit: N", then "--- stdout", the output, "--- stderr", the errors.
if(STDIN)
  set(input INPUT_FILE ${STDIN})
endif()
set(args ${ARGS})
list(FILTER args EXCLUDE REGEX "^$")
# ENGAGE_VALGRIND=valgrind (the `memcheck` test preset) runs engage under memcheck:
# any memory error or leak makes the exit status 99, so the golden comparison fails.
set(prefix "")
if(DEFINED ENV{ENGAGE_VALGRIND} AND NOT "$ENV{ENGAGE_VALGRIND}" STREQUAL "")
  set(prefix $ENV{ENGAGE_VALGRIND} --quiet --error-exitcode=99 --leak-check=full
             --errors-for-leak-kinds=definite,indirect)
endif()
execute_process(COMMAND ${prefix} ${ENGAGE} ${args} ${input}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(actual "exit: ${status}\n--- stdout\n${out}--- stderr\n${err}")
if(DEFINED ENV{ENGAGE_UPDATE_GOLDEN} AND NOT "$ENV{ENGAGE_UPDATE_GOLDEN}" STREQUAL "")
  file(WRITE ${GOLDEN} "${actual}")
  message(STATUS "updated ${GOLDEN}")
  return()
endif()
if(NOT EXISTS ${GOLDEN})
  message(FATAL_ERROR "no golden file ${GOLDEN}; run with ENGAGE_UPDATE_GOLDEN=1 to create it.\nOutput:\n${actual}")
endif()
file(READ ${GOLDEN} expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${GOLDEN}.actual "${actual}")
  execute_process(COMMAND diff -u ${GOLDEN} ${GOLDEN}.actual)
  message(FATAL_ERROR "output differs from ${GOLDEN} (actual output in ${GOLDEN}.actual)")
endif()
