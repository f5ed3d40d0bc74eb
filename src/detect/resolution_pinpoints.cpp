// Pinpoints: the part of a resolution a citation points to, written after
// it (", op. 16", ", annex II"), before it ("paragraph 16 of resolution"),
// after its title in a footnote, or around its number ("第16段").
#include "detect/registry_matching.hpp"
#include "detect/resolution_grammar.hpp"

namespace unxref::detect {

// The value of a pinpoint at p ("16", "II", "11 (j)"), in original case.
// `framed`: the value sits inside a frame ("第16段"), so a letter may follow.
std::size_t ResolutionGrammar::pinpoint_value(const NormalizedText& t, std::size_t p, std::string* value, bool framed) const {
  const std::string_view s = t.text;
  std::size_t q = p;
  const auto roman = [](char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'l' || c == 'c'; };
  while (q < s.size() && q - p < 6 && (ascii_digit(s[q]) || roman(s[q]))) ++q;
  if (q == p || (!framed && letter_at(s, q))) return p;
  // "paras. 61–76", "párrs. 61 a 76", "par. 61 à 76": a range of paragraphs.
  if (ascii_digit(s[p])) {
    std::size_t len = 0;
    std::size_t r = skip_one_space(s, q);
    if (match_any(s, r, lex_.ranges, &len) >= 0 || s.compare(q, 1, "-") == 0) {
      if (s.compare(q, 1, "-") == 0) len = 1, r = q;
      std::size_t v = skip_one_space(s, r + len), d = 0;
      while (v + d < s.size() && ascii_digit(s[v + d]) && d < 4) ++d;
      if (d > 0 && !letter_at(s, v + d)) q = v + d;
    }
  }
  std::size_t end = q;
  std::size_t r = skip_one_space(s, q);
  if (r < s.size() && s[r] == '(') {
    std::size_t close = s.find(')', r);
    if (close != std::string_view::npos && close - r <= 5 && close > r + 1) {
      bool ok = true;
      for (std::size_t k = r + 1; k < close; ++k) ok &= (s[k] >= 'a' && s[k] <= 'z') || ascii_digit(s[k]);
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
std::size_t ResolutionGrammar::parse_pinpoint(const NormalizedText& t, std::size_t p, std::string* pin) const {
  const std::string_view s = t.text;
  std::size_t q = skip_one_space(s, p);
  if (q < s.size() && s[q] == ',') q = skip_one_space(s, q + 1);
  if (s.compare(q, 2, "\xD8\x8C") == 0) q = skip_one_space(s, q + 2);  // Arabic comma
  std::size_t len = 0;
  int k = match_any(s, q, lex_.pinpoints, &len);
  if (k < 0) return p;
  const std::string& label = lex_.pinpoints[k].value;
  std::string value;
  std::size_t v = skip_one_space(s, q + len);
  std::size_t end = pinpoint_value(t, v, &value);
  // Assembly resolutions letter their sections: "52/214, sect. B".
  if (end == v && label == "section" && v < s.size() && s[v] >= 'a' && s[v] <= 'z' && !letter_at(s, v + 1)) {
    auto [a, b] = t.original_span(v, v + 1);
    value = std::string(t.original.substr(a, b - a));
    end = v + 1;
  }
  // Arabic writes them as words: "الجزء باء" (sect. B), "الجزء الثالث" (sect. III).
  if (end == v && label == "section") {
    std::size_t len = 0;
    if (int k = match_any(s, v, lex_.parts, &len); k >= 0) {
      value = lex_.parts[k].value;
      end = v + len;
    } else if (int o = match_any(s, v, lex_.ordinals, &len); o >= 0) {
      value = lex_.ordinals[o].value;
      end = v + len;
    }
  }
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
bool ResolutionGrammar::opens_next_citation(std::string_view s, std::size_t end) const {
  std::size_t r = skip_one_space(s, end);
  std::size_t link = 0;
  if (match_any(s, r, lex_.pin_links, &link) < 0) return false;
  r = skip_one_space(s, r + link);
  if (r < s.size() && ascii_digit(s[r])) return true;
  if (cue_at(s, r, true)) return true;
  std::size_t len = 0;
  return organ_at(s, r, &len) >= 0;
}

// A footnote names the resolution, then its title, then the paragraph:
// "Resolution 2006/27. *Strengthening ...*, op. 16", "resolution 61/180,
// entitled “...” (A/RES/61/180), op. 15". The title must be marked (italics,
// quotes) so that a pinpoint of some later clause is never taken.
std::size_t ResolutionGrammar::parse_pinpoint_after_title(const NormalizedText& t, std::size_t p, std::string* pin) const {
  const std::string_view s = t.text;
  std::size_t q = skip_one_space(s, p);
  if (q < s.size() && (s[q] == '.' || s[q] == ',')) q = skip_one_space(s, q + 1);
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
    std::size_t r = skip_one_space(s, end);
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
    std::size_t z = skip_one_space(s, after);
    if (z == s.size() || s[z] == ';' || s[z] == '.' || s[z] == ')') {
      *pin = std::move(found);
      return after;
    }
  }
  return p;
}

// "paragraph 16 of resolution", "operative paragraph 16 of ECOSOC resolution".
std::string ResolutionGrammar::pinpoint_before(const NormalizedText& t, std::size_t start) const {
  const std::string_view s = t.text;
  const std::size_t from = start > 48 ? start - 48 : 0;
  for (std::size_t p = from; p < start; ++p) {
    for (std::size_t k : pinpoints_by_byte_[static_cast<unsigned char>(s[p])]) {
      std::size_t len = match_phrase(s, p, lex_.pinpoints[k].text);
      if (len == 0) continue;
      std::string value;
      std::size_t v = skip_one_space(s, p + len);
      std::size_t end = pinpoint_value(t, v, &value);
      if (end == v) continue;
      std::size_t q = skip_one_space(s, end);
      std::size_t link = 0;
      // Russian joins by case, with no word: "пункт 16 резолюции".
      if (q != start && (match_any(s, q, lex_.pin_links, &link) < 0 || skip_one_space(s, q + link) != start)) continue;
      return lex_.pinpoints[k].value + " " + value;
    }
  }
  return {};
}

// A pinpoint framed around its number at `p` ("第16段"); returns its end.
std::size_t ResolutionGrammar::pin_frame_at(const NormalizedText& t, std::size_t p, std::string* pin) const {
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

}  // namespace unxref::detect
