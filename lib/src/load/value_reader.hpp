// SPDX-License-Identifier: MIT
// Typed access to a YamlTree: each reader returns a located value or reports a
// structural finding (wrong-type, bad-value, bad-date, unknown-key, missing-key)
// at the node that is wrong. Internal to the loader.
#pragma once

#include "../util/suggest.hpp"
#include "rules/catalogue.hpp"
#include "source_text.hpp"
#include "yaml_tree.hpp"

#include <engage/diagnostic.hpp>
#include <engage/model.hpp>

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

enum class IdStyle { slug, action };

class ValueReader {
public:
    ValueReader(const YamlTree& tree, const LineIndex& lines, std::uint32_t file_index,
                std::string path, std::vector<Finding>& findings)
        : tree_(tree)
        , lines_(lines)
        , file_index_(file_index)
        , path_(std::move(path))
        , findings_(findings) {}

    /// One key a mapping may hold, and how to read its value.
    struct Field {
        std::string_view key;
        std::function<void(std::uint32_t value)> read;
        bool required = false;
    };

    /// Reads a mapping node: dispatches each key, reports unknown and missing
    /// keys. `what` names the mapping in messages ("a body"). Returns false if
    /// the node is not a mapping.
    bool read_mapping(std::uint32_t node, std::string_view what,
                      std::initializer_list<Field> fields);

    /// Reads each item of a list node with `item`.
    void read_list(std::uint32_t node, std::string_view key,
                   const std::function<void(std::uint32_t)>& item);

    [[nodiscard]] Text text(std::uint32_t node, std::string_view key);
    [[nodiscard]] Text id(std::uint32_t node, std::string_view key, IdStyle style = IdStyle::slug);
    [[nodiscard]] TextList text_list(std::uint32_t node, std::string_view key);
    [[nodiscard]] Located<int> integer(std::uint32_t node, std::string_view key, int min, int max);
    [[nodiscard]] Located<bool> boolean(std::uint32_t node, std::string_view key);
    [[nodiscard]] Located<Date> date(std::uint32_t node, std::string_view key);
    [[nodiscard]] Located<AgeRange> ages(std::uint32_t node, std::string_view key);

    template <class E>
    [[nodiscard]] Located<E> enumeration(std::uint32_t node, std::string_view key) {
        Located<E> out;
        const Text word = text(node, key);
        if (!word.present())
            return out;
        if (auto value = parse_enum<E>(word.value)) {
            out.value = *value;
            out.loc = word.loc;
        } else {
            std::vector<std::string_view> names(std::begin(EnumNames<E>::names),
                                                std::end(EnumNames<E>::names));
            report_bad_value(node, key, word.value, names);
            return written_invalid<E>(node);
        }
        return out;
    }

    /// A list of enumeration values, each located.
    template <class E>
    [[nodiscard]] Located<std::vector<Located<E>>> enum_list(std::uint32_t node,
                                                             std::string_view key) {
        Located<std::vector<Located<E>>> out;
        out.loc = loc(node);
        read_list(node, key, [&](std::uint32_t item) {
            auto value = enumeration<E>(item, key);
            if (value.present())
                out.value.push_back(value);
        });
        return out;
    }

    [[nodiscard]] SourceLoc loc(std::uint32_t node) const;
    /// What a reader returns for a value it reported as bad: written, at its
    /// place, but with no usable value (Located::written, not present).
    template <class T> [[nodiscard]] Located<T> written_invalid(std::uint32_t node) const {
        return {T{}, loc(node), true};
    }
    [[nodiscard]] const YamlNode& node(std::uint32_t index) const { return tree_.at(index); }
    [[nodiscard]] std::string_view value(std::uint32_t index) const { return tree_.value(index); }
    [[nodiscard]] std::span<const std::uint32_t> children(std::uint32_t index) const {
        return tree_.children(index);
    }
    [[nodiscard]] bool is_null(std::uint32_t node) const;
    [[nodiscard]] bool is_scalar(std::uint32_t node) const;
    [[nodiscard]] const std::string& path() const { return path_; }

    void report(const rules::RuleDefinition& rule, std::uint32_t node, std::string message,
                std::string help = {});
    void report_at(const rules::RuleDefinition& rule, SourceLoc where, std::string message,
                   std::string help = {});
    void report_bad_value(std::uint32_t node, std::string_view key, std::string_view value,
                          const std::vector<std::string_view>& allowed);
    [[nodiscard]] std::string describe(std::uint32_t node) const; ///< "a list", "the text 'x'"...

private:
    bool expect_scalar(std::uint32_t node, std::string_view key, std::string_view expected);

    const YamlTree& tree_;
    const LineIndex& lines_;
    std::uint32_t file_index_;
    std::string path_;
    std::vector<Finding>& findings_;
};

} // namespace engage::detail
