// ILO conventions cited by number ("ILO Convention No. 182", "Convention
// No. 169 of the ILO", "ILO Conventions Nos. 138 and 182"). The words are
// data (data/ilo-cues.tsv); the number's instrument is the registry row whose
// ILO title carries that number, so every ILO convention the registry holds
// is found by number without a name written for it.
#include <algorithm>
#include <regex>
#include <unordered_map>

#include "detect/finder.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/tsv.hpp"

namespace unxref::detect {
namespace {

struct IloCues {
  std::vector<std::string> prefixes, heads, middles, signs, ands, suffixes;
};

const IloCues& ilo_cues() {
  static const IloCues c = [] {
    IloCues out;
    std::unordered_map<std::string_view, std::vector<std::string>*> lists = {
        {"prefix", &out.prefixes}, {"head", &out.heads}, {"middle", &out.middles},
        {"sign", &out.signs},      {"and", &out.ands},   {"suffix", &out.suffixes}};
    for (const TsvRow& row : embedded_tsv("ilo-cues.tsv", 3)) {
      auto it = lists.find(row.cells[0]);
      if (it == lists.end())
        throw FileError("data/ilo-cues.tsv", "line " + std::to_string(row.line) + ": unknown kind '" + row.cells[0] + "'");
      it->second->push_back(normalize(row.cells[2]).text);
    }
    for (auto& [kind, list] : lists)
      std::stable_sort(list->begin(), list->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
  }();
  return c;
}

// Number -> target, from the registry's ILO titles: "convention (no. 138)
// concerning ...", "domestic workers convention, 2011 (no. 189)", "ilo
// convention no. 29". Protocols ("protocol of 2014 to the forced labour
// convention, 1930 (no. 29)") carry their parent's number and are left out.
const std::unordered_map<int, std::string>& ilo_numbers() {
  static const std::unordered_map<int, std::string> m = [] {
    std::unordered_map<int, std::string> out;
    static const std::regex kIloName(
        R"(^(?:convention \(no\. ?(\d+)\)|ilo convention no\. ?(\d+)|[^()]*convention, \d{4} \(no\. ?(\d+)\))(?: .*)?$)");
    for (const Instrument& in : builtin_instruments().instruments()) {
      if (in.kind != TargetKind::treaty || !in.parent.empty()) continue;
      for (const InstrumentName& n : in.names) {
        std::smatch m;
        if (!std::regex_match(n.normalized, m, kIloName)) continue;
        for (std::size_t g = 1; g < m.size(); ++g)
          if (m[g].matched) out.emplace(std::stoi(m[g].str()), in.target);
      }
    }
    return out;
  }();
  return m;
}

// The longest phrase of `list` that starts after the space at `pos`.
std::size_t any_after(std::string_view t, std::size_t pos, const std::vector<std::string>& list) {
  for (const std::string& p : list) {
    if (p.find('*') != std::string::npos) {
      if (pos < t.size() && t[pos] == ' ') {
        const std::size_t e = match_name(t, pos + 1, p);
        if (e != npos && word_ends_at(t, e)) return e;
      }
      continue;
    }
    if (const std::size_t e = words_after(t, pos, p); e != npos) return e;
    // "no." ends in a full stop, not at a word boundary of its own.
    if (!p.empty() && p.back() == '.' && pos < t.size() && t[pos] == ' ' && t.compare(pos + 1, p.size(), p) == 0)
      return pos + 1 + p.size();
  }
  return npos;
}

class IloConventionFinder final : public Finder {
 public:
  IloConventionFinder() {
    for (const std::string& h : ilo_cues().heads) cues_.emplace_back(name_cue(h));
    std::sort(cues_.begin(), cues_.end());
    cues_.erase(std::unique(cues_.begin(), cues_.end()), cues_.end());
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    const std::string_view t = text.text;
    if (!word_starts_at(t, hit_start)) return;
    const IloCues& cues = ilo_cues();
    std::size_t head_end = npos;
    for (const std::string& h : cues.heads) {
      const std::size_t e = match_name(t, hit_start, h);
      if (e != npos && word_ends_at(t, e) && (head_end == npos || e > head_end)) head_end = e;
    }
    if (head_end == npos) return;
    std::size_t start = hit_start;
    bool ilo = false;
    for (const std::string& p : cues.prefixes)
      if (const std::size_t s = words_before(t, hit_start, p); s != npos) {
        start = s;
        ilo = true;
        break;
      }
    std::size_t p = head_end;
    if (const std::size_t e = any_after(t, p, cues.middles); e != npos) {
      p = e;
      ilo = true;
    }
    // "Convention (No. 169)": the sign right after the bracket.
    const bool bracket = t.compare(p, 2, " (") == 0;
    std::size_t q = bracket ? sign_after_bracket(t, p + 1) : any_after(t, p, cues.signs);
    const bool signed_number = q != npos;
    if (!signed_number) {
      if (bracket) return;
      q = p;
    }
    // The numbers: "138", "138 and 182", "29, 105 and 182".
    std::vector<int> numbers;
    std::size_t end = q;
    for (;;) {
      std::size_t at = end;
      if (at < t.size() && t[at] == ' ') ++at;
      std::size_t num_end = npos;
      const int n = parse_number(t, at, 4, &num_end);
      if (n < 0 || !word_ends_at(t, num_end)) break;
      numbers.push_back(n);
      end = num_end;
      // The next item: ", 105", " and 182", ", No. 105", " and No. 182".
      std::size_t link = npos;
      if (t.compare(end, 1, ",") == 0) link = end + 1;
      if (const std::size_t a = any_after(t, link == npos ? end : link, cues.ands); a != npos) link = a;
      if (link == npos) break;
      if (const std::size_t sign = any_after(t, link, cues.signs); sign != npos) link = sign;
      if (link + 1 < t.size() && t[link] == ' ' && t[link + 1] >= '0' && t[link + 1] <= '9') {
        end = link;
        continue;
      }
      break;
    }
    if (numbers.empty()) return;
    if (bracket) {
      if (end >= t.size() || t[end] != ')') return;
      ++end;
    }
    if (const std::size_t e = any_after(t, end, cues.suffixes); e != npos) {
      end = e;
      ilo = true;
    }
    // A bare "Convention 189" needs the organisation named; "Convention No. 189" is the ILO's style.
    if (!signed_number && !ilo) return;
    std::vector<std::string> targets;
    for (int n : numbers) {
      auto it = ilo_numbers().find(n);
      if (it != ilo_numbers().end() && std::find(targets.begin(), targets.end(), it->second) == targets.end())
        targets.push_back(it->second);
    }
    if (targets.empty()) return;
    Candidate c;
    c.start = start;
    c.end = end;
    c.kind = TargetKind::treaty;
    c.cite(std::move(targets));
    out.push_back(std::move(c));
  }

 private:
  static std::size_t sign_after_bracket(std::string_view t, std::size_t open) {
    // `open` is at '('.
    for (const std::string& s : ilo_cues().signs)
      if (t.compare(open + 1, s.size(), s) == 0) return open + 1 + s.size();
    return npos;
  }

  std::vector<std::string> cues_;
};

}  // namespace

std::unique_ptr<Finder> make_ilo_convention_finder() { return std::make_unique<IloConventionFinder>(); }

}  // namespace unxref::detect
