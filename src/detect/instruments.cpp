// Finds treaties and frameworks by the names in the instrument registry.
//
// Every name is a scanner cue (its literal part before any '*' stem); at a
// hit the name is matched in full, at word boundaries, and the span grows
// over the year and number that often follow ("Forced Labour Convention,
// 1930 (No. 29)"), so that a longer name always covers the names nested in it.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "detect/finder.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "detect/treaty_bodies.hpp"

namespace unxref::detect {
namespace {

// The year groups of the registry (frameworks that share a name and differ by
// year) reach resolve_short_forms as a short-form key of this form, since only
// the resolver knows the citing document's date.
constexpr std::string_view kYearGroupPrefix = "@year";

bool digit_at(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// ", 1930", " (1979)", " (No. 29)", " (CETS No. 197)" right after a name.
std::size_t extend_over_year_and_number(std::string_view text, std::size_t end) {
  auto year_at = [&](std::size_t p) {
    return digit_at(text, p) && digit_at(text, p + 1) && digit_at(text, p + 2) && digit_at(text, p + 3) &&
           !digit_at(text, p + 4) && (text[p] == '1' || text[p] == '2');
  };
  auto number_end = [&](std::size_t p) {
    std::size_t e = npos;
    return parse_number(text, p, 4, &e) >= 0 ? e : npos;
  };
  for (int round = 0; round < 2; ++round) {
    std::string_view rest = text.substr(end);
    if (rest.starts_with(", ") && year_at(end + 2) && word_ends_at(text, end + 6)) {
      end += 6;
      continue;
    }
    if (rest.starts_with(" (") && year_at(end + 2) && text.substr(end + 6).starts_with(")")) {
      end += 7;
      continue;
    }
    bool extended = false;
    for (std::string_view open : {std::string_view(" (no. "), std::string_view(" (no "),
                                  std::string_view(" (cets no. "), std::string_view(" (ets no. ")}) {
      if (!rest.starts_with(open)) continue;
      std::size_t e = number_end(end + open.size());
      if (e != npos && e < text.size() && text[e] == ')') {
        end = e + 1;
        extended = true;
      }
      break;
    }
    if (!extended) break;
  }
  return end;
}

// "Objective 10" near a mention of the Compact: the nearest one written
// within a few sentences after it, or just before it.
std::string find_pinpoint(std::string_view text, std::size_t start, std::size_t end, const PinpointRule& rule) {
  if (rule.words.empty()) return {};
  constexpr std::size_t kBefore = 80, kAfter = 320;
  const std::size_t from = start > kBefore ? start - kBefore : 0;
  const std::size_t to = std::min(text.size(), end + kAfter);
  std::string best;
  std::size_t best_distance = npos;
  for (const std::string& w : rule.words) {
    // Search only the window: a find() over the rest of the text would make
    // every mention cost the length of the document.
    const std::string_view window = text.substr(0, to);
    for (std::size_t p = window.find(w, from); p != std::string_view::npos; p = window.find(w, p + 1)) {
      if (!word_starts_at(text, p)) continue;
      std::size_t q = p + w.size();
      if (q >= text.size() || text[q] != ' ') continue;
      std::size_t num_end = npos;
      int n = parse_number(text, q + 1, 2, &num_end);
      if (n < rule.min || n > rule.max || !word_ends_at(text, num_end)) continue;
      if (num_end > to) continue;
      const std::size_t d = p >= end ? p - end : (start >= num_end ? start - num_end : 0);
      if (d < best_distance) {
        best_distance = d;
        best = rule.label + " " + std::to_string(n);
      }
    }
  }
  return best;
}

class InstrumentFinder final : public Finder {
 public:
  explicit InstrumentFinder(const DetectorOptions& options) : registry_(builtin_instruments()) {
    if (!options.extra_registries.empty()) {
      InstrumentRegistry extra;
      for (const auto& file : options.extra_registries) extra.load_file(file);
      register_extra_instruments(extra);
      for (const Instrument& in : extra.instruments()) registry_.add(in);
    }
    std::unordered_map<std::string, std::size_t> cue_index;
    const auto& all = registry_.instruments();
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (std::size_t n = 0; n < all[i].names.size(); ++n) {
        std::string cue(name_cue(all[i].names[n].normalized));
        if (cue.empty()) continue;
        auto [it, fresh] = cue_index.emplace(cue, cues_.size());
        if (fresh) {
          cues_.push_back(cue);
          names_of_cue_.emplace_back();
        }
        names_of_cue_[it->second].push_back({i, n});
      }
    }
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    if (cue >= names_of_cue_.size()) return;
    const std::string_view t = text.text;
    if (is_word_char(code_point_at(t, hit_start)) && !word_starts_at(t, hit_start)) return;
    // The longest name matched at this start, with every instrument it names.
    std::size_t best_end = 0;
    std::vector<std::size_t> best;
    std::string_view best_name;
    bool best_abbreviation = false;
    for (const NameRef& ref : names_of_cue_[cue]) {
      const Instrument& in = registry_.instruments()[ref.instrument];
      const InstrumentName& name = in.names[ref.name];
      const std::size_t end = match_whole_name(t, hit_start, name.normalized);
      if (end == npos) continue;
      if (end < t.size() && t[end] == '/') continue;  // "CRC/C/GC/20" is a document symbol
      if (name.exact_case && original_of(text, hit_start, end) != name.written) continue;
      if (end > best_end) {
        best_end = end;
        best.clear();
        best_name = name.normalized;
        best_abbreviation = name.exact_case;
      }
      if (end == best_end && std::find(best.begin(), best.end(), ref.instrument) == best.end())
        best.push_back(ref.instrument);
    }
    best.erase(std::remove_if(best.begin(), best.end(),
                              [&](std::size_t i) {
                                return continued_as_another_title(text, best_end, best_name,
                                                                  registry_.instruments()[i]);
                              }),
               best.end());
    if (best.empty()) return;
    if (const std::size_t protocol = unknown_protocol_before(text, hit_start); protocol != npos) {
      out.push_back(Candidate::blocker(protocol, best_end));
      return;
    }
    // "the Conference of the Parties to the United Nations Convention against
    // ...": the body's words hold no citation, not even of a name nested in them.
    if (names_a_body(text, hit_start, best_end, best_abbreviation)) {
      out.push_back(Candidate::blocker(hit_start, best_end));
      return;
    }
    const std::size_t end = extend_over_year_and_number(t, best_end);
    const Instrument& first = registry_.instruments()[best.front()];
    Candidate c;
    c.start = hit_start;
    c.end = end;
    c.kind = first.kind;
    c.priority = 1;
    c.pinpoint = find_pinpoint(t, hit_start, end, first.pinpoint);
    if (best.size() == 1) {
      c.target = first.target;
    } else {
      // Frameworks sharing the name: a year written next to it decides, else
      // the resolver picks by the citing document's date.
      int year = year_near(t, hit_start, end, 150, [&](int y) {
        return std::any_of(best.begin(), best.end(),
                           [&](std::size_t i) { return registry_.instruments()[i].year == y; });
      });
      std::string group(kYearGroupPrefix);
      for (std::size_t i : best) {
        const Instrument& in = registry_.instruments()[i];
        if (year != 0 && in.year == year) c.target = in.target;
        group += " " + in.target + "=" + std::to_string(in.year);
      }
      if (c.target.empty()) c.short_form = group;
    }
    out.push_back(std::move(c));
  }

 private:
  // "the Protocol to the African Charter ... on the Establishment of ...": a
  // protocol the registry does not know (a known one is a longer name and
  // wins) holds its parent's name, which it does not cite. Where the
  // protocol starts, else npos. "Kyoto Protocol to the ..." and "Optional
  // Protocol to the ..." are names of their own (or the protocol finder's).
  static std::size_t unknown_protocol_before(const NormalizedText& text, std::size_t pos) {
    static constexpr std::string_view kHeads[] = {"protocol to the", "protocole à la", "protocolo de la"};
    const std::string_view t = text.text;
    for (std::string_view head : kHeads) {
      const std::size_t start = words_before(t, pos, head);
      if (start == npos || !original_is_upper(text, start)) continue;
      if (start >= 2 && t[start - 1] == ' ' && is_word_char(code_point_before(t, start - 1))) {
        std::size_t word = start - 1;
        std::size_t len = 0;
        while (word > 0 && is_word_char(code_point_before(t, word, &len))) word -= len;
        if (original_is_upper(text, word)) continue;
      }
      return start;
    }
    return npos;
  }

  // "the Universal Declaration on Cultural Diversity": a short title that the
  // text continues with "on" and a capitalised word, where every longer
  // title of the instrument beginning with it goes on otherwise, is the
  // start of another instrument's title. "the Nagoya Protocol on Access ..."
  // goes on as its own title does and stays.
  static bool continued_as_another_title(const NormalizedText& text, std::size_t end,
                                         std::string_view matched, const Instrument& in) {
    const std::string_view t = text.text;
    if (t.compare(end, 4, " on ") != 0) return false;
    std::size_t word = end + 4;
    if (t.compare(word, 4, "the ") == 0) word += 4;
    if (!original_is_upper(text, word)) return false;
    std::size_t word_end = word;
    std::size_t len = 0;
    while (word_end < t.size() && is_word_char(code_point_at(t, word_end, &len))) word_end += len;
    const std::string_view continuation = t.substr(end, word_end - end);
    bool longer = false;
    for (const InstrumentName& n : in.names) {
      const std::string_view name = n.normalized;
      if (name.size() <= matched.size() || name.compare(0, matched.size(), matched) != 0 ||
          name[matched.size()] != ' ')
        continue;
      longer = true;
      if (name.compare(matched.size(), continuation.size(), continuation) == 0) return false;
    }
    return longer;
  }

  struct NameRef {
    std::size_t instrument, name;
  };
  InstrumentRegistry registry_;
  std::vector<std::string> cues_;
  std::vector<std::vector<NameRef>> names_of_cue_;
};

}  // namespace

std::unique_ptr<Finder> make_instrument_finder(const DetectorOptions& options) {
  return std::make_unique<InstrumentFinder>(options);
}

}  // namespace unxref::detect
