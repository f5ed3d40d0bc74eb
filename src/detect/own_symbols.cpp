#include "detect/own_symbols.hpp"

#include <algorithm>

#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t kTopOfText = 300;  // bytes of a text file's first lines (its masthead)
constexpr std::size_t kReissueReach = 48;
constexpr std::size_t kLineReach = 120;

const std::vector<std::string>& reissue_phrases() {
  static const std::vector<std::string> phrases = [] {
    const std::filesystem::path source = "data/own-symbol-cues.tsv";
    const std::string_view data = embedded_data("own-symbol-cues.tsv");
    if (data.empty()) throw FileError(source, "not embedded in this build");
    std::vector<std::string> out;
    for (const TsvRow& row : parse_tsv(data, source, 3)) {
      if (row.cells[0] != "reissue") throw FileError(source, "line " + std::to_string(row.line) + ": unknown kind");
      out.push_back(normalize(row.cells[2]).text);
    }
    return out;
  }();
  return phrases;
}

bool is_symbol(const Candidate& c) {
  return (c.kind == TargetKind::symbol || c.kind == TargetKind::resolution) && c.short_form.empty() &&
         c.target.find('/') != std::string::npos;
}

// Page furniture beside a symbol on its line: dates ("29/09/2015"), page
// numbers ("6/55", "3"), job numbers ("15-29658"), "(E)", brackets.
bool only_furniture(std::string_view rest) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if ((c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\r' ||
        c == '[' || c == ']' || c == '(' || c == ')' || c == '*')
      continue;
    if (rest.compare(i, 3, "(E)") == 0) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

// A date ("29/09/2015"), a page of pages ("6/55") or a job number
// ("15-29658"): digits on both sides of a '/' or '-'. A footnote marker
// ("[3] A/76/268.") is none.
bool has_page_token(std::string_view s) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if ((s[i] == '/' || s[i] == '-') && digit(s[i - 1]) && digit(s[i + 1])) return true;
  return false;
}

}  // namespace

std::vector<std::string> own_symbols(const NormalizedText& t, const std::vector<Candidate>& candidates) {
  std::vector<std::string> own;
  const std::string_view o = t.original;
  for (const Candidate& c : candidates) {
    if (!is_symbol(c)) continue;
    const auto [a, b] = t.original_span(c.start, c.end);
    // A furniture line is short: look no further than kLineReach each side,
    // so that one long line costs what its length costs, not its square.
    const std::size_t floor = a > kLineReach ? a - kLineReach : 0;
    const std::string_view left = o.substr(floor, a - floor);
    const std::size_t prev = left.find_last_of("\n\f");
    const std::string_view before = prev == std::string_view::npos ? left : left.substr(prev + 1);
    const std::string_view right = o.substr(b, std::min(kLineReach, o.size() - b));
    const std::string_view after = right.substr(0, std::min(right.size(), right.find_first_of("\n\f")));
    const bool whole_line = (prev != std::string_view::npos || floor == 0) &&
                            (after.size() < right.size() || b + right.size() == o.size());
    bool mine = false;
    if (whole_line && only_furniture(before) && only_furniture(after)) {
      // In brackets under the heading at the top of the text ("[S/6121]"),
      // or with a date or page number beside it (a running header); a symbol
      // alone on a line is a footnote's citation ("A/76/268.").
      const bool bracketed = before.find('[') != std::string_view::npos && after.find(']') != std::string_view::npos;
      mine = (a < kTopOfText && bracketed) || has_page_token(before) || has_page_token(after);
    }
    if (!mine) {
      const std::size_t from = c.start > kReissueReach ? c.start - kReissueReach : 0;
      const std::string_view window = std::string_view(t.text).substr(from, c.start - from);
      mine = std::any_of(reissue_phrases().begin(), reissue_phrases().end(),
                         [&](const std::string& p) { return window.find(p) != std::string_view::npos; });
    }
    if (mine && std::find(own.begin(), own.end(), c.target) == own.end()) own.push_back(c.target);
  }
  return own;
}

}  // namespace unxref::detect
