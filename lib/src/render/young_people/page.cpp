// SPDX-License-Identifier: MIT
// The "You said, we did" page in words (page.hpp). Short sentences, one idea
// each; plan text is quoted as the plan has it; where the plan records
// nothing, the page says so and says who to ask, and never fills the gap.
#include "render/young_people/page.hpp"

#include <fmt/format.h>

#include <cctype>

namespace engage::detail {

namespace {

using Kind = YouthBlock::Kind;

YouthBlock heading(int level, std::string text, std::string anchor = {}) {
    return YouthBlock{Kind::heading, level, false, false, std::move(anchor), {}, {tidy(text)}, {}};
}

YouthBlock text(std::vector<std::string> sentences, std::string label = {}) {
    return YouthBlock{Kind::text, 0, false, false, {}, std::move(label), std::move(sentences), {}};
}

YouthBlock list(std::string label, std::vector<std::string> items) {
    return YouthBlock{Kind::list, 0, false, false, {}, std::move(label), std::move(items), {}};
}

/// One item on its own reads as a sentence after its label; several as a list.
YouthBlock labelled(std::string label, std::vector<std::string> items) {
    for (auto& item : items)
        item = as_sentence(item);
    if (items.size() == 1)
        return text(std::move(items), std::move(label));
    return list(std::move(label), std::move(items));
}

/// "Ask NAME." or, where the plan names nobody, where to go instead.
std::string ask_line(const std::string& ask, std::string_view fallback) {
    return ask.empty() ? std::string(fallback) : "Ask " + ask + ".";
}

constexpr std::string_view ask_group_adult = "Ask an adult who helps run your group.";
constexpr std::string_view ask_trusted_adult = "Ask an adult you trust to find out for you.";

std::string change_line(const YouthTopic::Change& change) {
    std::string line = as_sentence(change.what);
    if (!change.by.empty() && change.on)
        line += fmt::format(" {} did this in {}.", change.by, month_in_words(*change.on));
    else if (!change.by.empty())
        line += fmt::format(" {} did this.", change.by);
    else if (change.on)
        line += fmt::format(" This was done in {}.", month_in_words(*change.on));
    return line;
}

std::string answer_line(const YouthTopic::Answer& item, std::string_view answered,
                        std::string_view unanswered) {
    std::string line = as_sentence(item.view);
    if (item.answer.empty())
        line += fmt::format(" {}", unanswered);
    else
        line += fmt::format(" {} {}", answered, as_sentence(item.answer));
    return line;
}

/// What came of one time young people gave their views.
/// Under a forum, `known_who` is the forum's groups: said once there, not again.
void add_topic(std::vector<YouthBlock>& out, const YouthTopic& topic, int level,
               const std::string& ask, std::string_view fallback,
               const std::vector<std::string>& known_who) {
    out.push_back(heading(level, topic.title));
    out.back().topic = true;
    if (topic.date)
        out.push_back(text({fmt::format("This was in {}.", month_in_words(*topic.date))}));
    if (!topic.who.empty() && topic.who != known_who)
        out.push_back(labelled("Who took part:", topic.who));

    if (topic.you_said.empty())
        out.push_back(text({"We have not written down what you told us."}));
    else
        out.push_back(labelled("You told us:", topic.you_said));

    if (topic.we_did.empty()) {
        out.push_back(text({"We have not written down yet what changed after you told us "
                            "about this.",
                            ask_line(ask, fallback)}));
    } else {
        std::vector<std::string> changes;
        for (const auto& change : topic.we_did)
            changes.push_back(change_line(change));
        out.push_back(changes.size() == 1 ? text(std::move(changes), "What changed:")
                                          : list("What changed:", std::move(changes)));
        out.back().changed = true;
    }
    if (!topic.not_done.empty()) {
        std::vector<std::string> items;
        for (const auto& item : topic.not_done)
            items.push_back(answer_line(item, "We did not do this, because:",
                                        "We did not do this. We have not written down why."));
        out.push_back(list("What we did not do, and why:", std::move(items)));
    }
    if (!topic.other_views.empty()) {
        std::vector<std::string> items;
        for (const auto& item : topic.other_views)
            items.push_back(answer_line(
                item, "What we did:", "We have not written down what we did about this."));
        out.push_back(list("Some of you said something different:", std::move(items)));
    }
    if (topic.told_on) {
        const std::string month = month_in_words(*topic.told_on);
        out.push_back(text({topic.we_did.empty() ? "We told you about this in " + month + "."
                                                 : "We told you what changed in " + month + "."}));
    } else if (!topic.we_did.empty())
        out.push_back(text({"We have not written down when we told you what changed."}));
    if (!topic.learned.empty())
        out.push_back(labelled("What we learned:", topic.learned));
}

/// Every topic at `level`; those with nothing recorded listed together after.
void add_topics(std::vector<YouthBlock>& out, const std::vector<YouthTopic>& topics, int level,
                const std::string& ask, std::string_view fallback,
                const std::vector<std::string>& known_who = {}) {
    std::vector<std::string> silent;
    for (const auto& topic : topics) {
        if (!topic.says_nothing()) {
            add_topic(out, topic, level, ask, fallback, known_who);
            continue;
        }
        std::string line = as_sentence(topic.title);
        if (topic.date)
            line += fmt::format(" This was in {}.", month_in_words(*topic.date));
        silent.push_back(std::move(line));
    }
    if (silent.empty())
        return;
    out.push_back(heading(level, topics.size() == silent.size() ? "What you took part in"
                                                                : "Other things you took part in"));
    out.push_back(text({"We have not written down yet what you told us here, or what changed:"}));
    out.push_back(list("", std::move(silent)));
    out.push_back(text({ask_line(ask, fallback)}));
}

std::string work_line(const YouthWork& work) {
    std::string line = as_sentence(work.what);
    if (work.late && work.promise)
        line += fmt::format(" We said we would look at this again by {}. That date has passed.",
                            month_in_words(*work.due));
    else if (work.late)
        line += fmt::format(" This should have been done by {}. It is late.",
                            month_in_words(*work.due));
    else if (work.due && work.promise)
        line += fmt::format(" We will look at this again by {}.", month_in_words(*work.due));
    else if (work.due)
        line += fmt::format(" We plan to finish this by {}.", month_in_words(*work.due));
    else
        line += " We have not written down when this will be done.";
    if (work.blocked)
        line += " It is stuck at the moment.";
    else if (work.started)
        line += " We have started this.";
    if (!work.who.empty())
        line += work.promise ? fmt::format(" {} made this promise.", work.who)
                             : fmt::format(" Ask {} about this.", work.who);
    return line;
}

void add_work(std::vector<YouthBlock>& out, const std::vector<YouthWork>& work,
              std::string_view none) {
    if (work.empty()) {
        out.push_back(text({std::string(none)}));
        return;
    }
    std::vector<std::string> items;
    for (const auto& item : work)
        items.push_back(work_line(item));
    out.push_back(list("", std::move(items)));
}

/// Who to ask about a forum: its chair; else the plan's owner, said to be the
/// plan's and not the group's; else an adult who helps run the group.
std::string forum_contact(const YouthForum& forum, const std::string& owner) {
    if (!forum.ask.empty())
        return fmt::format("If you have a question about this group, ask {}.", forum.ask);
    if (!owner.empty())
        return fmt::format("We have not written down who runs this group. {} is in charge of "
                           "the plan, so you can ask them.",
                           owner);
    return "We have not written down who you can ask about this group. Ask an adult who helps "
           "run it.";
}

void add_forum(std::vector<YouthBlock>& out, const YouthForum& forum, const std::string& owner,
               std::string anchor) {
    const std::string& ask = forum.ask.empty() ? owner : forum.ask;
    out.push_back(heading(2, forum.name, std::move(anchor)));
    std::vector<std::string> facts;
    if (forum.run_by_young_people)
        facts.emplace_back("Young people run this group.");
    if (!forum.meets.empty())
        facts.push_back(fmt::format("It meets {}.", forum.meets));
    if (forum.decides)
        facts.emplace_back("This group makes decisions itself.");
    if (!facts.empty())
        out.push_back(text(std::move(facts)));
    if (!forum.speaks_for.empty())
        out.push_back(labelled("Who it is for:", forum.speaks_for));
    for (const auto& route : forum.views_go_to) {
        out.push_back(text({as_sentence(route.to)}, "Where your views go:"));
        if (!route.how.empty())
            out.push_back(text({as_sentence(route.how)}, "What you send:"));
        out.push_back(route.feedback.empty()
                          ? text({"We have not written down how they tell you what they did."})
                          : text({as_sentence(route.feedback)}, "How you hear back:"));
    }
    if (forum.views_go_to.empty() && !forum.decides)
        out.push_back(text({"We have not written down where this group's views go."}));

    if (forum.topics.empty() && forum.still_working_on.empty()) {
        // Nothing recorded: one kind, true paragraph instead of three empty sections.
        out.push_back(
            text({"We have not written down yet what this group told us, or what "
                  "changed because of it.",
                  ask.empty() ? std::string(ask_group_adult) : forum_contact(forum, owner)}));
        return;
    }
    out.push_back(heading(3, "What you told us, and what changed"));
    if (forum.topics.empty()) {
        out.push_back(text({"We have not written down yet what this group told us, or what "
                            "changed because of it.",
                            ask_line(ask, ask_group_adult)}));
    } else {
        add_topics(out, forum.topics, 4, ask, ask_group_adult, forum.speaks_for);
    }
    out.push_back(heading(3, "What we are still working on"));
    add_work(out, forum.still_working_on,
             "We have not written down any work still to do for this group.");
    out.push_back(heading(3, "Who to ask"));
    out.push_back(text({forum_contact(forum, owner)}));
}

} // namespace

std::string tidy(std::string_view text) {
    std::string out;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string as_sentence(std::string_view text) {
    std::string out = tidy(text);
    if (out.empty())
        return out;
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    const char last = out.back();
    if (last != '.' && last != '!' && last != '?')
        out += '.';
    return out;
}

std::vector<YouthBlock> youth_page(const YouSaidWeDid& page) {
    std::vector<YouthBlock> out;
    out.push_back(
        heading(1, page.area.empty() ? "You said, we did" : "You said, we did: " + page.area));
    std::vector<std::string> intro = {
        page.area.empty()
            ? "This page is for children and young people."
            : fmt::format("This page is for children and young people in {}.", page.area),
        "You told us what you think. This page shows what changed because of it.",
        "It also shows what we are still working on, and who to ask."};
    out.push_back(text(std::move(intro)));
    std::vector<std::string> source;
    if (!page.plan_title.empty())
        source.push_back(
            fmt::format("It comes from our plan called \u201c{}\u201d.", tidy(page.plan_title)));
    if (page.as_of)
        source.push_back(
            fmt::format("It shows how things were in {}.", month_in_words(*page.as_of)));
    if (!source.empty())
        out.push_back(text(std::move(source)));

    YouthBlock contents{Kind::contents, 0, false, false, {}, "On this page:", {}, {}};
    for (std::size_t i = 0; i < page.forums.size(); ++i) {
        contents.lines.push_back(page.forums[i].name);
        contents.anchors.push_back(fmt::format("group-{}", i + 1));
    }
    const std::string other_times = page.forums.empty() ? "When you told us what you think"
                                                        : "Other times you told us what you think";
    if (!page.other_topics.empty()) {
        contents.lines.push_back(other_times);
        contents.anchors.emplace_back("other-times");
    }
    contents.lines.emplace_back("What we are still working on");
    contents.anchors.emplace_back("still-working-on");
    contents.lines.emplace_back("Who to ask");
    contents.anchors.emplace_back("who-to-ask");
    const auto anchors = contents.anchors;
    if (page.forums.empty()) {
        out.push_back(text({"Our plan does not name a group where young people meet to share "
                            "their views."}));
    }
    out.push_back(std::move(contents));
    for (std::size_t i = 0; i < page.forums.size(); ++i)
        add_forum(out, page.forums[i], page.ask, anchors[i]);
    if (!page.other_topics.empty()) {
        out.push_back(heading(2, other_times, "other-times"));
        add_topics(out, page.other_topics, 3, page.ask, ask_trusted_adult);
    }
    out.push_back(heading(2, "What we are still working on", "still-working-on"));
    add_work(out, page.still_working_on,
             page.forums.empty()
                 ? "We have not written down any work that is still going on."
                 : "We have not written down any other work for young people that is still "
                   "going on.");
    out.push_back(heading(2, "Who to ask", "who-to-ask"));
    out.push_back(
        text({page.ask.empty() ? "We have not written down who is in charge of this plan. Ask an "
                                 "adult you trust to find out for you."
                               : fmt::format("{} is in charge of this plan. If you have a "
                                             "question about this page, ask them.",
                                             page.ask)}));
    explain_hard_words(out);
    return out;
}

} // namespace engage::detail
