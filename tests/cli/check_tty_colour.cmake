# SPDX-License-Identifier: MIT
# On a terminal (a pseudo-terminal from script(1)), --color auto colours the
# output, except under TERM=dumb. -DENGAGE=... -DSCRIPT=... -DPLAN=...
string(ASCII 27 escape)
foreach(term xterm dumb)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env TERM=${term} NO_COLOR= FORCE_COLOR= CLICOLOR_FORCE=
            ${SCRIPT} -qec "${ENGAGE} validate --as-of 2024-06-30 --format concise --select unknown-key ${PLAN}" /dev/null
    OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(FIND "${out}" "${escape}[" at)
  if(term STREQUAL "xterm" AND at EQUAL -1)
    message(FATAL_ERROR "TERM=xterm on a terminal: no colour in\n${out}${err}")
  elseif(term STREQUAL "dumb" AND NOT at EQUAL -1)
    message(FATAL_ERROR "TERM=dumb on a terminal: coloured output")
  endif()
  string(FIND "${out}" "unknown-key" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "TERM=${term}: engage printed no finding:\n${out}${err}")
  endif()
  message(STATUS "TERM=${term}: colour ${at}")
endforeach()
