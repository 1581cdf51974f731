# SPDX-License-Identifier: MIT
# Packaging: the install, the CMake package and pkg-config file as consumers
# use them, man pages in step with --help, shell completions, `engage init`
# and the pre-commit hook. Included from tests/CMakeLists.txt.

# --- a fresh install, and what consumers build against it ----------------------
set(package_work ${CMAKE_CURRENT_BINARY_DIR}/package)
set(package_prefix ${package_work}/prefix)
add_test(NAME package:install
  COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR} -DPREFIX=${package_prefix}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/package/install.cmake)
set_tests_properties(package:install PROPERTIES FIXTURES_SETUP engage_prefix)

add_test(NAME package:installed-files
  COMMAND ${CMAKE_COMMAND} -DPREFIX=${package_prefix} -DLIBDIR=${CMAKE_INSTALL_LIBDIR}
          -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${CMAKE_CURRENT_SOURCE_DIR}/package/check_installed.cmake)

# A static library built with the sanitizers needs them at link time too.
set(package_extra_flags "")
if(ENGAGE_SANITIZE)
  set(package_extra_flags "-fsanitize=address,undefined")
endif()
find_program(PKG_CONFIG pkg-config)
set(package_modes cmake)
if(PKG_CONFIG)
  list(APPEND package_modes pkg-config)
endif()
foreach(mode IN LISTS package_modes)
  add_test(NAME package:consumer-${mode}
    COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DPREFIX=${package_prefix} -DLIBDIR=${CMAKE_INSTALL_LIBDIR}
            -DWORK_DIR=${package_work}/consumer -DCXX=${CMAKE_CXX_COMPILER} -DPKG_CONFIG=${PKG_CONFIG}
            -DVERSION=${PROJECT_VERSION} "-DEXTRA_FLAGS=${package_extra_flags}"
            -DPLAN=${PROJECT_SOURCE_DIR}/examples/rutland-participation.yaml
            -P ${CMAKE_CURRENT_SOURCE_DIR}/package/consumer.cmake)
endforeach()
foreach(test package:installed-files package:consumer-cmake package:consumer-pkg-config)
  if(TEST ${test})
    set_tests_properties(${test} PROPERTIES FIXTURES_REQUIRED engage_prefix)
  endif()
endforeach()

# --- man pages: one for each subcommand, with the options --help shows ----------
add_test(NAME man:options-match-help
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/man/check_man_options.py
          $<TARGET_FILE:engage_cli> ${PROJECT_SOURCE_DIR}/man)

# --- shell completions ------------------------------------------------------------
engage_cli_case(completion-bash ARGS completion bash)
engage_cli_case(completion-zsh ARGS completion zsh)
engage_cli_case(completion-fish ARGS completion fish)
engage_cli_case(completion-unknown-shell ARGS completion tcsh)
find_program(BASH bash)
if(BASH)
  add_test(NAME completion:bash-completes
    COMMAND ${BASH} ${CMAKE_CURRENT_SOURCE_DIR}/completion/check_bash.sh $<TARGET_FILE:engage_cli>
            ${CMAKE_CURRENT_BINARY_DIR}/completion-bash)
endif()
# The scripts the build wrote (cli/CMakeLists.txt), read by each shell's parser.
foreach(shell bash zsh fish)
  find_program(${shell}_program ${shell})
  if(${shell}_program)
    add_test(NAME completion:${shell}-syntax
      COMMAND ${${shell}_program} -n ${PROJECT_BINARY_DIR}/cli/completions/engage.${shell})
  endif()
endforeach()

# fish can answer a completion request without a terminal: ask it for some.
if(fish_program)
  add_test(NAME completion:fish-completes
    COMMAND ${fish_program} --no-config -c "source ${PROJECT_BINARY_DIR}/cli/completions/engage.fish
complete -C 'engage validate --format '; complete -C 'engage audit --select placeholder-'")
  set_tests_properties(completion:fish-completes PROPERTIES
    ENVIRONMENT "HOME=${CMAKE_CURRENT_BINARY_DIR}/completion-fish"
    PASS_REGULAR_EXPRESSION "concise[^\n]*\ngithub[^\n]*\ngitlab[^\n]*\njson[^\n]*\njunit[^\n]*\nsarif[^\n]*\ntext[^\n]*\nplaceholder-lead")
endif()

# --- engage init --------------------------------------------------------------
add_test(NAME init:files-and-validation
  COMMAND ${CMAKE_COMMAND} -DENGAGE=$<TARGET_FILE:engage_cli> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/init
          -DGOLDEN_DIR=${CMAKE_CURRENT_SOURCE_DIR}/package/golden -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/package/check_init.cmake)
engage_cli_case(init-bad-id ARGS init --id Riverside_Plan --start 2024-07-01 no/such/folder)
engage_cli_case(init-bad-start ARGS init --start 2024-02-30 no/such/folder)
engage_cli_case(init-no-dir ARGS init)

# --- the pre-commit hook, run as pre-commit runs it ------------------------------
add_test(NAME package:pre-commit-hook
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/package/check_precommit.py
          ${PROJECT_SOURCE_DIR}/.pre-commit-hooks.yaml $<TARGET_FILE:engage_cli>
          ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/pre-commit)
