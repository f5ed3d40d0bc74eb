// Short forms ("the Protocol", "the GPA") and back-references ("supra",
// "ibid."): found here, resolved after overlap reduction by
// resolve_short_forms to the nearest compatible full mention before them.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "detect/finder.hpp"
#include "detect/normalize.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "detect/resolutions_numbers.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

enum class CaseRule { any, capitalised, upper };

constexpr std::string_view kSupra = "supra";
constexpr std::string_view kIbid = "ibid";
constexpr std::string_view kOpCit = "op cit";
constexpr std::string_view kYearGroupPrefix = "@year";
// "these instruments": every instrument named before it in its sentence.
constexpr std::string_view kInstruments = "instruments";

bool is_back_reference(std::string_view key) { return key == kSupra || key == kIbid || key == kOpCit; }

// "Ibid., document S/12903", "Ibid., Thirty-third Year, 2092nd meeting",
// "Ibid. Supplement for October": footnotes of resolutions pointing into the
// Official Records, a series with no target id; the documents named there
// are found on their own.
bool points_into_official_records(std::string_view t, std::size_t end) {
  std::string_view rest = t.substr(end, std::min<std::size_t>(64, t.size() - end));
  const std::size_t stop = rest.find_first_of(".;", 1);
  if (stop != std::string_view::npos) rest = rest.substr(0, stop);
  for (std::string_view word : {"document", "supplement", " year", "meeting", " session"})
    if (rest.find(word) != std::string_view::npos) return true;
  return false;
}

// Words that, after "the Convention", start the rest of a name this registry
// does not know ("the Convention on Biological Diversity"): then it is no
// short form at all.
// "de" with a capital or a year after it too: "la Déclaration de Rome", "el
// Tratado de Pelindaba" (a year form reads "la Convention de 1951").
constexpr std::array<std::string_view, 26> kNameContinuations = {
    "on", "against", "for", "relating", "concerning", "of", "between", "sur", "contre",
    "relative", "relatif", "sobre", "contra", "relativo", "relativa", "para", "de", "del", "des",
    "о", "об", "против", "относительно", "по", "المتعلق", "المتعلقة"};
// Of those, the ones a subject follows ("on human trafficking"). Not
// Russian "по": "Конвенции по состоянию на 2020 год", "по мере
// необходимости" are the Convention again; "для" is no continuation at all
// ("Договора для подписания", the Treaty opened for signature).
constexpr std::array<std::string_view, 18> kSubjectWords = {
    "on", "against", "relating", "concerning", "sur", "contre", "relative", "relatif", "sobre", "contra", "relativo", "relativa",
    "о", "об", "против", "относительно", "المتعلق", "المتعلقة"};

constexpr std::string_view kYearWord = " года ";

std::size_t skip_word(std::string_view t, std::size_t p) {
  std::size_t len = 0;
  while (p < t.size() && is_word_char(code_point_at(t, p, &len))) p += len;
  return p;
}

class ShortFormFinder final : public Finder {
 public:
  ShortFormFinder() {
    const std::filesystem::path source = "data/short-forms.tsv";
    for (const TsvRow& row : embedded_tsv("short-forms.tsv", 2)) {
      const std::string where = "line " + std::to_string(row.line) + ": ";
      if (row.cells[0] == "compound") {
        compounds_.insert(normalize(row.cells[1]).text);
      } else if (row.cells[0] == "year-form" && row.cells.size() >= 4) {
        const std::string pattern = normalize(row.cells[1]).text;
        const std::size_t year = pattern.find(kYearSlot);
        if (year == std::string::npos || row.cells[3] == "upper")
          throw FileError(source, where + "a year-form holds #### for the year and its case is cap or -");
        YearForm f;
        f.prefix = pattern.substr(0, year);
        f.suffix = pattern.substr(year + kYearSlot.size());
        f.key = normalize(row.cells[2]).text;
        f.capitalised = row.cells[3] == "cap";
        f.head = head_offset(pattern);
        year_forms_.push_back(std::move(f));
      } else if (row.cells[0] == "form" && row.cells.size() >= 4) {
        cues_.push_back(normalize(row.cells[1]).text);
        keys_.push_back(normalize(row.cells[2]).text);
        const std::string& rule = row.cells[3];
        if (rule != "cap" && rule != "upper" && rule != "-")
          throw FileError(source, where + "case must be cap, upper or -, not '" + rule + "'");
        rules_.push_back(rule == "cap" ? CaseRule::capitalised : rule == "upper" ? CaseRule::upper : CaseRule::any);
        if (row.cells.size() > 4 && row.cells[4] != "weak" && row.cells[4] != "-")
          throw FileError(source, where + "the fifth cell must be weak or empty, not '" + row.cells[4] + "'");
        weak_.push_back(row.cells.size() > 4 && row.cells[4] == "weak");
      } else {
        throw FileError(source, where + "expected 'form<TAB>text<TAB>key<TAB>case', 'year-form<TAB>text<TAB>key<TAB>case' "
                                        "or 'compound<TAB>word'");
      }
    }
  }

