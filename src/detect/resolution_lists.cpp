// Lists of resolution numbers: "resolutions 2331 (2016) and 2388 (2017)",
// "51/45 B of 10 December 1996, 52/38 N of 9 December 1997, ...",
// "26/23 of 27 June 2014,16 27/16 of 25 September 2014,17 ..." (footnote
// markers between items), "74/306 of 11 September 2020, entitled “...”,
// 74/307 ...", "71/205 on X and 72/190 on Y"; and the Chinese lists that end
// at the cue ("2008年12月19日第63/206号、2009年12月21日第64/191号决议").
#include <optional>

#include "detect/resolution_grammar.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t kTitleReach = 400;  // longest quoted title skipped between items
// Longest "on <subject>" between items, in characters: Arabic and Cyrillic
// letters take two bytes each, and their relative clauses are as long.
constexpr std::size_t kTopicReach = 200;
constexpr std::size_t kChineseReach = 3000;

bool same_family(const ResolutionNumber& last, const ResolutionNumber& next) {
  using Form = ResolutionNumber::Form;
  if (next.form == Form::bare) return false;
  if (last.form == Form::year_number) return next.form == Form::year_number;
  return next.form != Form::year_number;
}

// "2204 (2015) 2216 (2015)": a comma dropped between two dated numbers,
// told from "2216 (2015) 15 (2019) members" by the numbering, which grows
// with the years.
bool continues_numbering(const ListItem& last, const ResolutionNumber& next) {
  if (next.form == ResolutionNumber::Form::year_number)
    return last.number.form == ResolutionNumber::Form::year_number && next.first > last.number.first &&
           next.year >= last.number.year;
  // "69/43 от 2 декабря 2014 года 70/56 от ...": after a full date, the next
  // session/number of a chronological list.
  return next.form == ResolutionNumber::Form::session_number && last.number.form == next.form &&
         !last.date.empty() && next.first >= last.number.first;
}

bool is_dated(const ListItem& it) { return it.number.form == ResolutionNumber::Form::year_number; }

}  // namespace

// ", entitled “Title”", " intitulée « Titre »": where the title ends, or p.
std::size_t ResolutionGrammar::skip_title(std::string_view s, std::size_t p) const {
  std::size_t q = skip_one_space(s, p);
  // "74/274 «Международное сотрудничество...» от 20 апреля 2020 года": a
  // title in guillemets right after the number needs no "entitled".
  const bool guillemet = s.compare(q, 2, "\xC2\xAB") == 0;
  if (q < s.size() && s[q] == ',') q = skip_one_space(s, q + 1);
  if (s.compare(q, 2, "\xD8\x8C") == 0) q = skip_one_space(s, q + 2);  // Arabic comma
  std::size_t len = 0;
  if (!guillemet) {
    if (match_any(s, q, lex_.title_leads, &len) < 0) return p;
    q = skip_one_space(s, q + len);
  }
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}, {"\"", "\""}, {"\xE2\x80\x9E", "\xE2\x80\x9C"},
      // Arabic texts open with ” and close with “.
      {"\xE2\x80\x9D", "\xE2\x80\x9C"}};
  for (const auto& [open, close] : kQuotes) {
    if (s.compare(q, open.size(), open) != 0) continue;
    const std::size_t end = s.substr(0, std::min(s.size(), q + kTitleReach)).find(close, q + open.size());
    return end == std::string_view::npos ? p : end + close.size();
  }
  return p;
}

// A footnote marker: "2015(18)" in Arabic texts, or digits glued to the
// year before ("201727"). Returns where it ends, or p.
std::size_t ResolutionGrammar::skip_marker(std::string_view s, std::size_t p) const {
  if (p < s.size() && s[p] == '(') {
    std::size_t d = 0;
    while (p + 1 + d < s.size() && ascii_digit(s[p + 1 + d]) && d < 4) ++d;
    if (d >= 1 && d <= 3 && p + 1 + d < s.size() && s[p + 1 + d] == ')') return p + 2 + d;
    return p;
  }
  // Digits glued to the word before: "201727", "года3", "expression,16".
  if (p > 0 && s[p - 1] != ' ' && p < s.size() && ascii_digit(s[p])) {
    std::size_t d = 0;
    while (p + d < s.size() && ascii_digit(s[p + d])) ++d;
    if (d >= 1 && d <= 3 && !letter_at(s, p + d)) return p + d;
  }
  return p;
}

