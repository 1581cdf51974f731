# SPDX-License-Identifier: MIT
# The Debian packages, built from an ordinary build by `cpack -G DEB` (run in
# the build folder; scripts/test-package.sh builds, checks and installs them):
#   engage         the command, its man pages, completions, schema and frameworks
#   libengage-dev  the library, its headers, CMake package and pkg-config file
# What Debian lays out differently from `cmake --install` (compressed man
# pages, zsh's vendor folder, the copyright file) is done on the staged files
# by debian/layout.cmake, so the build itself needs no Debian option.
set(ENGAGE_PACKAGE_MAINTAINER "the engage contributors <maintainers@engage.invalid>" CACHE STRING
    "The Maintainer field of the Debian packages: a name and an e-mail address")

# /usr/share/doc/PACKAGE/copyright in Debian's machine-readable format (DEP-5),
# its licence text taken from LICENSE: blank lines become " .", others indented.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE engage_licence_text)
string(REGEX REPLACE "^MIT License\n+" "" engage_licence_text "${engage_licence_text}")
string(REGEX REPLACE "\n+$" "" engage_licence_text "${engage_licence_text}")
string(REPLACE "\n\n" "\n.\n" engage_licence_text "${engage_licence_text}")
string(REPLACE "\n" "\n " ENGAGE_DEBIAN_LICENCE_TEXT "${engage_licence_text}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/debian/copyright.in ${PROJECT_BINARY_DIR}/debian/copyright @ONLY)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME engage)
set(CPACK_PACKAGE_VENDOR "the engage contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's description below starts with its own summary line. CPack
# would put this summary above it unless it is CPack's own default, so it is.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_NAME} built using CMake")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_COMPONENTS_ALL cli dev)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/debian/layout.cmake)
# Read by debian/layout.cmake, which runs inside cpack.
set(CPACK_ENGAGE_COPYRIGHT_FILE ${PROJECT_BINARY_DIR}/debian/copyright)
set(CPACK_ENGAGE_SOURCE_DIR ${PROJECT_SOURCE_DIR})

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ENGAGE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME engage)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
# The libraries the installed program loads, found by dpkg-shlibdeps from the
# binary itself: libc6, libgcc-s1, libstdc++6, libfmt9, libyaml-cpp0.7.
set(CPACK_DEBIAN_CLI_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_CLI_DESCRIPTION "check children and young people's participation plans
engage reads participation plans written as YAML (forums, boards, action
plans, commitments) and checks them against Scotland's National Standards for
Community Engagement, the Lundy model and other frameworks, the way a linter
checks code. It audits how forums' views reach the bodies that decide, and
writes reports for boards and young people, and output for CI services
(SARIF, GitHub annotations, JUnit, GitLab Code Quality).")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libengage-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
# A static library: its users link fmt, yaml-cpp and toml++ themselves, and
# find_package(engage) looks for them, so their development packages come too.
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libfmt-dev, libyaml-cpp-dev, libtomlplusplus-dev")
set(CPACK_DEBIAN_DEV_DESCRIPTION "participation plans as code: C++ library (static)
The library behind the engage command: loading participation plans with the
place of every value, checking them against frameworks of standards,
following the flow from forums to boards, and rendering reports. This package
has the static library, its headers, a CMake package (find_package(engage))
and a pkg-config file.")

include(CPack)
