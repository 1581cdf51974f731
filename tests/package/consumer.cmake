# SPDX-License-Identifier: MIT
# Builds tests/package/consumer against the installed PREFIX, either through
# its CMake package (MODE=cmake) or with `pkg-config --cflags --libs engage`
# (MODE=pkg-config), runs it on PLAN, and checks it counts as many findings as
# the installed `engage validate` does. Run with cmake -P.
set(work ${WORK_DIR}/${MODE})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
set(source ${CMAKE_CURRENT_LIST_DIR}/consumer)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "${command} failed (${status}):\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "cmake")
  run(${CMAKE_COMMAND} -S ${source} -B ${work} -DCMAKE_PREFIX_PATH=${PREFIX}
      -DCMAKE_CXX_COMPILER=${CXX} "-DCMAKE_CXX_FLAGS=${EXTRA_FLAGS}")
  run(${CMAKE_COMMAND} --build ${work})
  set(program ${work}/count_findings)
else()
  set(ENV{PKG_CONFIG_PATH} ${PREFIX}/${LIBDIR}/pkgconfig)
  run(${PKG_CONFIG} --modversion engage)
  string(STRIP "${out}" version)
  if(NOT version STREQUAL VERSION)
    message(FATAL_ERROR "pkg-config --modversion engage: ${version}, expected ${VERSION}")
  endif()
  run(${PKG_CONFIG} --cflags --libs engage)
  separate_arguments(flags UNIX_COMMAND "${out}")
  separate_arguments(extra UNIX_COMMAND "${EXTRA_FLAGS}")
  set(program ${work}/count_findings)
  run(${CXX} -std=c++20 ${extra} ${source}/main.cpp ${flags} -o ${program})
endif()

run(${program} 2024-06-30 ${PLAN})
set(consumer_said "${out}")
# The reference: the installed CLI's JSON (exit status 1 when a finding fails the run).
execute_process(COMMAND ${PREFIX}/bin/engage validate --as-of 2024-06-30 --format json ${PLAN}
  OUTPUT_VARIABLE json RESULT_VARIABLE status)
if(status GREATER 1)
  message(FATAL_ERROR "engage validate ${PLAN} failed (${status})")
endif()
string(JSON findings LENGTH "${json}" findings)
if(NOT consumer_said MATCHES "1 plan\\(s\\), ${findings} findings")
  message(FATAL_ERROR "the consumer printed: ${consumer_said}\nexpected ${findings} findings, as engage validate finds")
endif()
message(STATUS "consumer (${MODE}): ${consumer_said}")
