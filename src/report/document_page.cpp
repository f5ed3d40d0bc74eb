// One page per corpus document.
#include <algorithm>
#include <map>

#include "report/html.hpp"
#include "report/pages.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref::report {
namespace {

void row(std::string& out, std::string_view name, const std::string& value) {
  if (value.empty()) return;
  out += "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>\n";
}

std::string joined(const std::vector<std::string>& items) {
  std::vector<std::string> unique;
  for (const std::string& s : items)
    if (!s.empty() && std::find(unique.begin(), unique.end(), s) == unique.end()) unique.push_back(s);
  std::string out;
  for (const std::string& s : unique) out += (out.empty() ? "" : "; ") + s;
  return out;
}

std::string link(const ReportContext& ctx, const std::string& id, const std::string& text) {
  const std::string page = ctx.page_of(id);
  if (page.empty()) return escape(text);
  return "<a href=\"" + escape(page) + "\">" + escape(text) + "</a>";
}

}  // namespace

std::string highlighted_text(const ReportContext& ctx, const FlatText& flat, const std::vector<Mention>& mentions) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (mentions[i].start < mentions[i].end && mentions[i].end <= flat.text.size()) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return mentions[a].start < mentions[b].start; });
  const std::string_view text = flat.text;
  int page = flat.segments.empty() ? 1 : flat.segments.front().page;
  std::string out = "<div class=\"page\"><p class=\"pageno\">Page " + std::to_string(page) + "</p>\n";
  // Plain text between mentions: form feeds start a new page.
  const auto plain = [&](std::string_view s) {
    for (std::size_t ff; (ff = s.find('\f')) != std::string_view::npos; s.remove_prefix(ff + 1)) {
      out += escape(s.substr(0, ff));
      ++page;
      out += "</div>\n<div class=\"page\"><p class=\"pageno\">Page " + std::to_string(page) + "</p>\n";
    }
    out += escape(s);
  };
  std::size_t pos = 0;
  for (std::size_t i : order) {
    const Mention& m = mentions[i];
    if (m.start < pos) continue;
    plain(text.substr(pos, m.start - pos));
    const std::string page_file = ctx.page_of(m.target);
    std::string tip = m.target.empty() ? "unresolved: " + m.resolved_from : m.target;
    if (!m.pinpoint.empty()) tip += ", " + m.pinpoint;
    if (!m.verb.empty()) tip += " (" + m.verb + ": " + m.relation + ")";
    const std::string cls = m.target.empty() ? "cite unresolved" : "cite";
    out += "<a class=\"" + cls + "\" id=\"m" + std::to_string(i) + "\"";
    if (!page_file.empty()) out += " href=\"" + escape(page_file) + "\"";
    out += " title=\"" + escape(tip) + "\">";
    plain(text.substr(m.start, m.end - m.start));
    out += "</a>";
    pos = m.end;
  }
  plain(text.substr(pos));
  return out + "</div>\n";
}

