// SPDX-License-Identifier: MIT
#include "render/shared/html_page.hpp"

#include "render/shared/escape.hpp"

namespace engage::detail {

void html_page_start(std::ostream& out, std::string_view title, std::string_view style) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'\"/>\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        << "<title>" << html_text(title) << "</title>\n<style>" << style
        << "</style>\n</head>\n<body>\n<main>\n";
}

void html_page_end(std::ostream& out) {
    out << "</main>\n</body>\n</html>\n";
}

} // namespace engage::detail
