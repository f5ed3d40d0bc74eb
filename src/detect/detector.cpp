// The detector's pipeline: normalise -> scan cues once -> finders -> reduce
// overlaps -> resolve short forms -> mentions with original offsets.
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <span>

#include "detect/clause_verbs.hpp"
#include "detect/default_finders.hpp"
#include "detect/finder.hpp"
#include "detect/normalize.hpp"
#include "unxref/core/utf8.hpp"
#include "detect/own_symbols.hpp"
#include "detect/scanner.hpp"
#include "unxref/core/years.hpp"
#include "unxref/detect/detect.hpp"

namespace unxref {

namespace detect {
namespace {

std::vector<std::vector<std::string>> collect_cues(const std::vector<std::unique_ptr<Finder>>& finders) {
  std::vector<std::vector<std::string>> cues;
  for (const auto& f : finders) cues.push_back(f->cues());
  return cues;
}

// Longest span wins; equal spans go to the higher priority, then to the
// earlier finder. Most candidates overlap nothing: only clusters of
// overlapping ones go through the greedy choice.
bool better(const Candidate& x, const Candidate& y) {
  if (x.end - x.start != y.end - y.start) return x.end - x.start > y.end - y.start;
  return x.priority > y.priority;
}

void choose_in_cluster(std::vector<Candidate>& cands, std::size_t from, std::size_t to, std::vector<Candidate>& kept) {
  if (to - from == 1) {
    kept.push_back(std::move(cands[from]));
    return;
  }
  std::vector<std::size_t> order;
  for (std::size_t i = from; i < to; ++i) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return better(cands[a], cands[b]); });
  std::map<std::size_t, std::size_t> taken;  // start -> end of accepted spans
  const std::size_t first_kept = kept.size();
  for (std::size_t i : order) {
    const Candidate& c = cands[i];
    auto next = taken.lower_bound(c.start);
    if (next != taken.end() && next->first < c.end) continue;
    if (next != taken.begin() && std::prev(next)->second > c.start) continue;
    taken.emplace(c.start, c.end);
    kept.push_back(std::move(cands[i]));
  }
  std::sort(kept.begin() + static_cast<std::ptrdiff_t>(first_kept), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
}

std::vector<Candidate> reduce_overlaps(std::vector<Candidate> cands) {
  // Stable: equal candidates keep finder order, so the earlier finder wins ties.
  // Finders follow the hits, so the order is nearly right already: sort
  // indices, not the candidates themselves, and only when needed.
  const auto by_start = [](const Candidate& a, const Candidate& b) { return a.start < b.start; };
  if (!std::is_sorted(cands.begin(), cands.end(), by_start)) {
    std::vector<std::uint32_t> order(cands.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return cands[a].start < cands[b].start; });
    std::vector<Candidate> sorted;
    sorted.reserve(cands.size());
    for (std::uint32_t i : order) sorted.push_back(std::move(cands[i]));
    cands = std::move(sorted);
  }
  std::vector<Candidate> kept;
  kept.reserve(cands.size());
  for (std::size_t i = 0; i < cands.size();) {
    std::size_t j = i + 1;
    std::size_t end = cands[i].end;
    while (j < cands.size() && cands[j].start < end) end = std::max(end, cands[j++].end);
    choose_in_cluster(cands, i, j, kept);
    i = j;
  }
  return kept;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// How many bytes from the start of `s` need no change: ASCII, and with
// `flatten` printable ASCII with no two spaces in a row (nor a space first
// when `after_space`). Sixteen bytes at a time where SSE2 is there.
std::size_t unchanged_prefix(std::string_view s, bool flatten, bool after_space) {
  const std::size_t n = s.size();
  std::size_t j = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; j + 16 <= n; j += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    if (!flatten) {
      if (_mm_movemask_epi8(v) != 0) break;  // a byte >= 0x80
      continue;
    }
    // Signed compare: bytes >= 0x80 are negative and count as controls.
    const int odd = _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)));
    const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(v, space));
    if (odd != 0 || (spaces & (spaces >> 1)) != 0 || ((spaces & 1) != 0 && after_space)) break;
    after_space = (spaces & 0x8000) != 0;
  }
#endif
  while (j < n) {
    const auto b = static_cast<unsigned char>(s[j]);
    if (b >= 0x80) {
      // A well-formed sequence needs no change either: most contexts of
      // Arabic, Cyrillic and Chinese text are nothing else.
      const std::size_t len = well_formed_length(s, j);
      if (len == 0) break;
      j += len;
      after_space = false;
      continue;
    }
    if (flatten && (b < 0x20 || b == 0x7F || (b == ' ' && after_space))) break;  // control, second space
    after_space = b == ' ';
    ++j;
  }
  return j;
}

