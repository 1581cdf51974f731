// SPDX-License-Identifier: MIT
#include "render/report/flow_layout.hpp"

#include "render/shared/wrap.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace engage::detail {

namespace {

constexpr int box_width = 200, min_box_height = 48, row_gap = 22, margin = 20;
constexpr int column_gap = 70; ///< at least, between two columns
constexpr int lane_step = 8;   ///< between two links running side by side
constexpr int lane_clear = 18; ///< from a box's side to the nearest lane
constexpr int port_step = 10;  ///< between two links leaving or entering one side
constexpr std::size_t max_name_lines = 4;
constexpr int legend_sample = 36, legend_row = 22, legend_spacing = 20;

/// A link to the next column turns in the gap between; any other goes round.
bool goes_round(int from_column, int to_column) {
    return to_column != from_column + 1;
}

int text_px(std::string_view line) {
    return static_cast<int>(std::ceil(flow_text_width(line)));
}

/// Each body's column: bodies with no route first, deciding bodies last.
std::vector<int> columns_of(const Report& r, int& columns) {
    std::uint32_t farthest = 0;
    bool any_without_route = false;
    for (const auto& b : r.bodies) {
        if (b.links_to_decision)
            farthest = std::max(farthest, *b.links_to_decision);
        else
            any_without_route = true;
    }
    const int shift = any_without_route ? 1 : 0;
    columns = static_cast<int>(farthest) + 1 + shift;
    std::vector<int> column;
    for (const auto& b : r.bodies)
        column.push_back(
            b.links_to_decision ? static_cast<int>(farthest - *b.links_to_decision) + shift : 0);
    return column;
}

/// The y of port `index` of `count` spread down a box's side.
int port_y(const FlowRect& rect, std::size_t index, std::size_t count) {
    return rect.y + static_cast<int>(static_cast<long>(rect.height) * static_cast<long>(index + 1) /
                                     static_cast<long>(count + 1));
}

/// x of lane `index` of `count` centred in a gap.
int lane_x(int gap_x, int gap_width, int index, int count) {
    return gap_x + (gap_width - (count - 1) * lane_step) / 2 + index * lane_step;
}

void lay_out_legend(const Report& r, FlowLayout& layout, int top) {
    const bool any_orphan =
        std::any_of(r.bodies.begin(), r.bodies.end(), [](const BodyRow& b) { return b.orphan; });
    const bool any_loop =
        std::any_of(r.bodies.begin(), r.bodies.end(), [](const BodyRow& b) { return b.in_loop; });
    std::vector<std::pair<LegendSample, std::string>> items = {
        {LegendSample::feedback, "Views passed on, feedback recorded"},
        {LegendSample::no_feedback, "No feedback recorded"},
        {LegendSample::forum, "Forum"},
        {LegendSample::board, "Board"},
        {LegendSample::decides, "Takes decisions"}};
    if (any_orphan)
        items.emplace_back(LegendSample::no_route, "Forum with no route to a decision");
    if (any_loop)
        items.emplace_back(LegendSample::loop, "Views go round in a loop");
    int widest = 0;
    for (const auto& item : items)
        widest = std::max(widest, legend_sample + 6 + text_px(item.second));
    layout.width = std::max(layout.width, 2 * margin + widest);
    int x = margin, y = top;
    for (auto& [sample, text] : items) {
        const int width = legend_sample + 6 + text_px(text);
        if (x > margin && x + width > layout.width - margin) {
            x = margin;
            y += legend_row;
        }
        LegendItem item;
        item.sample = sample;
        item.text = std::move(text);
        item.sample_area = {x, y, legend_sample, 14};
        item.text_at = {x + legend_sample + 6, y + 11};
        layout.legend.push_back(std::move(item));
        x += width + legend_spacing;
    }
    layout.height = y + legend_row + margin;
}

} // namespace

double flow_text_width(std::string_view line) {
    return static_cast<double>(code_points(line)) * flow_char_px;
}

