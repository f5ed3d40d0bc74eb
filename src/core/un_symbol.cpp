#include "unxref/core/un_symbol.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

#include "unxref/core/embedded.hpp"

namespace unxref {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_upper(x) == to_upper(y); });
}

struct Series {
  std::string name;  // upper case
  bool dot = false, paren = false, dash = false;
};

struct SeriesTable {
  std::vector<Series> series;  // longest names first, so "ICC-ASP" wins over a shorter one
  std::vector<std::string> names;
  std::vector<std::string> openings;
  std::vector<std::string> mixed_words;  // "Add", "Res": compared case-insensitively
};

std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  for (std::size_t at = 0;;) {
    const std::size_t tab = line.find('\t', at);
    cells.push_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
    if (tab == std::string_view::npos) break;
    at = tab + 1;
  }
  return cells;
}

SeriesTable load_series() {
  const std::string_view data = embedded_data("symbol-series.tsv");
  if (data.empty()) throw std::runtime_error("data/symbol-series.tsv is not embedded in this build");
  SeriesTable t;
  std::size_t line_no = 0;
  for (std::string_view rest = data; !rest.empty();) {
    const std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto cells = cells_of(line);
    const auto bad = [&](const char* why) {
      return std::runtime_error("data/symbol-series.tsv: line " + std::to_string(line_no) + ": " + why);
    };
    if (cells.size() < 2 || cells[1].empty()) throw bad("expected 'series<TAB>NAME' or 'word<TAB>Word'");
    if (cells[0] == "series") {
      Series s{std::string(cells[1])};
      if (!std::all_of(s.name.begin(), s.name.end(), [](char c) { return is_upper(c) || c == '-'; }))
        throw bad("a series name is upper-case letters");
      const std::string_view forms = cells.size() > 2 ? cells[2] : std::string_view();
      s.dot = forms.find('.') != std::string_view::npos;
      s.paren = forms.find('(') != std::string_view::npos;
      s.dash = forms.find('-') != std::string_view::npos;
      t.names.push_back(s.name);
      t.openings.push_back(s.name + "/");
      if (s.dot) t.openings.push_back(s.name + ".");
      if (s.paren) t.openings.push_back(s.name + "(");
      if (s.dash) t.openings.push_back(s.name + "-");
      t.series.push_back(std::move(s));
    } else if (cells[0] == "word") {
      t.mixed_words.emplace_back(cells[1]);
    } else {
      throw bad("unknown kind");
    }
  }
  std::stable_sort(t.series.begin(), t.series.end(), [](const Series& a, const Series& b) { return a.name.size() > b.name.size(); });
  return t;
}

const SeriesTable& table() {
  static const SeriesTable t = load_series();
  return t;
}

std::size_t digits_at(std::string_view s, std::size_t i, std::size_t max) {
  std::size_t n = 0;
  while (i + n < s.size() && is_digit(s[i + n]) && n <= max) ++n;
  return n > max ? 0 : n;
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 && std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

std::size_t roman_at(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && n < 7 && (s[i + n] == 'I' || s[i + n] == 'V' || s[i + n] == 'X' || s[i + n] == 'L')) ++n;
  return n;
}

// Reads one symbol; `lower` says the whole symbol is written in lower case.
class Reader {
 public:
  Reader(std::string_view s, bool lower) : s_(s), lower_(lower) {}

  // The series at the start: its length, or 0.
  std::size_t series() {
    for (const Series& se : table().series) {
      const std::size_t n = se.name.size();
      if (s_.size() <= n || !(lower_ ? iequals(s_.substr(0, n), se.name) : s_.compare(0, n, se.name) == 0)) continue;
      if (lower_ && !std::all_of(s_.begin(), s_.begin() + static_cast<std::ptrdiff_t>(n), [](char c) { return !is_upper(c); }))
        continue;
      std::size_t i = n;
      if (se.dot && s_[i] == '.') {
        const std::size_t d = digits_at(s_, i + 1, 4);
        if (d) i += 1 + d;
      } else if (se.dash && s_[i] == '-') {
        const std::size_t d = digits_at(s_, i + 1, 4);
        if (d) i += 1 + d;
      } else if (se.paren && s_[i] == '(') {
        const std::size_t close = s_.find(')', i);
        if (close != std::string_view::npos && close - i <= 8 && close > i + 1 &&
            std::all_of(s_.begin() + static_cast<std::ptrdiff_t>(i + 1), s_.begin() + static_cast<std::ptrdiff_t>(close),
                        [&](char c) { return is_digit(c) || (lower_ ? is_lower(c) : is_upper(c)); }))
          i = close + 1;
      }
      if (i < s_.size() && s_[i] == '/') {
        numeric_ = i > n && is_digit(s_[i - 1]);
        return i;
      }
    }
    return 0;
  }

  struct Component {
    std::size_t len = 0;
    bool numeric = false;
    bool res = false;
  };

