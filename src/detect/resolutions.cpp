// Resolutions cited in prose: "General Assembly resolution 61/180",
// "its resolution 64/293 of 30 July 2010", "resolutions 2331 (2016) and
// 2388 (2017)", "大会第61/180号决议", "قرار الجمعية العامة ٦١/١٨٠".
//
// A cue word ("resolution", "résolution", "резолюци", "号决议", "قرار")
// anchors the parse (resolution_grammar.hpp reads the list around it); the
// organ comes from the words around it, from "its" (the document's own
// organ), else from the opening of the document, else from the form of the
// number.
#include <algorithm>

#include "detect/finder.hpp"
#include "detect/registry_matching.hpp"
#include "detect/resolution_grammar.hpp"
#include "detect/sc_years.hpp"
#include "unxref/core/years.hpp"

namespace unxref::detect {
namespace {

std::size_t utf8_len(unsigned char b) { return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1; }

bool is_bare(const ListItem& it) { return it.number.form == ResolutionNumber::Form::bare; }



// The Human Rights Council has met since 2006, about three sessions a year
// (its 60th in 2025): a higher session is not one of its own. Kept with
// headroom for the years ahead.
constexpr int kHrcLastSession = 66;

// Bytes between the end of a Chinese list's last mention and its cue 号决议
// (the mention may end before the cue or take it in).
constexpr std::size_t kPreviousCue = 16;

class ResolutionFinder final : public Finder {
 public:
  explicit ResolutionFinder(const ResolutionLexicon& lex) : lex_(lex), g_(lex) {}

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
    const int suffix = g_.possessive_suffix(s, he, p);
    const int possessive = suffix != 0 ? suffix : g_.possessive_before(s, word_start);
    const bool own = possessive > 0;
    p = skip_one_space(s, p);
    OrganHit inner;
    std::size_t len = 0;
    // "resolutions du Conseil des droits de l’homme 35/17": the organ between cue and number.
    std::size_t link = 0;
    const std::size_t linked = match_any(s, p, lex_.pin_links, &link) >= 0 ? skip_one_space(s, p + link) : p;
    for (std::size_t at : {p, linked}) {
      if (int o = g_.organ_at(s, at, &len); o >= 0 && inner.organ == Organ::unknown) {
        inner = {lex_.organs[static_cast<std::size_t>(o)].second, at, at + len};
        p = skip_one_space(s, at + len);
      }
    }
    // "resolutions of the General Assembly and the Security Council 60/180 and
    // 1645 (2005)": a second organ; the forms of the numbers tell them apart.
    if (inner.organ != Organ::unknown) {
      if (const std::size_t second = g_.second_organ_end(s, p); second > p) p = skip_one_space(s, second);
    }
    if (match_any(s, p, lex_.number_signs, &len) >= 0) p = skip_one_space(s, p + len);
    std::vector<ListItem> items = g_.parse_list(t, p);
    // Words before the list ("resolutions on Iraq, in particular 1500
    // (2003)") come after a plural only; most cues in prose have no list.
    if (items.empty() && (inflected || lex_.cues[cue].text.ends_with("es")))
      items = g_.parse_list(t, g_.first_dated_number_after(t, p));
    if (items.empty()) return;

    OrganHit adjacent = g_.organ_adjacent_before(s, word_start);
    Organ organ = inner.organ;
    if (organ == Organ::unknown) organ = adjacent.organ;
    // "его резолюцию": the organ named before, not one named after.
    if (organ == Organ::unknown && !own && possessive == 0) organ = g_.organ_after(s, items.back().tail_end);
    // "the OAS resolution 598", "resolution 598 of the Parliamentary
    // Assembly": a body the lexicon does not know; its numbers are not UN
    // ones, whatever the document cited before.
    if (organ == Organ::unknown && !own && std::any_of(items.begin(), items.end(), is_bare) &&
        other_body_named(t, word_start, items.back().tail_end)) {
      std::erase_if(items, is_bare);
      if (items.empty()) return;
    }
    const std::size_t start = adjacent.organ != Organ::unknown ? adjacent.start : word_start;
    emit(t, items, organ, own ? 1 : possessive, start, 0, out);
  }