// What follows a number: its date, pinpoint, title and footnote marker, in
// the order texts write them. Returns the end.
std::size_t ResolutionGrammar::item_tail(const NormalizedText& t, ListItem& it) const {
  const std::string_view s = t.text;
  std::size_t q = it.number.end;
  for (int round = 0; round < 4; ++round) {
    const std::size_t before = q;
    if (it.date.empty()) q = parse_date(t, q, &it.date);
    q = skip_marker(s, q);
    if (it.pinpoint.empty()) {
      std::size_t pinned = parse_pinpoint(t, q, &it.pinpoint);
      if (pinned == q) pinned = parse_pinpoint_after_title(t, q, &it.pinpoint);
      q = pinned;
    } else {
      // "52/214, sect. C, para. 3": a finer pinpoint after the first.
      std::string finer;
      if (const std::size_t pinned = parse_pinpoint(t, q, &finer); pinned > q) {
        it.pinpoint += ", " + finer;
        q = pinned;
      }
    }
    q = skip_title(s, q);
    if (q == before) break;
  }
  return q;
}

// "71/205 on the rights of ..., 72/190 ...": after a subject, the list goes
// on at the next separator that a number of the same kind follows; never
// past a full stop, a semicolon, another cue or an organ. Returns where
// that number starts, or npos.
std::size_t ResolutionGrammar::next_after_topic(const NormalizedText& t, std::size_t p, const ListItem& last) const {
  const std::string_view s = t.text;
  std::size_t len = 0;
  if (match_any(s, p, lex_.topics, &len) < 0) return std::string_view::npos;
  std::size_t chars = 0;
  for (std::size_t q = p + len; q < s.size(); ++q) {
    const char c = s[q];
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > kTopicReach) break;
    if (c == ';' || (c == '.' && (q + 1 == s.size() || s[q + 1] == ' '))) break;
    if (q > 0 && s[q - 1] != ' ' && c != ',') continue;
    if (cue_at(s, q, false)) break;
    // An organ that opens a citation of its own ends the list; one named in
    // the subject ("by which it established the Human Rights Council") does not.
    if (organ_at(s, q, &len) >= 0 && names_a_citation(s, q + len)) break;
    const int sep = match_any(s, q, lex_.separators, &len);
    if (sep < 0) continue;
    std::size_t v = skip_one_space(s, q + len);
    const std::size_t marked = skip_marker(s, v);
    if (marked > v) v = skip_one_space(s, marked);
    auto next = parse_resolution_number(t, lex_, v);
    if (next && same_family(last.number, *next)) return v;
    if (next) break;
  }
  return std::string_view::npos;
}

