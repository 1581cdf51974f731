// SPDX-License-Identifier: MIT
// Running text (Inline) and anchors, shared by the Markdown and HTML writers.
#include "render/report/report_writer.hpp"

namespace engage::detail {

namespace {

Inline& add(std::vector<Span>& spans, Inline& self, Span::Kind kind, std::string_view words,
            std::string_view target = {}) {
    if (kind == Span::Kind::text && !spans.empty() && spans.back().kind == Span::Kind::text) {
        spans.back().text += words; // one span, so Markdown escapes a line's start once
        return self;
    }
    spans.push_back(Span{kind, std::string(words), std::string(target)});
    return self;
}

} // namespace

Inline& Inline::text(std::string_view words) {
    return add(spans_, *this, Span::Kind::text, words);
}
Inline& Inline::strong(std::string_view words) {
    return add(spans_, *this, Span::Kind::strong, words);
}
Inline& Inline::emphasis(std::string_view words) {
    return add(spans_, *this, Span::Kind::emphasis, words);
}
Inline& Inline::code(std::string_view name) {
    return add(spans_, *this, Span::Kind::code, name);
}
Inline& Inline::link(std::string_view words, std::string_view target) {
    return add(spans_, *this, Span::Kind::link, words, target);
}
Inline& Inline::marked(std::string_view words, std::string_view css_class) {
    return add(spans_, *this, Span::Kind::marked, words, css_class);
}
Inline& Inline::append(const Inline& more) {
    for (const Span& span : more.spans_)
        add(spans_, *this, span.kind, span.text, span.target);
    return *this;
}

Inline& Inline::words_with_code(std::string_view words) {
    bool in_code = false;
    while (!words.empty()) {
        const std::size_t tick = words.find('`');
        const std::string_view part = words.substr(0, tick);
        if (!part.empty())
            in_code ? code(part) : text(part);
        if (tick == std::string_view::npos)
            break;
        in_code = !in_code;
        words.remove_prefix(tick + 1);
    }
    return *this;
}

std::string slug_of(std::string_view words) {
    std::string out;
    for (char c : words) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
            out += c;
        else if (c == ' ')
            out += '-';
    }
    return out;
}

std::pair<std::string, std::size_t> Anchors::next(const std::string& slug) const {
    // As GitHub numbers them: count up from the slug's last number until free.
    std::string anchor = slug;
    const auto seen = used_.find(slug);
    std::size_t number = seen == used_.end() ? 0 : seen->second;
    while (used_.contains(anchor))
        anchor = slug + "-" + std::to_string(++number);
    return {anchor, number};
}

std::string Anchors::peek(std::string_view words) const {
    return next(slug_of(words)).first;
}

std::string Anchors::take(std::string_view words) {
    const std::string slug = slug_of(words);
    auto [anchor, number] = next(slug);
    if (anchor != slug)
        used_[slug] = number;
    used_.emplace(anchor, 0);
    return anchor;
}

} // namespace engage::detail
