# SPDX-License-Identifier: MIT
# personal-data findings mask the data in their message and quote no source line.
engage_cli_case(validate-personal-data-text ARGS validate --as-of 2024-06-30 --select personal-data
                tests/fixtures/rules/personal-data/fail.yaml)
