// Recognises the UN masthead in the first lines of a document: the logo text
// "United Nations", the organ, the symbol, "Distr.: General", the date,
// "Original: English" and the sponsors' "...: draft resolution" line.
#include "unxref/extract/masthead.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "extract/masthead_lines.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref {
namespace masthead {
namespace {

// How far down a masthead may start and how long the sponsors' list may run.
constexpr std::size_t kMaxHeaderLines = 40;
constexpr std::size_t kMaxLeadingJunk = 3;
constexpr std::size_t kMaxSponsorLines = 40;
// Lines (agenda title, subtitle) a sponsors' paragraph may follow.
constexpr std::size_t kMaxSponsorOffset = 6;
// Lines an organ's name may wrap over beside the right-hand fields.
constexpr std::size_t kMaxWrappedOrganLines = 3;

enum class Cue { logo, organ, symbol, distribution, date, language, session };

constexpr std::array<std::string_view, 8> kOrgans = {
    "Security Council",          "General Assembly",  "Economic and Social Council",
    "Trusteeship Council",       "Human Rights Council", "International Court of Justice",
    "Secretariat",               "Conference on Disarmament"};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string join(const std::vector<std::string_view>& ws, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += ws[i];
  }
  return out;
}

// Whether ws[at..] starts with the words of `phrase` (case-insensitive).
std::size_t phrase_at(const std::vector<std::string_view>& ws, std::size_t at, std::string_view phrase) {
  const std::vector<std::string_view> ps = words_of(phrase);
  if (at + ps.size() > ws.size()) return 0;
  for (std::size_t k = 0; k < ps.size(); ++k) {
    if (!iequals(ws[at + k], ps[k])) return 0;
  }
  return ps.size();
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_un_language(std::string_view w) {
  for (std::string_view l : {"arabic", "chinese", "english", "french", "russian", "spanish"}) {
    if (iequals(w, l)) return true;
  }
  return false;
}

// "5", "July2013" -> "5 July 2013", or "".
std::string glued_date(const std::vector<std::string_view>& ws, std::size_t i) {
  if (i + 2 > ws.size() || ws[i + 1].size() < 7) return {};
  const std::string_view w = ws[i + 1];
  const std::string d = std::string(ws[i]) + " " + std::string(w.substr(0, w.size() - 4)) + " " + std::string(w.substr(w.size() - 4));
  return is_masthead_date(d) ? d : std::string();
}

struct LineReading {
  std::set<Cue> cues;
  std::string symbol, date, language;
};

bool is_symbol_token(std::string_view t) {
  while (t.ends_with("*")) t.remove_suffix(1);  // "S/2019/179*": a reissue note mark
  return t.find('/') != std::string_view::npos && match_un_symbol(t) == t.size() &&
         canonical_un_symbol(t).has_value();
}

// Reads one line as a sequence of masthead fields; nullopt as soon as a word
// is not part of one, so that body text never passes.
std::optional<LineReading> read_line(std::string_view line) {
  const std::vector<std::string_view> ws = words_of(line);
  LineReading r;
  // "Seventy-third session", "Resumed fifth session"; "Agenda item 74 (b)",
  // "Item 3 of the provisional agenda": whole lines.
  if (!ws.empty() && ws.size() <= 4 && iequals(ws.back(), "session") &&
      std::isupper(static_cast<unsigned char>(ws[0][0]))) {
    r.cues.insert(Cue::session);
    return r;
  }
  if (ws.size() >= 2 && ((iequals(ws[0], "Agenda") && lower(ws[1]).starts_with("item")) ||
                         (iequals(ws[0], "Item") && lower(line).find("agenda") != std::string::npos))) {
    r.cues.insert(Cue::session);
    return r;
  }
  std::size_t i = 0;
  while (i < ws.size()) {
    if (std::all_of(ws[i].begin(), ws[i].end(), [](char c) { return c == '*'; })) {
      ++i;  // a note mark beside the symbol
      continue;
    }
    if (std::size_t n = phrase_at(ws, i, "United Nations")) {
      r.cues.insert(Cue::logo);
      i += n;
      continue;
    }
    bool organ = false;
    for (std::string_view o : kOrgans) {
      if (std::size_t n = phrase_at(ws, i, o)) {
        r.cues.insert(Cue::organ);
        i += n;
        organ = true;
        break;
      }
    }
    if (organ) continue;
    // "Distr.: General", "Distr. : Limited", "Distr.:General"
    if (ws[i].starts_with("Distr.") || ws[i].starts_with("Distr:")) {
      r.cues.insert(Cue::distribution);
      const bool has_colon = ws[i].find(':') != std::string_view::npos;
      const bool glued = has_colon && !ws[i].ends_with(":");
      ++i;
      if (!has_colon && i < ws.size() && ws[i] == ":") ++i;
      if (!glued && i < ws.size() && !is_masthead_date(join(ws, i, std::min(ws.size(), i + 3)))) ++i;
      continue;
    }
    // "Original: English", "Original : English"
    if (ws[i] == "Original:" || (ws[i] == "Original" && i + 1 < ws.size() && ws[i + 1] == ":")) {
      i += ws[i] == "Original:" ? 1 : 2;
      if (i < ws.size()) {
        r.cues.insert(Cue::language);
        r.language = std::string(ws[i]);
        ++i;
      }
      continue;
    }
    if (i + 1 < ws.size() && iequals(ws[i + 1], "only") && std::isupper(static_cast<unsigned char>(ws[i][0]))) {
      r.cues.insert(Cue::language);  // "English only"
      if (r.language.empty()) r.language = std::string(ws[i]);
      i += 2;
      continue;
    }
    // The language of this edition on a line of its own ("English",
    // "ENGLISH"), above "Original: ...".
    if (ws.size() == 1 && is_un_language(ws[0])) {
      r.cues.insert(Cue::language);
      ++i;
      continue;
    }
    // 2008-2009 layout: the distribution class on its own, under "Distr."
    // or beside the organ ("General Assembly      GENERAL").
    if (ws[i] == "GENERAL" || ws[i] == "LIMITED" || ws[i] == "RESTRICTED") {
      r.cues.insert(Cue::distribution);
      ++i;
      continue;
    }
    // "5 July2013": the space between month and year lost in the PDF.
    if (std::string d = glued_date(ws, i); !d.empty()) {
      r.cues.insert(Cue::date);
      r.date = std::move(d);
      i += 2;
      continue;
    }
    if (i + 3 <= ws.size() && is_masthead_date(join(ws, i, i + 3))) {
      r.cues.insert(Cue::date);
      r.date = join(ws, i, i + 3);
      i += 3;
      continue;
    }
    // "S/RES/2331 (2016)" spans two words.
    if (i + 2 <= ws.size() && ws[i + 1].starts_with("(") && is_symbol_token(join(ws, i, i + 2))) {
      r.cues.insert(Cue::symbol);
      r.symbol = join(ws, i, i + 2);
      i += 2;
      continue;
    }
    if (is_symbol_token(ws[i])) {
      r.cues.insert(Cue::symbol);
      std::string_view sym = ws[i];
      while (sym.ends_with("*")) sym.remove_suffix(1);
      r.symbol = std::string(sym);
      ++i;
      continue;
    }
    return std::nullopt;
  }
  return r;
}

// Fields printed side by side on one line, apart by a gap wider than a word
// space: two or more spaces in the line's text.
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    std::size_t j = i;
    while (j < line.size() &&
           !(std::isspace(static_cast<unsigned char>(line[j])) && j + 1 < line.size() &&
             std::isspace(static_cast<unsigned char>(line[j + 1]))))
      ++j;
    std::string_view f = line.substr(i, j - i);
    while (!f.empty() && std::isspace(static_cast<unsigned char>(f.back()))) f.remove_suffix(1);
    if (!f.empty()) out.push_back(f);
    i = j;
  }
  return out;
}

