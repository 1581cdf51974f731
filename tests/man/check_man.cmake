# SPDX-License-Identifier: MIT
# A man page must render with no warnings at all under groff -man -ww -z.
execute_process(COMMAND ${GROFF} -man -ww -z ${PAGE}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
  message(FATAL_ERROR "groff warnings for ${PAGE}:\n${out}${err}")
endif()
