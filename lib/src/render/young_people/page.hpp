// SPDX-License-Identifier: MIT
// The words of the "You said, we did" page, worked out once as blocks of
// plain text, so that the Markdown and the HTML say the same thing. Internal.
#pragma once

#include <engage/report.hpp>

#include <string>
#include <vector>

namespace engage::detail {

struct YouthBlock {
    enum class Kind {
        heading,  ///< lines[0] at `level` (1 to 4), with `anchor` for links to it
        text,     ///< one paragraph: `label` in bold, then the sentences of `lines`
        list,     ///< `label` in bold on its own, then one item per line
        contents, ///< links to the forums: `lines` the names, `anchors` their headings
    };
    Kind kind = Kind::text;
    int level = 0;
    bool topic = false;   ///< a heading that names one time young people gave their views
    bool changed = false; ///< says what changed: the good news, set apart on the page
    std::string anchor, label;
    std::vector<std::string> lines, anchors;
};

/// The page for one plan, hard words explained the first time they appear.
[[nodiscard]] std::vector<YouthBlock> youth_page(const YouSaidWeDid& page);

/// Adds, after the first block that uses a hard word ("corporate parenting",
/// "advocacy", "board"...), a sentence saying what it means: after a heading,
/// as a paragraph of its own; in a paragraph or list item, at its end.
void explain_hard_words(std::vector<YouthBlock>& blocks);

/// `text` on one line: runs of spaces and line breaks become one space, none at the ends.
[[nodiscard]] std::string tidy(std::string_view text);

/// `text` as a sentence: spaces tidied, a capital first letter, a full stop.
[[nodiscard]] std::string as_sentence(std::string_view text);

} // namespace engage::detail
