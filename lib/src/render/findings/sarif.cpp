// SPDX-License-Identifier: MIT
// SARIF 2.1.0 for code scanning: the rule registry as the tool's rules, one
// result per finding, located from the repository root.
#include "render/findings/ci_findings.hpp"
#include "render/shared/json_writer.hpp"

#include <engage/render.hpp>
#include <engage/version.hpp>

#include <string>

namespace engage {

namespace {

constexpr std::string_view source_root = "%SRCROOT%";
/// The project's public home page, named as the tool's `informationUri` once
/// it has one (SARIF wants an absolute address; none is better than a guess).
constexpr std::string_view information_uri = "";

/// A path as a URI reference: bytes other than unreserved ones and `/` percent-encoded.
std::string uri_path(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                           c == '/';
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

std::string help_text(const RuleInfo& rule) {
    const RuleExamples examples = examples_of(rule);
    std::string text(rule.help);
    if (!examples.bad.empty())
        text += "\n\nThis breaks the rule:\n\n" + std::string(examples.bad);
    if (!examples.good.empty())
        text += "\nThis keeps it:\n\n" + std::string(examples.good);
    return text;
}

std::string help_markdown(const RuleInfo& rule) {
    const RuleExamples examples = examples_of(rule);
    std::string text(rule.help);
    if (!examples.bad.empty())
        text += "\n\nThis breaks the rule:\n\n```yaml\n" + std::string(examples.bad) + "```";
    if (!examples.good.empty())
        text += "\n\nThis keeps it:\n\n```yaml\n" + std::string(examples.good) + "```";
    return text;
}

void write_rule(detail::JsonWriter& json, const RuleInfo& rule) {
    json.begin_object();
    json.key("id").value(rule.code);
    json.key("name").value(rule.name);
    json.key("shortDescription").begin_object().key("text").value(rule.summary).end_object();
    json.key("fullDescription").begin_object().key("text").value(rule.rationale).end_object();
    json.key("help").begin_object();
    json.key("text").value(help_text(rule));
    json.key("markdown").value(help_markdown(rule));
    json.end_object();
    json.key("defaultConfiguration")
        .begin_object()
        .key("level")
        .value(detail::sarif_level(rule.severity))
        .end_object();
    // Tags, to filter alerts in code scanning: the key of the standard the rule
    // serves, then the indicators it bears on ("INC-2"), as the catalogue declares.
    if (!rule.standard.empty() || !rule.indicators.empty()) {
        json.key("properties").begin_object().key("tags").begin_array();
        if (!rule.standard.empty())
            json.value(rule.standard);
        for (const std::string_view indicator : rule.indicators)
            json.value(indicator);
        json.end_array().end_object();
    }
    json.end_object();
}

void write_artifact_location(detail::JsonWriter& json, const std::string& path) {
    json.key("artifactLocation").begin_object();
    if (path.starts_with('/')) {
        json.key("uri").value("file://" + uri_path(path));
    } else {
        json.key("uri").value(uri_path(path));
        json.key("uriBaseId").value(source_root);
    }
    json.end_object();
}

/// The run as an invocation: successful only when every input could be read
/// (exit status 0 or 1), with a notification, at error level, per input that
/// could not, so code scanning shows what the results leave out.
void write_invocation(detail::JsonWriter& json, const ValidateResult& result,
                      const RepositoryPaths& paths) {
    json.key("invocations").begin_array().begin_object();
    json.key("executionSuccessful").value(result.errors.empty());
    json.key("toolExecutionNotifications").begin_array();
    for (const InputError& error : result.errors) {
        json.begin_object();
        json.key("level").value("error");
        json.key("message").begin_object().key("text").value(error.message).end_object();
        json.key("locations").begin_array().begin_object();
        json.key("physicalLocation").begin_object();
        write_artifact_location(json, repository_path(paths, error.path));
        json.end_object();
        json.end_object().end_array();
        json.end_object();
    }
    json.end_array();
    json.end_object().end_array();
}

void write_location(detail::JsonWriter& json, const detail::CiFinding& item, SourceIndex& sources) {
    const Finding& f = *item.finding;
    json.key("locations").begin_array().begin_object();
    json.key("physicalLocation").begin_object();
    write_artifact_location(json, item.path);
    if (f.line != 0) {
        json.key("region").begin_object();
        json.key("startLine").value(f.line);
        if (f.column != 0)
            json.key("startColumn").value(sources.utf16_column(f.file, f.line, f.column));
        json.end_object();
    }
    json.end_object();
    json.end_object().end_array();
}

void write_result(detail::JsonWriter& json, const detail::CiFinding& item, SourceIndex& sources) {
    const Finding& f = *item.finding;
    const RuleInfo* rule = find_rule(f.rule);
    json.begin_object();
    json.key("ruleId").value(rule ? rule->code : std::string_view(f.rule));
    if (rule)
        json.key("ruleIndex").value(static_cast<std::uint64_t>(all_rules().index_of(*rule)));
    json.key("level").value(detail::sarif_level(f.severity));
    const std::string text = f.help.empty() ? f.message : f.message + "\n" + f.help;
    json.key("message").begin_object().key("text").value(text).end_object();
    if (!item.path.empty())
        write_location(json, item, sources);
    json.key("partialFingerprints")
        .begin_object()
        .key("engageFindingHash/v1")
        .value(item.fingerprint)
        .end_object();
    json.end_object();
}

} // namespace

void render_sarif(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths) {
    SourceIndex sources;
    sources.add_all(result.plans);
    detail::JsonWriter json(out);
    json.begin_object();
    json.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    json.key("version").value("2.1.0");
    json.key("runs").begin_array().begin_object();
    json.key("tool").begin_object().key("driver").begin_object();
    json.key("name").value("engage");
    json.key("version").value(version_string);
    json.key("semanticVersion").value(version_string);
    if (!information_uri.empty())
        json.key("informationUri").value(information_uri);
    json.key("rules").begin_array();
    for (const RuleInfo& rule : all_rules())
        write_rule(json, rule);
    json.end_array();
    json.end_object().end_object();
    write_invocation(json, result, paths);
    // No absolute address: it would differ from machine to machine, and code
    // scanning resolves %SRCROOT% to its own checkout.
    json.key("originalUriBaseIds").begin_object();
    json.key(source_root).begin_object();
    json.key("description")
        .begin_object()
        .key("text")
        .value("The root of the repository: the nearest folder at or above where engage ran "
               "that holds .git")
        .end_object();
    json.end_object().end_object();
    json.key("columnKind").value("utf16CodeUnits");
    json.key("results").begin_array();
    for (const auto& item : detail::ci_findings(result, paths))
        write_result(json, item, sources);
    json.end_array();
    json.end_object().end_array();
    json.end_object();
}

} // namespace engage