FlowLayout lay_out_flow(const Report& r) {
    FlowLayout layout;
    int columns = 0;
    const std::vector<int> column = columns_of(r, columns);
    const auto per_line = static_cast<std::size_t>((box_width - 2 * flow_text_pad) / flow_char_px);

    // Links leaving and entering each body, to spread them down its sides.
    std::vector<std::vector<std::size_t>> leaving(r.bodies.size()), entering(r.bodies.size());
    for (std::size_t e = 0; e < r.links.size(); ++e) {
        leaving[r.links[e].from].push_back(e);
        entering[r.links[e].to].push_back(e);
    }

    // Boxes: sized by their name and ports, stacked per column below the lanes for links going
    // round.
    std::size_t round_links = 0;
    for (const auto& link : r.links)
        round_links += goes_round(column[link.from], column[link.to]) ? 1 : 0;
    const int band = round_links == 0 ? 0 : 12 + static_cast<int>(round_links) * lane_step;
    std::vector<int> column_bottom(static_cast<std::size_t>(columns), margin + band - row_gap);
    for (std::size_t i = 0; i < r.bodies.size(); ++i) {
        FlowBox box;
        box.column = column[i];
        box.lines = wrap_words(r.bodies[i].name, per_line, max_name_lines);
        const std::size_t ports = std::max(leaving[i].size(), entering[i].size());
        box.rect.width = box_width;
        box.rect.height =
            std::max({min_box_height, static_cast<int>(box.lines.size()) * flow_line_px + 18,
                      static_cast<int>(ports + 1) * port_step});
        int& bottom = column_bottom[static_cast<std::size_t>(box.column)];
        box.rect.y = bottom + row_gap;
        bottom = box.rect.bottom();
        const int block = static_cast<int>(box.lines.size()) * flow_line_px;
        box.first_baseline = box.rect.y + (box.rect.height - block) / 2 + 11;
        layout.boxes.push_back(std::move(box));
    }

    // Ports: links leave and enter in the order of the other end's height, those going round on
    // top.
    auto other_end_y = [&](std::size_t e, bool leaving_side) {
        const auto& link = r.links[e];
        if (goes_round(column[link.from], column[link.to]))
            return -1;
        const auto& other = layout.boxes[leaving_side ? link.to : link.from].rect;
        return other.y + other.height / 2;
    };
    std::vector<int> start_y(r.links.size()), end_y(r.links.size());
    for (std::size_t i = 0; i < r.bodies.size(); ++i) {
        auto order = [&](std::vector<std::size_t>& links, bool leaving_side) {
            std::stable_sort(links.begin(), links.end(), [&](std::size_t a, std::size_t b) {
                return other_end_y(a, leaving_side) < other_end_y(b, leaving_side);
            });
        };
        order(leaving[i], true);
        order(entering[i], false);
        for (std::size_t k = 0; k < leaving[i].size(); ++k)
            start_y[leaving[i][k]] = port_y(layout.boxes[i].rect, k, leaving[i].size());
        for (std::size_t k = 0; k < entering[i].size(); ++k)
            end_y[entering[i][k]] = port_y(layout.boxes[i].rect, k, entering[i].size());
    }

    // Lanes above the boxes for links going round: longer runs higher, so they nest rather than
    // cross.
    std::vector<std::size_t> round_order;
    for (std::size_t e = 0; e < r.links.size(); ++e) {
        if (goes_round(column[r.links[e].from], column[r.links[e].to]))
            round_order.push_back(e);
    }
    std::stable_sort(round_order.begin(), round_order.end(), [&](std::size_t a, std::size_t b) {
        auto span = [&](std::size_t e) {
            return std::abs(column[r.links[e].from] + 1 - column[r.links[e].to]);
        };
        return span(a) > span(b);
    });
    std::vector<int> top_y(r.links.size(), 0);
    for (std::size_t k = 0; k < round_order.size(); ++k)
        top_y[round_order[k]] = margin + 6 + static_cast<int>(k) * lane_step;

    // Upright runs in each gap (gap g lies left of column g; gap 0 the left gutter, gap
    // `columns` the right). Runs going down sit left, the lower start further left; runs
    // going up sit right, the lower start further right: so within each kind a run's
    // level parts cross none of its neighbours' upright parts, and a run leaving a row
    // never lies along one arriving at the same row.
    struct Run {
        std::size_t link = 0;
        bool second = false; ///< the run down to the target of a link going round
        int from_y = 0, to_y = 0;
    };
    std::vector<std::vector<Run>> runs(static_cast<std::size_t>(columns) + 1);
    for (std::size_t e = 0; e < r.links.size(); ++e) {
        const int from = column[r.links[e].from], to = column[r.links[e].to];
        if (goes_round(from, to)) {
            runs[static_cast<std::size_t>(from + 1)].push_back({e, false, start_y[e], top_y[e]});
            runs[static_cast<std::size_t>(to)].push_back({e, true, top_y[e], end_y[e]});
        } else {
            runs[static_cast<std::size_t>(from + 1)].push_back({e, false, start_y[e], end_y[e]});
        }
    }
    std::vector<int> lanes(runs.size(), 0);
    struct Lanes {
        int first = 0, second = 0;
    };
    std::vector<Lanes> lane_of(r.links.size());
    for (std::size_t g = 0; g < runs.size(); ++g) {
        std::stable_sort(runs[g].begin(), runs[g].end(), [](const Run& a, const Run& b) {
            const bool a_up = a.to_y < a.from_y, b_up = b.to_y < b.from_y;
            if (a_up != b_up)
                return b_up;
            return a_up ? a.from_y < b.from_y : a.from_y > b.from_y;
        });
        for (const Run& run : runs[g])
            (run.second ? lane_of[run.link].second : lane_of[run.link].first) = lanes[g]++;
    }

    std::vector<int> gap_x(lanes.size()), gap_width(lanes.size());
    int x = 0;
    for (std::size_t g = 0; g < lanes.size(); ++g) {
        const bool outer = g == 0 || g + 1 == lanes.size();
        const int needed = lanes[g] == 0 ? 0 : 2 * lane_clear + (lanes[g] - 1) * lane_step;
        gap_width[g] = outer ? std::max(margin, needed) : std::max(column_gap, needed);
        gap_x[g] = x;
        x += gap_width[g] + (g + 1 < lanes.size() ? box_width : 0);
    }
    layout.width = x;
    for (auto& box : layout.boxes)
        box.rect.x = gap_x[static_cast<std::size_t>(box.column)] +
                     gap_width[static_cast<std::size_t>(box.column)];

    for (std::size_t e = 0; e < r.links.size(); ++e) {
        const auto& link = r.links[e];
        const FlowRect& from = layout.boxes[link.from].rect;
        const FlowRect& to = layout.boxes[link.to].rect;
        const auto up_gap = static_cast<std::size_t>(column[link.from] + 1);
        const int up = lane_x(gap_x[up_gap], gap_width[up_gap], lane_of[e].first, lanes[up_gap]);
        FlowPath path{link.from, link.to, link.feedback, {}};
        path.points.push_back({from.right(), start_y[e]});
        path.points.push_back({up, start_y[e]});
        if (goes_round(column[link.from], column[link.to])) {
            const auto down_gap = static_cast<std::size_t>(column[link.to]);
            const int down =
                lane_x(gap_x[down_gap], gap_width[down_gap], lane_of[e].second, lanes[down_gap]);
            path.points.push_back({up, top_y[e]});
            path.points.push_back({down, top_y[e]});
            path.points.push_back({down, end_y[e]});
        } else {
            path.points.push_back({up, end_y[e]});
        }
        path.points.push_back({to.x, end_y[e]});
        // A level link has no turn to make.
        path.points.erase(
            std::unique(path.points.begin(), path.points.end(),
                        [](FlowPoint a, FlowPoint b) { return a.x == b.x && a.y == b.y; }),
            path.points.end());
        layout.paths.push_back(std::move(path));
    }

    int bottom = margin;
    for (int b : column_bottom)
        bottom = std::max(bottom, b);
    lay_out_legend(r, layout, bottom + 24);
    return layout;
}

} // namespace engage::detail
