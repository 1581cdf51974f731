// SPDX-License-Identifier: MIT
#include "config/toml_depth.hpp"
#include "util/paths.hpp"
#include "util/printable.hpp"

#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace engage {

namespace fs = std::filesystem;

ConfigError::ConfigError(std::string file_path, std::uint32_t at_line, std::uint32_t at_column,
                         const std::string& what)
    : Error(at_line == 0 ? fmt::format("{}: {}", file_path, what)
                         : fmt::format("{}:{}:{}: {}", file_path, at_line, at_column, what))
    , file(std::move(file_path))
    , line(at_line)
    , column(at_column)
    , message(what) {}

namespace {

class ConfigReader {
public:
    ConfigReader(const toml::table& root, const std::string& path, Settings& out)
        : root_(root)
        , path_(path)
        , out_(out) {}

    void read() {
        only_keys(
            root_, "the top level",
            {"framework", "as-of", "fail-on", "exclude", "extend-exclude", "rules", "thresholds"});
        if (auto node = root_.get("exclude"))
            out_.exclude = pattern_list(*node, "exclude");
        if (auto node = root_.get("extend-exclude")) {
            for (std::string& pattern : pattern_list(*node, "extend-exclude"))
                out_.exclude.push_back(std::move(pattern));
        }
        if (auto node = root_.get("framework"))
            out_.framework = framework_value(*node);
        if (auto node = root_.get("as-of"))
            out_.as_of = date_value(*node, "as-of");
        if (auto node = root_.get("fail-on"))
            out_.fail_on = severity_value(*node, "fail-on");
        if (auto node = root_.get("rules"))
            rules(table_value(*node, "rules"));
        if (auto node = root_.get("thresholds"))
            thresholds(table_value(*node, "thresholds"));
    }

private:
    [[noreturn]] void fail(const toml::node& node, const std::string& message) const {
        const auto& where = node.source().begin;
        throw ConfigError(path_, where.line, where.column, message);
    }

    void only_keys(const toml::table& table, std::string_view where,
                   std::initializer_list<std::string_view> keys) const {
        for (const auto& [key, value] : table) {
            bool known = false;
            for (auto k : keys)
                known = known || key.str() == k;
            if (!known) {
                std::string list;
                for (auto k : keys)
                    list += (list.empty() ? "" : ", ") + std::string(k);
                const auto& at = key.source().begin;
                throw ConfigError(
                    path_, at.line, at.column,
                    fmt::format("unknown key `{}` in {} (known keys: {})", key.str(), where, list));
            }
        }
    }

    const toml::table& table_value(const toml::node& node, std::string_view key) const {
        if (!node.is_table())
            fail(node, fmt::format("`{}` should be a table ([{}])", key, key));
        return *node.as_table();
    }

    std::string string_value(const toml::node& node, std::string_view key) const {
        if (!node.is_string())
            fail(node, fmt::format("`{}` should be a string", key));
        return node.as_string()->get();
    }

    std::string framework_value(const toml::node& node) const {
        std::string value = string_value(node, "framework");
        // A path is taken relative to the configuration file, not to where engage runs.
        if (value.find('/') != std::string::npos || value.ends_with(".yaml") ||
            value.ends_with(".yml")) {
            const fs::path candidate(value);
            const fs::path folder = fs::path(path_).parent_path();
            if (candidate.is_relative())
                value = (folder / candidate).lexically_normal().string();
            // Configuration may be hostile too: it reads only inside its own repository.
            if (auto refused = detail::file_refused(folder, value, "configuration"))
                fail(node, fmt::format("the framework file `{}` {}; engage does not read it",
                                       string_value(node, "framework"), *refused));
        }
        return value;
    }

    Date date_value(const toml::node& node, std::string_view key) const {
        if (const auto* date = node.as_date()) {
            const toml::date& d = date->get();
            return Date{d.year, d.month, d.day};
        }
        if (node.is_string()) {
            if (auto parsed = parse_date(node.as_string()->get()))
                return *parsed;
        }
        fail(node, fmt::format("`{}` should be a date such as 2024-03-31", key));
    }

    Severity severity_value(const toml::node& node, std::string_view key) const {
        auto severity = parse_severity(string_value(node, key));
        if (!severity)
            fail(node, fmt::format("`{}` should be \"error\", \"warning\" or \"info\"", key));
        return *severity;
    }

    std::vector<std::string> pattern_list(const toml::node& node, std::string_view key) const {
        if (!node.is_array())
            fail(node,
                 fmt::format("`{}` should be a list of glob patterns such as \"drafts\"", key));
        std::vector<std::string> patterns;
        for (const auto& item : *node.as_array()) {
            std::string pattern = string_value(item, key);
            if (pattern.empty())
                fail(item, fmt::format("`{}` holds an empty pattern, which matches nothing", key));
            patterns.push_back(std::move(pattern));
        }
        return patterns;
    }

