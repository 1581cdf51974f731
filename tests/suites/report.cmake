# SPDX-License-Identifier: MIT
# engage report: golden files for every format on the examples and on a
# hostile plan, real parsers on the output, and batch runs into the build tree.
set(report_asof --as-of 2024-06-30)
set(report_hostile tests/cli/inputs/report/hostile.yaml)
foreach(example dundee-yvop edinburgh-childrens-services.yaml nottingham-participation.yaml rutland-participation.yaml)
  string(REGEX REPLACE "\\.yaml$" "" stem ${example})
  engage_cli_case(report-${stem}-markdown ARGS report ${report_asof} examples/${example})
endforeach()
engage_cli_case(report-dundee-html ARGS report ${report_asof} --format html examples/dundee-yvop)
engage_cli_case(report-examples-json ARGS report ${report_asof} --format json examples)
foreach(table findings actions standards bodies engagements)
  engage_cli_case(report-examples-csv-${table} ARGS report ${report_asof} --format csv --table ${table} examples)
endforeach()
engage_cli_case(report-csv-bom ARGS report ${report_asof} --format csv --table standards --bom examples/dundee-yvop)
# The hostile plan through every format.
engage_cli_case(report-hostile-markdown ARGS report ${report_asof} ${report_hostile})
engage_cli_case(report-hostile-html ARGS report ${report_asof} --format html ${report_hostile})
engage_cli_case(report-hostile-json ARGS report ${report_asof} --format json ${report_hostile})
foreach(table findings actions standards bodies engagements)
  engage_cli_case(report-hostile-csv-${table} ARGS report ${report_asof} --format csv --table ${table} ${report_hostile})
endforeach()
# Exit status and errors as validate has them.
engage_cli_case(report-fail-on-warning ARGS report ${report_asof} --fail-on warning --format csv --table standards examples/dundee-yvop)
engage_cli_case(report-missing-path ARGS report ${report_asof} --format csv --table standards examples/dundee-yvop no/such/plan.yaml)
engage_cli_case(report-bad-table ARGS report --table people examples)
engage_cli_case(report-help ARGS report --help)

# CSV read back with Python's csv module, HTML parsed, -j 1 and -j 2 byte for
# byte, two runs alike, and no report ever written over an input.
add_test(NAME report:parsers-batch-inputs
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_reports.py
          $<TARGET_FILE:engage_cli> ${CMAKE_CURRENT_BINARY_DIR}/report-scratch
          examples/dundee-yvop examples/edinburgh-childrens-services.yaml
          examples/nottingham-participation.yaml examples/rutland-participation.yaml
          ${report_hostile}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
