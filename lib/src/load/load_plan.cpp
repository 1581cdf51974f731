// SPDX-License-Identifier: MIT
// From bytes to a LoadedPlan: byte checks, YAML tree, model, per file.
#include "../util/suggest.hpp"
#include "plan_reader.hpp"
#include "rules/catalogue.hpp"
#include "source_text.hpp"
#include "value_reader.hpp"
#include "yaml_tree.hpp"

#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <cctype>

namespace engage {

namespace {

/// Whether a single-file plan's parsed top level is a plan's: a mapping with
/// no plan key is some other program's YAML.
bool top_level_is_plan(const detail::ValueReader& reader, std::uint32_t root) {
    const detail::YamlNode& top = reader.node(root);
    if (top.kind != detail::NodeKind::mapping)
        return true; // a list or a scalar: reported as a plan file of the wrong shape
    const auto entries = reader.children(root);
    for (std::size_t i = 0; i < entries.size(); i += 2) {
        if (is_plan_key(reader.value(entries[i])))
            return true;
    }
    return false;
}

/// Reads one file of `plan` (already in plan.files) into the model. Returns
/// false when the file could not be interpreted at all; sets `not_a_plan` (and
/// drops the file's findings) when a single-file plan turns out to be another
/// program's YAML.
bool load_file(Plan& plan, std::uint32_t file_index, const LoadLimits& limits,
               std::vector<Finding>& findings, bool& not_a_plan) {
    const SourceFile& file = plan.files[file_index];
    const std::string_view text = file.text;
    auto report = [&](const rules::RuleDefinition& rule, detail::Position at, std::string message,
                      std::string help) {
        findings.push_back(
            make_finding(rule, file.path, at.line, at.column, std::move(message), std::move(help)));
    };
    if (text.size() > limits.max_file_bytes) {
        report(rules::yaml_syntax, {1, 1},
               fmt::format("the file is {:.1f} MiB, over the limit of {:.1f} MiB for a plan file",
                           static_cast<double>(text.size()) / (1 << 20),
                           static_cast<double>(limits.max_file_bytes) / (1 << 20)),
               "Split the plan into a plan folder with several smaller files.");
        return false;
    }
    const detail::LineIndex lines(text);
    if (detail::has_utf16_or_32_bom(text)) {
        report(rules::yaml_syntax, {1, 1},
               "the file is saved as UTF-16 or UTF-32; plan files must be UTF-8",
               "Save the file with the encoding \"UTF-8\".");
        return false;
    }
    if (auto problem = detail::find_forbidden_bytes(text)) {
        report(rules::yaml_syntax, lines.position(problem->offset), problem->message,
               problem->help);
        return false;
    }
    if (detail::utf8_bom_length(text) != 0) {
        report(rules::byte_order_mark, {1, 1}, "the file starts with a UTF-8 byte-order mark",
               "Save the file as UTF-8 without a byte-order mark.");
    }
    // One tree per thread, reused file after file: its memory is touched once.
    thread_local detail::YamlTree tree;
    // Suppression comments are looked for only in files that could hold one.
    const bool may_suppress = text.find("disable") != std::string_view::npos;
    detail::TreeResult parsed = detail::parse_yaml_tree(text, lines, limits, tree, may_suppress);
    for (auto& problem : parsed.problems) {
        report(*problem.rule, problem.at, std::move(problem.message), std::move(problem.help));
    }
    if (!parsed.readable)
        return false;
    if (may_suppress)
        plan.files[file_index].engage_comments =
            detail::find_engage_comments(text, tree.text_spans);
    detail::ValueReader reader(tree, lines, file_index, file.path, findings);
    if (tree.root == detail::no_node || reader.is_null(tree.root)) {
        report(rules::missing_key, {1, 1}, "the file is empty; a plan file starts with `engage: 1`",
               "Write the plan, or delete the empty file.");
        return false;
    }
    if (plan.files.size() == 1 && plan.path == file.path && !top_level_is_plan(reader, tree.root)) {
        not_a_plan = true;
        findings.clear();
        detail::recycle(tree);
        return false;
    }
    const bool read = detail::read_plan_file(plan, reader, tree);
    detail::recycle(tree); // a huge file's tree is given back before the checks run
    return read;
}

} // namespace

bool is_plan_key(std::string_view key) {
    static constexpr std::string_view keys[] = {
        "engage",      "plan",        "partners",     "groups",   "bodies",   "actions",
        "engagements", "commitments", "publications", "channels", "advocacy", "standards"};
    for (const std::string_view known : keys) {
        if (key == known)
            return true;
    }
    // `engag: 1`, `Engage: 1`: a plan with its version misspelt, not someone else's file.
    std::string lowered(key);
    for (char& c : lowered)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return detail::edit_distance(lowered, "engage") <= 1;
}

LoadedPlan load_plan_files(std::string plan_path, std::vector<SourceFile> files,
                           const LoadLimits& limits) {
    LoadedPlan loaded;
    loaded.plan.path = std::move(plan_path);
    loaded.plan.files = std::move(files);
    bool all_read = true;
    for (std::uint32_t i = 0; i < loaded.plan.files.size(); ++i) {
        all_read =
            load_file(loaded.plan, i, limits, loaded.findings, loaded.not_a_plan) && all_read;
    }
    if (!loaded.plan.has_plan_section && all_read && !loaded.plan.files.empty()) {
        const SourceFile& first = loaded.plan.files.front();
        loaded.findings.push_back(make_finding(
            rules::missing_key, first.path, 1, 1,
            loaded.plan.files.size() == 1 ? "this file has no `plan:` section and is not inside a "
                                            "plan folder, so it belongs to no plan"
                                          : "this plan folder's plan.yaml has no `plan:` section",
            "Add a `plan:` section with at least `id` and `title`, or move the file into a plan "
            "folder."));
    }
    if (loaded.plan.has_plan_section) {
        auto more = check_references(loaded.plan);
        loaded.findings.insert(loaded.findings.end(), std::make_move_iterator(more.begin()),
                               std::make_move_iterator(more.end()));
    }
    sort_findings(loaded.findings);
    return loaded;
}

LoadedPlan load_plan_text(std::string path, std::string text, const LoadLimits& limits) {
    std::vector<SourceFile> files;
    files.push_back(SourceFile{path, std::move(text)});
    return load_plan_files(std::move(path), std::move(files), limits);
}

} // namespace engage
