#pragma once
// The plug-in interface of the detector: each kind of reference is a Finder.
//
// The detector compiles the cues of all finders into one multi-pattern
// scanner, runs it once over the normalised text, and hands each hit to the
// finder that owns the cue. Finders parse precisely around the hit and append
// Candidates; overlapping candidates are then reduced (longest span wins, then
// higher priority), short forms are resolved, and the survivors become Mentions.
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "detect/normalize.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/detect/mention.hpp"

namespace unxref::detect {

// An optional protocol named through its parent treaty ("its Second Optional
// Protocol", "the two Optional Protocols to the CRC"); protocols.cpp finds
// the parent and picks the protocols from the registry.
struct ProtocolRef {
  enum class Parent {
    after,     // "... to the CRC": the parent is the mention right after
    before,    // "its ...", "... thereto": the instrument named just before
    bare,      // "the Optional Protocol": of the instrument of the sentence when it
               // has protocols, else the protocol named last
  };
  Parent parent = Parent::after;
  std::vector<int> ordinals;  // "the First and Second": {1, 2}; 1-based
  int count = 0;              // "the two": 2
  enum class Number { one, all, either } number = Number::one;
  bool any_protocol = false;  // "the Protocols thereto": optional or not
};

struct Candidate {
  std::size_t start = 0, end = 0;  // byte offsets in NormalizedText::text
  TargetKind kind = TargetKind::symbol;
  std::string target;    // canonical id; empty for a short form not yet resolved
  std::string pinpoint;  // "op. 16", "annex II", "art. 3", "objective 10"
  std::string date;      // "20 December 2006"
  // Non-empty for a short form / back-reference: the normalised key the
  // resolver matches against antecedents ("protocol", "convention",
  // "declaration", "gpa", "supra", "ibid").
  std::string short_form;
  // A short form that is a citation only when it resolves ("resolution 1325"
  // with no organ named): dropped, not reported as unresolved, when it does not.
  bool needs_antecedent = false;
  int priority = 0;  // tie-break between equal spans: higher wins
  int year = 0;      // a known document's year, so that no text cites a later one
  // Further targets of the same words: "the two Optional Protocols to the
  // CRC" is a citation of each.
  std::vector<std::string> also_targets;
  std::optional<ProtocolRef> protocol;
  // Words that are no citation ("the Conference of the Parties to the
  // Convention ..."): wins the overlap reduction over what is nested in it,
  // then is dropped.
  bool blocks = false;
  // Not a mention: where a later step looks ("previously issued under" before
  // a document's own former symbol). Taken out before overlaps are reduced.
  bool marker = false;

  // Words in [start, end) that hold no citation (see `blocks`).
  static Candidate blocker(std::size_t start, std::size_t end) {
    Candidate c;
    c.start = start;
    c.end = end;
    c.blocks = true;
    return c;
  }

  // Cites each of `targets` (none: no target), the first as `target`.
  void cite(std::vector<std::string> targets) {
    also_targets.clear();
    target.clear();
    if (targets.empty()) return;
    target = std::move(targets.front());
    also_targets.assign(std::make_move_iterator(targets.begin() + 1), std::make_move_iterator(targets.end()));
  }
};

class Finder {
 public:
  virtual ~Finder() = default;
  // Literal cues in normalised form (NFKC, case-folded). Any hit of a cue
  // makes the detector call find() for it.
  virtual std::vector<std::string> cues() const = 0;
  // `cue` indexes cues(); [hit_start, hit_end) is where it matched in text.text.
  // Hits arrive in text order. Append zero or more candidates.
  virtual void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start,
                    std::size_t hit_end, std::vector<Candidate>& out) const = 0;
};

// Factories. Each finder's data (registries, SDG codes, cue words per
// language) is loaded from the embedded data/ files.
std::unique_ptr<Finder> make_symbol_finder();
std::unique_ptr<Finder> make_resolution_finder();
std::unique_ptr<Finder> make_instrument_finder(const DetectorOptions& options);
std::unique_ptr<Finder> make_treaty_series_finder(const DetectorOptions& options);
// Markers for own_symbols.hpp: the words that put a document's former symbol in its text.
std::unique_ptr<Finder> make_reissue_finder();
std::unique_ptr<Finder> make_sdg_finder();
std::unique_ptr<Finder> make_short_form_finder();
std::unique_ptr<Finder> make_protocol_finder();
std::unique_ptr<Finder> make_ilo_convention_finder();
std::unique_ptr<Finder> make_instrument_collection_finder();
std::unique_ptr<Finder> make_instrument_list_finder();
std::unique_ptr<Finder> make_document_finder(const DetectorOptions& options);

// Resolves candidates with a short_form to the nearest compatible full
// mention before them (in place); unresolvable ones keep an empty target.
// `citing_year` (0 = unknown) tells apart frameworks by date.
void resolve_short_forms(std::vector<Candidate>& candidates, const NormalizedText& text, int citing_year);

// Protocols named through a parent written right after ("to the CRC") or
// around them ("ICCPR-OP 2", "OP-CAT"): the candidate takes the parent's span
// and the protocols it means, so that the parent is no citation of its own.
// Runs before overlaps are reduced; drops protocol phrases with no parent.
void attach_protocols(std::vector<Candidate>& candidates, const NormalizedText& text, int citing_year);

// The optional protocols of `parent_target` that `ref` means ("its Second
// Optional Protocol", "its two Optional Protocols"); empty when the registry
// has none or the words do not tell which.
std::vector<std::string> choose_protocols(std::string_view parent_target, const ProtocolRef& ref, int citing_year);

}  // namespace unxref::detect