  // "大会第61/180号决议", "安全理事会第2331(2016)号和第2388(2017)号决议",
  // "回顾其2008年12月19日第63/206号、2009年12月21日第64/191号决议".
  void find_numbers_before(const NormalizedText& t, std::size_t hs, std::size_t he,
                           std::vector<Candidate>& out) const {
    const std::string_view s = t.text;
    std::size_t list_start = 0;
    std::vector<ListItem> items = g_.parse_list_before(t, hs, &list_start);
    if (items.empty()) return;
    std::string pin;
    g_.pin_frame_at(t, he, &pin);
    if (!pin.empty() && items.size() == 1 && items.front().pinpoint.empty()) items.front().pinpoint = std::move(pin);
    const int own = g_.possessive_before(s, list_start);
    OrganHit adjacent = g_.organ_adjacent_before(s, list_start);
    const std::size_t start = adjacent.organ != Organ::unknown ? adjacent.start : list_start;
    Organ organ = adjacent.organ;
    if (organ == Organ::unknown && own == 0) organ = organ_of_list_before(s, list_start, out);
    emit(t, items, organ, own, start, he, out);
  }

  // A Chinese clause cites one organ's resolutions in several lists, each
  // closed by 号决议 and the next opened by its subject ("回顾人权理事会关于...的
  // ...第39/6号决议，10 关于记者安全的...第45/18号决议"): a list that names no
  // organ has the one its predecessor was given.
  Organ organ_of_list_before(std::string_view s, std::size_t list_start, const std::vector<Candidate>& out) const {
    const std::size_t cue = g_.previous_list_end(s, list_start);
    if (cue == npos) return Organ::unknown;
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
      if (it->kind != TargetKind::resolution || it->end > cue + kPreviousCue) continue;
      if (it->end + kPreviousCue < cue) break;
      const std::string& id = it->target;
      if (id.starts_with("A/HRC/RES/")) return Organ::hrc;
      if (id.starts_with("S/RES/")) return Organ::sc;
      if (id.starts_with("E/RES/")) return Organ::ecosoc;
      if (id.starts_with("A/RES/")) return Organ::ga;
      return Organ::unknown;
    }
    return Organ::unknown;
  }

