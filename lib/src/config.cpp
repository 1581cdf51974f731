#include <engage/config.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace engage {

namespace fs = std::filesystem;

ConfigError::ConfigError(std::string file_path, std::uint32_t at_line, std::uint32_t at_column,
                         const std::string& what)
    : std::runtime_error(fmt::format("{}:{}:{}: {}", file_path, at_line, at_column, what))
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
        only_keys(root_, "the top level", {"framework", "as-of", "fail-on", "rules", "thresholds"});
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
            if (candidate.is_relative())
                value = (fs::path(path_).parent_path() / candidate).lexically_normal().string();
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

    std::string rule_name(const toml::node& node, std::string_view key) const {
        const std::string value = string_value(node, key);
        const RuleInfo* rule = find_rule(value);
        if (!rule)
            fail(node, fmt::format("no rule is called `{}` (`engage rules` lists them)", value));
        return std::string(rule->name);
    }

    std::vector<std::string> rule_list(const toml::node& node, std::string_view key) const {
        if (!node.is_array())
            fail(node, fmt::format("`{}` should be a list of rule names or codes", key));
        std::vector<std::string> names;
        for (const auto& item : *node.as_array())
            names.push_back(rule_name(item, key));
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
                out_.rules.severity.emplace_back(std::string(rule->name),
                                                 severity_value(value, key.str()));
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
            fail(node, fmt::format("`{}` should be {} from {:g} to {:g}", option.name,
                                   option.whole_number ? "a whole number" : "a number", option.min,
                                   option.max));
        }
        return *number;
    }

    const toml::table& root_;
    const std::string& path_;
    Settings& out_;
};

} // namespace

Settings parse_config(const std::string& text, const std::string& path) {
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

Settings load_config(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ConfigError(path, 0, 0, "cannot read the configuration file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_config(buffer.str(), path);
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
        if (fs::is_regular_file(candidate, ec)) {
            // Show the path as the user would type it: relative when they gave a relative path.
            return relative_base.empty() ? candidate.string()
                                         : candidate.lexically_relative(relative_base).string();
        }
        if (fs::exists(dir / ".git", ec) || dir == dir.root_path() || dir.empty())
            return std::nullopt;
        dir = dir.parent_path();
    }
}

std::string settings_to_toml(const Settings& s) {
    auto quoted = [](const std::string& text) {
        std::string out = "\"";
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
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
    out +=
        fmt::format("# effective settings{}\n",
                    s.config_path.empty() ? " (no .engage.toml found)" : " from " + s.config_path);
    out += fmt::format(
        "framework = {}\n",
        quoted(s.framework.empty() ? "(the plan's own, else national-standards)" : s.framework));
    out += s.as_of ? fmt::format("as-of = {}\n", s.as_of->to_string())
                   : "# as-of: not set, so checks of overdue items are skipped\n";
    out += fmt::format("fail-on = {}\n",
                       quoted(std::string(to_string(s.fail_on.value_or(Severity::error)))));
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
