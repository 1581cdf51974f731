# SPDX-License-Identifier: MIT
# Every file a user relies on is in the installed PREFIX. Run with cmake -P.
set(expected
  bin/engage
  include/engage/engine.hpp
  include/engage/model.hpp
  include/engage/engage.hpp
  include/engage/output.hpp
  include/engage/version.hpp
  ${LIBDIR}/libengage.a
  ${LIBDIR}/cmake/engage/engageConfig.cmake
  ${LIBDIR}/cmake/engage/engageConfigVersion.cmake
  ${LIBDIR}/cmake/engage/engageTargets.cmake
  ${LIBDIR}/pkgconfig/engage.pc
  share/doc/engage/LICENSE
  share/man/man1/engage.1
  share/man/man1/engage-validate.1
  share/man/man1/engage-init.1
  share/man/man1/engage-completion.1
  share/man/man5/engage-plan.5
  share/man/man5/engage-config.5
  share/engage/schemas/engage-plan.schema.json
  share/engage/frameworks/national-standards.yaml
  share/engage/frameworks/lundy.yaml
  share/engage/frameworks/wales-nps.yaml
  share/engage/frameworks/scotland-2005.yaml
  share/bash-completion/completions/engage
  share/zsh/site-functions/_engage
  share/fish/vendor_completions.d/engage.fish)
# Every schema of schemas/: the plan's and each kind of JSON output's.
file(GLOB schemas RELATIVE ${SOURCE_DIR}/schemas ${SOURCE_DIR}/schemas/*.schema.json)
foreach(schema IN LISTS schemas)
  list(APPEND expected share/engage/schemas/${schema})
endforeach()
set(missing "")
foreach(file IN LISTS expected)
  if(NOT EXISTS ${PREFIX}/${file})
    list(APPEND missing ${file})
  endif()
endforeach()
# Every man page of the source tree is installed, in its section.
file(GLOB pages RELATIVE ${SOURCE_DIR}/man ${SOURCE_DIR}/man/*.[15])
foreach(page IN LISTS pages)
  string(REGEX MATCH "[15]$" section ${page})
  if(NOT EXISTS ${PREFIX}/share/man/man${section}/${page})
    list(APPEND missing share/man/man${section}/${page})
  endif()
endforeach()
if(missing)
  string(REPLACE ";" "\n  " missing "${missing}")
  message(FATAL_ERROR "not installed under ${PREFIX}:\n  ${missing}")
endif()
# The installed completion script is the one the installed program prints.
execute_process(COMMAND ${PREFIX}/bin/engage completion bash OUTPUT_VARIABLE printed RESULT_VARIABLE status)
file(READ ${PREFIX}/share/bash-completion/completions/engage installed)
if(NOT status EQUAL 0 OR NOT printed STREQUAL installed)
  message(FATAL_ERROR "the installed bash completion differs from `engage completion bash`")
endif()
