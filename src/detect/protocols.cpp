// Optional protocols named through their parent treaty: "the two Optional
// Protocols to the CRC", "its Second Optional Protocol", "ICCPR-OP 2". The
// words are data (data/protocol-phrases.tsv). Which protocol a phrase means
// is never written down here: it comes from the registry, as the protocols
// whose parent is the treaty, oldest first, so that a protocol added to the
// registry is found through every phrase at once.
#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "detect/finder.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

constexpr std::string_view kProtocolKey = "optional protocol";

struct Phrase {
  std::string text;  // normalised
  int value = 0;
  bool glued = false;  // a link the parent follows with no space
};

struct Head {
  std::string text;
  ProtocolRef::Number number = ProtocolRef::Number::one;
  int count = 0;  // a dual ("البروتوكولين"): two of them
  bool plain = false;  // "Protocols", not "Optional Protocols": only with the parent before
  bool possessive = false;  // "its" is part of the word (Arabic "بروتوكولها")
};

struct Lexicon {
  std::vector<Head> heads;
  std::vector<Phrase> ordinals, ordinals_after, numerals, possessives, thereto, links, blockers, blockers_after,
      continues, articles, connectives;
};

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    const std::filesystem::path source = "data/protocol-phrases.tsv";
    std::unordered_map<std::string, std::vector<Phrase>*> lists = {
        {"ordinal", &l.ordinals},     {"ordinal-after", &l.ordinals_after}, {"numeral", &l.numerals},
        {"possessive", &l.possessives}, {"thereto", &l.thereto},            {"link", &l.links},
        {"blocker", &l.blockers},     {"blocker-after", &l.blockers_after}, {"continues", &l.continues},
        {"article", &l.articles},     {"connective", &l.connectives}};
    for (const TsvRow& row : embedded_tsv("protocol-phrases.tsv", 4)) {
      const std::string where = "line " + std::to_string(row.line) + ": ";
      const std::string& kind = row.cells[0];
      const std::string& value = row.cells[3];
      std::string text = normalize(row.cells[2]).text;
      if (kind == "head" || kind == "plain-head" || kind == "possessive-head") {
        const auto number = value == "one"    ? ProtocolRef::Number::one
                            : value == "all" || value == "two" ? ProtocolRef::Number::all
                            : value == "either" ? ProtocolRef::Number::either
                                                : throw FileError(source, where + "head number must be one, two, all "
                                                                                  "or either, not '" + value + "'");
        l.heads.push_back(
            {std::move(text), number, value == "two" ? 2 : 0, kind == "plain-head", kind == "possessive-head"});
        continue;
      }
      auto it = lists.find(kind);
      if (it == lists.end()) throw FileError(source, where + "unknown kind '" + kind + "'");
      Phrase p{std::move(text), 0, value == "glued"};
      if (kind == "ordinal" || kind == "ordinal-after" || kind == "numeral") {
        if (value.size() != 1 || value[0] < '1' || value[0] > '9')
          throw FileError(source, where + "value must be a number from 1 to 9, not '" + value + "'");
        p.value = value[0] - '0';
      }
      it->second->push_back(std::move(p));
    }
    // The longest phrase first: "to the" before "to".
    for (auto& [kind, list] : lists)
      std::stable_sort(list->begin(), list->end(),
                       [](const Phrase& a, const Phrase& b) { return a.text.size() > b.text.size(); });
    return l;
  }();
  return lex;
}

bool is_cjk_or_bracket(char32_t c) { return c >= 0x2E80 && !is_word_char(c); }

struct At {
  std::size_t start = 0, end = 0;
  const Phrase* phrase = nullptr;
  explicit operator bool() const { return phrase != nullptr; }
};