// Valid UTF-8 (ill-formed bytes as U+FFFD); with `flatten`, control
// characters and line breaks as single spaces. Runs that need no change are
// copied whole: this runs for every mention, twice.
std::string clean_utf8(std::string_view s, bool flatten) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    const std::size_t run = unchanged_prefix(s.substr(i), flatten, space || out.empty());
    if (run > 0) {
      out.append(s.data() + i, run);
      space = s[i + run - 1] == ' ';
      i += run;
      continue;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    // ICU's decoder: overlong forms and surrogates are ill-formed too.
    std::int32_t next = static_cast<std::int32_t>(i);
    UChar32 c;
    U8_NEXT(s.data(), next, static_cast<std::int32_t>(n), c);
    const std::size_t len = static_cast<std::size_t>(next) - i;
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      space = false;
      i += len;
      continue;
    }
    if (flatten && len == 1 && (b < 0x20 || b == 0x7F || b == ' ')) {
      if (!space && !out.empty()) out += ' ';
      space = true;
      ++i;
      continue;
    }
    out.append(s.substr(i, len));
    space = false;
    i += len;
  }
  while (flatten && !out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string context_around(std::string_view text, std::size_t start, std::size_t end) {
  constexpr std::size_t kSide = 60;
  constexpr std::size_t kWord = 24;  // how far a cut moves to a word's edge
  std::size_t from = start > kSide ? start - kSide : 0;
  std::size_t to = std::min(text.size(), end + kSide);
  // A reader sees whole words ("2. From 2010", not "ll. 2. From 2010"); a
  // text without spaces nearby (Chinese) is cut at a character.
  const auto blank = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\n' || text[i] == '\t'; };
  if (from > 0 && !blank(from - 1)) {
    for (std::size_t i = from; i < start && i < from + kWord; ++i)
      if (blank(i)) {
        from = i + 1;
        break;
      }
  }
  if (to < text.size() && !blank(to)) {
    for (std::size_t i = to; i > end && i + kWord > to; --i)
      if (blank(i - 1)) {
        to = i - 1;
        break;
      }
  }
  while (from > 0 && from < text.size() && is_continuation(static_cast<unsigned char>(text[from]))) ++from;
  while (to < text.size() && to > end && is_continuation(static_cast<unsigned char>(text[to]))) --to;
  return clean_utf8(text.substr(from, to - from), true);
}

// The clause verbs of a text, with its block starts as clause boundaries and
// its footnote blocks as footnotes.
ClauseVerbs clause_verbs(const NormalizedText& norm, std::span<const TextSegment> segments) {
  std::vector<std::size_t> starts;
  std::vector<std::pair<std::size_t, std::size_t>> notes;
  for (const TextSegment& s : segments) {
    const std::size_t from = norm.normalized_offset(s.start);
    starts.push_back(from);
    if (s.role == Role::footnote) notes.emplace_back(from, norm.normalized_offset(s.end));
  }
  return ClauseVerbs(norm, std::move(starts), std::move(notes));
}

// One buffer per thread (one for every instantiation of Impl::detect),
// reused from document to document: a fresh one costs a page fault per 4 KB,
// more than the normalising itself. A buffer grown by an unusually large
// text is let go after it (Impl::detect).
NormalizedText& thread_normalized_text() {
  thread_local NormalizedText reused;
  return reused;
}

}  // namespace
}  // namespace detect

struct Detector::Impl {
  std::vector<std::unique_ptr<detect::Finder>> finders;
  detect::CueScanner scanner;

  explicit Impl(const DetectorOptions& options)
      : finders(detect::make_default_finders(options)), scanner(detect::collect_cues(finders)) {}

  // `segment_at(offset)` gives the TextSegment (or nullptr) of an offset in `text`.
  template <typename SegmentAt>
  // `source` maps `text` to the file, or is null.
  std::vector<Mention> detect(std::string_view text, SegmentAt segment_at, std::span<const TextSegment> segments,
                              const OffsetMap* source, const CitingDocument& doc) const;
};

