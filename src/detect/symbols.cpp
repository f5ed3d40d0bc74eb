// UN document symbols written in the text: "A/RES/72/1", "S/RES/2331 (2016)",
// "A/53/500/Add.1", "E/CN.15/2017/L.5", also inside undocs.org links.
//
// The cue is a series prefix and its slash ("a/", "cedaw/"), so that the
// slashes of "HIV/AIDS", "and/or" and "2018/2019" cost nothing; the grammar
// in core/un_symbol.cpp decides, on the original text, because case matters
// there: "A/Res/72/1" is a symbol, "a/res/72/1" in running prose is not.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "detect/finder.hpp"
#include "detect/sc_years.hpp"
#include "unxref/core/un_symbol.hpp"
#include "unxref/core/utf8.hpp"

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

// A symbol glued to a word of a script that puts spaces between words
// ("unea/", "ЖA/") is none; after a quote, a bracket, CJK or Arabic it is.
bool glued_to_word(std::string_view s, std::size_t start) {
  const char before = s[start - 1];
  if (static_cast<unsigned char>(before) < 0x80) {
    if (ascii_alnum(before) || before == '.' || before == '-' || before == '_' || before == '@') return true;
    return before == '/' && !after_document_link(s, start - 1);
  }
  std::int32_t i = static_cast<std::int32_t>(start);
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  if (c < 0 || !u_isalnum(c)) return false;
  UErrorCode ec = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &ec);
  return script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK;
}

// A UN job number ("15-29658", "17-12345 (E)") as a word at `p`.
bool job_number_at(std::string_view s, std::size_t p) {
  const auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (p > 0 && (ascii_alnum(s[p - 1]) || s[p - 1] == '-' || s[p - 1] == '/')) return false;
  for (std::size_t k : {0, 1, 3, 4, 5, 6, 7})
    if (!digit(p + k)) return false;
  return s[p + 2] == '-' && !digit(p + 8) && !(p + 8 < s.size() && (ascii_alnum(s[p + 8]) || s[p + 8] == '-'));
}