  // One component at i (after a '/').
  Component component(std::size_t i) const {
    if (i >= s_.size()) return {};
    if (std::size_t d = digits_at(s_, i, 5)) {
      if (i + d < s_.size() && is_alpha(s_[i + d])) return {};  // "72abc" is no component
      return {d, true, false};
    }
    // "ES-11", "S-27": emergency and special sessions.
    for (std::string_view lead : {"ES-", "S-"}) {
      if (iequals(s_.substr(i, lead.size()), lead) && case_ok(s_.substr(i, lead.size() - 1))) {
        const std::size_t d = digits_at(s_, i + lead.size(), 2);
        return d ? Component{lead.size() + d, true, false} : Component{};
      }
    }
    std::size_t w = 0;
    while (i + w < s_.size() && is_alpha(s_[i + w]) && w < 12) ++w;
    if (w == 0 || (i + w < s_.size() && is_alpha(s_[i + w]))) return {};
    const std::string_view word = s_.substr(i, w);
    if (!case_ok(word)) return {};
    Component c{w, false, iequals(word, "RES")};
    std::size_t j = i + w;
    // "CONF.157", "Add.1", "EA.5", "CONF.VIII", "PC-57"
    if (j + 1 < s_.size() && (s_[j] == '.' || s_[j] == '-')) {
      if (std::size_t d = digits_at(s_, j + 1, 5)) {
        j += 1 + d;
        c.numeric = true;
      } else if (s_[j] == '.' && !lower_) {
        const std::size_t r = roman_at(s_, j + 1);
        if (r && (j + 1 + r == s_.size() || !is_alpha(s_[j + 1 + r]))) j += 1 + r;
      }
    }
    // "COP(13)", "MIN(22)"
    if (j < s_.size() && s_[j] == '(') {
      const std::size_t d = digits_at(s_, j + 1, 3);
      if (d && j + 1 + d < s_.size() && s_[j + 1 + d] == ')') j += d + 2;
    }
    c.len = j - i;
    return c;
  }

  // "(Part I)", "(Parts I and II)", "(Sect. 29A)", "(Vol. I)" at i; length or 0.
  std::size_t volume_part(std::size_t i) const {
    std::size_t j = skip(i);
    if (j >= s_.size() || s_[j] != '(') return 0;
    ++j;
    static constexpr std::array<std::string_view, 4> kWords = {"Parts", "Part", "Sect.", "Vol."};
    std::size_t w = 0;
    for (std::string_view k : kWords)
      if (iequals(s_.substr(j, k.size()), k)) {
        w = k.size();
        break;
      }
    if (w == 0) return 0;
    j = skip(j + w);
    const auto value = [&](std::size_t at) {
      if (std::size_t d = digits_at(s_, at, 3)) return d + (at + d < s_.size() && is_upper(s_[at + d]) ? 1 : 0);
      return roman_at(s_, at);
    };
    std::size_t v = value(j);
    if (v == 0) return 0;
    j += v;
    for (int more = 0; more < 4; ++more) {
      const std::size_t k = skip(j);
      const std::size_t conj = conjunction(k);
      if (conj == 0) break;
      const std::size_t next = skip(k + conj);
      const std::size_t v2 = value(next);
      if (v2 == 0) break;
      j = next + v2;
    }
    return j < s_.size() && s_[j] == ')' ? j + 1 - i : 0;
  }

  // "and", "et", "y", "и", "和", "-": between two parts.
  std::size_t conjunction(std::size_t k) const {
    for (std::string_view c : {"and", "et", "y", "\xD0\xB8", "\xE5\x92\x8C", "-", "\xE2\x80\x93"}) {
      if (s_.compare(k, c.size(), c) != 0) continue;
      const bool word = is_alpha(c[0]);
      if (word && k + c.size() < s_.size() && is_alpha(s_[k + c.size()])) continue;
      return c.size();
    }
    return 0;
  }

  std::size_t skip(std::size_t j) const {
    while (j < s_.size() && s_[j] == ' ') ++j;
    return j;
  }

  bool numeric() const { return numeric_; }

 private:
  bool case_ok(std::string_view word) const {
    if (lower_) return std::none_of(word.begin(), word.end(), is_upper);
    if (std::all_of(word.begin(), word.end(), [](char c) { return !is_lower(c); })) return true;
    const auto& mixed = table().mixed_words;
    return std::any_of(mixed.begin(), mixed.end(), [&](const std::string& m) { return iequals(m, word); });
  }

  std::string_view s_;
  bool lower_;
  bool numeric_ = false;
};

