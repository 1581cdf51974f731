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

# Each listed document, in the browser and for accessibility; and every HTML
# file a batch run writes (the index too, once it is HTML).
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${engage_browser_dir}/documents.json)
file(READ ${engage_browser_dir}/documents.json engage_documents_json)
string(JSON engage_document_count LENGTH "${engage_documents_json}" documents)
math(EXPR engage_document_last "${engage_document_count} - 1")
foreach(index RANGE ${engage_document_last})
  string(JSON name GET "${engage_documents_json}" documents ${index} name)
  add_test(NAME browser:${name}
    COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_browser.py $<TARGET_FILE:engage_cli>
            "${ENGAGE_CHROMIUM}" ${CMAKE_CURRENT_BINARY_DIR}/browser/${name} ${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(browser:${name} PROPERTIES LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 300)
  add_test(NAME accessibility:${name}
    COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_accessibility.py $<TARGET_FILE:engage_cli> ${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(accessibility:${name} PROPERTIES LABELS accessibility)
endforeach()
add_test(NAME accessibility:batch-html
  COMMAND ${Python3_EXECUTABLE} ${engage_browser_dir}/check_accessibility.py --batch $<TARGET_FILE:engage_cli>
          ${CMAKE_CURRENT_BINARY_DIR}/accessibility-batch examples
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(accessibility:batch-html PROPERTIES LABELS accessibility)
