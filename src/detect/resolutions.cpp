// Resolutions cited in prose: "General Assembly resolution 61/180",
// "its resolution 64/293 of 30 July 2010", "resolutions 2331 (2016) and
// 2388 (2017)", "大会第61/180号决议", "قرار الجمعية العامة ٦١/١٨٠".
//
// A cue word ("resolution", "résolution", "резолюци", "号决议", "قرار")
// anchors the parse; the organ comes from the words around it, else from the
// opening of the document, else from the form of the number.
#include <algorithm>
#include <array>
#include <optional>

#include "detect/finder.hpp"
#include "detect/registry_matching.hpp"
#include "detect/resolutions_lexicon.hpp"
#include "detect/resolutions_numbers.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t kOrganWindow = 160;  // bytes before the cue searched for an organ
constexpr std::size_t kOrganAfter = 16;    // "of the ", "de l’" before an organ named after
constexpr std::size_t kOpeningWindow = 600;

std::size_t skip_space(std::string_view s, std::size_t pos) {
  return pos < s.size() && s[pos] == ' ' ? pos + 1 : pos;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

std::size_t utf8_len(unsigned char b) { return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1; }

struct Item {
  ResolutionNumber number;
  std::string date;
  std::string pinpoint;
  std::size_t tail_end = 0;  // after the date and pinpoint that follow the number
};

class ResolutionFinder final : public Finder {
 public:
  explicit ResolutionFinder(const ResolutionLexicon& lex) : lex_(lex) {
    for (std::size_t i = 0; i < lex_.organs.size(); ++i) {
      const std::string& ph = lex_.organs[i].first.text;
      organs_by_byte_[static_cast<unsigned char>(ph[0])].push_back(i);
      if (ph.find('*') != std::string::npos)
        wild_organs_.push_back(i);
      else
        organs_by_last_byte_[static_cast<unsigned char>(ph.back())].push_back(i);
    }
    for (std::size_t i = 0; i < lex_.pinpoints.size(); ++i)
      pinpoints_by_byte_[static_cast<unsigned char>(lex_.pinpoints[i].text[0])].push_back(i);
  }

  std::vector<std::string> cues() const override {
    std::vector<std::string> out;
    for (const auto& c : lex_.cues) out.push_back(c.text);
    return out;
  }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t hit_end,
            std::vector<Candidate>& out) const override {
    if (cue >= lex_.cues.size()) return;
    if (lex_.cues[cue].numbers_before)
      find_numbers_before(text, hit_start, hit_end, out);
    else
      find_numbers_after(text, cue, hit_start, hit_end, out);
  }

 private:
  struct OrganHit {
    Organ organ = Organ::unknown;
    std::size_t start = 0, end = 0;
  };

  // "resolution 61/180", "القرار 61/180", "резолюции 2331 (2016) Совета Безопасности".
  void find_numbers_after(const NormalizedText& t, std::size_t cue, std::size_t hs, std::size_t he,
                          std::vector<Candidate>& out) const {
    const std::string_view s = t.text;
    std::size_t word_start = hs;
    if (letter_before(s, hs)) {
      bool glued = false;
      for (const std::string& p : lex_.prefixes) {
        if (hs >= p.size() && s.compare(hs - p.size(), p.size(), p) == 0 && !letter_before(s, hs - p.size())) {
          word_start = hs - p.size();
          glued = true;
          break;
        }
      }
      if (!glued) return;
    }
    std::size_t p = he;
    for (int n = 0; n < 8 && p < s.size() && letter_at(s, p); ++n) p += utf8_len(static_cast<unsigned char>(s[p]));
    if (letter_at(s, p)) return;
    // "resolutions", "résolutions", "резолюций": an ending after the cue.
    const bool inflected = p > he;
    p = skip_space(s, p);
    OrganHit inner;
    std::size_t len = 0;
    if (int o = organ_at(s, p, &len); o >= 0) {
      inner = {lex_.organs[o].second, p, p + len};
      p = skip_space(s, p + len);
    }
    if (match_any(s, p, lex_.number_signs, &len) >= 0) p = skip_space(s, p + len);
    std::vector<Item> items = parse_list(t, p);
    // Words before the list ("resolutions on Iraq, in particular 1500
    // (2003)") come after a plural only; most cues in prose have no list.
    if (items.empty() && (inflected || lex_.cues[cue].text.ends_with("es")))
      items = parse_list(t, first_dated_number_after(t, p));
    if (items.empty()) return;

    OrganHit adjacent = organ_adjacent_before(s, word_start);
    Organ organ = inner.organ;
    if (organ == Organ::unknown) organ = adjacent.organ;
    if (organ == Organ::unknown) organ = organ_after(s, items.back().tail_end);
    // "the OAS resolution 598", "resolution 598 of the Parliamentary
    // Assembly": a body the lexicon does not know; its numbers are not UN
    // ones, whatever the document cited before.
    const auto is_bare = [](const Item& it) { return it.number.form == ResolutionNumber::Form::bare; };
    if (organ == Organ::unknown && std::any_of(items.begin(), items.end(), is_bare) &&
        other_body_named(t, word_start, items.back().tail_end)) {
      std::erase_if(items, is_bare);
      if (items.empty()) return;
    }
    const std::size_t start = adjacent.organ != Organ::unknown ? adjacent.start : word_start;
    emit(t, items, organ, start, 0, out);
  }

  // "大会第61/180号决议", "安全理事会第2331(2016)号和第2388(2017)号决议".
  void find_numbers_before(const NormalizedText& t, std::size_t hs, std::size_t he,
                           std::vector<Candidate>& out) const {
    const std::string_view s = t.text;
    static constexpr std::string_view kOrdinal = "\xE7\xAC\xAC";  // 第
    // The earliest 第 whose list runs up to the cue: "第2331(2016)号和第2388(2017)号决议".
    const std::size_t from = hs > 160 ? hs - 160 : 0;
    std::size_t di = std::string_view::npos;
    std::vector<Item> items;
    for (std::size_t at = s.find(kOrdinal, from); at != std::string_view::npos && at < hs;
         at = s.find(kOrdinal, at + kOrdinal.size())) {
      items = parse_list(t, skip_space(s, at + kOrdinal.size()));
      if (!items.empty() && skip_space(s, items.back().number.end) == hs) {
        di = at;
        break;
      }
    }
    if (di == std::string_view::npos) return;
    // "大会2005年12月16日第60/147号决议": the date stands between organ and 第.
    std::string date;
    const std::size_t dated = chinese_date_before(t, di, &date);
    if (!date.empty() && items.front().date.empty()) items.front().date = std::move(date);
    std::string pin;
    pin_frame_at(t, he, &pin);
    if (!pin.empty() && items.size() == 1 && items.front().pinpoint.empty()) items.front().pinpoint = std::move(pin);
    OrganHit adjacent = organ_adjacent_before(s, dated);
    const std::size_t start = adjacent.organ != Organ::unknown ? adjacent.start : di;
    emit(t, items, adjacent.organ, start, he, out);
  }

  // "2005年12月16日" ending at `end`; returns where it starts (`end` if none)
  // and the date as written.
  std::size_t chinese_date_before(const NormalizedText& t, std::size_t end, std::string* date) const {
    const std::string_view s = t.text;
    static constexpr std::string_view kYear = "\xE5\xB9\xB4", kMonth = "\xE6\x9C\x88", kDay = "\xE6\x97\xA5";
    std::size_t p = end;
    auto unit = [&](std::string_view mark, std::size_t min_digits, std::size_t max_digits) {
      if (p < mark.size() || s.compare(p - mark.size(), mark.size(), mark) != 0) return false;
      std::size_t q = p - mark.size(), n = 0;
      while (q > 0 && digit(s[q - 1]) && n <= max_digits) --q, ++n;
      if (n < min_digits || n > max_digits) return false;
      p = q;
      return true;
    };
    if (!unit(kDay, 1, 2) || !unit(kMonth, 1, 2) || !unit(kYear, 4, 4)) return end;
    if (p > 0 && digit(s[p - 1])) return end;
    auto [a, b] = t.original_span(p, end);
    *date = std::string(t.original.substr(a, b - a));
    return p;
  }

  // A pinpoint framed around its number at `p` ("第16段"); returns its end.
  std::size_t pin_frame_at(const NormalizedText& t, std::size_t p, std::string* pin) const {
    const std::string_view s = t.text;
    for (const Phrase& frame : lex_.pin_frames) {
      const std::size_t hash = frame.text.find('#');
      const std::string_view before = std::string_view(frame.text).substr(0, hash);
      const std::string_view after = std::string_view(frame.text).substr(hash + 1);
      if (s.compare(p, before.size(), before) != 0) continue;
      std::string value;
      const std::size_t v = p + before.size();
      const std::size_t end = pinpoint_value(t, v, &value, !after.empty());
      if (end == v || s.compare(end, after.size(), after) != 0) continue;
      *pin = frame.value + " " + value;
      return end + after.size();
    }
    return p;
  }

  void emit(const NormalizedText& t, std::vector<Item>& items, Organ organ, std::size_t start,
            std::size_t last_end, std::vector<Candidate>& out) const {
    const std::string_view s = t.text;
    if (organ == Organ::assembly) organ = Organ::ga;
    bool needs_context = organ == Organ::unknown || organ == Organ::council;
    if (needs_context) {
      // Only session/number forms depend on the organ beyond what the form says.
      bool matters = false;
      for (const Item& it : items)
        matters |= it.number.form == ResolutionNumber::Form::session_number ||
                   it.number.form == ResolutionNumber::Form::bare;
      if (matters) {
        Organ near = organ_in_sentence(s, start);
        Organ doc = Organ::unknown;
        if (near == Organ::unknown || near == Organ::council) doc = opening_organ(s);
        if (organ == Organ::council || near == Organ::council) {
          if (doc == Organ::sc || doc == Organ::hrc || doc == Organ::ecosoc) organ = doc;
          else organ = Organ::unknown;
        } else if (near != Organ::unknown) {
          organ = near == Organ::assembly ? Organ::ga : near;
        } else {
          organ = doc;
        }
      }
    }
    std::string before_pin = pinpoint_before(t, start);
    for (std::size_t i = 0; i < items.size(); ++i) {
      Item& it = items[i];
      std::string target = resolution_target(it.number, organ);
      std::string key;
      if (it.number.form == ResolutionNumber::Form::bare) key = bare_number_key(it.number.first, organ);
      if (target.empty() && key.empty()) continue;
      Candidate c;
      // A bare number is a short form of the full mention with the same
      // number; with no organ named it is a citation only if one exists.
      c.short_form = std::move(key);
      c.needs_antecedent = !c.short_form.empty() && organ == Organ::unknown;
      c.start = i == 0 ? start : it.number.start;
      c.end = (i + 1 == items.size() && last_end) ? last_end : it.number.end;
      c.kind = TargetKind::resolution;
      c.target = std::move(target);
      c.date = std::move(it.date);
      c.pinpoint = !it.pinpoint.empty() ? std::move(it.pinpoint) : (items.size() == 1 ? before_pin : std::string());
      c.priority = 5;
      out.push_back(std::move(c));
    }
  }

  // "resolutions on Iraq, in particular 1500 (2003), ...": words between
  // the cue and the list. Only a number with its year, introduced by a word
  // such as "in particular" or "including", is looked for, in the same clause
  // and before any other number ("resolutions adopted: 61 (2017)", "Agenda
  // 21 (1992)" are no lists). npos when there is none.
  std::size_t first_dated_number_after(const NormalizedText& t, std::size_t p) const {
    const std::string_view s = t.text;
    constexpr std::size_t kReach = 48;
    for (std::size_t q = p; q < s.size() && q < p + kReach; ++q) {
      if (s[q] == '.' || s[q] == ';' || s[q] == '(' || s[q] == ')') break;
      // Another cue ahead ("resolutions, including resolutions 242 (1967)")
      // reads the list itself, with the right span.
      if ((q == p || s[q - 1] == ' ') && cue_at(s, q, false)) return std::string_view::npos;
      if (!digit(s[q])) continue;
      if (q > 0 && s[q - 1] != ' ') break;
      auto n = parse_resolution_number(t, q);
      if (!n || n->form != ResolutionNumber::Form::year_number || !introduced(s, q)) return std::string_view::npos;
      return q;
    }
    return std::string_view::npos;
  }

  std::vector<Item> parse_list(const NormalizedText& t, std::size_t p) const {
    const std::string_view s = t.text;
    std::vector<Item> items;
    bool after_comma = false;
    for (int guard = 0; guard < 64; ++guard) {
      std::optional<ResolutionNumber> n = parse_resolution_number(t, p);
      // After a comma a bare number is as likely an operative paragraph or a
      // footnote ("435 (1978), 1. Condemns"): only one the list goes on from counts.
      if (n && n->form == ResolutionNumber::Form::bare && after_comma &&
          match_any(s, skip_space(s, n->end), lex_.separators, nullptr) < 0)
        break;
      if (!n && !items.empty() && items.back().number.part) {
        // "57/270 A and B": another part of the same resolution.
        if (char part = parse_part_letter(t, p)) {
          n = items.back().number;
          n->part = part;
          n->start = p;
          n->end = p + 1;
        }
      }
      if (!n) break;
      Item it;
      it.number = *n;
      std::size_t q = n->end;
      q = parse_date(t, q, &it.date);
      std::size_t pinned = parse_pinpoint(t, q, &it.pinpoint);
      if (pinned == q) pinned = parse_pinpoint_after_title(t, q, &it.pinpoint);
      q = pinned;
      it.tail_end = q;
      items.push_back(std::move(it));
      // A separator, then the next number; stop (keeping the separator out) otherwise.
      std::size_t r = skip_space(s, q);
      std::size_t len = 0;
      int sep = match_any(s, r, lex_.separators, &len);
      if (sep < 0) {
        // "2204 (2015) 2216 (2015)": a dropped comma between two dated
        // numbers; "432 (1978). 435 (1978)": a comma read as a full stop.
        std::size_t after = r;
        if (after < s.size() && s[after] == '.' && it_is_dated(items.back())) after = skip_space(s, after + 1);
        auto next = parse_resolution_number(t, after);
        if (after > q && next && continues_numbering(items.back(), *next)) {
          after_comma = true;
          p = after;
          continue;
        }
        if (after == r || (sep = match_any(s, after, lex_.separators, &len)) < 0) break;
        // "532 (1983). and 566 (1985)": the list goes on after the stray stop.
        const std::size_t v = skip_space(s, after + len);
        auto then = parse_resolution_number(t, v);
        if (!then || !continues_numbering(items.back(), *then)) break;
        r = after;
      }
      after_comma = false;
      // ", and in particular, 1447 (2002)": separators may follow each other.
      for (int chained = 0; sep >= 0 && chained < 4; ++chained) {
        after_comma = after_comma || !conjunction(lex_.separators[static_cast<std::size_t>(sep)]);
        r = skip_space(s, r + len);
        sep = match_any(s, r, lex_.separators, &len);
      }
      p = r;
    }
    return items;
  }

  // An acronym right before the cue ("OAS", "WHA") or "of the" and a
  // capitalised name right after the number.
  bool other_body_named(const NormalizedText& t, std::size_t cue_start, std::size_t after) const {
    const std::string_view s = t.text;
    std::size_t e = cue_start;
    if (e > 0 && s[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z') --b;
    if (e - b >= 2 && e - b <= 6 && (b == 0 || !letter_before(s, b)) && original_all_upper(t, b, e)) return true;
    const std::size_t q = skip_space(s, after);
    return s.compare(q, 7, "of the ") == 0 && original_is_upper(t, q + 7);
  }

  static bool it_is_dated(const Item& it) { return it.number.form == ResolutionNumber::Form::year_number; }

  // Whether a list-introducing separator ("in particular", "including")
  // ends right before `q`, past spaces and commas.
  bool introduced(std::string_view s, std::size_t q) const {
    while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == ',')) --q;
    for (const Phrase& sep : lex_.separators) {
      const std::string& w = sep.text;
      if (conjunction(sep) || w.size() < 4 || w.size() > q) continue;
      if (s.compare(q - w.size(), w.size(), w) == 0 && !letter_before(s, q - w.size())) return true;
    }
    return false;
  }

  // "2204 (2015) 2216 (2015)": a comma dropped between two dated numbers,
  // told from "2216 (2015) 15 (2019) members" by the numbering, which grows
  // with the years.
  static bool continues_numbering(const Item& last, const ResolutionNumber& next) {
    return next.form == ResolutionNumber::Form::year_number && last.number.form == ResolutionNumber::Form::year_number &&
           next.first > last.number.first && next.year >= last.number.year;
  }

  // "and", "et", "и", "和" join list items outright; after a "soft" one (a
  // comma, "in particular") a paragraph or footnote number may follow.
  static bool conjunction(const Phrase& sep) { return sep.value != "soft"; }

  // ", of 30 July 2010", " du 18 décembre 2007", " от 30 июля 2010 года".
  std::size_t parse_date(const NormalizedText& t, std::size_t p, std::string* date) const {
    const std::string_view s = t.text;
    std::size_t q = skip_space(s, p);
    if (q < s.size() && s[q] == ',') q = skip_space(s, q + 1);
    std::size_t len = 0;
    if (match_any(s, q, lex_.date_leads, &len) < 0) return p;
    q = skip_space(s, q + len);
    const std::size_t day = q;
    std::size_t d = 0;
    while (q + d < s.size() && digit(s[q + d]) && d < 3) ++d;
    if (d == 0 || d > 2) return p;
    q += d;
    if (s.compare(q, 2, "er") == 0) q += 2;  // "1er mars"
    q = skip_space(s, q);
    if (s.compare(q, 3, "de ") == 0) q += 3;
    if (match_any(s, q, lex_.months, &len) < 0) {
      // "10 Au-\ngust": a month hyphenated at a line break.
      len = month_across_hyphen(s, q);
      if (len == 0) return p;
    }
    q += len;
    // The year is optional: Security Council lists date each item "of 4 March"
    // because the number already carries it ("186 (1964) of 4 March, 187 ...").
    std::size_t y = skip_space(s, q);
    if (s.compare(y, 3, "de ") == 0) y += 3;
    if (y + 4 <= s.size() && digit(s[y]) && digit(s[y + 1]) && digit(s[y + 2]) && digit(s[y + 3]) &&
        !(y + 4 < s.size() && digit(s[y + 4])))
      q = y + 4;
    auto [a, b] = t.original_span(day, q);
    *date = std::string(t.original.substr(a, b - a));
    for (char& c : *date)
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    return q;
  }

  // The length in `s` of a month name at `q` split by "- " ("au- gust"), or 0.
  std::size_t month_across_hyphen(std::string_view s, std::size_t q) const {
    // Bounded: an unbounded search runs to the end of the text on every date.
    const std::size_t hyphen = s.substr(0, std::min(s.size(), q + 14)).find("- ", q);
    if (hyphen == std::string_view::npos || hyphen == q || hyphen > q + 12) return 0;
    for (std::size_t k = q; k < hyphen; ++k)
      if (!letter_at(s, k) && (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) return 0;
    const std::string joined =
        std::string(s.substr(q, hyphen - q)) + std::string(s.substr(hyphen + 2, std::min<std::size_t>(16, s.size() - hyphen - 2)));
    std::size_t len = 0;
    if (match_any(joined, 0, lex_.months, &len) < 0 || len <= hyphen - q) return 0;
    return len + 2;
  }

  // The value of a pinpoint at p ("16", "II", "11 (j)"), in original case.
  // `framed`: the value sits inside a frame ("第16段"), so a letter may follow.
  std::size_t pinpoint_value(const NormalizedText& t, std::size_t p, std::string* value, bool framed = false) const {
    const std::string_view s = t.text;
    std::size_t q = p;
    const auto roman = [](char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'l' || c == 'c'; };
    while (q < s.size() && q - p < 6 && (digit(s[q]) || roman(s[q]))) ++q;
    if (q == p || (!framed && letter_at(s, q))) return p;
    std::size_t end = q;
    std::size_t r = skip_space(s, q);
    if (r < s.size() && s[r] == '(') {
      std::size_t close = s.find(')', r);
      if (close != std::string_view::npos && close - r <= 5 && close > r + 1) {
        bool ok = true;
        for (std::size_t k = r + 1; k < close; ++k) ok &= (s[k] >= 'a' && s[k] <= 'z') || digit(s[k]);
        if (ok) end = close + 1;
      }
    }
    auto [a, b] = t.original_span(p, end);
    *value = std::string(t.original.substr(a, b - a));
    for (char& c : *value)
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    return end;
  }

  // ", op. 16", ", annex II", ", para. 11 (j)".
  std::size_t parse_pinpoint(const NormalizedText& t, std::size_t p, std::string* pin) const {
    const std::string_view s = t.text;
    std::size_t q = skip_space(s, p);
    if (q < s.size() && s[q] == ',') q = skip_space(s, q + 1);
    if (s.compare(q, 2, "\xD8\x8C") == 0) q = skip_space(s, q + 2);  // Arabic comma
    std::size_t len = 0;
    int k = match_any(s, q, lex_.pinpoints, &len);
    if (k < 0) return p;
    const std::string& label = lex_.pinpoints[k].value;
    std::string value;
    std::size_t v = skip_space(s, q + len);
    std::size_t end = pinpoint_value(t, v, &value);
    if (end == v) {
      if (label != "annex") return p;
      *pin = label;
      return q + len;
    }
    if (opens_next_citation(s, end)) return p;
    *pin = label + " " + value;
    return end;
  }

  // ", paragraph 9 of resolution 1556 (2004)": a pinpoint that leads into
  // the next citation is that one's, not the one before.
  bool opens_next_citation(std::string_view s, std::size_t end) const {
    std::size_t r = skip_space(s, end);
    std::size_t link = 0;
    if (match_any(s, r, lex_.pin_links, &link) < 0) return false;
    r = skip_space(s, r + link);
    if (r < s.size() && digit(s[r])) return true;
    if (cue_at(s, r, true)) return true;
    std::size_t len = 0;
    return organ_at(s, r, &len) >= 0;
  }

  // Whether a cue word starts at `q` (with `numbers_after_only`, one that
  // numbers follow, not the Chinese 号决议).
  bool cue_at(std::string_view s, std::size_t q, bool numbers_after_only) const {
    if (q >= s.size()) return false;
    for (const auto& cue : lex_.cues)
      if (!(numbers_after_only && cue.numbers_before) && s[q] == cue.text[0] &&
          s.compare(q, cue.text.size(), cue.text) == 0)
        return true;
    return false;
  }

  // A footnote names the resolution, then its title, then the paragraph:
  // "Resolution 2006/27. *Strengthening ...*, op. 16", "resolution 61/180,
  // entitled “...” (A/RES/61/180), op. 15". The title must be marked (italics,
  // quotes) so that a pinpoint of some later clause is never taken.
  std::size_t parse_pinpoint_after_title(const NormalizedText& t, std::size_t p, std::string* pin) const {
    const std::string_view s = t.text;
    std::size_t q = skip_space(s, p);
    if (q < s.size() && (s[q] == '.' || s[q] == ',')) q = skip_space(s, q + 1);
    if (s.compare(q, 9, "entitled ") == 0) q += 9;
    static constexpr std::pair<std::string_view, std::string_view> kMarks[] = {
        {"*", "*"}, {"_", "_"}, {"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}};
    for (const auto& [open, close] : kMarks) {
      if (s.compare(q, open.size(), open) != 0) continue;
      std::size_t body = q;
      while (s.compare(body, open.size(), open) == 0) body += open.size();
      std::size_t end = s.find(close, body);
      if (end == std::string_view::npos || end - body > 400) return p;
      while (s.compare(end, close.size(), close) == 0) end += close.size();
      std::size_t r = skip_space(s, end);
      if (r < s.size() && s[r] == '(') {  // "(A/RES/61/180)"
        std::size_t shut = s.find(')', r);
        if (shut == std::string_view::npos || shut - r > 40) return p;
        r = shut + 1;
      }
      std::size_t after = parse_pinpoint(t, r, pin);
      return after == r ? p : after;
    }
    // Plain text loses the italics: a capitalised title, then ", op. 16"
    // closing the clause (";", "." or the end), never "paragraph 3, says".
    if (q >= s.size() || q == p) return p;
    const char first = t.original[t.original_offset(q)];
    if (first < 'A' || first > 'Z') return p;
    for (std::size_t r = q; r < s.size() && r < q + 300; ++r) {
      if (s[r] == ';' || (s[r] == '.' && (r + 1 == s.size() || s[r + 1] == ' '))) break;
      if (s[r] != ',') continue;
      std::string found;
      std::size_t after = parse_pinpoint(t, r, &found);
      if (after == r) continue;
      std::size_t z = skip_space(s, after);
      if (z == s.size() || s[z] == ';' || s[z] == '.' || s[z] == ')') {
        *pin = std::move(found);
        return after;
      }
    }
    return p;
  }

  // "paragraph 16 of resolution", "operative paragraph 16 of ECOSOC resolution".
  std::string pinpoint_before(const NormalizedText& t, std::size_t start) const {
    const std::string_view s = t.text;
    const std::size_t from = start > 48 ? start - 48 : 0;
    for (std::size_t p = from; p < start; ++p) {
      for (std::size_t k : pinpoints_by_byte_[static_cast<unsigned char>(s[p])]) {
        std::size_t len = match_phrase(s, p, lex_.pinpoints[k].text);
        if (len == 0) continue;
        std::string value;
        std::size_t v = skip_space(s, p + len);
        std::size_t end = pinpoint_value(t, v, &value);
        if (end == v) continue;
        std::size_t q = skip_space(s, end);
        std::size_t link = 0;
        // Russian joins by case, with no word: "пункт 16 резолюции".
        if (q != start && (match_any(s, q, lex_.pin_links, &link) < 0 || skip_space(s, q + link) != start)) continue;
        return lex_.pinpoints[k].value + " " + value;
      }
    }
    return {};
  }

  int organ_at(std::string_view s, std::size_t p, std::size_t* len) const {
    int best = -1;
    std::size_t best_len = 0;
    if (p >= s.size()) return -1;
    for (std::size_t k : organs_by_byte_[static_cast<unsigned char>(s[p])]) {
      std::size_t n = match_phrase(s, p, lex_.organs[k].first.text);
      if (n > best_len) {
        best_len = n;
        best = static_cast<int>(k);
      }
    }
    *len = best_len;
    return best;
  }

  // An organ ending right before `pos`: "Security Council resolution",
  // "the Council's resolution", "大会第".
  OrganHit organ_adjacent_before(std::string_view s, std::size_t pos) const {
    std::size_t end = pos;
    if (end > 0 && s[end - 1] == ' ') --end;
    for (std::string_view poss : {"'s", "\xE2\x80\x99s"}) {
      if (end >= poss.size() && s.compare(end - poss.size(), poss.size(), poss) == 0) {
        end -= poss.size();
        break;
      }
    }
    OrganHit best;
    if (end == 0) return best;
    for (std::size_t k : organs_by_last_byte_[static_cast<unsigned char>(s[end - 1])]) {
      const std::string& ph = lex_.organs[k].first.text;
      if (ph.size() > end || s.compare(end - ph.size(), ph.size(), ph) != 0) continue;
      if (match_phrase(s, end - ph.size(), ph) != ph.size()) continue;
      if (ph.size() > best.end - best.start) best = {lex_.organs[k].second, end - ph.size(), end};
    }
    // A '*' phrase has no fixed length: try it against each word start before.
    const std::size_t from = end > 80 ? end - 80 : 0;
    const std::string_view window = s.substr(0, end);
    for (std::size_t k : wild_organs_) {
      const std::string& ph = lex_.organs[k].first.text;
      for (std::size_t p = window.find(ph[0], from); p != std::string_view::npos; p = window.find(ph[0], p + 1)) {
        if (p > 0 && s[p - 1] != ' ') continue;
        if (match_phrase(s, p, ph) == end - p && end - p > best.end - best.start) best = {lex_.organs[k].second, p, end};
      }
    }
    return best;
  }

  // "resolution 61/180 of the General Assembly", "резолюция 61/180 Генеральной Ассамблеи".
  Organ organ_after(std::string_view s, std::size_t pos) const {
    for (std::size_t p = pos; p < s.size() && p <= pos + kOrganAfter; ++p) {
      if (s[p] == '.' || s[p] == ';' || digit(s[p])) break;
      std::size_t len = 0;
      if (int k = organ_at(s, p, &len); k >= 0) return lex_.organs[k].second;
    }
    return Organ::unknown;
  }

  // The nearest organ earlier in the same sentence: "the Human Rights
  // Council, in its resolution 35/5".
  Organ organ_in_sentence(std::string_view s, std::size_t pos) const {
    const std::size_t floor = pos > kOrganWindow ? pos - kOrganWindow : 0;
    std::size_t from = pos;
    while (from > floor) {  // back to the sentence start: ". ", "; " or "。"
      const char c = s[from - 1];
      if ((c == '.' || c == ';') && from < s.size() && s[from] == ' ') break;
      if (c == '\x82' && from >= 3 && s[from - 3] == '\xE3' && s[from - 2] == '\x80') break;
      --from;
    }
    Organ found = Organ::unknown;
    for (std::size_t p = from; p < pos; ++p) {
      const auto b = static_cast<unsigned char>(s[p]);
      // Names start words: skip the inside of ASCII words and UTF-8 continuation bytes.
      if ((b & 0xC0) == 0x80 || (b < 0x80 && p > from && static_cast<unsigned char>(s[p - 1]) < 0x80 &&
                                 s[p - 1] != ' ' && s[p - 1] != '(' && s[p - 1] != '"'))
        continue;
      std::size_t len = 0;
      if (int k = organ_at(s, p, &len); k >= 0) {
        found = lex_.organs[k].second;
        p += len - 1;
      }
    }
    return found;
  }

  // "The Security Council," at the top of a resolution makes "its resolution" an SC one.
  Organ opening_organ(std::string_view s) const {
    std::string_view head = s.substr(0, std::min(s.size(), kOpeningWindow));
    // Every hit of one document asks the same question: remember the answer
    // for the last head seen (keyed by its bytes, so it is never stale).
    thread_local std::string cached_head;
    thread_local Organ cached = Organ::unknown;
    thread_local const ResolutionFinder* cached_by = nullptr;
    if (cached_by == this && head == cached_head) return cached;
    cached_head.assign(head);
    cached_by = this;
    cached = scan_opening(s, head);
    return cached;
  }

  Organ scan_opening(std::string_view s, std::string_view head) const {
    for (const auto& [phrase, organ] : lex_.openings) {
      for (std::size_t at = head.find(phrase.text); at != std::string_view::npos;
           at = head.find(phrase.text, at + 1)) {
        if (match_phrase(s, at, phrase.text)) return organ;
      }
    }
    return Organ::unknown;
  }

  const ResolutionLexicon& lex_;
  std::array<std::vector<std::size_t>, 256> organs_by_byte_;
  // For matching backwards from a position: fixed phrases by their last
  // byte, and the few with a '*' that have no fixed end.
  std::array<std::vector<std::size_t>, 256> organs_by_last_byte_;
  std::vector<std::size_t> wild_organs_;
  std::array<std::vector<std::size_t>, 256> pinpoints_by_byte_;
};

}  // namespace

std::unique_ptr<Finder> make_resolution_finder() {
  return std::make_unique<ResolutionFinder>(ResolutionLexicon::builtin());
}

}  // namespace unxref::detect
