# SPDX-License-Identifier: MIT
# CI formats of validate and audit: SARIF, GitHub annotations, JUnit XML and
# GitLab Code Quality; and the example CI files under examples/ci/.
# Included from tests/CMakeLists.txt, where engage_cli_case and asof are defined.

# Golden files: each format, for validate and audit, on the examples and on
# the broken plan; the hostile plan for the escaping of each format.
foreach(ci_format sarif github junit gitlab)
  foreach(ci_command validate audit)
    engage_cli_case(${ci_command}-examples-${ci_format}
      ARGS ${ci_command} ${asof} --format ${ci_format} examples)
    engage_cli_case(${ci_command}-broken-${ci_format}
      ARGS ${ci_command} ${asof} --format ${ci_format} tests/cli/inputs/broken.yaml)
  endforeach()
  engage_cli_case(validate-hostile-ci-${ci_format}
    ARGS validate ${asof} --format ${ci_format} tests/cli/inputs/hostile-ci.yaml)
endforeach()
# An unreadable input is a finding-less error, said in each format's own way: an
# error case in JUnit, a failed invocation with a notification in SARIF, a
# blocker `unreadable-input` issue in GitLab Code Quality.
foreach(ci_format junit sarif gitlab)
  engage_cli_case(validate-missing-path-${ci_format}
    ARGS validate ${asof} --format ${ci_format} --select no-groups examples/edinburgh-childrens-services.yaml no/such/plan.yaml)
endforeach()

# In GitHub Actions, annotations are the default; a format given still wins.
engage_cli_case(validate-github-actions-default
  ARGS validate ${asof} --select unknown-key,bad-value tests/cli/inputs/broken.yaml
  ENV GITHUB_ACTIONS=true)
engage_cli_case(audit-github-actions-default
  ARGS audit ${asof} examples/rutland-participation.yaml ENV GITHUB_ACTIONS=true)
engage_cli_case(validate-github-actions-format-given
  ARGS validate ${asof} --format concise --select unknown-key,bad-value tests/cli/inputs/broken.yaml
  ENV GITHUB_ACTIONS=true)
engage_cli_case(validate-github-actions-false
  ARGS validate ${asof} --select unknown-key,bad-value tests/cli/inputs/broken.yaml
  ENV GITHUB_ACTIONS=false)

# Read back as their consumers would (see the script's docstring).
set(ci_inputs examples tests/cli/inputs/broken.yaml tests/cli/inputs/hostile-ci.yaml
              tests/cli/inputs/collection tests/fixtures/plans)
set(ci_check ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ci/check_ci_formats.py)
add_test(NAME ci:sarif-schema
  COMMAND ${ci_check} sarif $<TARGET_FILE:engage_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/ci/sarif-subset.schema.json ${ci_inputs}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME ci:junit-parses-and-counts
  COMMAND ${ci_check} junit $<TARGET_FILE:engage_cli> ${ci_inputs}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME ci:gitlab-fingerprints-unique
  COMMAND ${ci_check} gitlab $<TARGET_FILE:engage_cli> ${ci_inputs}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME ci:gitlab-fingerprints-survive-moved-lines
  COMMAND ${ci_check} gitlab-moved-lines $<TARGET_FILE:engage_cli>
          examples/rutland-participation.yaml examples/nottingham-participation.yaml
          tests/cli/inputs/broken.yaml tests/cli/inputs/hostile-ci.yaml
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME ci:github-annotations-escaped
  COMMAND ${ci_check} github $<TARGET_FILE:engage_cli> ${ci_inputs}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# The example CI files: their engage commands run against the examples.
add_test(NAME ci:example-workflows
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ci/check_ci_examples.py
          $<TARGET_FILE:engage_cli> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/ci/sarif-subset.schema.json)

# JUnit golden files against Jenkins' JUnit schema (tests/ci/junit-jenkins.xsd),
# with xmllint from libxml2-utils (scripts/install-deps.sh); without it the test
# fails and says so, rather than being left out.
find_program(XMLLINT xmllint)
add_test(NAME ci:junit-jenkins-schema
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ci/check_junit_xsd.py ${XMLLINT}
          ${CMAKE_CURRENT_SOURCE_DIR}/ci/junit-jenkins.xsd ${CMAKE_CURRENT_SOURCE_DIR}/cli/golden)
