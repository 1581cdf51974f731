# SPDX-License-Identifier: MIT
# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) on the staged files of each Debian
# package, before they are packed: what Debian lays out differently from an
# ordinary `cmake --install`.
#   - man pages compressed with `gzip -9n` (no name or time in the header);
#   - the zsh completion in vendor-completions, where Debian's zsh looks;
#   - /usr/share/doc/PACKAGE/copyright (machine-readable) instead of LICENSE,
#     and changelog.gz, the Debian changelog a native package must have;
#   - no .comment or .note sections in the program, and the static library
#     without debug information, as dh_strip leaves them;
#   - a lintian override, with its reason, for the one warning left.
set(stage ${CPACK_TEMPORARY_INSTALL_DIRECTORY})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "${command} failed (${status}): ${err}")
  endif()
endfunction()

# The changelog's date: SOURCE_DATE_EPOCH when set (reproducible builds), else
# the last commit's, else now.
if(DEFINED ENV{SOURCE_DATE_EPOCH})
  execute_process(COMMAND date -u -R -d @$ENV{SOURCE_DATE_EPOCH} OUTPUT_VARIABLE when
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
else()
  execute_process(COMMAND git -C ${CPACK_ENGAGE_SOURCE_DIR} log -1 --format=%aD
                  OUTPUT_VARIABLE when OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(when STREQUAL "")
  execute_process(COMMAND date -u -R OUTPUT_VARIABLE when OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()

foreach(component cli dev)
  string(TOUPPER ${component} upper)
  set(package ${CPACK_DEBIAN_${upper}_PACKAGE_NAME})
  set(usr ${stage}/${component}${CPACK_PACKAGING_INSTALL_PREFIX})
  if(NOT IS_DIRECTORY ${usr})
    message(FATAL_ERROR "no staged files for ${package} in ${usr}")
  endif()

  file(GLOB pages ${usr}/share/man/man*/*.[1-9])
  foreach(page IN LISTS pages)
    run(gzip -9nf ${page})
  endforeach()

  if(EXISTS ${usr}/share/zsh/site-functions)
    file(MAKE_DIRECTORY ${usr}/share/zsh/vendor-completions)
    file(RENAME ${usr}/share/zsh/site-functions/_engage ${usr}/share/zsh/vendor-completions/_engage)
    file(REMOVE_RECURSE ${usr}/share/zsh/site-functions)
  endif()

  set(doc ${usr}/share/doc/${package})
  file(REMOVE_RECURSE ${doc})
  file(MAKE_DIRECTORY ${doc})
  file(COPY_FILE ${CPACK_ENGAGE_COPYRIGHT_FILE} ${doc}/copyright)
  file(WRITE ${doc}/changelog "${package} (${CPACK_PACKAGE_VERSION}) unstable; urgency=medium

  * Built by CPack from the engage sources; their CHANGELOG.md lists the
    changes in each version.

 -- ${CPACK_DEBIAN_PACKAGE_MAINTAINER}  ${when}
")
  run(gzip -9nf ${doc}/changelog)

  # The one lintian warning left, explained where lintian reads it.
  if(component STREQUAL "dev" AND EXISTS ${usr}/lib/pkgconfig/engage.pc)
    file(MAKE_DIRECTORY ${usr}/share/lintian/overrides)
    file(WRITE ${usr}/share/lintian/overrides/${package} "\
# The package is made from the ordinary build, configured for /usr/local where
# GNUInstallDirs uses lib/, so that CI compiles once; engage.pc (with the
# library and the CMake package) is then in /usr/lib, where native builds
# find it. A build configured with -DCMAKE_INSTALL_PREFIX=/usr puts them in
# /usr/lib/<multiarch> instead, and this tag does not arise.
${package}: pkg-config-unavailable-for-cross-compilation [usr/lib/pkgconfig/engage.pc]
")
  endif()

  file(GLOB programs ${usr}/bin/*)
  foreach(program IN LISTS programs)
    run(strip --remove-section=.comment --remove-section=.note ${program})
  endforeach()
  file(GLOB archives ${usr}/lib/*.a ${usr}/lib/*/*.a)
  foreach(archive IN LISTS archives)
    run(strip --strip-debug --remove-section=.comment --remove-section=.note
        --enable-deterministic-archives ${archive})
  endforeach()
endforeach()