std::vector<ListItem> ResolutionGrammar::parse_list(const NormalizedText& t, std::size_t p) const {
  const std::string_view s = t.text;
  std::vector<ListItem> items;
  bool after_comma = false;
  for (int guard = 0; guard < 64; ++guard) {
    // "2016,23 S-25/1": a footnote marker after the separator.
    if (!items.empty()) {
      std::size_t d = 0;
      while (p + d < s.size() && ascii_digit(s[p + d]) && d < 4) ++d;
      if (d >= 1 && d <= 3 && p + d < s.size() && s[p + d] == ' ') {
        auto behind = parse_resolution_number(t, lex_, p + d + 1);
        if (behind && same_family(items.back().number, *behind)) p = p + d + 1;
      }
    }
    std::optional<ResolutionNumber> n = parse_resolution_number(t, lex_, p, !items.empty());
    // After a comma a bare number is as likely an operative paragraph or a
    // footnote ("435 (1978), 1. Condemns"): only one the list goes on from counts.
    if (n && n->form == ResolutionNumber::Form::bare && after_comma &&
        match_any(s, skip_one_space(s, n->end), lex_.separators, nullptr) < 0)
      break;
    if (!n && !items.empty() && !items.back().number.part.empty()) {
      // "57/270 A and B": another part of the same resolution.
      if (PartLetter part = parse_part_letter(t, lex_, p); !part.letters.empty()) {
        n = items.back().number;
        n->part = std::move(part.letters);
        n->start = p;
        n->end = part.end;
      }
    }
    if (!n) break;
    ListItem it;
    it.number = *n;
    std::size_t q = it.number.end;
    it.tail_end = item_tail(t, it);
    q = it.tail_end;
    items.push_back(std::move(it));
    // A separator, then the next number; stop (keeping the separator out) otherwise.
    std::size_t r = skip_one_space(s, q);
    std::size_t len = 0;
    // "51/211 A to E": the range's ends (the letters between are not written).
    if (!items.back().number.part.empty() && match_any(s, r, lex_.ranges, &len) >= 0) {
      const std::size_t v = skip_one_space(s, r + len);
      if (!parse_part_letter(t, lex_, v).letters.empty()) {
        p = v;
        continue;
      }
    }
    // Arabic glues "and" to the next letter's name: "ألف وباء" is "A and B".
    static constexpr std::string_view kWaw = "\xD9\x88";
    if (!items.back().number.part.empty() && s.compare(r, kWaw.size(), kWaw) == 0 &&
        !parse_part_letter(t, lex_, r + kWaw.size()).letters.empty()) {
      p = r + kWaw.size();
      continue;
    }
    int sep = match_any(s, r, lex_.separators, &len);
    // "2016(23) ودإ-25/1": Arabic glues "and" to the next number too.
    const auto glued_waw = [&](std::size_t at) {
      return s.compare(at, kWaw.size(), kWaw) == 0 && parse_resolution_number(t, lex_, at + kWaw.size()).has_value();
    };
    if (sep < 0 && glued_waw(r)) {
      p = r + kWaw.size();
      continue;
    }
    if (sep < 0) {
      // "2204 (2015) 2216 (2015)": a dropped comma between two dated
      // numbers; "432 (1978). 435 (1978)": a comma read as a full stop.
      std::size_t after = r;
      if (after < s.size() && s[after] == '.' && is_dated(items.back())) after = skip_one_space(s, after + 1);
      auto next = parse_resolution_number(t, lex_, after);
      if (after > q && next && continues_numbering(items.back(), *next)) {
        after_comma = true;
        p = after;
        continue;
      }
      if (const std::size_t v = next_after_topic(t, r, items.back()); v != std::string_view::npos) {
        after_comma = false;
        p = v;
        continue;
      }
      if (after == r || (sep = match_any(s, after, lex_.separators, &len)) < 0) break;
      // "532 (1983). and 566 (1985)": the list goes on after the stray stop.
      const std::size_t v = skip_one_space(s, after + len);
      auto then = parse_resolution_number(t, lex_, v);
      if (!then || !continues_numbering(items.back(), *then)) break;
      r = after;
    }
    after_comma = false;
    // ", and in particular, 1447 (2002)": separators may follow each other.
    for (int chained = 0; sep >= 0 && chained < 4; ++chained) {
      after_comma = after_comma || !conjunction(lex_.separators[static_cast<std::size_t>(sep)]);
      r = skip_one_space(s, r + len);
      sep = match_any(s, r, lex_.separators, &len);
    }
    if (glued_waw(r)) r += kWaw.size();
    // ", by which it established the Council, and 65/281": a clause after the separator.
    if (!parse_resolution_number(t, lex_, r) && parse_part_letter(t, lex_, r).letters.empty()) {
      if (const std::size_t v = next_after_topic(t, r, items.back()); v != std::string_view::npos) r = v;
    }
    p = r;
  }
  return items;
}

// Whether a list-introducing separator ("in particular", "including")
// ends right before `q`, past spaces and commas.
bool ResolutionGrammar::introduced(std::string_view s, std::size_t q) const {
  while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == ',')) --q;
  for (const Phrase& sep : lex_.separators) {
    const std::string& w = sep.text;
    if (conjunction(sep) || w.size() < 4 || w.size() > q) continue;
    if (s.compare(q - w.size(), w.size(), w) == 0 && !letter_before(s, q - w.size())) return true;
  }
  return false;
}

// Words before the list are looked for only with a number with its year,
// introduced by a word such as "in particular" or "including", in the same
// clause and before any other number ("resolutions adopted: 61 (2017)",
// "Agenda 21 (1992)" are no lists).
std::size_t ResolutionGrammar::first_dated_number_after(const NormalizedText& t, std::size_t p) const {
  const std::string_view s = t.text;
  constexpr std::size_t kReach = 48;
  for (std::size_t q = p; q < s.size() && q < p + kReach; ++q) {
    if (s[q] == '.' || s[q] == ';' || s[q] == '(' || s[q] == ')') break;
    // Another cue ahead ("resolutions, including resolutions 242 (1967)")
    // reads the list itself, with the right span.
    if ((q == p || s[q - 1] == ' ') && cue_at(s, q, false)) return std::string_view::npos;
    if (!ascii_digit(s[q])) continue;
    if (q > 0 && s[q - 1] != ' ') break;
    auto n = parse_resolution_number(t, lex_, q);
    if (!n || n->form != ResolutionNumber::Form::year_number || !introduced(s, q)) return std::string_view::npos;
    return q;
  }
  return std::string_view::npos;
}

