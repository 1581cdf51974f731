# SPDX-License-Identifier: MIT
# Runs `engage ARGS_A` and `engage ARGS_B` and fails unless both give the same
# exit status, standard output and standard error, byte for byte.
foreach(side A B)
  execute_process(COMMAND ${ENGAGE} ${ARGS_${side}}
    RESULT_VARIABLE status_${side} OUTPUT_VARIABLE out_${side} ERROR_VARIABLE err_${side})
endforeach()
if(NOT status_A STREQUAL status_B)
  message(FATAL_ERROR "exit status differs: ${status_A} vs ${status_B}")
endif()
if(NOT out_A STREQUAL out_B)
  message(FATAL_ERROR "standard output differs between\n  ${ARGS_A}\nand\n  ${ARGS_B}")
endif()
if(NOT err_A STREQUAL err_B)
  message(FATAL_ERROR "standard error differs:\n${err_A}\nvs\n${err_B}")
endif()
string(LENGTH "${out_A}" length)
if(length EQUAL 0)
  message(FATAL_ERROR "no output to compare")
endif()
message(STATUS "same output (${length} bytes), exit ${status_A}")
