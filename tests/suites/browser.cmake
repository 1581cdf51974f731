# SPDX-License-Identifier: MIT
# HTML documents as a reader sees them: rendered and printed by headless
# Chromium (label `browser`; skipped, saying so, when Chromium is absent), and
# checked for accessibility (WCAG 2.1 AA contrast, headings, lang, table
# headers, text alternatives). The documents are listed in
# tests/browser/documents.json; add one there to have it checked.
find_program(ENGAGE_CHROMIUM NAMES chromium chromium-browser)
if(NOT ENGAGE_CHROMIUM)
  set(ENGAGE_CHROMIUM none) # the checker skips, saying so
endif()
set(engage_browser_dir ${CMAKE_CURRENT_SOURCE_DIR}/browser)

# Each check fails on a page made to fail it.
add_test(NAME browser:self-test
  COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_browser.py --self-test
          "${ENGAGE_CHROMIUM}" ${CMAKE_CURRENT_BINARY_DIR}/browser-self-test)
set_tests_properties(browser:self-test PROPERTIES LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 300)
add_test(NAME accessibility:self-test
  COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_accessibility.py --self-test)
set_tests_properties(accessibility:self-test PROPERTIES LABELS accessibility)

