// SPDX-License-Identifier: MIT
#include "yaml_tree.hpp"

#include "rules/catalogue.hpp"
#include "yaml_messages.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstring>
#include <istream>
#include <optional>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>

namespace engage::detail {

namespace {

/// Thrown from the event handler to stop yaml-cpp when going on is unsafe.
struct StopParsing {
    std::size_t offset;
    std::string message;
    std::string help;
};

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(YamlTree& tree, std::vector<TreeProblem>& problems, const LineIndex& lines,
                const LoadLimits& limits, std::string_view text, std::size_t bom, bool spans)
        : tree_(tree)
        , problems_(problems)
        , lines_(lines)
        , limits_(limits)
        , text_(text)
        , bom_(bom)
        , spans_(spans) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ > 1) {
            const std::size_t at = offset(mark);
            const YamlNode* root = tree_.root == no_node ? nullptr : &tree_.nodes[tree_.root];
            SyntaxMessage why = second_document_message(text_, lines_, at, root);
            throw StopParsing{at, std::move(why.message), std::move(why.help)};
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        add_leaf(NodeKind::null, mark, {}, false, anchor);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        add_leaf(NodeKind::scalar, mark, value, tag == "?", anchor);
        if (spans_) {
            // A block scalar's text is indented past the innermost block collection.
            const int top_indent = stack_.empty() ? -1 : stack_.back().column;
            if (auto span = scalar_text_span(text_, offset(mark), top_indent))
                tree_.text_spans.push_back(*span);
        }
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto found = anchors_.find(anchor);
        if (found == anchors_.end()) {
            throw StopParsing{offset(mark), "alias to an anchor that is not defined", {}};
        }
        const Anchored& target = found->second;
        if (target.open) {
            throw StopParsing{
                offset(mark),
                "this alias refers to the list or mapping it is inside, which would repeat forever",
                "Remove the alias, or point it at a different anchor."};
        }
        expanded_total_ += target.size;
        check_budget(mark);
        attach(target.node, mark, target.size);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open_container(NodeKind::sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close_container(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open_container(NodeKind::mapping, mark, anchor);
    }
    void OnMapEnd() override { close_container(); }

private:
    /// What an alias needs of the node its anchor names. Only anchored nodes are
    /// tracked, so plans without anchors pay nothing per node.
    struct Anchored {
        std::uint32_t node;
        std::uint64_t size = 1; // nodes it expands to, aliases included
        bool open = false;      // a container not yet closed: an alias to it would recurse
    };

    struct OpenContainer {
        std::uint32_t node;
        int column; // 0-based, as yaml-cpp counts: where its first key or entry starts
        YAML::anchor_t anchor;
        std::uint64_t size = 1; // nodes it expands to, aliases included
        // Mapping keys seen so far, indexed once a mapping grows past a few keys
        // (a linear scan is cheaper for the small mappings plans are made of).
        std::unordered_map<std::string_view, std::uint32_t> key_index;
    };

    [[nodiscard]] std::size_t offset(const YAML::Mark& mark) const {
        return static_cast<std::size_t>(mark.pos < 0 ? 0 : mark.pos) + bom_;
    }

    void check_budget(const YAML::Mark& mark) {
        if (expanded_total_ > limits_.max_alias_nodes) {
            throw StopParsing{
                offset(mark),
                fmt::format("aliases expand this file to more than {} nodes (an alias bomb?)",
                            limits_.max_alias_nodes),
                "Write the repeated parts out, or use fewer nested aliases."};
        }
    }

    std::uint32_t new_node(NodeKind kind, const YAML::Mark& mark, std::string_view value,
                           bool plain, YAML::anchor_t anchor) {
        const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
        YamlNode node;
        node.kind = kind;
        node.plain = plain;
        node.offset = static_cast<std::uint32_t>(offset(mark));
        node.value_begin = static_cast<std::uint32_t>(tree_.strings.size());
        node.value_size = static_cast<std::uint32_t>(value.size());
        tree_.strings.append(value);
        tree_.nodes.push_back(node);
        if (anchor != 0)
            anchors_[anchor] =
                Anchored{index, 1, kind == NodeKind::sequence || kind == NodeKind::mapping};
        return index;
    }

    void add_leaf(NodeKind kind, const YAML::Mark& mark, std::string_view value, bool plain,
                  YAML::anchor_t anchor) {
        const std::uint32_t index = new_node(kind, mark, value, plain, anchor);
        attach(index, mark, 1);
    }

    /// The children gathered so far for the open container at `depth`; the
    /// vectors are reused, so a deep or long file allocates them only once.
    std::vector<std::uint32_t>& pending(std::size_t depth) {
        if (pending_.size() <= depth)
            pending_.resize(depth + 1);
        return pending_[depth];
    }

    /// Adds `child` to the innermost open container (or makes it the root).
    void attach(std::uint32_t child, const YAML::Mark& mark, std::uint64_t child_size) {
        if (stack_.empty()) {
            tree_.root = child;
            return;
        }
        OpenContainer& parent = stack_.back();
        std::vector<std::uint32_t>& siblings = pending(stack_.size() - 1);
        const bool is_key =
            tree_.nodes[parent.node].kind == NodeKind::mapping && siblings.size() % 2 == 0;
        siblings.push_back(child);
        parent.size += child_size;
        if (is_key && tree_.nodes[child].kind == NodeKind::scalar) {
            if (auto previous = find_earlier_key(parent, siblings, child)) {
                const Position first = lines_.position(tree_.nodes[*previous].offset);
                problems_.push_back({&rules::duplicate_key, lines_.position(offset(mark)),
                                     fmt::format("`{}` appears twice in this mapping (first on "
                                                 "line {}); YAML keeps only one "
                                                 "of the two values",
                                                 tree_.value(child), first.line),
                                     "Remove one of the two, keeping the value that is true."});
            }
        }
    }

    /// The earlier key node of `parent` equal to the newly added key `child`, if any.
    std::optional<std::uint32_t> find_earlier_key(OpenContainer& parent,
                                                  const std::vector<std::uint32_t>& children,
                                                  std::uint32_t child) {
        constexpr std::size_t linear_limit = 32;
        const std::string_view key = tree_.value(child);
        const std::size_t key_count = children.size() / 2 + 1;
        if (key_count <= linear_limit) {
            for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
                if (tree_.nodes[children[i]].kind == NodeKind::scalar &&
                    tree_.value(children[i]) == key)
                    return children[i];
            }
            return std::nullopt;
        }
        // Keys are views into tree_.strings, which may grow: rebuild the index
        // whenever the arena has moved since it was made.
        if (parent.key_index.empty() || arena_at_index_ != tree_.strings.data()) {
            parent.key_index.clear();
            for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
                if (tree_.nodes[children[i]].kind == NodeKind::scalar)
                    parent.key_index.emplace(tree_.value(children[i]), children[i]);
            }
            arena_at_index_ = tree_.strings.data();
        }
        auto [found, inserted] = parent.key_index.emplace(tree_.value(child), child);
        if (inserted)
            return std::nullopt;
        return found->second;
    }

