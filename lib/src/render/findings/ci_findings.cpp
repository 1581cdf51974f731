// SPDX-License-Identifier: MIT
#include "render/findings/ci_findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace engage {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// `message` with the line and column numbers of places it quotes ("first on
/// line 14", "already used at plan.yaml:12:5") replaced by `#`: they move with
/// unrelated edits just as the finding's own line does.
std::string without_places(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    for (std::size_t i = 0; i < message.size();) {
        std::size_t marker = 0; // length of "line " or ":" before a number
        if (message.substr(i, 5) == "line ")
            marker = 5;
        else if (message[i] == ':')
            marker = 1;
        if (marker == 0 || i + marker >= message.size() || !is_digit(message[i + marker])) {
            out += message[i++];
            continue;
        }
        out += message.substr(i, marker);
        out += '#';
        for (i += marker; i < message.size() && is_digit(message[i]);)
            ++i;
    }
    return out;
}

} // namespace

std::string finding_fingerprint(std::string_view rule, std::string_view path,
                                std::string_view message, std::size_t occurrence) {
    // FNV-1a, 64 bits: small, fixed and the same on every platform. Fields are
    // separated by a NUL so that ("ab", "c") and ("a", "bc") differ.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    const auto step = [&hash](unsigned char byte) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    };
    const auto mix = [&step](std::string_view text) {
        for (const char c : text)
            step(static_cast<unsigned char>(c));
        step(0);
    };
    mix(rule);
    mix(path);
    mix(without_places(message));
    mix(std::to_string(occurrence));
    return fmt::format("{:016x}", hash);
}

namespace detail {

std::vector<CiFinding> ci_findings(const ValidateResult& result, const RepositoryPaths& paths) {
    std::vector<CiFinding> all;
    std::unordered_map<std::string_view, std::string> path_of; // a plan has few files
    const auto ci_path = [&](const std::string& file) -> const std::string& {
        auto [it, inserted] = path_of.try_emplace(file);
        if (inserted)
            it->second = repository_path(paths, file);
        return it->second;
    };
    for (const auto& plan : result.plans) {
        for (const auto& finding : plan.findings) {
            const std::string& file = finding.file.empty() ? plan.plan.path : finding.file;
            all.push_back({&finding, &plan, ci_path(file), {}});
        }
    }
    if (result.plans.size() > 1) { // each plan's findings are sorted already
        std::stable_sort(all.begin(), all.end(), [](const CiFinding& a, const CiFinding& b) {
            return finding_less(*a.finding, *b.finding);
        });
    }
    // The n-th identical finding in a file keeps its fingerprint when lines move.
    std::unordered_map<std::string, std::size_t> seen;
    for (auto& item : all) {
        const Finding& f = *item.finding;
        std::string key = std::string(f.rule) + '\0' + item.path + '\0' + without_places(f.message);
        const std::size_t occurrence = seen[std::move(key)]++;
        item.fingerprint = finding_fingerprint(f.rule, item.path, f.message, occurrence);
    }
    return all;
}

std::string_view sarif_level(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    case Severity::info:
        return "note";
    }
    return "none";
}

} // namespace detail
} // namespace engage
