// SPDX-License-Identifier: MIT
// `engage audit`: the routes from forums to decisions, and who is represented where.
#include "render/findings/finding_json.hpp"
#include "render/shared/escape.hpp"
#include "render/shared/json_writer.hpp"
#include "util/printable.hpp"

#include <engage/render.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

namespace {

std::string ids_of(const FlowGraph& graph, const std::vector<std::uint32_t>& bodies,
                   std::string_view joiner) {
    std::string out;
    for (std::uint32_t i : bodies)
        out += (out.empty() ? "" : std::string(joiner)) + graph.body(i).id.value;
    return out;
}

std::string route_text(const FlowGraph& graph, std::uint32_t forum) {
    const std::uint32_t links = graph.links_to_decision(forum);
    if (links == FlowGraph::unreachable)
        return "no route in the plan to a body that decides";
    if (links == 0)
        return "decides itself";
    // Short routes are spelled out; long ones show their ends (a long chain
    // would make spelling out every forum's route quadratic).
    const std::string route =
        links <= 5 ? ids_of(graph, graph.path_to_decision(forum), " -> ")
                   : fmt::format("{} -> {} -> ... -> {}", graph.body(forum).id.value,
                                 graph.body(graph.next_toward_decision(forum)).id.value,
                                 graph.body(graph.nearest_decider(forum)).id.value);
    return fmt::format("{} ({} link{})", route, links, links == 1 ? "" : "s");
}

void render_flow_summary(std::ostream& out, const PlanResult& result) {
    if (!result.plan.has_plan_section)
        return;
    const FlowGraph graph(result.plan);
    std::size_t forums = 0, boards = 0, deciding = 0, with_feedback = 0;
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        forums += graph.is_forum(i);
        boards += graph.is_board(i);
        deciding += graph.decides(i);
    }
    for (const auto& link : graph.links())
        with_feedback += link.has_feedback();
    const auto count = [](std::size_t n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    // Ids are plan text: each line below is shown as printable() makes it.
    using detail::printable;
    out << "Flow: " << printable(result.plan.info.id.value) << ": "
        << count(graph.size(), "body", "bodies") << " (" << count(forums, "forum", "forums") << ", "
        << count(boards, "board", "boards") << "; " << deciding
        << (deciding == 1 ? " takes" : " take") << " decisions), "
        << count(graph.links().size(), "link", "links") << ", " << with_feedback
        << " with a way back\n";
    std::size_t width = 5;
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (graph.is_forum(i))
            width = std::max(width, printable(graph.body(i).id.value).size());
    }
    if (forums > 0)
        out << fmt::format("  {:<{}}  {}\n", "forum", width, "route to a decision");
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_forum(i))
            continue;
        out << fmt::format("  {:<{}}  {}\n", printable(graph.body(i).id.value), width,
                           printable(route_text(graph, i)));
    }
    const auto groups = representation(result.plan, graph);
    if (!groups.empty()) {
        std::size_t group_width = 5;
        for (const auto& g : groups)
            group_width = std::max(group_width, printable(g.group->id.value).size());
        out << fmt::format("  {:<{}}  {}\n", "group", group_width, "heard in -> reaches");
        for (const auto& g : groups) {
            std::vector<std::uint32_t> forums_of;
            for (const auto& route : g.routes)
                forums_of.push_back(route.forum);
            const std::string heard =
                forums_of.empty() ? "no forum" : ids_of(graph, forums_of, ", ");
            const std::string reaches =
                g.deciders.empty() ? "no body that decides" : ids_of(graph, g.deciders, ", ");
            out << fmt::format("  {:<{}}  {} -> {}\n", printable(g.group->id.value), group_width,
                               printable(heard), printable(reaches));
        }
    }
    out << '\n';
}

void write_ids(detail::JsonWriter& json, const FlowGraph& graph,
               const std::vector<std::uint32_t>& bodies) {
    json.begin_array();
    for (std::uint32_t i : bodies)
        json.value(graph.body(i).id.value);
    json.end_array();
}

} // namespace

void render_audit_text(std::ostream& out, const ValidateResult& result, const TextStyle& style) {
    render_findings(out, result, style);
    if (style.quiet)
        return;
    for (const auto& plan : result.plans)
        render_flow_summary(out, plan);
    render_summary(out, result);
}

void render_audit_json(std::ostream& out, const ValidateResult& result) {
    detail::JsonWriter json(out);
    const auto findings = result.all_findings();
    json.begin_object();
    detail::write_document_header(json, "audit");
    json.key("findings").begin_array();
    for (const Finding* finding : findings) {
        const Finding& f = *finding;
        detail::write_finding(json, f);
    }
    json.end_array();
    json.key("plans").begin_array();
    for (const auto& plan : result.plans) {
        if (!plan.plan.has_plan_section)
            continue;
        const FlowGraph graph(plan.plan);
        json.begin_object();
        json.key("id").value(plan.plan.info.id.value).key("path").value(plan.plan.path);
        json.key("bodies").begin_array();
        for (std::uint32_t i = 0; i < graph.size(); ++i) {
            const Body& body = graph.body(i);
            json.begin_object();
            json.key("id").value(body.id.value).key("name").value(body.name.value);
            json.key("kind").value(body.kind.present() ? to_string(body.kind.value)
                                                       : std::string_view());
            json.key("decides").value(graph.decides(i));
            json.key("reached_by_forum").value(graph.reached_by_forum(i));
            if (graph.links_to_decision(i) == FlowGraph::unreachable) {
                json.key("links_to_decision").null();
            } else {
                json.key("links_to_decision").value(graph.links_to_decision(i));
            }
            const std::uint32_t next = graph.next_toward_decision(i);
            const std::uint32_t nearest = graph.nearest_decider(i);
            json.key("next_toward_decision");
            if (next == FlowGraph::unreachable)
                json.null();
            else
                json.value(graph.body(next).id.value);
            json.key("nearest_decider");
            if (nearest == FlowGraph::unreachable)
                json.null();
            else
                json.value(graph.body(nearest).id.value);
            json.key("deciders_reached");
            write_ids(json, graph, graph.deciders_reached(i));
            json.key("file").value(plan.plan.file_path(body.loc)).key("line").value(body.loc.line);
            json.end_object();
        }
        json.end_array();
        json.key("links").begin_array();
        for (const auto& link : graph.links()) {
            json.begin_object();
            json.key("from")
                .value(graph.body(link.from).id.value)
                .key("to")
                .value(graph.body(link.to).id.value);
            json.key("how")
                .value(link.link->how.value)
                .key("feedback")
                .value(link.link->feedback.value);
            json.key("has_feedback").value(link.has_feedback());
            json.end_object();
        }
        json.end_array();
        json.key("cycles").begin_array();
        for (const auto& cycle : graph.cycles())
            write_ids(json, graph, cycle);
        json.end_array();
        json.key("representation").begin_array();
        for (const auto& g : representation(plan.plan, graph)) {
            json.begin_object().key("group").value(g.group->id.value).key("forums").begin_array();
            for (const auto& route : g.routes) {
                json.begin_object()
                    .key("forum")
                    .value(graph.body(route.forum).id.value)
                    .key("reaches");
                write_ids(json, graph, route.deciders);
                json.end_object();
            }
            json.end_array().key("reaches");
            write_ids(json, graph, g.deciders);
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
    detail::write_summary(json, result);
    json.end_object();
}

} // namespace engage