// A phrase that ends just before `pos` as words of their own, or glued to
// `pos` when it ends in a Han character or bracket.
At phrase_before(std::string_view t, std::size_t pos, const std::vector<Phrase>& list) {
  for (const Phrase& p : list) {
    const std::size_t n = p.text.size();
    if (const std::size_t s = words_before(t, pos, p.text); s != npos) return {s, pos, &p};
    if (pos >= n && is_cjk_or_bracket(code_point_before(p.text, n)) && t.compare(pos - n, n, p.text) == 0)
      return {pos - n, pos, &p};
  }
  return {};
}

// A phrase of words after the space at `pos`, glued to what follows when the
// data says so, or starting at `pos` when it starts with a Han character.
// `note_may_follow`: the phrase may end a citation, so a note marker may be
// glued to it ("к ней23").
At phrase_after(std::string_view t, std::size_t pos, const std::vector<Phrase>& list, bool note_may_follow = false) {
  for (const Phrase& p : list) {
    const std::size_t n = p.text.size();
    if (is_cjk_or_bracket(code_point_at(p.text, 0))) {
      if (t.compare(pos, n, p.text) == 0) return {pos, pos + n, &p};
      continue;
    }
    if (p.glued) {
      if (pos < t.size() && t[pos] == ' ' && t.compare(pos + 1, n, p.text) == 0) return {pos + 1, pos + 1 + n, &p};
      continue;
    }
    if (const std::size_t e = words_after(t, pos, p.text); e != npos) return {pos + 1, e, &p};
    if (note_may_follow && pos < t.size() && t[pos] == ' ' && t.compare(pos + 1, n, p.text) == 0 &&
        name_ends_at(t, pos + 1 + n))
      return {pos + 1, pos + 1 + n, &p};
  }
  return {};
}

// Whether the original letter at `pos` is in a script with case and is lower
// case there: "optional protocol" in running prose is a description, not a title.
bool lower_case_title(const NormalizedText& text, std::size_t pos) {
  const std::size_t at = text.original_offset(pos);
  const auto c = static_cast<UChar32>(code_point_at(text.original, at));
  return u_islower(c);
}

