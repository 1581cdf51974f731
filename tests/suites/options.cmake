# SPDX-License-Identifier: MIT
# The everyday options of validate and audit (issue 18): several outputs in one
# run, --quiet, code prefixes, --isolated, colour from the environment,
# --stdin-filename's configuration, exclusions, and YAML files that are not plans.
# Included from tests/CMakeLists.txt, where engage_cli_case and asof are defined.

# Several outputs: each file is what --format alone prints, from one run.
foreach(command validate audit)
  add_test(NAME cli:${command}-several-outputs
    COMMAND ${CMAKE_COMMAND} -DENGAGE=$<TARGET_FILE:engage_cli> -DCOMMAND=${command}
            -DOUT=${CMAKE_CURRENT_BINARY_DIR}/outputs-${command} -DPLANS=examples
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_outputs.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
engage_cli_case(validate-output-not-a-spec ARGS validate ${asof} --output engage.sarif examples)
engage_cli_case(validate-output-unknown-format ARGS validate ${asof} --output xml=out.xml examples)
# Never over an input (nothing is written), never two outputs to one file.
engage_cli_case(validate-output-over-input
  ARGS validate ${asof} --output json=tests/cli/inputs/broken.yaml tests/cli/inputs/broken.yaml)
engage_cli_case(validate-output-twice
  ARGS validate ${asof} --output json=twice.out --output sarif=./twice.out tests/cli/inputs/broken.yaml)
engage_cli_case(validate-output-folder
  ARGS validate ${asof} --output-file tests/cli/inputs tests/cli/inputs/broken.yaml)

# --quiet: the findings alone; nothing at all for a clean plan.
engage_cli_case(validate-quiet ARGS validate ${asof} --quiet --select unknown-key,bad-value tests/cli/inputs/broken.yaml)
engage_cli_case(validate-quiet-clean ARGS validate ${asof} -q --select no-groups examples/rutland-participation.yaml)
engage_cli_case(audit-quiet ARGS audit ${asof} -q examples/rutland-participation.yaml)

# --select and --ignore by the start of a code.
engage_cli_case(validate-select-prefix ARGS validate ${asof} --statistics --select F2 examples)
engage_cli_case(validate-ignore-prefix ARGS validate ${asof} --statistics --ignore E,S examples)
engage_cli_case(validate-select-unknown-prefix ARGS validate ${asof} --select E9 examples)
engage_cli_case(audit-select-prefix ARGS audit ${asof} --format concise --select F20 examples)

# No configuration: --isolated, or --config /dev/null; not both options.
engage_cli_case(validate-isolated ARGS validate ${asof} --isolated --print-config tests/cli/inputs/configured)
engage_cli_case(validate-config-dev-null ARGS validate ${asof} --config /dev/null --print-config tests/cli/inputs/configured)
engage_cli_case(validate-isolated-and-config
  ARGS validate --isolated --config tests/cli/inputs/configured/.engage.toml examples)

# Colour from the environment: FORCE_COLOR and CLICOLOR_FORCE force it, "0" does
# not, NO_COLOR wins over both.
set(colour_case validate ${asof} --select unknown-key --format concise tests/cli/inputs/broken.yaml)
engage_cli_case(validate-force-color ARGS ${colour_case} ENV FORCE_COLOR=1)
engage_cli_case(validate-clicolor-force ARGS ${colour_case} ENV CLICOLOR_FORCE=1)
engage_cli_case(validate-force-color-zero ARGS ${colour_case} ENV FORCE_COLOR=0)
engage_cli_case(validate-no-color-wins ARGS ${colour_case} ENV FORCE_COLOR=1 NO_COLOR=1)

# Standard input takes the configuration of the folder --stdin-filename names.
engage_cli_case(validate-stdin-config
  ARGS validate --format concise --stdin-filename tests/cli/inputs/configured/piped.yaml -
  STDIN tests/cli/inputs/configured/plan.yaml)
engage_cli_case(validate-stdin-print-config
  ARGS validate --print-config --stdin-filename tests/cli/inputs/configured/piped.yaml -)

# Exclusions: extend-exclude in .engage.toml, --exclude, and --force-exclude.
engage_cli_case(validate-excluded-by-config ARGS validate ${asof} --format concise tests/cli/inputs/excluded)
engage_cli_case(validate-exclude-option
  ARGS validate ${asof} --format concise --exclude *.draft.yaml tests/cli/inputs/excluded)
engage_cli_case(validate-exclude-named
  ARGS validate ${asof} --format concise tests/cli/inputs/excluded/drafts/draft.yaml)
engage_cli_case(validate-force-exclude
  ARGS validate ${asof} --format concise --force-exclude tests/cli/inputs/excluded/drafts/draft.yaml)

# YAML files that are not plans: passed over, said once on standard error.
engage_cli_case(validate-not-plans ARGS validate ${asof} --format concise tests/cli/inputs/not-plans)
engage_cli_case(validate-not-plan-named-json
  ARGS validate ${asof} --format json tests/cli/inputs/not-plans/docker-compose.yml)
# Every command that reads plans says once what it passed over, never silently.
engage_cli_case(report-not-plans
  ARGS report ${asof} tests/cli/inputs/not-plans/docker-compose.yml examples/rutland-participation.yaml)
engage_cli_case(actions-not-plans ARGS actions ${asof} tests/cli/inputs/not-plans/docker-compose.yml)
engage_cli_case(assess-not-plans ARGS assess ${asof} tests/cli/inputs/not-plans/docker-compose.yml)
engage_cli_case(validate-not-plans-quiet
  ARGS validate ${asof} -q tests/cli/inputs/not-plans/docker-compose.yml)

# On a terminal, colour unless TERM=dumb (script(1) gives engage a pseudo-terminal).
find_program(SCRIPT script)
if(SCRIPT)
  add_test(NAME cli:validate-term-dumb
    COMMAND ${CMAKE_COMMAND} -DENGAGE=$<TARGET_FILE:engage_cli> -DSCRIPT=${SCRIPT}
            -DPLAN=tests/cli/inputs/broken.yaml -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_tty_colour.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
