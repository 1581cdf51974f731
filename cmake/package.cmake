# SPDX-License-Identifier: MIT
# What `cmake --install` adds besides the targets (lib/ and cli/ install those):
# the CMake package, the pkg-config file, man pages, the schema and frameworks,
# and the licence. Each file belongs to a component: `cli` (the command and
# what its users read) or `dev` (what a C++ program builds against); the
# Debian packages (cmake/debian.cmake) are made one from each.
include(CMakePackageConfigHelpers)

get_target_property(engage_library_type engage TYPE)
if(engage_library_type STREQUAL "STATIC_LIBRARY")
  set(ENGAGE_STATIC_LIBRARY TRUE)
else()
  set(ENGAGE_STATIC_LIBRARY FALSE)
endif()

# find_package(engage) -> engage::engage
set(engage_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/engage)
install(EXPORT engageTargets NAMESPACE engage:: DESTINATION ${engage_cmake_dir} COMPONENT dev)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/engageConfig.cmake.in
  ${PROJECT_BINARY_DIR}/engageConfig.cmake INSTALL_DESTINATION ${engage_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/engageConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/engageConfig.cmake ${PROJECT_BINARY_DIR}/engageConfigVersion.cmake
        DESTINATION ${engage_cmake_dir} COMPONENT dev)

# engage.pc, relocatable: paths are relative to where the file is installed, so
# `cmake --install --prefix` anywhere gives a working file. A static library's
# own dependencies must be linked by every consumer, so they are Requires then.
file(RELATIVE_PATH engage_pc_to_prefix /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" engage_pc_to_prefix "${engage_pc_to_prefix}")
set(ENGAGE_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
set(ENGAGE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
if(ENGAGE_STATIC_LIBRARY)
  set(ENGAGE_PC_REQUIRES "fmt yaml-cpp tomlplusplus")
  set(ENGAGE_PC_REQUIRES_PRIVATE "")
else()
  set(ENGAGE_PC_REQUIRES "fmt")
  set(ENGAGE_PC_REQUIRES_PRIVATE "yaml-cpp tomlplusplus")
endif()
set(ENGAGE_PC_PREFIX "\${pcfiledir}/${engage_pc_to_prefix}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/engage.pc.in ${PROJECT_BINARY_DIR}/engage.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/engage.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)

# Man pages: every page in man/, by section.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT cli FILES_MATCHING PATTERN "*.1")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man5
        COMPONENT cli FILES_MATCHING PATTERN "*.5")

# Data for editors and readers: the plan schema and the framework files (the
# library has its own copy of the frameworks built in).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/engage/schemas
        COMPONENT cli)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/frameworks/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/engage/frameworks COMPONENT cli)

# The licence, with the documentation. (The Debian packages replace it with
# their machine-readable copyright file; engageConfig.cmake names it too.)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT cli)

include(${CMAKE_CURRENT_LIST_DIR}/debian.cmake)