    std::vector<std::string> rule_list(const toml::node& node, std::string_view key) const {
        if (!node.is_array())
            fail(node, fmt::format("`{}` should be a list of rule names or codes", key));
        // Each rule once: a list naming a rule 100,000 times is as short as one naming it once.
        std::vector<std::string> names;
        for (const auto& item : *node.as_array()) {
            const std::string selector = string_value(item, key);
            const std::vector<const RuleInfo*> rules = find_rules(selector);
            if (rules.empty())
                fail(item,
                     fmt::format("no rule is called `{}` (`engage rules` lists them)", selector));
            for (const RuleInfo* rule : rules) {
                if (std::find(names.begin(), names.end(), rule->name) == names.end())
                    names.emplace_back(rule->name);
            }
        }
        return names;
    }

    void rules(const toml::table& table) {
        only_keys(table, "[rules]", {"select", "ignore", "severity"});
        if (auto node = table.get("select"))
            out_.rules.select = rule_list(*node, "select");
        if (auto node = table.get("ignore"))
            out_.rules.ignore = rule_list(*node, "ignore");
        if (auto node = table.get("severity")) {
            for (const auto& [key, value] : table_value(*node, "severity")) {
                const RuleInfo* rule = find_rule(key.str());
                if (!rule) {
                    const auto& at = key.source().begin;
                    throw ConfigError(
                        path_, at.line, at.column,
                        fmt::format("no rule is called `{}` (`engage rules` lists them)",
                                    key.str()));
                }
                if (rule->always_on) {
                    const auto& at = key.source().begin;
                    throw ConfigError(path_, at.line, at.column,
                                      "`yaml-syntax` is always an error: a file that cannot be "
                                      "read is never waved through");
                }
                // A rule named by its code and by its name: the later setting wins, as in
                // RuleSelection::severity_of, and only it is kept.
                const Severity severity = severity_value(value, key.str());
                std::erase_if(out_.rules.severity,
                              [&](const auto& entry) { return entry.first == rule->name; });
                out_.rules.severity.emplace_back(std::string(rule->name), severity);
            }
        }
    }

    /// `[thresholds]`: every option a rule declares, checked against its own range.
    void thresholds(const toml::table& table) {
        for (const auto& [key, node] : table) {
            const RuleOption* option = find_option(key.str());
            if (option == nullptr) {
                std::string known;
                for (const RuleOption* o : all_options())
                    known += (known.empty() ? "" : ", ") + std::string(o->name);
                fail(node, fmt::format("unknown key `{}` in [thresholds] (known keys: {})",
                                       key.str(), known));
            }
            out_.options.set(*option, option_value(node, *option));
        }
    }

    double option_value(const toml::node& node, const RuleOption& option) const {
        const auto number = option.whole_number ? (node.is_integer() ? node.value<double>()
                                                                     : std::optional<double>())
                                                : node.value<double>();
        // NaN fails both comparisons, so it is refused with every value out of range.
        if (!number || !(*number >= option.min && *number <= option.max)) {
            fail(node,
                 fmt::format("`{}` should be {} from {:g} to {:g}, such as {}", option.name,
                             option.whole_number ? "a whole number" : "a number", option.min,
                             option.max,
                             option.whole_number ? fmt::format("{:g}", option.default_value)
                                                 : fmt::format("{:.1f}", option.default_value)));
        }
        return *number;
    }

    const toml::table& root_;
    const std::string& path_;
    Settings& out_;
};

} // namespace

Settings parse_config(const std::string& text, const std::string& path, const LoadLimits& limits) {
    if (text.size() > limits.max_file_bytes) {
        throw ConfigError(path, 0, 0,
                          fmt::format("the file is {} bytes, over the limit of {} bytes "
                                      "(ENGAGE_MAX_FILE_BYTES)",
                                      text.size(), limits.max_file_bytes));
    }
    // toml++ would recurse once per level and overflow the stack: measure first.
    if (const auto deep = detail::find_toml_too_deep(text, limits.max_depth)) {
        throw ConfigError(path, deep->line, deep->column,
                          fmt::format("nesting too deep: more than {} levels of tables, dotted "
                                      "keys, lists and inline tables (ENGAGE_MAX_DEPTH)",
                                      limits.max_depth));
    }
    Settings settings;
    settings.config_path = path;
    try {
        const toml::table root = toml::parse(text, path);
        ConfigReader(root, path, settings).read();
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        throw ConfigError(path, where.line, where.column, std::string(error.description()));
    }
    return settings;
}

