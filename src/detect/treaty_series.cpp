// Treaties cited by their registration in the United Nations Treaty Series,
// as footnotes of UN texts do: "United Nations, Treaty Series, vol. 1577,
// No. 27531" is the Convention on the Rights of the Child. The volume and
// number decide; protocols registered under their convention's number are
// told apart by the volume.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "detect/finder.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

struct Framed {
  std::string before, after;  // "第" and "卷" around the number; after empty for "vol."
};

struct SeriesWords {
  std::vector<std::string> series, league;
  std::vector<Framed> volume, number;
  std::vector<std::string> range;  // "–", "à", "a": "Nos. 970–973" are four registrations
};

SeriesWords load_words() {
  const std::filesystem::path source = "data/treaty-series-cues.tsv";
  SeriesWords w;
  for (const TsvRow& row : embedded_tsv("treaty-series-cues.tsv", 3)) {
    const std::string text = normalize(row.cells[2]).text;
    const std::string& kind = row.cells[0];
    const auto framed = [&] {
      const std::size_t hash = text.find('#');
      return hash == std::string::npos ? Framed{text, {}} : Framed{text.substr(0, hash), text.substr(hash + 1)};
    };
    if (kind == "series") w.series.push_back(text);
    else if (kind == "league") w.league.push_back(text);
    else if (kind == "volume") w.volume.push_back(framed());
    else if (kind == "number") w.number.push_back(framed());
    else if (kind == "range") w.range.push_back(text);
    else throw FileError(source, "line " + std::to_string(row.line) + ": unknown kind '" + kind + "'");
  }
  return w;
}

// Punctuation and spaces between the parts: ", ", "，", "،", "《》".
std::size_t skip_joints(std::string_view s, std::size_t p) {
  for (int guard = 0; guard < 8 && p < s.size(); ++guard) {
    if (s[p] == ' ' || s[p] == ',') {
      ++p;
      continue;
    }
    bool moved = false;
    for (std::string_view mark : {"\xD8\x8C", "\xE3\x80\x8A", "\xE3\x80\x8B", "\xE3\x80\x81"}) {  // ، 《 》 、
      if (s.compare(p, mark.size(), mark) == 0) {
        p += mark.size();
        moved = true;
      }
    }
    if (!moved) break;
  }
  return p;
}

// The run of at most seven ASCII digits at `q` (none when more follow).
std::size_t digits_at(std::string_view s, std::size_t q) {
  std::size_t d = 0;
  while (q + d < s.size() && s[q + d] >= '0' && s[q + d] <= '9' && d < 7) ++d;
  return q + d < s.size() && s[q + d] >= '0' && s[q + d] <= '9' ? 0 : d;
}

// A number after one of `words` at `p`: its digits and where it ends, or npos.
// With `range`, a second number joined by one of its words ("970–973",
// "970 à 973") goes to `last`.
std::size_t read_framed(std::string_view s, std::size_t p, const std::vector<Framed>& words, std::string* digits,
                        const std::vector<std::string>& range = {}, std::string* last = nullptr) {
  for (const Framed& f : words) {
    if (s.compare(p, f.before.size(), f.before) != 0) continue;
    std::size_t q = p + f.before.size();
    if (q < s.size() && s[q] == ' ') ++q;
    const std::size_t d = digits_at(s, q);
    if (d == 0) continue;
    std::size_t end = q + d;
    std::string second;
    for (const std::string& joiner : range) {
      std::size_t r = end;
      if (r < s.size() && s[r] == ' ') ++r;
      if (s.compare(r, joiner.size(), joiner) != 0) continue;
      r += joiner.size();
      if (r < s.size() && s[r] == ' ') ++r;
      if (const std::size_t e = digits_at(s, r)) {
        second = std::string(s.substr(r, e));
        end = r + e;
        break;
      }
    }
    if (!f.after.empty()) {
      if (s.compare(end, f.after.size(), f.after) != 0) continue;
      end += f.after.size();
    } else if (!word_ends_at(s, end)) {
      continue;
    }
    *digits = std::string(s.substr(q, d));
    if (last) *last = second;
    return end;
  }
  return npos;
}

class TreatySeriesFinder final : public Finder {
 public:
  explicit TreatySeriesFinder(const InstrumentRegistry& registry) : words_(load_words()) {
    for (const Instrument& in : registry.instruments())
      for (const TreatySeriesEntry& e : in.treaty_series) by_number_[e.number].push_back({e.volume, &in});
  }

  std::vector<std::string> cues() const override { return words_.series; }

  void find(const NormalizedText& text, std::size_t, std::size_t hit_start, std::size_t hit_end,
            std::vector<Candidate>& out) const override {
    const std::string_view s = text.text;
    if (!word_starts_at(s, hit_start)) return;
    std::string volume, number, last;
    std::size_t p = skip_joints(s, hit_end);
    const std::size_t after_volume = read_framed(s, p, words_.volume, &volume);
    if (after_volume == npos) return;
    p = skip_joints(s, after_volume);
    const std::size_t end = read_framed(s, p, words_.number, &number, words_.range, &last);
    if (end == npos) return;
    const bool league = league_before(s, hit_start);
    const int first = std::stoi(number);
    // A range is a handful of registrations made together (the four Geneva
    // Conventions); a wide one is more likely a misreading than a citation.
    const int until = last.empty() ? first : std::stoi(last);
    if (until < first || until - first > 9) return;
    std::vector<const Instrument*> found;
    for (int n = first; n <= until; ++n) {
      const std::string key = n == first && last.empty() ? number : std::to_string(n);
      if (const Instrument* in = lookup(league ? "LoN-" + key : key, std::stoi(volume))) found.push_back(in);
    }
    if (found.empty()) return;
    Candidate c;
    c.start = hit_start;
    c.end = end;
    c.kind = found.front()->kind;
    c.target = found.front()->target;
    for (std::size_t i = 1; i < found.size(); ++i) c.also_targets.push_back(found[i]->target);
    c.priority = 2;
    out.push_back(std::move(c));
  }

 private:
  struct Registration {
    int volume;
    const Instrument* instrument;
  };

  // The volume picks among the instruments registered under one number (a
  // convention and its protocols); without a match, the one with no parent.
  const Instrument* lookup(const std::string& number, int volume) const {
    auto it = by_number_.find(number);
    if (it == by_number_.end()) return nullptr;
    for (const Registration& r : it->second)
      if (r.volume == volume) return r.instrument;
    const Registration* only = nullptr;
    for (const Registration& r : it->second) {
      if (!r.instrument->parent.empty()) continue;
      if (only) return nullptr;
      only = &r;
    }
    return only ? only->instrument : nullptr;
  }

  bool league_before(std::string_view s, std::size_t cue) const {
    const std::size_t from = cue > 40 ? cue - 40 : 0;
    const std::string_view window = s.substr(from, cue - from);
    return std::any_of(words_.league.begin(), words_.league.end(),
                       [&](const std::string& w) { return window.find(w) != std::string_view::npos; });
  }

  SeriesWords words_;
  std::map<std::string, std::vector<Registration>> by_number_;
};

}  // namespace

std::unique_ptr<Finder> make_treaty_series_finder(const DetectorOptions&) {
  return std::make_unique<TreatySeriesFinder>(builtin_instruments());
}

}  // namespace unxref::detect