bool has_specific_cue(const std::set<Cue>& cues) {
  return cues.count(Cue::symbol) || cues.count(Cue::distribution) || cues.count(Cue::date) ||
         cues.count(Cue::language);
}

// Subsidiary bodies wrap a long organ name ("Conference of the Parties to
// the United Nations Convention ...") on the left while the date and
// language stand on the same baselines at the right: the right-hand fields
// are read, the organ's words are let through. Only a right-hand field
// specific to mastheads vouches for the line, so that body text with a
// figure set apart does not pass.
std::optional<LineReading> read_beside_organ(std::string_view line) {
  const std::vector<std::string_view> fields = fields_of(line);
  if (fields.size() < 2) return std::nullopt;
  LineReading r;
  std::size_t k = fields.size();
  while (k > 1) {
    std::optional<LineReading> f = read_line(fields[k - 1]);
    if (!f || f->cues.empty()) break;
    r.cues.insert(f->cues.begin(), f->cues.end());
    if (r.symbol.empty()) r.symbol = f->symbol;
    if (r.date.empty()) r.date = f->date;
    if (r.language.empty()) r.language = f->language;
    --k;
  }
  if (k == fields.size() || !has_specific_cue(r.cues)) return std::nullopt;
  return r;
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

// Position of ": draft resolution" (or decision, "revised draft ...") at the
// end of a sponsors' paragraph, or npos.
std::size_t draft_colon(std::string_view text) {
  const std::string l = lower(text);
  for (std::string_view kind : {"draft resolution", "draft decision", "draft presidential statement"}) {
    const std::size_t at = l.rfind(kind);
    if (at == std::string::npos) continue;
    std::string_view rest = std::string_view(l).substr(at + kind.size());
    if (!blank(rest) && rest != "." && rest != "*") continue;
    std::size_t colon = l.rfind(':', at);
    if (colon == std::string::npos) continue;
    const std::vector<std::string_view> between = words_of(std::string_view(l).substr(colon + 1, at - colon - 1));
    if (between.empty() || (between.size() == 1 && between[0] == "revised")) return colon;
  }
  return std::string::npos;
}

std::string join_lines(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    const std::vector<std::string_view> ws = words_of(lines[i]);
    for (std::string_view w : ws) {
      if (!out.empty() && out.back() != '-') out += ' ';
      out += w;
    }
  }
  return out;
}

}  // namespace

