// UN document symbols written in the text: "A/RES/72/1", "S/RES/2331 (2016)",
// "A/53/500/Add.1", "E/CN.15/2017/L.5", also inside undocs.org links.
//
// The cue is a series prefix and its slash ("a/", "cedaw/"), so that the
// slashes of "HIV/AIDS", "and/or" and "2018/2019" cost nothing; the grammar
// in core/un_symbol.cpp decides, on the original text, because case matters
// there: "A/Res/72/1" is a symbol, "a/res/72/1" in running prose is not.
#include <algorithm>

#include "detect/finder.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t kWindow = 96;     // longer than any real symbol

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_alnum(char c) { return ascii_letter(c) || (c >= '0' && c <= '9'); }

// Links such as https://undocs.org/en/A/RES/72/1 cite a symbol too.
bool after_document_link(std::string_view s, std::size_t pos) {
  const std::size_t from = pos > 48 ? pos - 48 : 0;
  std::string_view before = s.substr(from, pos - from);
  std::size_t space = before.rfind(' ');
  if (space != std::string_view::npos) before.remove_prefix(space + 1);
  return before.find("undocs.org/") != std::string_view::npos ||
         before.find("documents.un.org/") != std::string_view::npos ||
         before.find("un.org/") != std::string_view::npos || before.find("symbol=") != std::string_view::npos;
}

class SymbolFinder final : public Finder {
 public:
  std::vector<std::string> cues() const override {
    std::vector<std::string> out;
    for (std::string_view series : un_symbol_series()) {
      std::string cue(series);
      for (char& c : cue) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      out.push_back(cue + "/");
    }
    return out;
  }

  void find(const NormalizedText& t, std::size_t, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    const std::string_view s = t.text;
    const std::size_t start = hit_start;
    if (start > 0) {
      const char before = s[start - 1];
      // Inside a word: "eca/" also hits as "a/", "unea/" is no series at all.
      if (ascii_alnum(before) || static_cast<unsigned char>(before) >= 0x80 || before == '.' || before == '-' ||
          before == '_' || before == '@')
        return;
      if (before == '/' && !after_document_link(s, start - 1)) return;
    }
    // The grammar reads the original bytes; line breaks inside a symbol
    // ("S/RES/2331\n(2016)") count as spaces, byte for byte.
    const std::size_t o = t.original_offset(start);
    // Series are upper case: "and/or", "km/h" stop here, before any copy.
    if (t.original[o] < 'A' || t.original[o] > 'Z') return;
    std::string_view window = t.original.substr(o, std::min(kWindow, t.original.size() - o));
    std::string copy;
    if (std::any_of(window.begin(), window.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; })) {
      copy.assign(window);
      for (char& c : copy)
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') c = ' ';
      window = copy;
    }
    std::size_t len = match_un_symbol(window);
    if (len == 0) return;
    std::optional<std::string> canonical = canonical_un_symbol(window.substr(0, len));
    if (!canonical) return;
    const bool resolution = canonical->find("/RES/") != std::string::npos;
    if (!resolution && canonical->back() == ')') {
      // "S/2019/179 (2019)": only resolutions carry the year in their symbol.
      std::size_t open = canonical->rfind('(');
      canonical->erase(open);
      len = window.rfind('(', len);
      while (len > 0 && window[len - 1] == ' ') --len;
    }
    const std::size_t orig_end = o + len;
    Candidate c;
    c.start = start;
    c.end = t.normalized_offset(orig_end);
    if (c.end <= c.start || c.end > s.size()) return;
    c.kind = resolution ? TargetKind::resolution : TargetKind::symbol;
    c.target = std::move(*canonical);
    c.priority = 10;
    out.push_back(std::move(c));
  }
};

}  // namespace

std::unique_ptr<Finder> make_symbol_finder() { return std::make_unique<SymbolFinder>(); }

}  // namespace unxref::detect
