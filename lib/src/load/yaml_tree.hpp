// SPDX-License-Identifier: MIT
// A small YAML tree built from yaml-cpp's event API, keeping byte offsets,
// catching what yaml-cpp lets through (duplicate keys, alias bombs, cycles,
// deep nesting). Internal to the loader: yaml-cpp types stay in this file pair.
#pragma once

#include "../util/large_pages.hpp"
#include "comments.hpp"
#include "source_text.hpp"

#include <engage/load.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engage::rules {
struct RuleDefinition;
}

namespace engage::detail {

enum class NodeKind : std::uint8_t { null, scalar, sequence, mapping };

/// A node keeps offsets into the tree's shared arrays rather than owning
/// strings and vectors: a plan of 100,000 bodies is a million nodes.
struct YamlNode {
    NodeKind kind = NodeKind::null;
    bool plain = false;            ///< a plain (unquoted, untagged) scalar, open to type resolution
    std::uint32_t offset = 0;      ///< byte offset in the file (files are capped well below 4 GiB)
    std::uint32_t value_begin = 0; ///< scalar text: YamlTree::strings[value_begin, +value_size)
    std::uint32_t value_size = 0;
    std::uint32_t first_child = 0; ///< containers: YamlTree::child_list[first_child, +child_count)
    std::uint32_t child_count = 0;
};

inline constexpr std::uint32_t no_node = 0xFFFFFFFFu;

struct YamlTree {
    template <class T> using Array = std::vector<T, LargePageAllocator<T>>;
    Array<YamlNode> nodes;
    /// Every scalar's text, one after another.
    std::basic_string<char, std::char_traits<char>, LargePageAllocator<char>> strings;
    Array<std::uint32_t> child_list; ///< mapping: key, value, key, value...; aliases share nodes
    std::uint32_t root = no_node;
    /// The text of every quoted and block scalar, in file order, when asked for:
    /// where a `#` is text and not a comment.
    std::vector<TextSpan> text_spans;

    [[nodiscard]] const YamlNode& at(std::uint32_t index) const { return nodes[index]; }
    [[nodiscard]] std::string_view value(std::uint32_t index) const {
        const YamlNode& n = nodes[index];
        return std::string_view(strings).substr(n.value_begin, n.value_size);
    }
    [[nodiscard]] std::span<const std::uint32_t> children(std::uint32_t index) const {
        const YamlNode& n = nodes[index];
        return {child_list.data() + n.first_child, n.child_count};
    }
};

/// A problem found while parsing, with its place already resolved.
struct TreeProblem {
    const rules::RuleDefinition* rule; ///< yaml-syntax or duplicate-key
    Position at;
    std::string message;
    std::string help;
};

struct TreeResult {
    std::vector<TreeProblem> problems;
    bool readable = true; ///< false: the tree is partial and must not be interpreted
};

/// Parses `text` (the whole file; a UTF-8 BOM is allowed) into `tree`, which is
/// cleared first; passing the same tree for file after file reuses its memory.
/// With `text_spans`, the tree's text_spans are found too.
[[nodiscard]] TreeResult parse_yaml_tree(std::string_view text, const LineIndex& lines,
                                         const LoadLimits& limits, YamlTree& tree,
                                         bool text_spans = false);

/// Empties `tree`, keeping its memory for the next file unless it grew large.
void recycle(YamlTree& tree);

} // namespace engage::detail
