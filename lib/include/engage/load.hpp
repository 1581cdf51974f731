// Reading plans: files, plan folders and collections (see engage-plan(5)).
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/model.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace engage {

/// Bounds that keep hostile input from hanging or exhausting the process.
struct LoadLimits {
    std::size_t max_depth = 64;            ///< nesting of mappings and lists
    std::size_t max_alias_nodes = 100'000; ///< nodes that aliases may add by repeating others
    std::uintmax_t max_file_bytes = 16u << 20;
    std::size_t max_files = 10'000; ///< plan files read in one run, across every path given
};

/// A plan as loaded, with the findings its files produced.
struct LoadedPlan {
    Plan plan;
    std::vector<Finding> findings;
};

/// An input that could not be read at all (exit status 2).
struct InputError {
    std::string path;
    std::string message;
};

struct LoadResult {
    std::vector<LoadedPlan> plans; ///< in the order paths were given, then by path
    std::vector<InputError> errors;
};

struct LoadOptions {
    LoadLimits limits;
    std::string stdin_name = "<stdin>"; ///< the name `-` is shown as
};

/// Loads every plan found at `paths`: plan files, plan folders, collections, or
/// "-" for standard input. Never throws on bad input: problems become findings
/// (the file is readable) or InputErrors (it is not).
[[nodiscard]] LoadResult load_paths(const std::vector<std::string>& paths,
                                    const LoadOptions& options = {});

/// Loads a single-file plan from memory; `path` is used in findings.
[[nodiscard]] LoadedPlan load_plan_text(std::string path, std::string text,
                                        const LoadLimits& limits = {});

/// Loads a plan from several in-memory files (the first plays the role of plan.yaml).
[[nodiscard]] LoadedPlan load_plan_files(std::string plan_path, std::vector<SourceFile> files,
                                         const LoadLimits& limits = {});

/// Structural checks that need the whole plan: duplicate ids, unknown references.
[[nodiscard]] std::vector<Finding> check_references(const Plan& plan);

} // namespace engage
