# SPDX-License-Identifier: MIT
# engage report --for young-people --out DIR writes STEM.young-people.html for
# each plan and nothing else. Run with -DENGAGE=... -DOUT=... -P.
file(REMOVE_RECURSE ${OUT})
execute_process(
  COMMAND ${ENGAGE} report --as-of 2024-06-30 --for young-people --format html --out ${OUT}
          examples/rutland-participation.yaml examples/edinburgh-childrens-services.yaml
  RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0 AND NOT status EQUAL 1)
  message(FATAL_ERROR "exit ${status}: ${errors}")
endif()
file(GLOB written RELATIVE ${OUT} ${OUT}/*)
list(SORT written)
set(expected "edinburgh-childrens-services.young-people.html;rutland-participation.young-people.html")
if(NOT written STREQUAL expected)
  message(FATAL_ERROR "wrote [${written}], expected [${expected}]")
endif()
file(READ ${OUT}/rutland-participation.young-people.html page)
if(NOT page MATCHES "<h1>You said, we did: Rutland</h1>")
  message(FATAL_ERROR "the Rutland page has no heading for Rutland")
endif()
# The same bytes whatever the number of threads.
foreach(jobs 1 2)
  file(REMOVE_RECURSE ${OUT}-j${jobs})
  execute_process(
    COMMAND ${ENGAGE} report --as-of 2024-06-30 --for young-people --out ${OUT}-j${jobs} -j ${jobs}
            examples
    RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0 AND NOT status EQUAL 1)
    message(FATAL_ERROR "-j ${jobs}: exit ${status}: ${errors}")
  endif()
endforeach()
file(GLOB pages RELATIVE ${OUT}-j1 ${OUT}-j1/*.young-people.md)
list(LENGTH pages count)
if(NOT count EQUAL 4)
  message(FATAL_ERROR "-j 1 wrote ${count} Markdown pages for the four examples: ${pages}")
endif()
foreach(page ${pages})
  file(READ ${OUT}-j1/${page} one)
  file(READ ${OUT}-j2/${page} two)
  if(NOT one STREQUAL two)
    message(FATAL_ERROR "${page} differs between -j 1 and -j 2")
  endif()
endforeach()
