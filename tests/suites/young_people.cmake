# SPDX-License-Identifier: MIT
# engage report --for young-people ("You said, we did"): golden files for the
# examples whose plans promise young people feedback (Rutland, Edinburgh) in
# both formats, the batch file names, the formats it refuses, and a
# readability check on what a young reader sees.
set(young_asof --as-of 2024-06-30)
foreach(example edinburgh-childrens-services rutland-participation)
  engage_cli_case(report-${example}-young-people-markdown
    ARGS report ${young_asof} --for young-people examples/${example}.yaml)
  engage_cli_case(report-${example}-young-people-html
    ARGS report ${young_asof} --for young-people --format html examples/${example}.yaml)
endforeach()
engage_cli_case(report-young-people-hostile-markdown
  ARGS report ${young_asof} --for young-people tests/cli/inputs/report/hostile.yaml)
engage_cli_case(report-young-people-hostile-html
  ARGS report ${young_asof} --for young-people --format html tests/cli/inputs/report/hostile.yaml)
engage_cli_case(report-young-people-csv-refused
  ARGS report ${young_asof} --for young-people --format csv examples/rutland-participation.yaml)
engage_cli_case(report-bad-audience ARGS report --for parents examples)

# Batch: one STEM.young-people.html per plan, beside nothing else.
add_test(NAME report:young-people-batch
  COMMAND ${CMAKE_COMMAND} -DENGAGE=$<TARGET_FILE:engage_cli>
          -DOUT=${CMAKE_CURRENT_BINARY_DIR}/young-people-batch
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/young_people_batch.cmake
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Average sentence length, hard words explained, no ids or codes: on every example.
add_test(NAME report:young-people-plain-words
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_plain_words.py
          $<TARGET_FILE:engage_cli>
          examples/rutland-participation.yaml examples/edinburgh-childrens-services.yaml
          examples/nottingham-participation.yaml examples/dundee-yvop
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME report:young-people-plain-words-self-test
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_plain_words.py --self-test)

# The HTML pages as a reader sees them (tests/browser/documents.json lists
# them): printed on A4 within their page bound, nothing wider than the page,
# no heading alone at a page's foot; WCAG 2.1 AA contrast from the stylesheet,
# one h1, headings in order, lang.
add_test(NAME accessibility:young-people
  COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_accessibility.py
          $<TARGET_FILE:engage_cli> young-people-rutland young-people-edinburgh)
set_tests_properties(accessibility:young-people PROPERTIES LABELS accessibility)
add_test(NAME browser:young-people
  COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_browser.py
          $<TARGET_FILE:engage_cli> "${ENGAGE_CHROMIUM}" ${CMAKE_CURRENT_BINARY_DIR}/browser-young-people
          young-people-rutland young-people-edinburgh
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(browser:young-people PROPERTIES LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 300)