  std::vector<std::string> cues() const override {
    // A year form is found by the longer of its two literal parts.
    std::vector<std::string> all = cues_;
    for (const YearForm& f : year_forms_) all.push_back(f.suffix.size() >= f.prefix.size() ? f.suffix : f.prefix);
    return all;
  }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t hit_end,
            std::vector<Candidate>& out) const override {
    if (cue >= cues_.size()) {
      if (cue - cues_.size() < year_forms_.size()) find_year_form(text, year_forms_[cue - cues_.size()], hit_start, hit_end, out);
      return;
    }
    const std::string_view t = text.text;
    if (!word_starts_at(t, hit_start)) return;
    // A note's marker may be glued on ("Договора3,"): it ends the word too.
    if (!name_ends_at(t, hit_end)) return;
    std::size_t end = hit_end;
    const std::string& key = keys_[cue];
    if ((key == kIbid || key == kOpCit) && end < t.size() && t[end] == '.') ++end;  // "ibid.", "op. cit."
    if ((key == kIbid || key == kOpCit) && points_into_official_records(t, end)) return;
    if (!case_ok(text, cue, hit_start, hit_end)) return;
    if (!is_back_reference(key) && continues_into_other_name(text, hit_end)) return;
    Candidate c;
    c.start = hit_start;
    c.end = end;
    c.kind = TargetKind::treaty;  // the resolver sets the antecedent's kind
    c.short_form = key;
    c.needs_antecedent = weak_[cue];
    out.push_back(std::move(c));
  }

 private:
  static constexpr std::string_view kYearSlot = "####";

  // "the #### convention", "1954年公约": a short form that names its
  // instrument's year, resolved to the earlier mention of that year.
  struct YearForm {
    std::string prefix, suffix, key;
    bool capitalised = false;
    std::size_t head = 0;  // byte offset of the word whose capital a cased form needs
  };

  // The first word of a pattern that is neither the year nor an article.
  static std::size_t head_offset(std::string_view pattern) {
    for (std::size_t p = 0; p < pattern.size();) {
      const std::size_t e = std::min(pattern.find(' ', p), pattern.size());
      const std::string_view word = pattern.substr(p, e - p);
      if (word != kYearSlot && !is_one_of(word, articles())) return p;
      p = e + 1;
    }
    return 0;
  }

  // Whether a pattern's edge needs a word boundary in the text there: not
  // for a Chinese character or a bracket, which abut their neighbours.
  static bool needs_boundary(std::string_view t, std::size_t at) {
    const char32_t c = code_point_at(t, at);
    return c < 0x2E80 && is_word_char(c);
  }

  void find_year_form(const NormalizedText& text, const YearForm& f, std::size_t hit_start, std::size_t hit_end,
                      std::vector<Candidate>& out) const {
    const std::string_view t = text.text;
    const bool by_suffix = f.suffix.size() >= f.prefix.size();
    // Where the four digits of the year stand, from the part that was hit.
    const std::size_t year = by_suffix ? hit_start - std::min<std::size_t>(hit_start, 4) : hit_end;
    if (by_suffix ? hit_start < 4 + f.prefix.size() : year + 4 + f.suffix.size() > t.size()) return;
    for (std::size_t i = year; i < year + 4; ++i)
      if (t[i] < '0' || t[i] > '9') return;
    const int y = std::stoi(std::string(t.substr(year, 4)));
    if (y < 1800 || y > 2100) return;
    const std::size_t start = year - f.prefix.size(), end = year + 4 + f.suffix.size();
    if (t.compare(start, f.prefix.size(), f.prefix) != 0 || t.compare(year + 4, f.suffix.size(), f.suffix) != 0) return;
    if (start > 0 && t[start - 1] >= '0' && t[start - 1] <= '9') return;
    if (needs_boundary(t, start) && !word_starts_at(t, start)) return;
    if (end > 0 && needs_boundary(t, end - 1) && !word_ends_at(t, end)) return;
    // A year running on into more digits is no year ("de 19541"); after a
    // bracket a digit is a note's marker ("《议定书》5").
    if (f.suffix.empty() && end < t.size() && t[end] >= '0' && t[end] <= '9') return;
    if (f.capitalised && !original_is_upper(text, start + f.head)) return;
    if (continues_into_other_name(text, end)) return;
    Candidate c;
    c.start = start;
    c.end = end;
    c.kind = TargetKind::treaty;
    c.short_form = f.key + "@" + std::to_string(y);
    // A year no earlier mention has is as likely another instrument's as a slip.
    c.needs_antecedent = true;
    out.push_back(std::move(c));
  }

  bool case_ok(const NormalizedText& text, std::size_t cue, std::size_t start, std::size_t end) const {
    if (rules_[cue] == CaseRule::any) return true;
    // The head is what follows the article: "Protocol" in "the Protocol",
    // "Accord" in "l'Accord" (normalised text has one apostrophe).
    // Searched within the form only: a text with no apostrophe after it
    // would cost its whole length at every short form.
    const std::string_view form = std::string_view(text.text).substr(start, end - start);
    // Russian has no article: its first word is the capitalised one
    // ("Рамочной конвенции"). A sentence opens with a capital too, so a
    // weak form ("Повестка дня заседания ...") is no title there.
    if (const char32_t c = code_point_at(form, 0); c >= 0x0400 && c <= 0x04FF) {
      if (rules_[cue] == CaseRule::upper) return original_all_upper(text, start, end);
      return original_is_upper(text, start) && !(weak_[cue] && opens_sentence(text.text, start));
    }
    const std::size_t space = form.find(' ');
    const std::size_t apostrophe = form.find('\'');
    const std::size_t head = start + (space != std::string_view::npos        ? space + 1
                                      : apostrophe != std::string_view::npos ? apostrophe + 1
                                                                             : 0);
    if (rules_[cue] == CaseRule::upper) return original_all_upper(text, head, end);
    return original_is_upper(text, head);
  }

  // Whether `pos` starts the text or follows the end of a sentence or clause.
  static bool opens_sentence(std::string_view t, std::size_t pos) {
    while (pos > 0 && t[pos - 1] == ' ') --pos;
    return pos == 0 || t[pos - 1] == '.' || t[pos - 1] == ':' || t[pos - 1] == ';' || t[pos - 1] == '!' ||
           t[pos - 1] == '?';
  }

  // A word or two of data/short-forms.tsv's compound rows.
  bool is_compound(std::string_view words) const { return compounds_.count(std::string(words)) > 0; }

  // "the Protocol officer", "the Convention on Biological Diversity",
  // "the Optional Protocol to the Convention against Torture".
  bool continues_into_other_name(const NormalizedText& text, std::size_t end) const {
    const std::string_view t = text.text;
    // "l'Accord-cadre": a hyphen joins the head to a word that makes another
    // name ("the Convention-related work" stays a short form).
    if (end + 1 < t.size() && t[end] == '-' && is_compound(t.substr(end + 1, skip_word(t, end + 1) - end - 1)))
      return true;
    if (end >= t.size() || t[end] != ' ') return false;
    std::size_t w = end + 1;
    std::size_t w_end = skip_word(t, w);
    if (w_end == w) return false;
    const std::string_view word = t.substr(w, w_end - w);
    if (is_compound(word)) return true;
    // Two-word compounds: "l'Accord de paix".
    if (w_end + 1 < t.size() && t[w_end] == ' ') {
      const std::size_t w2_end = skip_word(t, w_end + 1);
      if (w2_end > w_end + 1 && is_compound(t.substr(w, w2_end - w))) return true;
    }
    // Russian names an instrument by a genitive: "Договор Раротонга".
    if (const char32_t c = code_point_at(t, w); c >= 0x0400 && c <= 0x04FF && original_is_upper(text, w)) return true;
    // "Протоколе 2005 года к Конвенции ...": a year, then a title of its own.
    if (word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        t.substr(w_end).starts_with(kYearWord)) {
      const std::size_t n = w_end + kYearWord.size();
      const std::string_view next = t.substr(n, skip_word(t, n) - n);
      return next == "к" || std::find(kSubjectWords.begin(), kSubjectWords.end(), next) != kSubjectWords.end();
    }
    // "le Protocole pour la répression d'actes illicites": "pour la" opens a
    // title; "pour" with a verb or a plural ("pour renforcer", "pour les
    // pays") is the instrument again.
    if (word == "pour") return t.compare(w_end, 4, " la ") == 0 || t.compare(w_end, 3, " l'") == 0;
    const bool to = word == "to";
    // "the Declaration and Programme of Action on a Culture of Peace": "and"
    // straight into a capitalised word goes on with the name ("and the
    // Protocol" names a second instrument).
    if (is_one_of(word, conjunctions())) {
      const std::size_t next = w_end + 1;
      return w_end < t.size() && t[w_end] == ' ' && next < t.size() && original_is_upper(text, next) &&
             !is_one_of(t.substr(next, skip_word(t, next) - next), articles());
    }
    // "the Convention No. 169 of the ILO": a number names another convention.
    if (word == "no" || word == "nos") {
      const std::size_t digit = t.compare(w_end, 2, ". ") == 0 ? w_end + 2 : w_end + 1;
      if (digit < t.size() && t[digit] >= '0' && t[digit] <= '9') return true;
    }
    // "le Programme d'action d'Istanbul": "de" elided.
    const bool elided_de = word == "d" && w_end < t.size() && t[w_end] == '\'';
    const bool continuation = to || elided_de ||
                              std::find(kNameContinuations.begin(), kNameContinuations.end(), word) !=
                                  kNameContinuations.end();
    if (!continuation) return false;
    // "the Convention on human trafficking", "the Convention relating to the
    // abolition of slavery": a subject after these is a name, whatever its case.
    const bool subject = std::find(kSubjectWords.begin(), kSubjectWords.end(), word) != kSubjectWords.end();
    // The word after the preposition (past an article) opens a name when it
    // is capitalised or a number; an acronym after "to the" ("to the GPA")
    // points back to a known instrument instead.
    std::size_t p = w_end;
    if (p >= t.size() || (t[p] != ' ' && !elided_de)) return false;
    ++p;
    std::size_t p_end = skip_word(t, p);
    bool after_article = false;
    if (is_one_of(t.substr(p, p_end - p), articles()) &&
        p_end < t.size() && t[p_end] == ' ') {
      p = p_end + 1;
      p_end = skip_word(t, p);
      after_article = true;
    } else if (t.substr(p, p_end - p) == "l" && p_end + 1 < t.size() && t[p_end] == '\'') {
      p = p_end + 1;  // "de l'Union africaine"
      p_end = skip_word(t, p);
      after_article = true;
    }
    if (p_end == p) return false;
    if (t[p] >= '0' && t[p] <= '9') return !to;

    if (subject && is_word_char(code_point_at(t, p))) return true;
    if (!original_is_upper(text, p)) return false;
    if (to && after_article && original_all_upper(text, p, p_end)) return false;
    return true;
  }

  std::vector<std::string> cues_;
  std::vector<std::string> keys_;
  std::vector<CaseRule> rules_;
  std::vector<bool> weak_;
  std::vector<YearForm> year_forms_;
  std::unordered_set<std::string> compounds_;
};

