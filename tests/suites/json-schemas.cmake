# SPDX-License-Identifier: MIT
# The JSON output contract: every JSON document starts with schema_version and
# kind, and every JSON golden file is valid against its kind's schema in
# schemas/ (python3-jsonschema, draft 2020-12). See engage(1), JSON OUTPUT.
# Included from tests/CMakeLists.txt, where engage_cli_case and asof are defined.

# assess --format json prints a validate document.
engage_cli_case(assess-complete-json ARGS assess ${asof} --format json tests/fixtures/plans/complete.yaml)
# No plan could be read: the document still names its kind.
engage_cli_case(commitments-missing-json ARGS commitments --format json tests/cli/inputs/no-such-plan.yaml)

add_test(NAME schema:json-outputs-valid
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/schema/check_output_schemas.py
          ${PROJECT_SOURCE_DIR}/schemas ${CMAKE_CURRENT_SOURCE_DIR}/cli/golden)