Parsed parse(const std::vector<std::string>& first_lines) {
  Parsed p;
  Masthead& m = p.masthead;
  std::set<Cue> seen;
  std::vector<std::size_t> header;
  std::size_t i = 0;
  std::size_t junk = 0;
  // Lines of a wrapped organ name with nothing beside them: masthead only if
  // the organ column goes on (a later line has fields beside the organ) or
  // they follow such a line up to the blank that ends the column.
  std::vector<std::size_t> wrapped;
  bool after_beside = false;
  auto keep_wrapped = [&] {
    header.insert(header.end(), wrapped.begin(), wrapped.end());
    wrapped.clear();
  };
  for (; i < first_lines.size() && i < kMaxHeaderLines; ++i) {
    if (blank(first_lines[i])) {
      if (!wrapped.empty() && !after_beside) break;
      keep_wrapped();
      after_beside = false;  // the organ column ends at a blank
      continue;
    }
    std::optional<LineReading> r = read_line(first_lines[i]);
    bool beside = false;
    if (!r || r->cues.empty()) {
      r = read_beside_organ(first_lines[i]);
      beside = r.has_value();
    }
    if (!r || r->cues.empty()) {
      if (is_job_number_line(first_lines[i])) {
        header.push_back(i);
        continue;
      }
      if (seen.empty() && ++junk <= kMaxLeadingJunk) continue;
      if (!seen.empty() && wrapped.size() < kMaxWrappedOrganLines) {
        wrapped.push_back(i);
        continue;
      }
      break;
    }
    if (!wrapped.empty() && !beside && !after_beside) break;
    keep_wrapped();
    after_beside = beside;
    header.push_back(i);
    seen.insert(r->cues.begin(), r->cues.end());
    if (m.symbol.empty()) m.symbol = r->symbol;
    if (m.date.empty()) m.date = r->date;
    if (m.language.empty()) m.language = r->language;
  }
  if (!wrapped.empty()) i = wrapped.front();  // not masthead: the body starts there
  // A lone symbol or a line that merely says "General Assembly" is not a
  // masthead: ask for two kinds of field, one of them specific to mastheads.
  const bool specific = seen.count(Cue::symbol) || seen.count(Cue::distribution) || seen.count(Cue::language);
  if (seen.size() < 2 || !specific) return Parsed{};
  m.lines = header;

  // The sponsors' paragraph: right after the header block, or after an
  // agenda title of a few lines.
  std::size_t offsets = 0;
  bool found = false;
  for (std::size_t start = i; start < first_lines.size() && offsets < kMaxSponsorOffset && !found; ++start) {
    if (blank(first_lines[start])) continue;
    ++offsets;
    for (std::size_t end = start; end < first_lines.size() && end < start + kMaxSponsorLines; ++end) {
      if (blank(first_lines[end])) break;
      const std::string text = join_lines(first_lines, start, end + 1);
      const std::size_t colon = draft_colon(text);
      if (colon == std::string::npos) continue;
      m.sponsors = split_sponsors(std::string_view(text).substr(0, colon));
      p.sponsor_title = text;
      for (std::size_t k = start; k <= end; ++k) m.lines.push_back(k);
      found = true;
      break;
    }
  }
  // Print-shop lines further down the first page.
  for (std::size_t k = i; k < first_lines.size(); ++k) {
    if (is_job_number_line(first_lines[k]) &&
        std::find(m.lines.begin(), m.lines.end(), k) == m.lines.end())
      m.lines.push_back(k);
  }
  std::sort(m.lines.begin(), m.lines.end());
  return p;
}

}  // namespace masthead

Masthead parse_masthead(const std::vector<std::string>& first_lines) {
  return masthead::parse(first_lines).masthead;
}

}  // namespace unxref