// "@year A/RES/72/1=2017 A/RES/76/7=2021": the latest adopted by the citing
// year, else (date unknown or earlier) the earliest.
std::string resolve_year_group(std::string_view group, int citing_year) {
  std::vector<std::pair<int, std::string>> options;
  for (const auto& item : split_list(group.substr(kYearGroupPrefix.size()), " ")) {
    const std::size_t eq = item.rfind('=');
    if (eq == std::string::npos) continue;
    int year = 0;
    for (char ch : item.substr(eq + 1)) year = ch >= '0' && ch <= '9' ? year * 10 + (ch - '0') : year;
    options.emplace_back(year, item.substr(0, eq));
  }
  if (options.empty()) return {};
  std::sort(options.begin(), options.end());
  std::string pick = options.front().second;
  for (const auto& [year, target] : options)
    if (citing_year != 0 && year <= citing_year) pick = target;
  return pick;
}

}  // namespace

std::unique_ptr<Finder> make_short_form_finder() { return std::make_unique<ShortFormFinder>(); }

namespace {

constexpr std::string_view kSaid = "\u8BE5";  // 该, "the said"
constexpr std::string_view kOpenTitle = "\u300A", kCloseTitle = "\u300B";  // 《 》
// How far back "该..." looks for another title: a page.
constexpr std::size_t kSaidReach = 2000;

// "该公约", "the said convention", is the convention written last before it:
// when a bracketed title with that word stands after the antecedent and is
// no mention ("《国际航标组织公约》", a convention the registry does not know),
// the antecedent is not the one meant. The bare word ("协定所有缔约方", the
// Agreement's parties) is the antecedent again. `between` are the mentions
// after the antecedent.
bool said_one_is_another(std::string_view t, const Candidate& form, const Candidate& antecedent,
                         const std::vector<const Candidate*>& between) {
  std::string_view said = t.substr(form.start, form.end - form.start);
  if (!said.starts_with(kSaid) || antecedent.end > form.start) return false;
  said.remove_prefix(kSaid.size());
  for (std::string_view bracket : {kOpenTitle, kCloseTitle})
    if (const std::size_t b = said.find(bracket); b != std::string_view::npos)
      said = b == 0 ? said.substr(bracket.size()) : said.substr(0, b);
  if (said.empty()) return false;
  // Bounded: only the words since the antecedent, and not beyond a page.
  const std::size_t from = std::max(antecedent.end, form.start > kSaidReach ? form.start - kSaidReach : 0);
  const std::string_view window = t.substr(from, form.start - from);
  // The word ending a bracketed title ("《国际航标组织公约》"), one opened after the antecedent.
  const std::string title_end = std::string(said) + std::string(kCloseTitle);
  for (std::size_t at = 0;;) {
    at = window.find(title_end, at);
    if (at == std::string_view::npos) return false;
    const std::size_t open = window.rfind(kOpenTitle, at), close = window.rfind(kCloseTitle, at);
    const bool titled = open != std::string_view::npos && (close == std::string_view::npos || close < open);
    const std::size_t end = at + said.size();
    const bool named = std::any_of(between.begin(), between.end(), [&](const Candidate* m) {
      return m->start <= from + at && from + end <= m->end;
    });
    if (titled && !named) return true;
    at = end;
  }
}

// "its Optional Protocol", "... thereto": the instrument named within the
// sentence before.
bool within_sentence(std::string_view t, std::size_t from, std::size_t to) {
  constexpr std::size_t kReach = 200;
  if (to < from || to - from > kReach) return false;
  const std::string_view gap = t.substr(from, to - from);
  return gap.find(". ") == std::string_view::npos && gap.find("\xE3\x80\x82") == std::string_view::npos;
}

// The head word of a short form's normalised text: past its article ("the
// agreement", "l'accord"), inside its brackets ("《协定》"), past the Arabic
// article ("الاتفاق").
std::string_view form_head(std::string_view form) {
  if (const std::size_t cut = form.find_last_of(" '"); cut != std::string_view::npos) form.remove_prefix(cut + 1);
  for (std::string_view open : {std::string_view("\xE3\x80\x8A"), std::string_view("\xD8\xA7\xD9\x84")})
    if (form.starts_with(open) && form.size() > open.size()) form.remove_prefix(open.size());  // 《, ال
  if (form.ends_with("\xE3\x80\x8B")) form.remove_suffix(3);  // 》
  return form;
}

// Whether a short form at [start, end) defines itself for the mention
// `named` before it: in brackets after the name, "... Fish Stocks (the
// Agreement)", "(l’« Accord »)", "《…协定》(《协定》)". The rest of a title
// the registry's name stops short of may stand between ("l’Accord de 1995
// aux fins de … des stocks de poissons grands migrateurs (l’Accord)"), but no
// end of a clause or sentence, and not the form's own head word: then the
// brackets define a title between that the registry does not know ("the
// Law of the Sea Convention and the Convention for ... (the Convention)").
bool defines(std::string_view t, const Candidate& named, std::size_t start, std::size_t end) {
  constexpr std::size_t kTitleRest = 400;
  if (!named.also_targets.empty() || named.end > start || start - named.end > kTitleRest) return false;
  auto is_quote = [](char32_t c) {
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x2018 || c == 0x2019;
  };
  std::size_t open = start;
  while (open > named.end) {
    std::size_t len = 0;
    const char32_t c = code_point_before(t, open, &len);
    if (c == '(') break;
    if (c != ' ' && !is_quote(c)) return false;
    open -= len ? len : 1;
  }
  if (open <= named.end || t[open - 1] != '(') return false;
  const std::string_view between = t.substr(named.end, open - 1 - named.end);
  for (std::string_view stop : {"; ", ". ", "。", "؛"})
    if (between.find(stop) != std::string_view::npos) return false;
  if (between.find(form_head(t.substr(start, end - start))) != std::string_view::npos) return false;
  for (std::size_t q = end; q < t.size();) {
    std::size_t len = 0;
    const char32_t c = code_point_at(t, q, &len);
    if (c == ')') return true;
    if (c != ' ' && !is_quote(c)) return false;
    q += len ? len : 1;
  }
  return false;
}

// Where the sentence holding `at` begins: after a full stop, Latin or
// Chinese, which an operative paragraph's number ("5. ") also is. A
// semicolon is not one: it parts the items of a list ("... et son Protocole
// de 1967 ; l'application de ces instruments").
std::size_t sentence_start(std::string_view t, std::size_t at) {
  constexpr std::size_t kReach = 600;
  const std::size_t low = at > kReach ? at - kReach : 0;
  for (std::size_t p = at; p > low; --p) {
    const std::string_view before = t.substr(0, p);
    if (before.ends_with(". ") || before.ends_with("\xE3\x80\x82")) return p;
  }
  return low;
}

}  // namespace