std::size_t ResolutionGrammar::previous_list_end(std::string_view s, std::size_t list_start) const {
  static constexpr std::string_view kOf = "\xE7\x9A\x84";                 // 的
  static constexpr std::string_view kAbout = "\xE5\x85\xB3\xE4\xBA\x8E";  // 关于
  static constexpr std::string_view kEnumeration = "\xE3\x80\x81";        // 、
  static constexpr std::string_view kFullStop = "\xE3\x80\x82";           // 。
  static constexpr std::string_view kCue = "\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE";  // 号决议
  constexpr std::size_t kTopicBytes = 3 * 40;
  const auto ends_with = [&](std::size_t p, std::string_view w) { return p >= w.size() && s.compare(p - w.size(), w.size(), w) == 0; };
  std::size_t p = list_start;
  while (p > 0 && s[p - 1] == ' ') --p;
  if (ends_with(p, kOf)) {  // the subject of this list: "关于记者安全的"
    std::size_t q = p - kOf.size();
    const std::size_t floor = q > kTopicBytes ? q - kTopicBytes : 0;
    while (q > floor && !ends_with(q, kAbout)) {
      if (s[q - 1] == ',' || s[q - 1] == ';' || ends_with(q, kFullStop)) return std::string_view::npos;
      --q;
    }
    if (!ends_with(q, kAbout)) return std::string_view::npos;
    p = q - kAbout.size();
  }
  while (p > 0 && (s[p - 1] == ' ' || ascii_digit(s[p - 1]))) --p;  // a footnote number
  if (p > 0 && s[p - 1] == ',') --p;
  else if (ends_with(p, kEnumeration)) p -= kEnumeration.size();
  else return std::string_view::npos;
  while (p > 0 && s[p - 1] == ' ') --p;
  return ends_with(p, kCue) ? p : std::string_view::npos;
}

