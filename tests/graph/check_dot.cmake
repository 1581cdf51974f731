# SPDX-License-Identifier: MIT
# `engage graph --format dot PLAN | dot -Tsvg` must succeed and produce an SVG.
execute_process(COMMAND ${ENGAGE} graph --format dot ${PLAN}
  RESULT_VARIABLE status OUTPUT_VARIABLE diagram ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "engage graph failed (${status}): ${err}")
endif()
file(WRITE ${OUT}.dot "${diagram}")
execute_process(COMMAND ${DOT} -Tsvg ${OUT}.dot -o ${OUT}.svg RESULT_VARIABLE status ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT "${err}" STREQUAL "")
  message(FATAL_ERROR "dot could not draw ${PLAN}: ${err}")
endif()
file(READ ${OUT}.svg svg LIMIT 4096)
if(NOT svg MATCHES "<svg")
  message(FATAL_ERROR "dot wrote no SVG for ${PLAN}")
endif()