void resolve_short_forms(std::vector<Candidate>& candidates, const NormalizedText& text, int citing_year) {
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return candidates[a].start < candidates[b].start; });
  // Year groups first: they are full names, and later steps look ahead.
  for (Candidate& c : candidates) {
    if (!std::string_view(c.short_form).starts_with(kYearGroupPrefix)) continue;
    c.target = resolve_year_group(c.short_form, citing_year);
    c.short_form.clear();
  }

  std::unordered_map<std::string, std::vector<std::string>> forms_cache;
  auto forms_of = [&](const std::string& target) -> const std::vector<std::string>& {
    auto it = forms_cache.find(target);
    if (it == forms_cache.end()) {
      std::vector<std::string> forms = short_forms_of(target);
      // "the 1954 Convention" answers to the convention of 1954 alone.
      if (const std::optional<Instrument> in = find_instrument(target); in && in->year != 0) {
        const std::size_t plain = forms.size();
        for (std::size_t k = 0; k < plain; ++k) forms.push_back(forms[k] + "@" + std::to_string(in->year));
      }
      for (std::string& key : bare_number_keys(target)) forms.push_back(std::move(key));
      it = forms_cache.emplace(target, std::move(forms)).first;
    }
    return it->second;
  };
  auto answers_to = [&](const Candidate* c, const std::string& key) {
    if (!c || !c->short_form.empty() || c->target.empty()) return false;
    const auto& forms = forms_of(c->target);
    return std::find(forms.begin(), forms.end(), key) != forms.end();
  };
  auto take = [](Candidate& c, const Candidate* from) {
    if (!from) return;
    c.target = from->target;
    c.kind = from->kind;
  };

  // One forward pass: the latest full mention answering to each short-form
  // key, and the latest citation of any kind for back-references, so that a
  // long document costs one lookup per short form.
  std::unordered_map<std::string, const Candidate*> latest_for_key;
  // Short forms the text defined ("(the Agreement)"): they keep that meaning
  // whatever is named after, as drafters intend.
  std::unordered_map<std::string, const Candidate*> defined;
  const Candidate* latest_citation = nullptr;
  const Candidate* latest_instrument = nullptr;  // for "its Optional Protocol"
  for (std::size_t pos = 0; pos < order.size(); ++pos) {
    Candidate& c = candidates[order[pos]];
    const Candidate* next = pos + 1 < order.size() ? &candidates[order[pos + 1]] : nullptr;
    const std::size_t gap = next && next->start >= c.end ? next->start - c.end : npos;
    if (c.short_form.empty()) {
      if (c.target.empty()) continue;
      // Several instruments at once ("the Geneva Conventions", "the Optional
      // Protocols to the CRC") are no antecedent of a singular short form.
      if (c.also_targets.empty())
        for (const std::string& key : forms_of(c.target)) latest_for_key[key] = &c;
      latest_citation = &c;
      if (c.kind == TargetKind::treaty) latest_instrument = &c;
      continue;
    }
    c.target.clear();
    if (c.protocol) {
      // A protocol named through the instrument before it; a protocol phrase
      // with its parent after it that stayed a short form has no answer.
      const ProtocolRef& ref = *c.protocol;
      // "its Optional Protocol", "... thereto": the instrument named within the
      // sentence; "the Optional Protocol" likewise, when that instrument has one
      // (otherwise it is the last protocol named, below).
      const bool near = latest_instrument && ref.parent != ProtocolRef::Parent::after &&
                        within_sentence(text.text, latest_instrument->end, c.start);
      std::vector<std::string> targets;
      if (near) targets = choose_protocols(latest_instrument->target, ref, citing_year);
      if (!targets.empty()) {
        const bool one = targets.size() == 1;
        c.cite(std::move(targets));
        latest_citation = &c;
        // Several protocols at once answer no later "the Protocol".
        if (!one) continue;
        for (const std::string& key : forms_of(c.target)) latest_for_key[key] = &c;
        latest_instrument = &c;
        continue;
      }
      // "the Optional Protocol" with no parent right before it: the last
      // protocol named, as for any short form.
      if (ref.parent != ProtocolRef::Parent::bare || (near && !optional_protocols_of(latest_instrument->target).empty()))
        continue;
    }
    if (c.short_form == kInstruments) {
      // A closed set: two instruments at least, each once, in the order named.
      const std::size_t from = sentence_start(text.text, c.start);
      std::vector<const Candidate*> named;
      for (std::size_t k = pos; k-- > 0;) {
        const Candidate& b = candidates[order[k]];
        if (b.start < from) break;
        if (b.kind == TargetKind::treaty && !b.target.empty()) named.push_back(&b);
      }
      std::vector<std::string> set;
      const auto add = [&](const std::string& t) {
        if (std::find(set.begin(), set.end(), t) == set.end()) set.push_back(t);
      };
      for (auto it = named.rbegin(); it != named.rend(); ++it) {
        add((*it)->target);
        for (const std::string& also : (*it)->also_targets) add(also);
      }
      if (set.size() >= 2) c.cite(std::move(set));
    } else if (!is_back_reference(c.short_form)) {
      // An apposition names the antecedent outright: "the Global Plan of
      // Action (General Assembly resolution 64/293)".
      constexpr std::size_t kAppositionGap = 3;
      // Else the nearest before; failing that, one named later in the same
      // sentence ("adopted the Global Plan of Action in 2010 by resolution 64/293").
      constexpr std::size_t kSameSentence = 80;
      auto before = latest_for_key.find(c.short_form);
      const Candidate* named = pos > 0 ? &candidates[order[pos - 1]] : nullptr;
      auto definition = defined.find(c.short_form);
      // "该公约", the said convention: see said_one_is_another.
      const bool said = text.text.compare(c.start, kSaid.size(), kSaid) == 0;
      const Candidate* took = nullptr;
      const auto take_from = [&](const Candidate* from) {
        take(c, from);
        took = from;
      };
      if (named && answers_to(named, c.short_form) && defines(text.text, *named, c.start, c.end)) {
        take_from(named);
        defined[c.short_form] = named;
      } else if (gap <= kAppositionGap && answers_to(next, c.short_form))
        take_from(next);
      // "该公约", the said convention, is the one just named, whatever "《公约》" was defined as.
      else if (definition != defined.end() && !said)
        take_from(definition->second);
      else if (before != latest_for_key.end())
        take_from(before->second);
      else
        for (std::size_t k = pos + 1; k < order.size(); ++k) {
          const Candidate* later = &candidates[order[k]];
          if (later->start > c.end + kSameSentence) break;
          if (answers_to(later, c.short_form)) {
            take_from(later);
            break;
          }
        }
      if (said && took && took->end <= c.start) {
        std::vector<const Candidate*> between;
        const std::size_t from = std::max(took->end, c.start > kSaidReach ? c.start - kSaidReach : 0);
        for (std::size_t k = pos; k-- > 0 && candidates[order[k]].end > from;)
          between.push_back(&candidates[order[k]]);
        if (said_one_is_another(text.text, c, *took, between)) c.target.clear();
      }
      // "its 1967 Protocol", "son Protocole de 1967", "及其1967年《议定书》":
      // not named before, the one of that year of the instrument just named.
      if (const std::size_t at = c.short_form.find('@');
          c.target.empty() && at != std::string::npos && at > 0 && latest_instrument &&
          within_sentence(text.text, latest_instrument->end, c.start)) {
        const std::string key = c.short_form.substr(0, at);
        const int year = std::atoi(c.short_form.c_str() + at + 1);
        for (const Instrument& child : children_of(latest_instrument->target))
          if (child.year == year && std::find(child.short_forms.begin(), child.short_forms.end(), key) !=
                                        child.short_forms.end()) {
            c.target = child.target;
            c.kind = child.kind;
            break;
          }
      }
    } else {
      // "See supra - <title>": the title that follows names what is meant.
      constexpr std::size_t kTitleGap = 40;
      // "Ibid." names the source cited just before it; one cited pages
      // earlier is not what a later "ibid." means, so it stays unresolved.
      constexpr std::size_t kIbidReach = 1500;
      if (c.short_form == kSupra && next && next->kind == TargetKind::document && !next->target.empty() &&
          gap <= kTitleGap)
        take(c, next);
      else if (c.short_form == kSupra ||
               (latest_citation && (c.start < latest_citation->end || c.start - latest_citation->end <= kIbidReach)))
        take(c, latest_citation);
    }
    if (!c.target.empty()) {
      latest_citation = &c;
      if (c.kind == TargetKind::treaty) latest_instrument = &c;
    }
  }
}

}  // namespace unxref::detect