class ProtocolFinder final : public Finder {
 public:
  ProtocolFinder() {
    std::unordered_map<std::string, std::size_t> index;
    const auto& heads = lexicon().heads;
    for (std::size_t h = 0; h < heads.size(); ++h) {
      std::string cue(name_cue(heads[h].text));
      auto [it, fresh] = index.emplace(cue, cues_.size());
      if (fresh) {
        cues_.push_back(cue);
        heads_of_cue_.emplace_back();
      }
      heads_of_cue_[it->second].push_back(h);
    }
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    if (cue >= heads_of_cue_.size()) return;
    const Lexicon& lex = lexicon();
    const std::string_view t = text.text;
    if (!word_starts_at(t, hit_start)) return;
    // "an optional protocol" in lower case is a description; with its parent
    // or a count written ("the two optional protocols to CRC") it is a citation.
    const bool lower_case = lower_case_title(text, hit_start);
    const Head* head = nullptr;
    std::size_t head_end = 0;
    for (std::size_t h : heads_of_cue_[cue]) {
      const std::size_t e = match_name(t, hit_start, lex.heads[h].text);
      // A note marker may be glued to the head ("sus Protocolos Facultativos23").
      if (e == npos || !name_ends_at(t, e) || e <= head_end) continue;
      head = &lex.heads[h];
      head_end = e;
    }
    if (!head) return;

    ProtocolRef ref;
    ref.number = head->number;
    ref.count = head->count;
    ref.any_protocol = head->plain;
    std::size_t start = hit_start;
    // Right to left: "the First and Second", "the two", "its second".
    for (bool counted = false;;) {
      if (At o = phrase_before(t, start, lex.ordinals)) {
        ref.ordinals.insert(ref.ordinals.begin(), o.phrase->value);
        start = o.start;
        continue;
      }
      if (!ref.ordinals.empty()) {
        if (At c = phrase_before(t, start, lex.connectives); c && phrase_before(t, c.start, lex.ordinals)) {
          start = c.start;
          continue;
        }
      }
      if (!counted) {
        if (At n = phrase_before(t, start, lex.numerals)) {
          ref.count = n.phrase->value;
          start = n.start;
          counted = true;
          continue;
        }
      }
      break;
    }
    if (phrase_before(t, start, lex.blockers)) return;
    // Arabic glues "its" to the head: nothing to look for before it.
    bool possessive = head->possessive;
    const std::size_t article_end = start;
    if (!possessive) {
      if (At p = phrase_before(t, start, lex.possessives)) {
        possessive = true;
        start = p.start;
      } else if (At a = phrase_before(t, start, lex.articles)) {
        if (phrase_before(t, a.start, lex.blockers)) return;
        start = a.start;
      }
    }

    std::size_t end = head_end;
    if (At o = phrase_after(t, end, lex.ordinals_after)) {
      ref.ordinals.push_back(o.phrase->value);
      end = o.end;
    }
    if (phrase_after(t, end, lex.blockers_after)) return;
    Candidate c;
    if (At th = phrase_after(t, end, lex.thereto, /*note_may_follow=*/true)) {
      ref.parent = ProtocolRef::Parent::before;
      end = th.end;
    } else if (head->plain && (!possessive || lower_case || phrase_after(t, end, lex.continues))) {
      // "the Protocols to ...", "the Protocols": a name, or no telling whose;
      // "its protocols on interrogation", "ses protocoles d'accord": a
      // State's procedures, not a treaty's protocols.
      return;
    } else if (At l = phrase_after(t, end, lex.links)) {
      ref.parent = ProtocolRef::Parent::after;
      end = l.end;
    } else if (possessive) {
      ref.parent = ProtocolRef::Parent::before;
    } else {
      // "the Optional Protocol on the sale of children" is a name of its own (the registry's).
      if (phrase_after(t, end, lex.continues) || (lower_case && ref.ordinals.empty() && ref.count == 0)) return;
      ref.parent = ProtocolRef::Parent::bare;
    }
    // A name does not take its article ("the Optional Protocol to the CRC"
    // is the name after "the"); a short form does ("the Optional Protocol thereto").
    c.start = ref.parent == ProtocolRef::Parent::after ? article_end : start;
    c.end = end;
    c.kind = TargetKind::treaty;
    if (ref.parent != ProtocolRef::Parent::after) c.short_form = std::string(kProtocolKey);
    c.protocol = std::move(ref);
    out.push_back(std::move(c));
  }

 private:
  std::vector<std::string> cues_;
  std::vector<std::vector<std::size_t>> heads_of_cue_;
};

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    if (!is_word_char(code_point_at(s, i, &len))) {
      i += len ? len : 1;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && is_word_char(code_point_at(s, j, &len))) j += len ? len : 1;
    out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "... to the CRC on the sale of children, child prostitution and child
