#include "extract/text/markdown_inline.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "unxref/core/utf8.hpp"

namespace unxref::text {
namespace {

bool is_ascii_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
// Bytes of multi-byte UTF-8 characters count as word characters: emphasis
// and footnote rules only need "letter or digit, in any script".
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Text produced by the first pass, with a flag per byte telling the emphasis
// pass to leave that byte alone (it came from an escape, code span or link).
struct Marked {
  std::string text;
  std::vector<bool> locked;
  void add(char c, bool lock) {
    text += c;
    locked.push_back(lock);
  }
  void add(std::string_view s, bool lock) {
    text += s;
    locked.insert(locked.end(), s.size(), lock);
  }
};

// Inline constructs are looked for only this far ahead, so that a hostile
// paragraph of unmatched brackets or backticks costs linear, not quadratic, time.
constexpr std::size_t kMaxSpan = 2000;
constexpr std::size_t kMaxOpenerScan = 100;

std::size_t find_near(std::string_view s, std::string_view needle, std::size_t from,
                      std::size_t limit = kMaxSpan) {
  if (from > s.size()) return std::string_view::npos;
  const std::size_t hit = s.substr(0, std::min(s.size(), from + limit)).find(needle, from);
  return hit;
}

// For every `open` byte, the index of the `close` that balances it (npos
// if none), found in one pass so that a paragraph full of unmatched
// brackets still costs linear time.
std::vector<std::size_t> match_pairs(std::string_view s, char open, char close) {
  std::vector<std::size_t> match(s.size(), std::string_view::npos);
  std::vector<std::size_t> stack;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == open) {
      stack.push_back(i);
    } else if (s[i] == close && !stack.empty()) {
      match[stack.back()] = i;
      stack.pop_back();
    }
  }
  return match;
}

struct Pairs {
  std::vector<std::size_t> brackets, parens;
};

bool is_footnote_label(std::string_view label) {
  if (label.empty() || label.size() > 4) return false;
  if (label == "*" || label == "**" || label == "\xE2\x80\xA0" || label == "\xE2\x80\xA1") return true;  // * † ‡
  for (char c : label)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

void add_footnote_gap(Marked& out, std::string_view s, std::size_t next) {
  const bool prev_word = !out.text.empty() && !is_space(out.text.back());
  const bool next_word = next < s.size() && is_word(s[next]);
  if (prev_word && next_word) out.add(' ', true);
}

std::string decode_entity(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kNamed{{
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}}};
  for (const auto& [n, v] : kNamed)
    if (n == name) return std::string(v);
  if (name.size() >= 2 && name[0] == '#') {
    unsigned long cp = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 6) return {};
    for (char c : digits) {
      if (!std::isxdigit(static_cast<unsigned char>(c)) || (!hex && !std::isdigit(static_cast<unsigned char>(c))))
        return {};
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(c))
                                                            ? c - '0'
                                                            : (std::tolower(c) - 'a' + 10));
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return "\xEF\xBF\xBD";
    std::string out;
    append_utf8(out, static_cast<char32_t>(cp));
    return out;
  }
  return {};
}

// Length of an HTML tag or comment starting at s[i] == '<', or 0.
std::size_t html_tag_length(std::string_view s, std::size_t i) {
  if (s.substr(i).starts_with("<!--")) {
    const std::size_t end = find_near(s, "-->", i + 4);
    return end == std::string_view::npos ? 0 : end + 3 - i;
  }
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  if (j >= s.size() || !std::isalpha(static_cast<unsigned char>(s[j]))) return 0;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
  const std::size_t end = find_near(s, ">", j);
  if (end == std::string_view::npos) return 0;
  if (j < end && !is_space(s[j]) && s[j] != '/') return 0;  // "<a1b" is no tag
  return end + 1 - i;
}

std::string_view tag_name(std::string_view tag) {
  std::size_t j = 1;
  if (j < tag.size() && tag[j] == '/') ++j;
  std::size_t k = j;
  while (k < tag.size() && std::isalnum(static_cast<unsigned char>(tag[k]))) ++k;
  return tag.substr(j, k - j);
}

bool is_autolink(std::string_view inner) {
  if (inner.empty()) return false;
  for (char c : inner)
    if (is_space(c) || c == '<') return false;
  const std::size_t colon = inner.find(':');
  const bool scheme = colon != std::string_view::npos && colon >= 2 &&
                      std::isalpha(static_cast<unsigned char>(inner[0]));
  return scheme || inner.find('@') != std::string_view::npos;
}

bool try_link(std::string_view s, const Pairs& pairs, std::size_t& i, Marked& out) {
  const std::size_t close = pairs.brackets[i];
  if (close == std::string_view::npos) return false;
  const std::string_view label = s.substr(i + 1, close - i - 1);
  std::size_t end = std::string_view::npos;
  if (close + 1 < s.size() && s[close + 1] == '(') {
    end = pairs.parens[close + 1];
  } else if (close + 1 < s.size() && s[close + 1] == '[') {
    end = find_near(s, "]", close + 1);
  }
  if (end == std::string_view::npos) return false;
  out.add(strip_inline(label), true);
  i = end + 1;
  return true;
}

