// A small YAML tree built from yaml-cpp's event API, keeping byte offsets,
// catching what yaml-cpp lets through (duplicate keys, alias bombs, cycles,
// deep nesting). Internal to the loader: yaml-cpp types stay in this file pair.
#pragma once

#include "source_text.hpp"

#include <engage/load.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

enum class NodeKind : std::uint8_t { null, scalar, sequence, mapping };

struct YamlNode {
    NodeKind kind = NodeKind::null;
    bool plain = false;     ///< a plain (unquoted, untagged) scalar, open to type resolution
    std::size_t offset = 0; ///< byte offset in the file
    std::string value;      ///< scalar text
    std::vector<std::uint32_t>
        children; ///< mapping: key, value, key, value...; aliases share nodes
};

inline constexpr std::uint32_t no_node = 0xFFFFFFFFu;

struct YamlTree {
    std::vector<YamlNode> nodes;
    std::uint32_t root = no_node;
    [[nodiscard]] const YamlNode& at(std::uint32_t index) const { return nodes[index]; }
};

/// A problem found while parsing, with its place already resolved.
struct TreeProblem {
    std::string rule; ///< "yaml-syntax" or "duplicate-key"
    Position at;
    std::string message;
    std::string help;
};

struct TreeResult {
    YamlTree tree;
    std::vector<TreeProblem> problems;
    bool readable = true; ///< false: the tree is partial and must not be interpreted
};

/// Parses `text` (the whole file; a UTF-8 BOM is allowed) into a tree.
[[nodiscard]] TreeResult parse_yaml_tree(std::string_view text, const LineIndex& lines,
                                         const LoadLimits& limits);

} // namespace engage::detail