// pornography": words of one protocol's names that no sibling's names (nor
// the parent's) share tell which protocol is meant. Returns the protocols in
// the order their words appear and where the last such word ends.
std::vector<std::string> protocols_by_subject(std::string_view t, std::size_t from, const std::string& parent,
                                              const std::vector<Instrument>& kids, std::size_t* subject_end) {
  if (kids.size() < 2 || !phrase_after(t, from, lexicon().continues)) return {};
  std::unordered_map<std::string, int> owners;  // word -> kid index, -1 when shared
  std::unordered_set<std::string> vocabulary;    // every word of the protocols' names
  std::unordered_set<std::string> parent_words;
  if (auto p = find_instrument(parent))
    for (const auto& n : p->names)
      for (auto& w : words_of(n.normalized)) parent_words.insert(std::move(w));
  for (std::size_t k = 0; k < kids.size(); ++k)
    for (const auto& n : kids[k].names)
      for (auto& w : words_of(n.normalized)) {
        vocabulary.insert(w);
        if (w.size() < 4 || parent_words.count(w) || w.find('*') != std::string::npos) continue;
        auto [it, fresh] = owners.emplace(std::move(w), static_cast<int>(k));
        if (!fresh && it->second != static_cast<int>(k)) it->second = -1;
      }
  // The subject runs to the end of the clause.
  constexpr std::size_t kSubjectReach = 160;
  std::size_t stop = std::min(t.size(), from + kSubjectReach);
  if (std::size_t p = t.substr(from, stop - from).find_first_of(".;()"); p != std::string_view::npos) stop = from + p;
  std::vector<std::string> picked;
  for (std::size_t i = from; i < stop;) {
    std::size_t len = 1;
    if (!is_word_char(code_point_at(t, i, &len))) {
      i += len ? len : 1;
      continue;
    }
    std::size_t j = i;
    while (j < stop && is_word_char(code_point_at(t, j, &len))) j += len ? len : 1;
    const std::string word(t.substr(i, j - i));
    // The subject ends with the first word no protocol's name has ("... armed conflict forbids").
    if (!vocabulary.count(word) && !parent_words.count(word)) break;
    auto it = owners.find(word);
    if (it != owners.end() && it->second >= 0) {
      const std::string& target = kids[static_cast<std::size_t>(it->second)].target;
      if (std::find(picked.begin(), picked.end(), target) == picked.end()) picked.push_back(target);
      *subject_end = j;
    }
    i = j;
  }
  return picked;
}

void set_targets(Candidate& c, std::vector<std::string> targets) {
  c.kind = TargetKind::treaty;
  c.cite(std::move(targets));
}

// "ICCPR-OP 2", "ICCPR OP1", "CEDAW-OP" after an abbreviation, "OP-CAT" before it.
bool attach_abbreviated(Candidate& c, const NormalizedText& text, int citing_year) {
  const std::string_view t = text.text;
  ProtocolRef ref;
  std::size_t start = c.start, end = c.end;
  const std::string_view rest = t.substr(c.end);
  if ((rest.starts_with("-op") || rest.starts_with(" op")) && original_all_upper(text, c.end + 1, c.end + 3)) {
    std::size_t e = c.end + 3;
    std::size_t digit = e;
    if (digit < t.size() && (t[digit] == ' ' || t[digit] == '-')) ++digit;
    if (digit < t.size() && t[digit] >= '1' && t[digit] <= '9' && word_ends_at(t, digit + 1)) {
      ref.ordinals.push_back(t[digit] - '0');
      e = digit + 1;
    } else if (!word_ends_at(t, e)) {
      return false;
    }
    end = e;
  } else if (c.start >= 3 && (t.compare(c.start - 3, 3, "op-") == 0 || t.compare(c.start - 3, 3, "op ") == 0) &&
             word_starts_at(t, c.start - 3) && original_all_upper(text, c.start - 3, c.start - 1)) {
    start = c.start - 3;
  } else {
    return false;
  }
  if (optional_protocols_of(c.target).empty()) return false;
  std::vector<std::string> targets = choose_protocols(c.target, ref, citing_year);
  c.start = start;
  c.end = end;
  c.target.clear();
  set_targets(c, std::move(targets));
  if (c.target.empty()) {
    c.short_form = std::string(kProtocolKey);  // "?" rather than the parent
    c.protocol = ref;
  }
  return true;
}

}  // namespace

std::unique_ptr<Finder> make_protocol_finder() { return std::make_unique<ProtocolFinder>(); }