Marked first_pass(std::string_view s) {
  Marked out;
  Pairs pairs;
  if (s.find('[') != std::string_view::npos) {
    pairs.brackets = match_pairs(s, '[', ']');
    pairs.parens = match_pairs(s, '(', ')');
  }
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && is_ascii_punct(s[i + 1])) {
      out.add(s[i + 1], true);
      i += 2;
      continue;
    }
    if (c == '`') {
      std::size_t run = 0;
      while (i + run < s.size() && s[i + run] == '`') ++run;
      const std::string ticks(run, '`');
      const std::size_t end = find_near(s, ticks, i + run);
      if (end == std::string_view::npos) {
        out.add(ticks, true);
        i += run;
        continue;
      }
      std::string_view code = s.substr(i + run, end - i - run);
      if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ') code = code.substr(1, code.size() - 2);
      out.add(code, true);
      i = end + run;
      continue;
    }
    if (c == '[' && i + 1 < s.size() && s[i + 1] == '^') {
      const std::size_t end = find_near(s, "]", i, 64);
      if (end != std::string_view::npos) {
        const std::string_view label = s.substr(i + 2, end - i - 2);
        if (!label.empty() && label.find_first_of(" \t[") == std::string_view::npos) {
          add_footnote_gap(out, s, end + 1);
          i = end + 1;
          continue;
        }
      }
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      std::size_t j = i + 1;
      if (try_link(s, pairs, j, out)) {
        i = j;
        continue;
      }
    }
    if (c == '[') {
      std::size_t j = i;
      if (try_link(s, pairs, j, out)) {
        i = j;
        continue;
      }
    }
    if (c == '<') {
      const std::size_t gt = find_near(s, ">", i);
      if (gt != std::string_view::npos && is_autolink(s.substr(i + 1, gt - i - 1))) {
        out.add(s.substr(i + 1, gt - i - 1), true);
        i = gt + 1;
        continue;
      }
      if (const std::size_t len = html_tag_length(s, i)) {
        const std::string_view tag = s.substr(i, len);
        if (tag_name(tag) == "sup" && tag[1] != '/') {
          const std::size_t end = find_near(s, "</sup>", i + len, 64);
          if (end != std::string_view::npos && is_footnote_label(s.substr(i + len, end - i - len))) {
            add_footnote_gap(out, s, end + 6);
            i = end + 6;
            continue;
          }
        }
        const std::string_view name = tag_name(tag);
        if ((name == "br" || name == "p") && !out.text.empty()) out.add(' ', true);
        i += len;
        continue;
      }
    }
    if (c == '&') {
      const std::size_t semi = find_near(s, ";", i, 12);
      if (semi != std::string_view::npos) {
        const std::string decoded = decode_entity(s.substr(i + 1, semi - i - 1));
        if (!decoded.empty()) {
          out.add(decoded, true);
          i = semi + 1;
          continue;
        }
      }
    }
    // Copy the run of ordinary bytes up to the next byte that may start markup.
    const std::size_t next = std::min(s.size(), s.find_first_of("\\`[!<&", i + 1));
    out.add(s.substr(i, next - i), false);
    i = next;
  }
  return out;
}

struct Run {
  std::size_t pos, len;
  char ch;
  bool can_open, can_close;
};

// Pairs emphasis delimiter runs the way CommonMark's flanking rules do
// (simplified: no "multiple of 3" rule) and deletes the paired delimiters.
std::string drop_emphasis(const Marked& m) {
  const std::string& t = m.text;
  std::vector<Run> runs;
  for (std::size_t i = 0; i < t.size();) {
    const char c = t[i];
    if ((c != '*' && c != '_') || m.locked[i]) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && t[j] == c && !m.locked[j]) ++j;
    const bool has_prev = i > 0, has_next = j < t.size();
    const bool left = has_next && !is_space(t[j]);
    const bool right = has_prev && !is_space(t[i - 1]);
    Run r{i, j - i, c, left, right};
    if (c == '_') {
      r.can_open = left && !(has_prev && is_word(t[i - 1]));
      r.can_close = right && !(has_next && is_word(t[j]));
    }
    runs.push_back(r);
    i = j;
  }

  std::vector<bool> drop(t.size(), false);
  std::vector<std::size_t> openers;  // indexes into runs
  for (std::size_t k = 0; k < runs.size(); ++k) {
    Run& r = runs[k];
    bool matched = false;
    if (r.can_close) {
      const std::size_t bottom = openers.size() > kMaxOpenerScan ? openers.size() - kMaxOpenerScan : 0;
      for (std::size_t o = openers.size(); o-- > bottom;) {
        Run& op = runs[openers[o]];
        if (op.ch != r.ch) continue;
        const std::size_t n = std::min(op.len, r.len);
        for (std::size_t x = 0; x < n; ++x) {
          drop[op.pos + op.len - 1 - x] = true;
          drop[r.pos + x] = true;
        }
        openers.resize(o);
        matched = true;
        break;
      }
    }
    if (!matched && r.can_open) openers.push_back(k);
  }

  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i)
    if (!drop[i]) out += t[i];
  return out;
}

}  // namespace

std::string strip_inline(std::string_view text) { return drop_emphasis(first_pass(text)); }

}  // namespace unxref::text