template <typename SegmentAt>
std::vector<Mention> Detector::Impl::detect(std::string_view text, SegmentAt segment_at,
                                            std::span<const TextSegment> segments, const OffsetMap* source,
                                            const CitingDocument& doc) const {
  using namespace detect;
  NormalizedText& reused = thread_normalized_text();
  struct Release {
    NormalizedText& n;
    ~Release() {
      if (n.text.capacity() > (std::size_t{64} << 20)) n = NormalizedText{};
    }
  } release{reused};
  normalize(text, reused);
  const NormalizedText& norm = reused;
  std::vector<Candidate> cands;
  for (const CueHit& hit : scanner.scan(norm.text)) finders[hit.owner]->find(norm, hit.cue, hit.start, hit.end, cands);
  // A document printing its own title or symbol (a resolution's heading,
  // its running header) is not citing itself; dropping that match before the
  // longest-span rule keeps the citations inside the title.
  std::vector<Candidate> markers;
  for (Candidate& c : cands)
    if (c.marker) markers.push_back(std::move(c));
  std::erase_if(cands, [](const Candidate& c) { return c.marker; });
  std::sort(markers.begin(), markers.end(), [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  std::vector<std::string> own = own_symbols(norm, cands, markers);
  if (!doc.id.empty()) own.push_back(doc.id);
  own.insert(own.end(), doc.own_ids.begin(), doc.own_ids.end());
  const auto is_own = [&](const std::string& target) {
    return !target.empty() && std::find(own.begin(), own.end(), target) != own.end();
  };
  std::erase_if(cands, [&](const Candidate& c) { return c.start >= c.end || c.end > norm.text.size() || is_own(c.target); });
  const int citing_year = first_year(doc.date);
  attach_protocols(cands, norm, citing_year);
  cands = reduce_overlaps(std::move(cands));
  std::erase_if(cands, [](const Candidate& c) { return c.blocks; });
  resolve_short_forms(cands, norm, citing_year);
  // After resolving: a bare number that found no antecedent is no citation,
  // a short form may turn out to name the document itself, and no document
  // cites one written after it.
  std::erase_if(cands, [&](const Candidate& c) {
    return (c.needs_antecedent && c.target.empty()) || is_own(c.target) ||
           (c.kind == TargetKind::document && citing_year != 0 && c.year > citing_year);
  });

  // Finding a text's clauses reads all of it: only when something cites.
  std::optional<ClauseVerbs> clauses;
  if (!cands.empty()) clauses.emplace(clause_verbs(norm, segments));
  std::vector<Mention> out;
  out.reserve(cands.size());
  for (Candidate& c : cands) {
    Mention m;
    m.doc = doc.id;
    auto [start, end] = norm.original_span(c.start, c.end);
    m.start = start;
    m.end = end;
    m.target = std::move(c.target);
    m.kind = c.kind;
    m.surface = clean_utf8(text.substr(start, end - start), false);
    if (const TextSegment* seg = segment_at(start)) {
      m.page = seg->page;
      m.section = std::string(to_string(seg->role));
      m.box = seg->box;
    }
    if (source && !source->empty()) {
      m.file_start = static_cast<long long>(source->to_original(start));
      m.file_end = static_cast<long long>(source->end_of(end));
    }
    m.pinpoint = std::move(c.pinpoint);
    m.date = std::move(c.date);
    if (!c.short_form.empty()) {
      m.resolved_from = m.surface;
      m.unresolved = m.target.empty();
    }
    m.context = context_around(text, start, end);
    ClauseVerb clause = clauses->at(c.start);
    m.verb = std::move(clause.verb);
    m.relation = std::move(clause.relation);
    m.chapter_vii = clause.chapter_vii;
    m.series = clause.series;
    // "the two Optional Protocols": one mention per protocol, on the same words.
    const std::size_t first = out.size();
    out.push_back(std::move(m));
    for (std::string& also : c.also_targets) {
      if (is_own(also)) continue;
      Mention more = out[first];
      more.target = std::move(also);
      out.push_back(std::move(more));
    }
  }
  // Candidates were sorted and the offset map is monotonic: `out` is already in order.
  return out;
}

Detector::Detector(DetectorOptions options) : impl_(std::make_unique<Impl>(options)) {}
Detector::~Detector() = default;
Detector::Detector(Detector&&) noexcept = default;
Detector& Detector::operator=(Detector&&) noexcept = default;

std::vector<Mention> Detector::detect(const FlatText& text, const CitingDocument& doc) const {
  return impl_->detect(text.text, [&](std::size_t offset) { return text.segment_at(offset); }, text.segments,
                       &text.source, doc);
}

std::vector<Mention> Detector::detect(const FlatText& text, std::string_view doc_id,
                                      std::string_view citing_date) const {
  return detect(text, CitingDocument{std::string(doc_id), std::string(citing_date), {}});
}

std::vector<Mention> Detector::detect(std::string_view text, std::string_view doc_id) const {
  // Plain text is one body segment on page 1; the text itself is not copied.
  const TextSegment body{0, text.size(), 1, Role::body, 0};
  return impl_->detect(text, [&](std::size_t) { return &body; }, std::span<const TextSegment>(&body, 1), nullptr,
                       CitingDocument{std::string(doc_id), {}, {}});
}

}  // namespace unxref