// Only page furniture between a symbol and a job number: page numbers
// ("6/55"), dates ("01/10/2015"), "(E)".
bool only_furniture(std::string_view between) {
  for (std::size_t i = 0; i < between.size(); ++i) {
    const char c = between[i];
    if ((c >= '0' && c <= '9') || c == '/' || c == ' ') continue;
    if (between.compare(i, 3, "(e)") == 0) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

// The symbol in a page's header or footer, which the UN prints next to the
// document's job number ("6/55 15-29658 01/10/2015 A/70/PV.22"): the
// document naming itself on every page, where text files keep it inline.
// A citation next to a footer ("(see A/69/PV.6) 15-29437") has words or
// brackets in between, and stays.
bool in_page_furniture(std::string_view s, std::size_t start, std::size_t end) {
  constexpr std::size_t kReach = 40;
  const std::size_t from = start > kReach ? start - kReach : 0;
  const std::size_t to = std::min(s.size(), end + kReach);
  for (std::size_t p = from; p + 8 <= start; ++p)
    if (job_number_at(s, p) && only_furniture(s.substr(p + 8, start - p - 8))) return true;
  for (std::size_t p = end; p + 8 <= to; ++p)
    if (job_number_at(s, p) && only_furniture(s.substr(end, p - end))) return true;
  return false;
}

// "A/12", "S/2", "E/1": a series and one short number is a room, a paper
// size or a flat number far more often than a document of the 1940s.
bool too_short_to_be_a_symbol(std::string_view canonical) {
  const std::size_t slash = canonical.find('/');
  if (slash == std::string_view::npos || canonical.find('/', slash + 1) != std::string_view::npos) return false;
  // Subsidiary series start low and are cited so ("SPLOS/72", "CLCS/11").
  if (slash != 1) return false;
  const std::string_view rest = canonical.substr(slash + 1);
  return rest.size() <= 2 && std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The original text from `o` on as the grammar reads it: line breaks as
// spaces ("S/RES/2331\n(2016)"), and full-width forms as the ASCII they
// stand for ("Ａ／ＲＥＳ／７２／１"), case kept, since case matters to the
// grammar. `source[k]` is the original offset of byte k (and of the end);
// empty when that is simply o + k.
struct GrammarWindow {
  std::string_view plain;  // the original itself, when nothing needed changing
  std::string storage;     // else the changed copy
  bool changed = false;
  std::vector<std::size_t> source;

  // A view computed on each call, so that moving the window never leaves it
  // pointing into a moved-from string.
  std::string_view text() const { return changed ? std::string_view(storage) : plain; }
};

bool line_space(char c) { return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

// Whether the non-ASCII character at `s` is one the grammar reads as ASCII
// (full-width forms, no-break and thin spaces, Unicode hyphens, the
// ideographic space) or inside a part ("(Parts I和II)"). Any other one ends
// every symbol, so the window can stop before it.
bool grammar_reads(std::string_view s) {
  const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  if (b(0) == 0xEF && (b(1) == 0xBC || b(1) == 0xBD)) return true;       // U+FF01..U+FF7F
  if (b(0) == 0xC2 && b(1) == 0xA0) return true;                         // U+00A0
  if (b(0) == 0xE2 && b(1) == 0x80) return b(2) == 0xAF || b(2) == 0x89 || b(2) == 0x90 || b(2) == 0x91;
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return true;         // U+3000
  return b(0) == 0xE5 && b(1) == 0x92 && b(2) == 0x8C;                   // 和
}

GrammarWindow grammar_window(std::string_view original, std::size_t o) {
  GrammarWindow w;
  std::string_view ascii = original.substr(o, std::min(kWindow, original.size() - o));
  // Most windows in Arabic, Cyrillic or Chinese text run into a letter of
  // that script right after the symbol: the window ends there, in ASCII.
  const auto first_high = std::find_if(ascii.begin(), ascii.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  const auto cut = static_cast<std::size_t>(first_high - ascii.begin());
  if (cut < ascii.size() && !grammar_reads(original.substr(o + cut))) ascii = ascii.substr(0, cut);
  const bool plain = cut >= ascii.size();
  if (plain) {
    w.plain = ascii;
    if (std::any_of(ascii.begin(), ascii.end(), line_space)) {
      w.storage.assign(ascii);
      std::replace_if(w.storage.begin(), w.storage.end(), line_space, ' ');
      w.changed = true;
    }
    return w;
  }
  w.changed = true;
  const auto n = static_cast<std::int32_t>(std::min(original.size(), o + 4 * kWindow));
  auto i = static_cast<std::int32_t>(o);
  while (i < n && w.storage.size() < kWindow) {
    const std::size_t at = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(original.data(), i, n, c);
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII, as NFKC maps it
    // No-break and thin spaces ("(Parts\u00A0I and II)"), and no-break hyphens.
    if (c == 0x3000 || c == 0xA0 || c == 0x202F || c == 0x2009 || (c >= 0 && c < 0x80 && line_space(static_cast<char>(c))))
      c = ' ';
    if (c == 0x2010 || c == 0x2011) c = '-';
    if (c < 0) c = 0xFFFD;
    append_utf8(w.storage, static_cast<char32_t>(c));
    w.source.resize(w.storage.size(), at);
  }
  w.source.push_back(static_cast<std::size_t>(i));
  return w;
}

class SymbolFinder final : public Finder {
 public:
  std::vector<std::string> cues() const override {
    std::vector<std::string> out;
    for (const std::string& opening : un_symbol_openings()) {
      std::string cue = opening;
      for (char& c : cue) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      out.push_back(std::move(cue));
    }
    return out;
  }

  void find(const NormalizedText& t, std::size_t, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    const std::string_view s = t.text;
    if (hit_start > 0 && glued_to_word(s, hit_start)) return;
    std::size_t end = symbol_at(t, hit_start, out);
    // "A/51/889-S/1997/357": a document issued under two symbols cites both.
    for (int joint = 0; end != 0 && joint < 3 && end + 1 < s.size() && s[end] == '-'; ++joint)
      end = symbol_at(t, end + 1, out);
  }

 private:
  // The symbol starting at normalised `start`, appended to `out`; returns
  // its end, or 0 when there is none.
  std::size_t symbol_at(const NormalizedText& t, std::size_t start, std::vector<Candidate>& out) const {
    const std::string_view s = t.text;
    const std::size_t o = t.original_offset(start);
    const GrammarWindow window = grammar_window(t.original, o);
    const std::string_view text = window.text();
    // Series are letters: "24/7" and "2018/2019" stop here; the grammar
    // takes lower case only where a whole symbol is ("s/1994/565").
    if (text.empty() || !ascii_letter(text[0])) return 0;
    const SymbolOptions options{.lower_case = true};
    std::size_t len = match_un_symbol(text, options);
    if (len == 0) return 0;
    std::string rejoined;
    std::size_t removed_space = std::string::npos;  // where a stray space was taken out
    if (const std::size_t more = rejoin_country_code(text, len, &rejoined); more > len) {
      removed_space = len + 1;
      len = more;
    }
    const std::string_view read = removed_space == std::string::npos ? text : std::string_view(rejoined);
    std::optional<std::string> canonical = canonical_un_symbol(read.substr(0, len), options);
    if (!canonical || too_short_to_be_a_symbol(*canonical)) return 0;
    bool resolution = canonical->find("/RES/") != std::string::npos;
    if (const std::size_t open = canonical->rfind('(');
        !resolution && canonical->back() == ')' && canonical->size() - open == 6) {
      // "S/2019/179 (2019)": only resolutions carry the year in their symbol
      // ("A/79/6 (Sect. 8)" names a part of the document and stays).
      canonical->erase(open);
      len = text.rfind('(', len);
      while (len > 0 && text[len - 1] == ' ') --len;
    }
    if (resolution) with_council_year(*canonical);
    if (!resolution && resolution_word_before(s, start) && written_as_session_document(*canonical)) {
      // "General Assembly resolution A/62/149": the resolution, whose symbol has RES.
      canonical->insert(canonical->rfind('/', canonical->rfind('/') - 1) + 1, "RES/");
      resolution = true;
    }
    const std::size_t text_len = removed_space == std::string::npos ? len : len + 1;  // back in the window's bytes
    const std::size_t orig_end = window.source.empty() ? o + text_len : window.source[text_len];
    Candidate c;
    c.start = start;
    c.end = t.normalized_offset(orig_end);
    if (c.end <= c.start || c.end > s.size()) return 0;
    if (in_page_furniture(s, c.start, c.end)) return 0;
    c.kind = resolution ? TargetKind::resolution : TargetKind::symbol;
    c.target = std::move(*canonical);
    c.priority = 10;
    const std::size_t end = c.end;
    const std::string base = without_suffix(c.target);
    out.push_back(std::move(c));
    if (!resolution) suffixes_after(s, end, base, out);
    return end;
  }

  // "A/HRC/WG.6/4/ MYS/2": a space the PDF put before the country code of a
  // UPR symbol. Returns the length of the symbol read without it in `out`
  // (len when there is none).
  static std::size_t rejoin_country_code(std::string_view text, std::size_t len, std::string* out) {
    if (len + 6 >= text.size() || text[len] != '/' || text[len + 1] != ' ') return len;
    for (std::size_t k = 2; k < 5; ++k)
      if (text[len + k] < 'A' || text[len + k] > 'Z') return len;
    if (text[len + 5] != '/' || text[len + 6] < '0' || text[len + 6] > '9') return len;
    *out = std::string(text.substr(0, len + 1)) + std::string(text.substr(len + 2));
    const std::size_t more = match_un_symbol(*out, SymbolOptions{.lower_case = true});
    return more > len + 1 ? more : len;
  }

  // "resolution A/62/149", "résolution A/HRC/7/8".
  static bool resolution_word_before(std::string_view s, std::size_t start) {
    for (std::string_view w : {"resolution ", "résolution ", "resolución ", "resolutions ", "résolutions ",
                               "resoluciones "})
      if (start >= w.size() && s.compare(start - w.size(), w.size(), w) == 0) return true;
    return false;
  }

  // "A/62/149", "A/HRC/7/8", "E/2019/10": a session and a number, the form of
  // a resolution's symbol without its RES.
  static bool written_as_session_document(std::string_view symbol) {
    std::string_view rest;
    for (std::string_view series : {"A/HRC/", "A/", "E/"})
      if (symbol.starts_with(series)) {
        rest = symbol.substr(series.size());
        break;
      }
    const std::size_t slash = rest.find('/');
    if (rest.empty() || slash == std::string_view::npos || slash == 0 || slash + 1 == rest.size()) return false;
    const auto digits = [](std::string_view d) { return std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; }); };
    return digits(rest.substr(0, slash)) && digits(rest.substr(slash + 1));
  }

  // "S/RES/1441": the Council's numbering fixes the year the spec's id carries.
  static void with_council_year(std::string& symbol) {
    if (!symbol.starts_with("S/RES/") || symbol.find('(') != std::string::npos) return;
    const std::string_view number = std::string_view(symbol).substr(6);
    if (number.empty() || number.size() > 4 || !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return;
    if (const int year = sc_year_of(std::stoi(std::string(number)))) symbol += "(" + std::to_string(year) + ")";
  }

  // "S/7611 and Add.1", "A/53/500, Add.1 and Add.2": further parts of the
  // same document named by their suffix alone.
  static void suffixes_after(std::string_view s, std::size_t pos, const std::string& base, std::vector<Candidate>& out) {
    for (int guard = 0; guard < 8; ++guard) {
      std::size_t p = pos;
      if (p < s.size() && s[p] == ',') ++p;
      if (p < s.size() && s[p] == ' ') ++p;
      for (std::string_view joint : {"and ", "et ", "y "})
        if (s.compare(p, joint.size(), joint) == 0) p += joint.size();
      if (p == pos) return;
      std::string_view label;
      for (std::string_view word : {"add.", "corr.", "rev."})
        if (s.compare(p, word.size(), word) == 0) label = word;
      if (label.empty()) return;
      std::size_t q = p + label.size(), digits = 0;
      while (q + digits < s.size() && s[q + digits] >= '0' && s[q + digits] <= '9' && digits < 3) ++digits;
      if (digits == 0 || (q + digits < s.size() && (ascii_alnum(s[q + digits]) || s[q + digits] == '/'))) return;
      Candidate c;
      c.start = p;
      c.end = q + digits;
      c.kind = TargetKind::symbol;
      std::string suffix(label);
      for (char& ch : suffix) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
      c.target = base + "/" + suffix + std::string(s.substr(q, digits));
      c.priority = 10;
      out.push_back(std::move(c));
      pos = q + digits;
    }
  }

  // "A/53/500" for "A/53/500/ADD.1": what a bare "Add.2" after it attaches to.
  static std::string without_suffix(const std::string& symbol) {
    const std::size_t slash = symbol.rfind('/');
    if (slash == std::string::npos) return symbol;
    const std::string_view last = std::string_view(symbol).substr(slash + 1);
    if (last.starts_with("ADD.") || last.starts_with("CORR.") || last.starts_with("REV.")) return symbol.substr(0, slash);
    return symbol;
  }
};

}  // namespace

std::unique_ptr<Finder> make_symbol_finder() { return std::make_unique<SymbolFinder>(); }

}  // namespace unxref::detect
