# SPDX-License-Identifier: MIT
# One run with several outputs writes, to each file, exactly what a run with
# that --format alone prints, with the same exit status; and nothing else on
# standard output when --output-file takes the main format.
# -DENGAGE=... -DCOMMAND=validate|audit -DOUT=scratch folder -DPLANS=path
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(common ${COMMAND} --as-of 2024-06-30)
execute_process(COMMAND ${ENGAGE} ${common} --format concise
    --output sarif=${OUT}/engage.sarif --output gitlab=${OUT}/gl.json --output junit=${OUT}/junit.xml
    --output-file ${OUT}/main.txt ${PLANS}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT out STREQUAL "")
  message(FATAL_ERROR "standard output should be empty with --output-file, got:\n${out}")
endif()
foreach(pair "sarif;engage.sarif" "gitlab;gl.json" "junit;junit.xml" "concise;main.txt")
  list(GET pair 0 format)
  list(GET pair 1 name)
  execute_process(COMMAND ${ENGAGE} ${common} --format ${format} ${PLANS}
    RESULT_VARIABLE alone_status OUTPUT_VARIABLE alone ERROR_VARIABLE alone_err)
  if(NOT alone_status STREQUAL status)
    message(FATAL_ERROR "exit status ${status} with outputs, ${alone_status} with --format ${format}")
  endif()
  file(READ ${OUT}/${name} written)
  if(NOT written STREQUAL alone)
    message(FATAL_ERROR "${name} differs from --format ${format}'s output")
  endif()
  string(LENGTH "${written}" length)
  if(length EQUAL 0)
    message(FATAL_ERROR "${name} is empty")
  endif()
  message(STATUS "${name}: ${length} bytes, as --format ${format} prints them")
endforeach()
file(GLOB leftovers ${OUT}/.*.tmp)
if(leftovers)
  message(FATAL_ERROR "temporary files left behind: ${leftovers}")
endif()

# A link planted at an output's name is replaced by the report, never written through.
file(WRITE ${OUT}/target.txt "keep")
file(CREATE_LINK ${OUT}/target.txt ${OUT}/planted.sarif SYMBOLIC)
execute_process(COMMAND ${ENGAGE} ${common} --format concise --output sarif=${OUT}/planted.sarif ${PLANS}
  OUTPUT_QUIET ERROR_QUIET)
file(READ ${OUT}/target.txt target)
if(NOT target STREQUAL "keep" OR IS_SYMLINK ${OUT}/planted.sarif)
  message(FATAL_ERROR "the output followed the link planted at its name")
endif()
message(STATUS "a link at the output's name was replaced, its target left alone")