// Trailing parts after the last component of a resolution: " B" (lettered
// part), " (2016)" (Security Council year), "(XXI)" (early GA session).
// Returns extra length.
std::size_t resolution_tail(std::string_view s, std::size_t i, bool is_res) {
  std::size_t total = 0;
  auto skip_space = [&](std::size_t j) {
    while (j < s.size() && s[j] == ' ') ++j;
    return j;
  };
  std::size_t j = skip_space(i);
  // Lettered part: one capital A-L (not I) standing alone. "A" is also the
  // English article, so it counts only before punctuation, "and" or "of".
  if (is_res && j < s.size() && j - i <= 1 && s[j] >= 'A' && s[j] <= 'L' && s[j] != 'I' &&
      (j + 1 == s.size() || !(is_alpha(s[j + 1]) || is_digit(s[j + 1]) || s[j + 1] == '/' || s[j + 1] == '.'))) {
    std::size_t k = skip_space(j + 1);
    std::string_view next = s.substr(k, 4);
    bool article_like = s[j] == 'A' && k < s.size() && is_alpha(s[k]) && !(next.substr(0, 3) == "and" || next.substr(0, 3) == "of ");
    if (!article_like) {
      total = j + 1 - i;
      j = skip_space(j + 1);
    }
  }
  if (j < s.size() && s[j] == '(') {
    std::size_t close = s.find(')', j);
    if (close != std::string_view::npos && close - j <= 7) {
      std::string_view inner = s.substr(j + 1, close - j - 1);
      bool year = inner.size() == 4 && std::all_of(inner.begin(), inner.end(), is_digit) && (inner[0] == '1' || inner[0] == '2');
      if (year || (is_res && is_roman(inner))) total = close + 1 - i;
    }
  }
  return total;
}

}  // namespace

std::size_t match_un_symbol(std::string_view s, SymbolOptions options) {
  if (s.empty()) return 0;
  const bool lower = is_lower(s[0]);
  if (lower && !options.lower_case) return 0;
  Reader r(s, lower);
  std::size_t i = r.series();
  if (i == 0) return 0;
  std::size_t end = 0;
  bool numeric = r.numeric(), is_res = false;
  int count = 0, numbers = 0;
  std::size_t longest_number = 0;
  while (i < s.size() && s[i] == '/' && count < 10) {
    std::size_t at = i + 1;
    // "A/RES/72/ 1": a line broken after a slash, once the symbol is well under way.
    if (at < s.size() && s[at] == ' ' && count >= 1 && at + 1 < s.size() && is_digit(s[at + 1])) ++at;
    Reader::Component c = r.component(at);
    if (c.len == 0) break;
    is_res = is_res || c.res;
    if (c.numeric) {
      ++numbers;
      longest_number = std::max(longest_number, c.len);
    }
    numeric = numeric || c.numeric;
    i = at + c.len;
    ++count;
    if (numeric) end = i;  // a symbol ends on or after its first number
    // "A/79/6 (Sect. 8)", "A/CONF.157/24 (Part I)/Corr.1": a part of the document.
    if (c.numeric && !is_res) {
      if (const std::size_t part = r.volume_part(i)) {
        const std::size_t after = i + part;
        end = after;
        i = after;
      }
    }
  }
  if (!numeric || end == 0) return 0;
  // The last component must bear a number to be complete ("A/RES/" is not).
  std::size_t last_slash = s.rfind('/', end - 1);
  std::string_view last = s.substr(last_slash + 1, end - last_slash - 1);
  if (std::none_of(last.begin(), last.end(), is_digit)) return 0;
  // Lower case is prose's: "s/1994/565" and "a/64/l.72" read as symbols,
  // "a/2", "e/3/4" do not.
  if (lower && (count < 2 || longest_number < 2)) return 0;
  return end + resolution_tail(s, end, is_res);
}

std::span<const std::string> un_symbol_series() { return table().names; }
std::span<const std::string> un_symbol_openings() { return table().openings; }

std::optional<std::string> canonical_un_symbol(std::string_view written, SymbolOptions options) {
  while (!written.empty() && written.front() == ' ') written.remove_prefix(1);
  while (!written.empty() && written.back() == ' ') written.remove_suffix(1);
  if (written.empty() || match_un_symbol(written, options) != written.size()) return std::nullopt;
  std::string out;
  out.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    const char c = written[i];
    if (c == ' ') continue;
    // "(Parts I and II)", "(Parts I y II)", "(Parts I和II)", "(Parts I-II)": one canonical "AND".
    if (!out.empty() && out.find('(') != std::string::npos && out.find(')', out.rfind('(')) == std::string::npos &&
        out.back() != '(') {
      std::string_view rest = written.substr(i);
      std::size_t len = 0;
      for (std::string_view conj : {"and", "et", "y", "\xD0\xB8", "\xE5\x92\x8C", "-", "\xE2\x80\x93"})
        if (rest.starts_with(conj) && (conj.size() > 1 || !is_alpha(conj[0]) || (rest.size() > 1 && !is_alpha(rest[1]))) &&
            (written[i - 1] == ' ' || !is_alpha(conj[0]))) {
          len = conj.size();
          break;
        }
      if (len) {
        out += "AND";
        i += len - 1;
        continue;
      }
    }
    out += to_upper(c);
  }
  // "A/RES/2200A(XXI)": the spec's id for a Roman-numeral session drops the part letter.
  std::size_t paren = out.find('(');
  if (paren != std::string::npos && paren >= 2 && is_roman(out.substr(paren + 1, out.size() - paren - 2)) &&
      is_alpha(out[paren - 1]) && is_digit(out[paren - 2])) {
    out.erase(paren - 1, 1);
  }
  return out;
}

}  // namespace unxref