std::vector<std::string> choose_protocols(std::string_view parent_target, const ProtocolRef& ref, int citing_year) {
  std::vector<Instrument> kids = ref.any_protocol ? protocols_of(parent_target) : optional_protocols_of(parent_target);
  // A text of 2009 means the protocols that existed in 2009.
  if (citing_year != 0 && std::any_of(kids.begin(), kids.end(), [&](const Instrument& k) { return k.year <= citing_year; }))
    std::erase_if(kids, [&](const Instrument& k) { return k.year > citing_year; });
  if (kids.empty()) return {};
  // Ranks follow adoption; two adopted together have no rank between them.
  const auto tied = [&](std::size_t i) {
    return (i > 0 && kids[i - 1].year == kids[i].year) || (i + 1 < kids.size() && kids[i + 1].year == kids[i].year);
  };
  std::vector<std::string> out;
  if (!ref.ordinals.empty()) {
    for (int n : ref.ordinals) {
      const auto i = static_cast<std::size_t>(n - 1);
      if (n < 1 || i >= kids.size() || tied(i)) return {};
      out.push_back(kids[i].target);
    }
    return out;
  }
  if (ref.count > 0) {
    const auto n = static_cast<std::size_t>(ref.count);
    if (n > kids.size() || (n < kids.size() && kids[n - 1].year == kids[n].year)) return {};
    for (std::size_t i = 0; i < n; ++i) out.push_back(kids[i].target);
    return out;
  }
  if (ref.number == ProtocolRef::Number::all || (ref.number == ProtocolRef::Number::either && kids.size() > 1)) {
    for (const Instrument& k : kids) out.push_back(k.target);
    return out;
  }
  // "The Optional Protocol" of a treaty with several is the first, when one
  // came first: the later ones are always called by their rank.
  if (kids.size() == 1 || kids[0].year != kids[1].year) return {kids[0].target};
  return {};
}

void attach_protocols(std::vector<Candidate>& cands, const NormalizedText& text, int citing_year) {
  const std::string_view t = text.text;
  const auto is_full_treaty = [](const Candidate& c) {
    return c.kind == TargetKind::treaty && !c.target.empty() && c.short_form.empty() && !c.protocol;
  };
  std::unordered_map<std::size_t, std::size_t> longest_at;  // start -> index of the longest full treaty there
  for (std::size_t i = 0; i < cands.size(); ++i) {
    if (!is_full_treaty(cands[i])) continue;
    auto [it, fresh] = longest_at.emplace(cands[i].start, i);
    if (!fresh && cands[i].end > cands[it->second].end) it->second = i;
  }
  std::vector<Candidate> added;
  for (Candidate& c : cands) {
    if (is_full_treaty(c)) {
      // A copy takes the protocol's span; the parent stays a candidate of its
      // own, and the longer span decides.
      if (original_all_upper(text, c.start, c.end)) {
        Candidate p = c;
        if (attach_abbreviated(p, text, citing_year)) added.push_back(std::move(p));
      }
      continue;
    }
    if (!c.protocol || c.protocol->parent != ProtocolRef::Parent::after || !c.short_form.empty()) continue;
    const Candidate* parent = nullptr;
    for (std::size_t at : {c.end, c.end + 1})
      if (auto it = longest_at.find(at); it != longest_at.end()) parent = &cands[it->second];
    std::vector<Instrument> kids = parent ? optional_protocols_of(parent->target) : std::vector<Instrument>{};
    if (kids.empty()) {
      c.start = c.end;  // no parent with protocols: dropped below
      continue;
    }
    std::size_t end = parent->end;
    std::vector<std::string> targets;
    if (c.protocol->ordinals.empty() && c.protocol->count == 0)
      targets = protocols_by_subject(t, parent->end, parent->target, kids, &end);
    if (targets.empty()) targets = choose_protocols(parent->target, *c.protocol, citing_year);
    c.end = end;
    set_targets(c, std::move(targets));
    if (c.target.empty()) {
      c.short_form = std::string(kProtocolKey);  // stays "?": the words do not say which
    } else {
      c.protocol.reset();
    }
  }
  std::erase_if(cands, [](const Candidate& c) { return c.start >= c.end; });
  for (Candidate& a : added) cands.push_back(std::move(a));
}

}  // namespace unxref::detect
