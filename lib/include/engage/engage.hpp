// SPDX-License-Identifier: MIT
// The engage library, whole: include this one header.
//
//   engage::RunOptions options;
//   options.overrides.as_of = engage::parse_date("2024-06-30");
//   const engage::ValidateResult result = engage::validate_paths({"plans/"}, options);
//   engage::render_text(std::cout, result, {});
//
// Data flows one way: files -> loader (load.hpp) -> model (model.hpp) ->
// checks (engine.hpp, with settings.hpp and framework.hpp) -> findings
// (diagnostic.hpp) and assessments (assessment.hpp) -> what is built from them
// (report.hpp, progress.hpp, diff.hpp, graph.hpp) -> renderers (render.hpp,
// and each result's own render_* functions); output.hpp writes files safely.
// The rule catalogue is rules.hpp.
//
// Errors: a problem in a plan is never thrown; it is a Finding (with
// file:line:column). An input that cannot be read at all is an InputError in
// the result. An operation that cannot go on throws a subclass of
// engage::Error (diagnostic.hpp): ConfigError, GitError, RunStopped. Parsers
// of user input (parse_*) return an empty optional for "not valid". (Still
// outside this style: output.hpp's file writers and apply_limit_variables
// return an error message, empty on success.)
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/diff.hpp>
#include <engage/engine.hpp>
#include <engage/framework.hpp>
#include <engage/graph.hpp>
#include <engage/load.hpp>
#include <engage/model.hpp>
#include <engage/output.hpp>
#include <engage/progress.hpp>
#include <engage/render.hpp>
#include <engage/report.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>
#include <engage/version.hpp>