std::vector<ListItem> ResolutionGrammar::parse_list_before(const NormalizedText& t, std::size_t cue,
                                                           std::size_t* start) const {
  const std::string_view s = t.text;
  static constexpr std::string_view kOrdinal = "\xE7\xAC\xAC";  // 第
  static constexpr std::string_view kHao = "\xE5\x8F\xB7";      // 号
  static constexpr std::string_view kJoins[] = {"\xE3\x80\x81", "\xE4\xBB\xA5\xE5\x8F\x8A", "\xE5\x92\x8C",
                                                "\xE5\x8F\x8A", "\xE4\xB8\x8E", "\xE5\xB9\xB6"};  // 、 以及 和 及 与 并
  // The clause the list lives in: back to a comma, full stop, colon or
  // semicolon, or the cue of the list before ("...号决议第62/1号决议").
  static constexpr std::string_view kResolutionCue = "\xE5\x86\xB3\xE8\xAE\xAE";  // 决议
  std::size_t floor = cue > kChineseReach ? cue - kChineseReach : 0;
  // "1296(2000)，2370(2017)": a comma typed for 、 between two items.
  const auto comma_between_items = [&](std::size_t comma) {
    return s[comma] == ',' && comma > 0 && comma + 1 < s.size() && ascii_digit(s[comma + 1]) &&
           (s[comma - 1] == ')' || ascii_digit(s[comma - 1]));
  };
  for (std::size_t q = cue; q > floor; --q) {
    const char c = s[q - 1];
    if (comma_between_items(q - 1)) continue;
    if (c == ',' || c == ';' || c == ':' || (q >= 3 && s.compare(q - 3, 3, "\xE3\x80\x82") == 0) ||
        (q >= kResolutionCue.size() && s.compare(q - kResolutionCue.size(), kResolutionCue.size(), kResolutionCue) == 0)) {
      floor = q;
      break;
    }
  }
  // Each item: [date] [第] number [part], then 号 and a joining word, or the cue.
  const auto digits_then = [&](std::size_t e) {
    std::size_t d = 0;
    while (e + d < s.size() && ascii_digit(s[e + d]) && d < 4) ++d;
    return d >= 1 && d <= 3 ? d : std::size_t{0};
  };
  const auto joined_at = [&](std::size_t e) -> std::size_t {
    if (e < s.size() && comma_between_items(e)) return 1;
    for (std::string_view j : kJoins)
      if (s.compare(e, j.size(), j) == 0) return j.size();
    return 0;
  };
  // "、其2006年…", "和关于《公约》执行情况的2015年…", "、题为“…”的2012年…":
  // the next item's possessive, subject or title, skipped when a date or
  // number follows the subject's 的 in the same clause.
  const auto subject_skipped = [&](std::size_t e) {
    static constexpr std::string_view kAbout = "\xE5\x85\xB3\xE4\xBA\x8E";  // 关于
    static constexpr std::string_view kOf = "\xE7\x9A\x84";                  // 的
    static constexpr std::size_t kSubjectReach = 150;                       // bytes: 50 characters
    std::size_t len = 0;
    if (match_any(s, e, lex_.possessives, &len) >= 0) e += len;
    std::size_t p = e;
    if (s.compare(p, kAbout.size(), kAbout) == 0) {
      p += kAbout.size();
    } else if (const std::size_t titled = skip_title(s, p); titled > p) {
      p = titled;
    } else {
      return e;
    }
    // Searched within the reach only: a 关于 with no 的 after it must not
    // cost a scan to the end of the text at every cue.
    const std::string_view window = s.substr(0, std::min(cue, p + kSubjectReach));
    for (std::size_t of = window.find(kOf, p); of != std::string_view::npos; of = window.find(kOf, of + kOf.size())) {
      const std::size_t next = of + kOf.size();
      if (next < s.size() && (ascii_digit(s[next]) || s.compare(next, kOrdinal.size(), kOrdinal) == 0)) return next;
    }
    return e;
  };
  const auto chain = [&](std::size_t from, std::vector<ListItem>& items) {
    std::size_t q = from;
    for (int guard = 0; guard < 128; ++guard) {
      ListItem it;
      std::optional<ResolutionNumber> n;
      // "第57/284 A和B号": another part of the number before.
      if (!items.empty() && !items.back().number.part.empty()) {
        if (PartLetter part = parse_part_letter(t, lex_, q); !part.letters.empty()) {
          n = items.back().number;
          n->part = std::move(part.letters);
          n->start = q;
          n->end = part.end;
        }
      }
      if (!n) {
        q = skip_one_space(s, chinese_date_at(t, q, &it.date));
        if (s.compare(q, kOrdinal.size(), kOrdinal) == 0) q = skip_one_space(s, q + kOrdinal.size());
        n = parse_resolution_number(t, lex_, q);
      }
      if (!n) return false;
      it.number = *n;
      std::size_t e = skip_one_space(s, n->end);
      // "第75/254 A至C号": a range of parts, its ends.
      std::size_t len = 0;
      if (!it.number.part.empty() && match_any(s, e, lex_.ranges, &len) >= 0) {
        if (PartLetter last = parse_part_letter(t, lex_, e + len); !last.letters.empty()) {
          items.push_back(it);
          it.number.part = std::move(last.letters);
          it.number.start = e + len;
          it.number.end = last.end;
          e = skip_one_space(s, last.end);
        }
      }
      it.tail_end = it.number.end;
      const bool at_cue = e == cue;
      const bool numbered = at_cue || s.compare(e, kHao.size(), kHao) == 0;
      // A bare number is one only where 号 marks it: "第1325号决议".
      if (n->form == ResolutionNumber::Form::bare && !numbered) return false;
      items.push_back(std::move(it));
      if (at_cue) return true;
      if (s.compare(e, kHao.size(), kHao) == 0) {
        e += kHao.size();
        // "第41/7号3 和": a footnote marker after 号.
        if (const std::size_t d = digits_then(e); d && (s[e + d] == ' ' || joined_at(e + d))) e = skip_one_space(s, e + d);
      }
      const std::size_t j = joined_at(e);
      if (j == 0) return false;
      e = skip_one_space(s, e + j);
      // "号、7 2012年6月1日": a footnote marker before the next item.
      if (const std::size_t d = digits_then(e); d && e + d < s.size() && s[e + d] == ' ') e += d + 1;
      q = subject_skipped(e);
    }
    return false;
  };
  for (std::size_t i = floor; i < cue; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const bool item_start = (ascii_digit(s[i]) && (i == 0 || !(ascii_digit(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.'))) ||
                            s.compare(i, kOrdinal.size(), kOrdinal) == 0 || ((b == 's' || b == 'e') && !spaced_letter_before(s, i));
    if (!item_start) continue;
    std::vector<ListItem> items;
    if (chain(i, items)) {
      *start = i;
      return items;
    }
  }
  return {};
}

}  // namespace unxref::detect
