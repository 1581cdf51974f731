// The flow audit without YAML: builds a plan of N bodies in one chain in memory
// (each forum feeding the next, with feedback; the last one decides) and times
// the flow graph, each flow rule, and the whole check. It separates the cost of
// the audit from yaml-cpp's parse, which dominates `engage audit` on a file.
//
//   flow-audit [BODIES]     (default 100000)
#include <engage/engine.hpp>
#include <engage/graph.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <string>

namespace {

engage::Text text(std::string value, std::uint32_t line, std::uint32_t column) {
    return {std::move(value), {0, line, column}};
}

engage::Plan chain_plan(std::size_t bodies) {
    engage::Plan plan;
    plan.path = "chain.yaml";
    plan.files.push_back({"chain.yaml", ""});
    plan.has_plan_section = true;
    plan.info.id = text("chain", 2, 7);
    plan.info.title = text("A chain", 2, 18);
    plan.bodies.reserve(bodies);
    for (std::size_t i = 0; i < bodies; ++i) {
        const auto line = static_cast<std::uint32_t>(i + 4);
        engage::Body body;
        body.loc = {0, line, 5};
        body.id = text(fmt::format("f{}", i), line, 10);
        body.name = text(fmt::format("Forum {}", i), line, 20);
        body.kind = {engage::BodyKind::forum, {0, line, 40}};
        if (i + 1 < bodies) {
            engage::Link link;
            link.loc = {0, line, 60};
            link.to = text(fmt::format("f{}", i + 1), line, 65);
            link.feedback = text("minutes sent back", line, 80);
            body.feeds_into = {{std::move(link)}, {0, line, 55}};
        } else {
            body.decides = {true, {0, line, 90}};
        }
        plan.bodies.push_back(std::move(body));
    }
    return plan;
}

template <class Work> double seconds(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t bodies = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    engage::Plan plan;
    const double build = seconds([&] { plan = chain_plan(bodies); });
    fmt::print("{:<28} {:>8.3f} s\n", "building the model", build);

    const double graph = seconds([&] { const engage::FlowGraph flow(plan); });
    fmt::print("{:<28} {:>8.3f} s\n", "flow graph", graph);

    engage::Settings settings;
    double flow_rules = 0;
    std::size_t findings = 0;
    for (const engage::RuleInfo& rule : engage::all_rules()) {
        if (rule.family != engage::RuleFamily::flow)
            continue;
        const double took = seconds([&] { findings += run_rule(rule, plan, settings).findings.size(); });
        flow_rules += took;
        fmt::print("  {:<26} {:>8.3f} s\n", rule.name, took);
    }
    fmt::print("{:<28} {:>8.3f} s  ({} findings)\n", "flow rules", flow_rules, findings);

    engage::PlanResult result;
    const double all = seconds([&] {
        result = engage::check_plan({std::move(plan), {}}, settings);
    });
    fmt::print("{:<28} {:>8.3f} s  ({} findings)\n", "every check (check_plan)", all,
               result.findings.size());
    return 0;
}
