#include "detect/own_symbols.hpp"

#include <algorithm>
#include <string>

#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t kTopOfText = 300;  // bytes of a text file's first lines (its heading)
constexpr std::size_t kReissueReach = 48;
constexpr std::size_t kLineReach = 120;

bool is_symbol(const Candidate& c) {
  return (c.kind == TargetKind::symbol || c.kind == TargetKind::resolution) && c.short_form.empty() &&
         c.target.find('/') != std::string::npos;
}

// What may stand beside a symbol on a line of page furniture: dates
// ("29/09/2015"), page numbers ("6/55", "3"), job numbers ("15-29658"),
// "(E)", brackets.
bool furniture_byte(char c) {
  return (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\r' ||
         c == '[' || c == ']' || c == '(' || c == ')' || c == '*' || c == 'E';
}

bool line_end(char c) { return c == '\n' || c == '\f'; }

// A date ("29/09/2015"), a page of pages ("6/55") or a job number
// ("15-29658"): digits on both sides of a '/' or '-'. A footnote marker
// ("[3] A/76/268.") is none.
bool has_page_token(std::string_view s) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if ((s[i] == '/' || s[i] == '-') && digit(s[i - 1]) && digit(s[i + 1])) return true;
  return false;
}

// The rest of the symbol's line on each side, when the line holds only page
// furniture besides it; false as soon as anything else shows (most symbols
// stand in prose, and this stops at the first letter). No further than
// kLineReach: a furniture line is short.
bool furniture_line(std::string_view o, std::size_t a, std::size_t b, std::string_view* before,
                    std::string_view* after) {
  std::size_t s = a;
  while (s > 0 && !line_end(o[s - 1])) {
    if (a - s >= kLineReach || !furniture_byte(o[s - 1])) return false;
    --s;
  }
  std::size_t e = b;
  while (e < o.size() && !line_end(o[e])) {
    if (e - b >= kLineReach || !furniture_byte(o[e])) return false;
    ++e;
  }
  *before = o.substr(s, a - s);
  *after = o.substr(b, e - b);
  return true;
}

// `part` of the original with the other symbols on its line blanked: the
// second half of a joint symbol ("A/76/74-E/2021/54.") has digits on both
// sides of a '/' but is no date or page number. `k` is the symbol whose
// line it is; only its neighbours in text order can share the line.
std::string without_symbols(std::string_view o, std::string_view part, const std::vector<const Candidate*>& symbols,
                            std::size_t k, const NormalizedText& t) {
  std::string out(part);
  const std::size_t from = static_cast<std::size_t>(part.data() - o.data()), to = from + part.size();
  // Whether the neighbour starts before the part's end; blanks what of it is inside.
  const auto blank = [&](const Candidate* s) {
    const auto [a, b] = t.original_span(s->start, s->end);
    for (std::size_t i = std::max(a, from); i < std::min(b, to); ++i) out[i - from] = ' ';
    return a < to;
  };
  // Symbols start in text order; one that starts a line's length before the
  // part cannot reach into it.
  for (std::size_t i = k; i-- > 0;) {
    if (t.original_span(symbols[i]->start, symbols[i]->end).first + kLineReach < from) break;
    blank(symbols[i]);
  }
  for (std::size_t i = k + 1; i < symbols.size() && blank(symbols[i]); ++i) {
  }
  return out;
}

class ReissueFinder final : public Finder {
 public:
  ReissueFinder() {
    const std::filesystem::path source = "data/own-symbol-cues.tsv";
    for (const TsvRow& row : embedded_tsv("own-symbol-cues.tsv", 3)) {
      if (row.cells[0] != "reissue") throw FileError(source, "line " + std::to_string(row.line) + ": unknown kind");
      cues_.push_back(normalize(row.cells[2]).text);
    }
  }
  std::vector<std::string> cues() const override { return cues_; }
  void find(const NormalizedText&, std::size_t, std::size_t hit_start, std::size_t hit_end,
            std::vector<Candidate>& out) const override {
    Candidate c;
    c.start = hit_start;
    c.end = hit_end;
    c.marker = true;
    out.push_back(std::move(c));
  }

 private:
  std::vector<std::string> cues_;
};

}  // namespace

std::unique_ptr<Finder> make_reissue_finder() { return std::make_unique<ReissueFinder>(); }

std::vector<std::string> own_symbols(const NormalizedText& t, const std::vector<Candidate>& candidates,
                                     const std::vector<Candidate>& markers) {
  std::vector<std::string> own;
  const auto add = [&](const std::string& target) {
    if (std::find(own.begin(), own.end(), target) == own.end()) own.push_back(target);
  };
  std::vector<const Candidate*> symbols;
  for (const Candidate& c : candidates)
    if (is_symbol(c)) symbols.push_back(&c);
  std::sort(symbols.begin(), symbols.end(), [](const Candidate* a, const Candidate* b) { return a->start < b->start; });
  // "previously issued under (document symbol) A/HRC/WG.6/3/L.2": the first
  // symbol after the words.
  for (const Candidate& m : markers) {
    auto s = std::lower_bound(symbols.begin(), symbols.end(), m.end,
                              [](const Candidate* c, std::size_t pos) { return c->start < pos; });
    if (s != symbols.end() && (*s)->start - m.end <= kReissueReach) add((*s)->target);
  }
  const std::string_view o = t.original;
  for (std::size_t k = 0; k < symbols.size(); ++k) {
    const Candidate& c = *symbols[k];
    bool mine = false;
    {
      // In brackets under the heading at the top of the text ("[S/6121]"),
      // or with a date or page number beside it (a running header); a symbol
      // alone on a line is a footnote's citation ("A/76/268.").
      const auto [a, b] = t.original_span(c.start, c.end);
      std::string_view before, after;
      if (furniture_line(o, a, b, &before, &after)) {
        const bool bracketed = before.find('[') != std::string_view::npos && after.find(']') != std::string_view::npos;
        const auto page_token = [&](std::string_view part) {
          return has_page_token(part) && has_page_token(without_symbols(o, part, symbols, k, t));
        };
        mine = (a < kTopOfText && bracketed) || page_token(before) || page_token(after);
      }
    }
    if (mine) add(c.target);
  }
  return own;
}

}  // namespace unxref::detect