  // The organ a list belongs to when the words around it name none, or
  // only "the Council".
  // `possessive`: 1 for "its own", -1 for "its" of another organ named before
  // ("его резолюцию"), 0 for none.
  Organ organ_from_context(const NormalizedText& t, const std::vector<ListItem>& items, Organ organ, int possessive,
                           std::size_t start) const {
    const std::string_view s = t.text;
    using Form = ResolutionNumber::Form;
    // Only session/number and bare forms depend on the organ beyond what the form says.
    // (A Roman session names the Assembly unless another body is named:
    // "ECLAC ... its resolution 574 (XXVII)".)
    const bool matters = std::any_of(items.begin(), items.end(), [](const ListItem& it) {
      return it.number.form == Form::session_number || is_bare(it) || it.number.form == Form::special ||
             it.number.form == Form::roman_session;
    });
    if (!matters) return organ;
    const auto named = [](Organ o) { return o == Organ::ga || o == Organ::sc || o == Organ::hrc || o == Organ::ecosoc; };
    // "the Council's resolution 45/22": of the councils only the Human Rights
    // Council numbers its resolutions session/number.
    const auto council_by_form = [&]() {
      const bool session_numbers = std::all_of(items.begin(), items.end(), [](const ListItem& it) {
        return (it.number.form == Form::session_number && it.number.first <= kHrcLastSession) ||
               it.number.form == Form::special;
      });
      return session_numbers ? Organ::hrc : Organ::unknown;
    };
    if (possessive > 0) {
      // "its resolution": the organ acting in the sentence ("the Human
      // Rights Council, in its resolution 14/7"), else the document's own.
      Organ subject = g_.subject_before(s, start);
      if (subject == Organ::assembly) subject = Organ::ga;
      if (subject == Organ::council) subject = council_by_form();
      if (named(subject)) return subject;
      const Organ doc = g_.opening_organ(t);
      if (named(doc)) return doc;
    }
    // "его резолюцию" names an organ the sentence named, however far back.
    constexpr std::size_t kAntecedentReach = 600;
    const Organ near = g_.organ_in_sentence(s, start, possessive < 0 ? kAntecedentReach : 0);
    Organ doc = Organ::unknown;
    if (near == Organ::unknown || near == Organ::council) doc = g_.opening_organ(t);
    if (organ == Organ::council || near == Organ::council) {
      if (doc == Organ::sc || doc == Organ::hrc || doc == Organ::ecosoc) return doc;
      return council_by_form();
    }
    Organ found = near != Organ::unknown ? (near == Organ::assembly ? Organ::ga : near) : doc;
    // "resolutions 28/6 and 37/5" in an Assembly text: the Assembly's
    // session/number resolutions start at its 31st session, so a lower
    // session is the Human Rights Council's, when the text has named it.
    const bool council_sessions = std::all_of(items.begin(), items.end(), [](const ListItem& it) {
      return it.number.form == Form::session_number && it.number.first <= kHrcLastSession && it.number.part.empty();
    });
    const bool low_sessions = council_sessions && std::any_of(items.begin(), items.end(), [](const ListItem& it) {
      return it.number.first < 31;
    });
    if ((found == Organ::ga || found == Organ::unknown) && low_sessions && g_.organ_named_before(s, start, Organ::hrc))
      return Organ::hrc;
    return found;
  }

  void emit(const NormalizedText& t, std::vector<ListItem>& items, Organ organ, int possessive, std::size_t start,
            std::size_t last_end, std::vector<Candidate>& out) const {
    if (organ == Organ::assembly) organ = Organ::ga;
    if (organ == Organ::unknown || organ == Organ::council) organ = organ_from_context(t, items, organ, possessive, start);
    std::string before_pin = g_.pinpoint_before(t, start);
    for (std::size_t i = 0; i < items.size(); ++i) {
      ListItem& it = items[i];
      std::string target = resolution_target(it.number, organ);
      std::string key;
      if (is_bare(it)) {
        // The Security Council numbers its resolutions in one sequence, so
        // the number alone fixes the year.
        // Where the text dates it, the date must agree: "resolution 1325 of
        // 31 October 2001" contradicts itself and stays unresolved.
        if (organ == Organ::sc) {
          const int year = sc_year_of(it.number.first);
          const int written = first_year(it.date);
          if (year != 0 && (written == 0 || written == year))
            target = "S/RES/" + std::to_string(it.number.first) + "(" + std::to_string(year) + ")";
        }
        if (target.empty()) key = bare_number_key(it.number.first, organ);
      }
      if (target.empty() && key.empty()) continue;
      Candidate c;
      // A bare number without an organ is a short form of the full mention
      // with the same number; it is a citation only if one exists.
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

  // An acronym right before the cue ("OAS", "WHA") or "of the" and a
  // capitalised name right after the number.
  bool other_body_named(const NormalizedText& t, std::size_t cue_start, std::size_t after) const {
    const std::string_view s = t.text;
    std::size_t e = cue_start;
    if (e > 0 && s[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z') --b;
    if (e - b >= 2 && e - b <= 6 && (b == 0 || !letter_before(s, b)) && original_all_upper(t, b, e)) return true;
    const std::size_t q = skip_one_space(s, after);
    return s.compare(q, 7, "of the ") == 0 && original_is_upper(t, q + 7);
  }

  const ResolutionLexicon& lex_;
  ResolutionGrammar g_;
};

}  // namespace

std::unique_ptr<Finder> make_resolution_finder() {
  return std::make_unique<ResolutionFinder>(ResolutionLexicon::builtin());
}

}  // namespace unxref::detect
