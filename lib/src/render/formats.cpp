// The tables of output formats: a format is its renderer's file plus one line
// here. --format's choices, the completions (made from the CLI's choices) and
// the man pages (checked by test_formats.cpp) follow these tables.
#include <engage/diff.hpp>
#include <engage/progress.hpp>

#include <array>

namespace engage {

namespace {

/// A progress renderer whose output has no place for findings.
template <void (*Render)(std::ostream&, const std::vector<ProgressReport>&)>
void without_findings(std::ostream& out, const std::vector<ProgressReport>& reports,
                      const std::vector<Finding>&) {
    Render(out, reports);
}

} // namespace

std::span<const DiffFormat> diff_formats() {
    static constexpr std::array formats{
        DiffFormat{"text", render_diff_text},
        DiffFormat{"markdown", render_diff_markdown},
        DiffFormat{"json", render_diff_json},
    };
    return formats;
}

std::span<const ProgressFormat> progress_formats() {
    static constexpr std::array formats{
        ProgressFormat{"text", without_findings<render_progress_text>, false},
        ProgressFormat{"markdown", without_findings<render_progress_markdown>, false},
        ProgressFormat{"csv", without_findings<render_progress_csv>, false},
        ProgressFormat{"json", render_progress_json, true},
    };
    return formats;
}

} // namespace engage
