# SPDX-License-Identifier: MIT
# Writes OUTPUT, the completion script that `ENGAGE completion SHELL` prints, so
# the installed scripts come from the built CLI itself. Run with cmake -P.
get_filename_component(folder ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${folder})
execute_process(COMMAND ${ENGAGE} completion ${SHELL} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "engage completion ${SHELL} failed: ${status}")
endif()
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