    void open_container(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (stack_.size() >= limits_.max_depth) {
            throw StopParsing{
                offset(mark),
                fmt::format("nesting too deep: more than {} levels of lists and mappings",
                            limits_.max_depth),
                "Plans need only a few levels; flatten the structure."};
        }
        const std::uint32_t index = new_node(kind, mark, {}, false, anchor);
        attach(index, mark, 0); // its size is added when it closes
        stack_.push_back(OpenContainer{index, mark.column, anchor, 1, {}});
        pending(stack_.size() - 1).clear();
    }

    void close_container() {
        if (stack_.empty())
            return;
        const OpenContainer closing = std::move(stack_.back());
        std::vector<std::uint32_t>& children = pending(stack_.size() - 1);
        stack_.pop_back();
        YamlNode& node = tree_.nodes[closing.node];
        node.first_child = static_cast<std::uint32_t>(tree_.child_list.size());
        node.child_count = static_cast<std::uint32_t>(children.size());
        tree_.child_list.insert(tree_.child_list.end(), children.begin(), children.end());
        children.clear();
        if (closing.anchor != 0) {
            Anchored& anchored = anchors_[closing.anchor];
            anchored.size = closing.size;
            anchored.open = false;
        }
        if (!stack_.empty())
            stack_.back().size += closing.size;
    }