namespace {

/// Closes a file descriptor when it goes out of scope.
struct FileHandle {
    int fd;
    ~FileHandle() {
        if (fd >= 0)
            ::close(fd);
    }
};

/// The text of a configuration file, refused before reading when it is not a
/// regular file or is over the size limit.
std::string read_config_text(const std::string& path, std::uintmax_t max_bytes) {
    const FileHandle file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    if (file.fd < 0) {
        const int error = errno;
        throw ConfigError(path, 0, 0,
                          error == ELOOP ? std::string("cannot read the configuration file: a "
                                                       "symbolic link loop")
                                         : fmt::format("cannot read the configuration file: {}",
                                                       std::strerror(error)));
    }
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        throw ConfigError(path, 0, 0, "cannot read the configuration file");
    if (S_ISDIR(info.st_mode))
        throw ConfigError(path, 0, 0, "is a folder, not a configuration file");
    if (!S_ISREG(info.st_mode))
        throw ConfigError(path, 0, 0, "is not a regular file, so not a configuration file");
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
        throw ConfigError(path, 0, 0,
                          fmt::format("the file is {} bytes, over the limit of {} bytes "
                                      "(ENGAGE_MAX_FILE_BYTES)",
                                      info.st_size, max_bytes));
    }
    // Read no more than the limit allows, even if the file grows meanwhile.
    std::string text;
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw ConfigError(
                path, 0, 0,
                fmt::format("cannot read the configuration file: {}", std::strerror(errno)));
        if (n == 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_bytes) {
            throw ConfigError(path, 0, 0,
                              fmt::format("the file is over the limit of {} bytes "
                                          "(ENGAGE_MAX_FILE_BYTES)",
                                          max_bytes));
        }
    }
    return text;
}

} // namespace

Settings load_config(const std::string& path, const LoadLimits& limits) {
    return parse_config(read_config_text(path, limits.max_file_bytes), path, limits);
}

std::optional<std::string> find_config(const std::string& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (ec)
        return std::nullopt;
    if (!fs::is_directory(dir, ec))
        dir = dir.parent_path();
    const fs::path relative_base =
        fs::path(start).is_absolute() ? fs::path() : fs::current_path(ec);
    while (true) {
        const fs::path candidate = dir / config_file_name;
        // Anything by that name governs: a folder or a link to nowhere is an
        // error, never a reason to fall back on the configuration above it.
        const fs::file_status entry = fs::symlink_status(candidate, ec);
        if (fs::exists(entry)) {
            // Show the path as the user would type it: relative when they gave a relative path.
            const std::string shown = relative_base.empty()
                                          ? candidate.string()
                                          : candidate.lexically_relative(relative_base).string();
            if (fs::is_symlink(entry)) {
                std::error_code target_ec;
                const fs::file_status target = fs::status(candidate, target_ec);
                if (!fs::exists(target)) {
                    throw ConfigError(shown, 0, 0,
                                      target_ec.value() == ELOOP
                                          ? "is a symbolic link loop, not a configuration file"
                                          : "is a dangling symbolic link: what it points to "
                                            "does not exist");
                }
            }
            return shown; // reading it says what else may be wrong with it
        }
        if (fs::exists(dir / ".git", ec) || dir == dir.root_path() || dir.empty())
            return std::nullopt;
        dir = dir.parent_path();
    }
}

std::string settings_to_toml(const Settings& s) {
    // A TOML basic string: control characters as \u escapes, so a path holding a
    // line break or an escape sequence prints as one harmless line.
    auto quoted = [](const std::string& raw) {
        const std::string text = detail::printable(raw, detail::Breaks::keep);
        std::string out = "\"";
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (c == '\n' || c == '\r' || c == '\t')
                out += fmt::format("\\u{:04x}", static_cast<int>(c));
            else
                out += c;
        }
        return out + "\"";
    };
    auto list = [&](const std::vector<std::string>& items) {
        std::string out = "[";
        for (std::size_t i = 0; i < items.size(); ++i)
            out += (i ? ", " : "") + quoted(items[i]);
        return out + "]";
    };
    std::string out;
    out += fmt::format("# effective settings{}\n",
                       s.config_path.empty() ? " (no .engage.toml found)"
                                             : " from " + detail::printable(s.config_path));
    out += fmt::format(
        "framework = {}\n",
        quoted(s.framework.empty() ? "(the plan's own, else national-standards)" : s.framework));
    out += s.as_of ? fmt::format("as-of = {}\n", s.as_of->to_string())
                   : "# as-of: not set, so checks of overdue items are skipped\n";
    out += fmt::format("fail-on = {}\n",
                       quoted(std::string(to_string(s.fail_on.value_or(Severity::error)))));
    out += fmt::format("exclude = {}\n", list(s.exclude));
    out += "\n[rules]\n";
    out += fmt::format("select = {}\n", list(s.rules.select));
    out += fmt::format("ignore = {}\n", list(s.rules.ignore));
    out += "\n[rules.severity]\n";
    for (const auto& [name, severity] : s.rules.severity)
        out += fmt::format("{} = {}\n", name, quoted(std::string(to_string(severity))));
    out += "\n[thresholds]\n";
    for (const RuleOption* option : all_options()) {
        const double value = s.options.value_of(*option);
        out += option->whole_number ? fmt::format("{} = {}\n", option->name, value)
                                    : fmt::format("{} = {:.2f}\n", option->name, value);
    }
    return out;
}

} // namespace engage
