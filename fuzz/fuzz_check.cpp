// SPDX-License-Identifier: MIT
// libFuzzer target: the whole check path. Bytes are loaded as a plan, checked
// with every rule, and drawn by every renderer: text, JSON, audit text and JSON,
// Mermaid and Graphviz.
#include <engage/engine.hpp>
#include <engage/graph.hpp>
#include <engage/load.hpp>
#include <engage/render.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    engage::Settings settings;
    settings.as_of = engage::parse_date("2024-06-30");
    engage::ValidateResult result;
    result.plans.push_back(
        engage::check_plan(engage::load_plan_text("fuzz.yaml", std::move(text)), settings));

    std::ostringstream out;
    for (const bool show_source : {true, false}) {
        engage::TextStyle style;
        style.show_source = show_source;
        style.color = show_source;
        engage::render_text(out, result, style);
        engage::render_audit_text(out, result, style);
    }
    engage::render_json(out, result);
    engage::render_audit_json(out, result);
    const engage::Plan& plan = result.plans.front().plan;
    const engage::FlowGraph graph(plan);
    engage::render_mermaid(out, plan, graph);
    engage::render_dot(out, plan, graph);
    return 0;
}