    YamlTree& tree_;
    std::vector<TreeProblem>& problems_;
    const LineIndex& lines_;
    const LoadLimits& limits_;
    std::string_view text_;
    std::size_t bom_;
    bool spans_;
    int documents_ = 0;
    std::vector<OpenContainer> stack_;
    std::vector<std::vector<std::uint32_t>> pending_;
    const char* arena_at_index_ = nullptr;
    std::unordered_map<YAML::anchor_t, Anchored> anchors_;
    std::uint64_t expanded_total_ = 0; // nodes that aliases add by repeating earlier ones
};

/// The file's bytes as a stream for yaml-cpp, without copying them.
class MemoryBuffer final : public std::streambuf {
public:
    explicit MemoryBuffer(std::string_view text) {
        // The get area is only read: putting back a different character fails
        // (the default pbackfail), so the const_cast never leads to a write.
        char* begin = const_cast<char*>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

} // namespace

void recycle(YamlTree& tree) {
    // Keep up to a few MiB for the next file; give back what one huge file took.
    constexpr std::size_t keep_nodes = 1u << 18;
    tree.root = no_node;
    if (tree.nodes.capacity() > keep_nodes) {
        tree = YamlTree{};
        return;
    }
    tree.nodes.clear();
    tree.strings.clear();
    tree.child_list.clear();
    tree.text_spans.clear();
}

TreeResult parse_yaml_tree(std::string_view text, const LineIndex& lines, const LoadLimits& limits,
                           YamlTree& tree, bool text_spans) {
    TreeResult result;
    recycle(tree);
    // YAML breaks lines at a lone CR (old Mac files) as at LF and CRLF, and the
    // LineIndex does; yaml-cpp does not, and reads such a file as one line (a
    // leading comment made the whole file "empty"). It is given LF instead:
    // the same length, so every offset still holds.
    std::string with_lf;
    if (const auto* cr = static_cast<const char*>(std::memchr(text.data(), '\r', text.size()))) {
        with_lf.assign(text);
        for (auto at = static_cast<std::size_t>(cr - text.data()); at < with_lf.size(); ++at) {
            if (with_lf[at] == '\r' && (at + 1 == with_lf.size() || with_lf[at + 1] != '\n'))
                with_lf[at] = '\n';
        }
        text = with_lf;
    }
    const std::size_t bom = utf8_bom_length(text);
    MemoryBuffer buffer(text.substr(bom));
    std::istream input(&buffer);
    // A node takes at least a few bytes of text: reserving up front avoids
    // copying the whole tree as it grows.
    tree.nodes.reserve(text.size() / 6 + 16);
    tree.strings.reserve(text.size());
    tree.child_list.reserve(text.size() / 6 + 16);
    TreeBuilder builder(tree, result.problems, lines, limits, text, bom, text_spans);
    auto fail = [&](std::size_t at, std::string message, std::string help) {
        result.readable = false;
        result.problems.push_back(
            {&rules::yaml_syntax, lines.position(at), std::move(message), std::move(help)});
    };
    try {
        YAML::Parser parser(input);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopParsing& stop) {
        fail(stop.offset, stop.message, stop.help);
    } catch (const YAML::DeepRecursion& error) {
        fail(static_cast<std::size_t>(error.mark.pos < 0 ? 0 : error.mark.pos) + bom,
             fmt::format("nesting too deep: more than {} levels of lists and mappings",
                         limits.max_depth),
             "Plans need only a few levels; flatten the structure.");
    } catch (const YAML::Exception& error) {
        const std::size_t at =
            static_cast<std::size_t>(error.mark.pos < 0 ? 0 : error.mark.pos) + bom;
        const Position where = lines.position(at);
        // yaml-cpp reports tab indentation in confusing ways; name the tab instead,
        // if there is one where the error is (a tab further up, in a block of text
        // say, has nothing to do with it).
        if (auto tab = find_tab_indentation(text, lines, where.line > 2 ? where.line - 2 : 1,
                                            where.line + 1)) {
            fail(*tab, "tab used for indentation; YAML indents with spaces only",
                 "Replace the tab with spaces (set your editor to insert spaces).");
        } else {
            fail(at, "YAML syntax: " + describe_parser_error(error.msg),
                 "Check the indentation and punctuation on this line and the one before.");
        }
    } catch (const std::exception& error) {
        fail(0, fmt::format("the file could not be read as YAML: {}", error.what()), {});
    }
    return result;
}

} // namespace engage::detail
