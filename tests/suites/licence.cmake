# SPDX-License-Identifier: MIT
# The licence: scripts/spdx-headers, and every source file tagged with it.
# Included from tests/CMakeLists.txt. (--version names the licence: cli:version.)

add_test(NAME licence:spdx-headers-script
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/package/check_spdx_script.py
          ${PROJECT_SOURCE_DIR}/scripts/spdx-headers ${CMAKE_CURRENT_BINARY_DIR}/spdx-scratch)

# Every source file carries `SPDX-License-Identifier: MIT` (scripts/spdx-headers
# adds it to a new file).
add_test(NAME licence:spdx-headers
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/spdx-headers --check)