// How the document cites each target: its mentions' relations, commonest
// first ("recalls ×2, welcomes"), and whether a clause acts under Chapter VII.
std::map<std::string, std::string> how_cited(const std::vector<Mention>& mentions) {
  std::map<std::string, std::map<std::string, int>> counts;
  std::map<std::string, bool> chapter_vii;
  for (const Mention& m : mentions) {
    if (m.target.empty()) continue;
    ++counts[m.target][m.relation.empty() ? "other" : m.relation];
    chapter_vii[m.target] = chapter_vii[m.target] || m.chapter_vii;
  }
  std::map<std::string, std::string> out;
  for (const auto& [target, by_relation] : counts) {
    std::vector<std::pair<std::string, int>> ranked(by_relation.begin(), by_relation.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string text;
    for (const auto& [relation, n] : ranked)
      text += (text.empty() ? "" : ", ") + relation + (n > 1 ? " \u00D7" + std::to_string(n) : "");
    if (chapter_vii[target]) text += "; under Chapter VII";
    out[target] = text;
  }
  return out;
}

std::string document_page(const ReportContext& ctx, const CorpusDocument& doc, const FlatText& text,
                          const std::vector<Mention>& mentions) {
  const std::string heading = doc.title.empty() ? doc.id : doc.title;
  std::string out = page_head(heading + " — unxref");
  out += "<nav><a href=\"../report.html\">Overview</a></nav>\n<h1>" + escape(heading) + "</h1>\n";
  out += "<table class=\"meta\">\n";
  row(out, "Id", doc.id);
  row(out, "Symbol", doc.symbol);
  row(out, "Date", doc.date);
  row(out, "Year", doc.year ? std::to_string(doc.year) : "");
  row(out, "Kind", doc.kind);
  row(out, "File", doc.path);
  row(out, "Pages", doc.pages ? std::to_string(doc.pages) : "");
  row(out, "Mentions", std::to_string(mentions.size()));
  for (const std::string& n : doc.notes) row(out, "Note", n);
  out += "</table>\n";

  // First mention of each target, for the link into the text.
  std::map<std::string, std::size_t> first_mention;
  for (std::size_t i = 0; i < mentions.size(); ++i) first_mention.emplace(mentions[i].target, i);

  const auto self = ctx.graph.find(doc.id);
  const std::vector<CitedTarget> cited = self ? underpins(ctx.graph, doc.id) : std::vector<CitedTarget>{};
  out += "<h2 id=\"cites\">What it cites (" + std::to_string(cited.size()) + ")</h2>\n";
  if (cited.empty()) {
    out += "<p>No citation was found in this document.</p>\n";
  } else {
    const std::map<std::string, std::string> how = how_cited(mentions);
    out += "<table class=\"list\"><tr><th>Target</th><th>Kind</th><th>Mentions</th><th>How</th><th>Pages</th>"
           "<th>Pinpoints</th><th>Snippet</th></tr>\n";
    for (const CitedTarget& c : cited) {
      const auto h = how.find(c.id);
      const auto v = ctx.graph.find(c.id);
      const std::string name = v ? ctx.name_of(*v) : c.label;
      out += "<tr><td>" + link(ctx, c.id, c.id) + (name != c.id ? "<br><span class=\"sub\">" + escape(name) + "</span>" : "") +
             "</td><td>" + escape(c.kind) + "</td><td class=\"num\">" + std::to_string(c.mentions) + "</td><td>" +
             escape(h == how.end() ? "" : h->second) + "</td><td>" + escape(page_list(c.pages)) + "</td><td>" + escape(joined(c.pinpoints)) + "</td><td>" +
             escape(c.context);
      if (auto it = first_mention.find(c.id); it != first_mention.end())
        out += " <a class=\"jump\" href=\"#m" + std::to_string(it->second) + "\">in the text</a>";
      out += "</td></tr>\n";
    }
    out += "</table>\n";
  }

  if (self) {
    const std::vector<Citer> by = citers(ctx.graph, doc.id);
    if (!by.empty()) {
      out += "<h2 id=\"cited-by\">Cited by (" + std::to_string(by.size()) + ")</h2>\n<table class=\"list\">"
             "<tr><th>Document</th><th>Year</th><th>Mentions</th><th>Pages</th><th>Snippet</th></tr>\n";
      for (const Citer& c : by)
        out += "<tr><td>" + link(ctx, c.id, c.title.empty() ? c.id : c.title) + "</td><td>" +
               (c.year ? std::to_string(c.year) : "") + "</td><td class=\"num\">" + std::to_string(c.mentions) +
               "</td><td>" + escape(page_list(c.pages)) + "</td><td>" + escape(c.context) + "</td></tr>\n";
      out += "</table>\n";
    }
    std::vector<Foundation> rests;
    for (Foundation& f : foundations(ctx.graph, doc.id))
      if (f.distance > 1) rests.push_back(std::move(f));
    if (!rests.empty()) {
      out += "<h2 id=\"rests-on\">What it rests on through the graph (" + std::to_string(rests.size()) +
             ")</h2>\n<p class=\"sub\">Targets reached through the documents and instruments it cites; hops "
             "from this document.</p>\n<table class=\"list\"><tr><th>Target</th><th>Kind</th><th>Hops</th></tr>\n";
      for (const Foundation& f : rests)
        out += "<tr><td>" + link(ctx, f.id, f.label.empty() ? f.id : f.id + " — " + f.label) + "</td><td>" +
               escape(f.kind) + "</td><td class=\"num\">" + std::to_string(f.distance) + "</td></tr>\n";
      out += "</table>\n";
    }
  }

  out += "<h2 id=\"text\">Text</h2>\n<p class=\"sub\">Every detected citation is highlighted and links to its "
         "target's page; unresolved short forms are marked in grey.</p>\n<div class=\"text\">\n";
  out += highlighted_text(ctx, text, mentions);
  out += "</div>\n";
  return out + page_foot();
}

}  // namespace unxref::report
