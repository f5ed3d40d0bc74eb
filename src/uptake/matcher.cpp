// Candidates -> features -> verdict; see the verdict definitions in
// include/unxref/uptake/uptake.hpp.
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "unxref/uptake/uptake.hpp"
#include "uptake/align.hpp"
#include "uptake/dating.hpp"
#include "uptake/cues.hpp"
#include "uptake/term_index.hpp"
#include "uptake/tokenize.hpp"

namespace unxref::uptake {
namespace {

constexpr std::size_t kMaxKeyTerms = 8;
constexpr int kMaxPassages = 6;
// A key term is distinctive when at most 1/kDistinctShare of the target's
// paragraphs (and at least 2) hold it.
constexpr std::size_t kDistinctShare = 10;
// A unit this short ("Decides to remain seized of the matter.") cannot hold a
// run of `verbatim_run` words: it is verbatim when the paragraph repeats it
// with at most one word changed and hardly anything added.
constexpr std::size_t kShortUnitWords = 12;
constexpr double kSecondaryShare = 0.5;
// Content words of a clause verb ("calls upon", "strongly urges").
constexpr std::size_t kVerbWords = 2;

int verdict_rank(Verdict v) { return static_cast<int>(v); }  // verbatim (0) is strongest

// The stretch of `tokens` (at most `width` long) holding most words whose stem
// is in `wanted`: the part of a very long text worth aligning.
std::pair<std::size_t, std::size_t> best_window(const std::vector<Token>& tokens,
                                                const std::unordered_set<std::uint32_t>& wanted, std::size_t width) {
  if (tokens.size() <= width) return {0, tokens.size()};
  auto hit = [&](std::size_t i) { return tokens[i].cls == TokenClass::content && wanted.count(tokens[i].stem) > 0; };
  std::size_t count = 0;
  for (std::size_t i = 0; i < width; ++i) count += hit(i);
  std::size_t best = count, best_start = 0;
  for (std::size_t i = width; i < tokens.size(); ++i) {
    count += hit(i);
    count -= hit(i - width);
    if (count > best) best = count, best_start = i - width + 1;
  }
  return {best_start, best_start + width};
}

// A date or a number is not an edit of the text around it: "15 November
// 2021" -> "15 May 2022", "annex III" -> "annex IV", "session5" (a footnote
// mark) -> "session4".
// A Roman numeral as annexes and sections are numbered (I to CCCXCIX),
// written in capitals and well formed: "CIVIL" and "LIVID" are words.
bool roman_numeral(std::string_view w) {
  const auto take = [&](std::string_view unit, int at_most) {
    for (int k = 0; k < at_most && w.starts_with(unit); ++k) w.remove_prefix(unit.size());
  };
  const auto one_of = [&](std::initializer_list<std::string_view> units) {
    for (std::string_view u : units)
      if (w.starts_with(u)) {
        w.remove_prefix(u.size());
        return true;
      }
    return false;
  };
  if (w.empty()) return false;
  take("C", 3);
  if (!one_of({"XC", "XL"})) {
    take("L", 1);
    take("X", 3);
  }
  if (!one_of({"IX", "IV"})) {
    take("V", 1);
    take("I", 3);
  }
  return w.empty();
}

bool date_or_number(std::string_view word) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (roman_numeral(word)) return true;
  return is_month_name(fold_case(word));
}

// The edits that separate a unit from the paragraph that repeats it: each
// stretch of the unit outside identical runs holding a content word (a word
// or phrase changed or dropped), and each content word inserted, or clause
// moved, between two runs that follow on in the unit. Function words and
// numbers (dates, references) do not count. A unit repeated inside a longer
// paragraph has none: what the paragraph adds before or after it is not an
// edit of it.
int count_changes(const std::vector<Token>& a, std::string_view a_text, const std::vector<Token>& b,
                  std::string_view b_text, std::vector<std::pair<std::size_t, std::size_t>> pairs) {
  std::sort(pairs.begin(), pairs.end());
  auto edited_words = [](const std::vector<Token>& t, std::string_view text, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t x = from; x < to; ++x)
      n += t[x].cls == TokenClass::content && !date_or_number(text.substr(t[x].start, t[x].end - t[x].start));
    return n;
  };
  auto has_content = [&](const std::vector<Token>& t, std::string_view text, std::size_t from, std::size_t to) {
    return edited_words(t, text, from, to) > 0;
  };
  if (pairs.empty()) return has_content(a, a_text, 0, a.size()) ? 1 : 0;
  // The clause verb a target rewrites into its own form ("Address how" ->
  // "Deeply concerned that", "Urges" -> "Calls upon") is not an edit of the
  // text; a longer opening that differs is.
  int changes = (edited_words(a, a_text, 0, pairs.front().first) > kVerbWords) +
                has_content(a, a_text, pairs.back().first + 1, a.size());
  for (std::size_t k = 1; k < pairs.size(); ++k) {
    const auto [i0, j0] = pairs[k - 1];
    const auto [i1, j1] = pairs[k];
    if (has_content(a, a_text, i0 + 1, i1)) ++changes;
    else if (j1 < j0 || has_content(b, b_text, j0 + 1, j1)) ++changes;
  }
  return changes;
}

std::unordered_set<std::uint32_t> content_stems(const std::vector<Token>& tokens) {
  std::unordered_set<std::uint32_t> s;
  for (const Token& t : tokens)
    if (t.cls == TokenClass::content) s.insert(t.stem);
  return s;
}

struct Unit {
  std::vector<Token> tokens;
  std::unordered_set<std::uint32_t> stems;  // content stems
  double weight = 0;                        // sum of token weights
};

Unit make_unit(Lexicon& lex, std::string_view text) {
  Unit u;
  u.tokens = lex.tokenize(text);
  u.stems = content_stems(u.tokens);
  for (const Token& t : u.tokens) u.weight += t.weight;
  return u;
}

class Matcher {
 public:
  Matcher(const UptakeOptions& options, const std::vector<Recommendation>& recs, const std::vector<Paragraph>& paras)
      : opt_(options), lex_(Cues::builtin(), options.language), recs_(recs), paras_(paras) {
    for (const Paragraph& p : paras_) para_units_.push_back(make_unit(lex_, p.text));
    std::vector<std::vector<Token>> token_lists;
    token_lists.reserve(para_units_.size());
    for (const Unit& u : para_units_) token_lists.push_back(u.tokens);
    index_ = std::make_unique<TermIndex>(token_lists);
    for (std::size_t p = 0; p < paras_.size(); ++p)
      for (const std::string& c : paras_[p].citations) citing_paras_[c].push_back(p);
  }

  RecommendationResult match(std::size_t r) {
    const Unit rec = make_unit(lex_, recs_[r].text);
    const TermVector qv = index_->vectorize(rec.tokens);
    std::vector<std::size_t> cands = index_->top(qv, opt_.candidates);
    for (const std::string& c : recs_[r].citations)
      if (auto it = citing_paras_.find(c); it != citing_paras_.end())
        for (std::size_t p : it->second)
          if (std::find(cands.begin(), cands.end(), p) == cands.end()) cands.push_back(p);
    std::vector<ParagraphMatch> matches;
    for (std::size_t p : cands) matches.push_back(assess(r, rec, qv, p));
    std::sort(matches.begin(), matches.end(), [](const ParagraphMatch& a, const ParagraphMatch& b) {
      if (a.verdict != b.verdict) return verdict_rank(a.verdict) < verdict_rank(b.verdict);
      if (a.score != b.score) return a.score > b.score;
      return a.paragraph < b.paragraph;
    });
    RecommendationResult res;
    if (opt_.all_candidates) {  // for tuning: every scored candidate, best first
      res.matches = std::move(matches);
      if (!res.matches.empty()) res.verdict = res.matches.front().verdict, res.score = res.matches.front().score;
      return res;
    }
    for (ParagraphMatch& m : matches) {
      if (res.matches.size() >= std::max<std::size_t>(1, opt_.max_matches)) break;
      if (!res.matches.empty()) {
        if (!taken_up(m.verdict)) break;
        // A second paragraph is reported only when it is a near rival of the
        // best, e.g. a recommendation split over two paragraphs.
        if (m.score < kSecondaryShare * res.matches.front().score) continue;
      }
      res.matches.push_back(std::move(m));
    }
    if (!res.matches.empty()) {
      res.verdict = res.matches.front().verdict;
      res.score = res.matches.front().score;
    }
    return res;
  }

 private:
  ParagraphMatch assess(std::size_t r, const Unit& rec, const TermVector& qv, std::size_t p) {
    const Unit& para = para_units_[p];
    const Thresholds& th = opt_.thresholds;
    ParagraphMatch m;
    m.paragraph = p;
    m.similarity = TermIndex::cosine(qv, index_->paragraph_vector(p));

    // Very long texts are aligned on the window where the other side's words cluster.
    const auto [a0, a1] = best_window(rec.tokens, para.stems, opt_.max_align_words);
    const auto [b0, b1] = best_window(para.tokens, rec.stems, opt_.max_align_words);
    const std::vector<Token> a(rec.tokens.begin() + static_cast<std::ptrdiff_t>(a0),
                               rec.tokens.begin() + static_cast<std::ptrdiff_t>(a1));
    const std::vector<Token> b(para.tokens.begin() + static_cast<std::ptrdiff_t>(b0),
                               para.tokens.begin() + static_cast<std::ptrdiff_t>(b1));
    double matched = 0, exact = 0;
    // Several local alignments, so that clauses the target reordered or
    // interleaved with its own text still add up.
    int aligned_tokens = 0;
    std::vector<std::pair<std::size_t, std::size_t>> exact_pairs;  // (a, b) inside identical runs
    for (const Alignment& al : align(a, b, AlignScoring{}, kMaxPassages)) {
      aligned_tokens += static_cast<int>(al.pairs.size());
      SharedPassage sp;
      sp.rec = {a[al.a_begin].start, a[al.a_end - 1].end};
      sp.para = {b[al.b_begin].start, b[al.b_end - 1].end};
      sp.words = static_cast<int>(al.pairs.size());
      // Runs of identical (case-folded) words facing each other.
      std::size_t run = 0;
      double run_weight = 0;
      std::size_t k = 0;
      auto close_run = [&] {
        if (static_cast<int>(run) >= th.min_exact_run) {
          exact += run_weight;
          for (std::size_t q = k - run; q < k; ++q) exact_pairs.push_back(al.pairs[q]);
        }
        sp.longest_run = std::max(sp.longest_run, static_cast<int>(run));
        run = 0;
        run_weight = 0;
      };
      for (; k < al.pairs.size(); ++k) {
        const auto [i, j] = al.pairs[k];
        matched += a[i].weight;
        if (a[i].cls == TokenClass::content) ++m.aligned_words;
        const bool identical = a[i].word == b[j].word;
        const bool continues = k > 0 && al.pairs[k - 1].first + 1 == i && al.pairs[k - 1].second + 1 == j;
        if (!identical || !continues) close_run();
        if (identical) ++run, run_weight += a[i].weight;
      }
      close_run();
      m.longest_run = std::max(m.longest_run, sp.longest_run);
      m.passages.push_back(sp);
    }
    m.changes = count_changes(a, recs_[r].text, b, paras_[p].text, exact_pairs);
    const double denom = std::max(rec.weight, th.min_weight);
    m.coverage = std::min(1.0, matched / denom);
    m.exact_coverage = std::min(1.0, exact / denom);

    key_terms(recs_[r].text, rec, para, m);
    for (const std::string& c : recs_[r].citations)
      if (std::find(paras_[p].citations.begin(), paras_[p].citations.end(), c) != paras_[p].citations.end() &&
          std::find(m.shared_citations.begin(), m.shared_citations.end(), c) == m.shared_citations.end())
        m.shared_citations.push_back(c);

    const int evidence_terms = static_cast<int>(m.key_terms.size() + m.shared_citations.size());
    const int distinct_evidence = m.distinct_terms + static_cast<int>(m.shared_citations.size());
    const std::size_t rec_words = rec.tokens.size();
    const bool short_repeat = rec_words <= kShortUnitWords && rec_words >= 3 &&
                              aligned_tokens + 1 >= static_cast<int>(rec_words) && para.tokens.size() <= rec_words + 2;
    m.short_repeat = short_repeat;
    if ((m.exact_coverage >= th.verbatim_exact && m.longest_run >= th.verbatim_run &&
         m.changes <= th.verbatim_changes) ||
        short_repeat)
      m.verdict = Verdict::verbatim;
    else if ((m.coverage >= th.adapted_coverage && m.aligned_words >= th.adapted_words) ||
             (m.similarity >= th.adapted_similarity && evidence_terms >= th.adapted_words))
      m.verdict = Verdict::adapted;
    else if (m.similarity >= th.thematic_similarity && evidence_terms >= th.thematic_terms &&
             distinct_evidence >= th.thematic_distinct && m.distinct_share >= th.thematic_share)
      m.verdict = Verdict::thematic;
    else
      m.verdict = Verdict::absent;
    m.score = std::min(1.0, 0.35 * m.coverage + 0.3 * m.exact_coverage + 0.35 * m.similarity +
                                0.05 * static_cast<double>(std::min<std::size_t>(2, m.shared_citations.size())));
    return m;
  }

  // Shared content words (by stem), rarest in the target first; shown as the reason for
  // a thematic verdict.
  void key_terms(std::string_view rec_text, const Unit& rec, const Unit& para, ParagraphMatch& m) {
    std::vector<std::pair<std::size_t, std::uint32_t>> shared;  // (paragraphs holding it, stem)
    for (std::uint32_t s : rec.stems)
      if (para.stems.count(s)) shared.emplace_back(stem_df(s), s);
    std::sort(shared.begin(), shared.end());
    // Words that most paragraphs of the target share ("Somalia", "Mission")
    // say what the document is about, not what this paragraph took up.
    const std::size_t distinct_df = std::max<std::size_t>(2, para_units_.size() / kDistinctShare);
    m.distinct_terms = static_cast<int>(std::count_if(
        shared.begin(), shared.end(), [&](const auto& e) { return e.first <= distinct_df; }));
    // How much of what is particular to this unit the paragraph shares: each
    // word weighs its IDF over the target's paragraphs, so the vocabulary
    // every paragraph of a resolution on one country holds counts for little.
    double shared_idf = 0, unit_idf = 0;
    for (const auto& entry : shared) shared_idf += idf(entry.first);
    for (std::uint32_t s : rec.stems) unit_idf += idf(stem_df(s));
    m.distinct_weight = shared_idf;
    m.distinct_share = unit_idf > 0 ? shared_idf / unit_idf : 0;
    m.key_terms.clear();
    for (const auto& entry : shared) {
      // A plain reference: clang 14 cannot capture a structured binding in a lambda.
      const auto& s = entry.second;
      if (m.key_terms.size() >= kMaxKeyTerms) break;
      // Shown as the recommendation's own word ("contributions"), not the stem ("contribut").
      const auto it = std::find_if(rec.tokens.begin(), rec.tokens.end(), [&](const Token& t) { return t.stem == s; });
      m.key_terms.push_back(it == rec.tokens.end() ? lex_.stem_text(s)
                                                   : fold_case(rec_text.substr(it->start, it->end - it->start)));
    }
  }

  // Smoothed so that a word absent from the target weighs the most and one
  // in every paragraph weighs about nothing.
  double idf(std::size_t df) const {
    const double n = static_cast<double>(para_units_.size());
    return std::max(0.0, std::log((n + 1) / (static_cast<double>(df) + 0.5)));
  }

  std::size_t stem_df(std::uint32_t stem) {
    if (stem_df_.empty()) {
      for (const Unit& u : para_units_)
        for (std::uint32_t s : u.stems) ++stem_df_[s];
    }
    auto it = stem_df_.find(stem);
    return it == stem_df_.end() ? 0 : it->second;
  }

  const UptakeOptions& opt_;
  Lexicon lex_;
  const std::vector<Recommendation>& recs_;
  const std::vector<Paragraph>& paras_;
  std::vector<Unit> para_units_;
  std::unique_ptr<TermIndex> index_;
  std::map<std::string, std::vector<std::size_t>> citing_paras_;
  std::unordered_map<std::uint32_t, std::size_t> stem_df_;
};

}  // namespace

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::verbatim: return "verbatim";
    case Verdict::adapted: return "adapted";
    case Verdict::thematic: return "thematic";
    case Verdict::absent: return "absent";
  }
  return "absent";
}

std::string_view to_string(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::preambular: return "preambular";
    case ParagraphKind::operative: return "operative";
    case ParagraphKind::other: return "other";
  }
  return "other";
}

UptakeReport match_units(std::vector<Recommendation> recommendations, std::vector<Paragraph> paragraphs,
                         const UptakeOptions& options) {
  UptakeReport report;
  report.thresholds = options.thresholds;
  report.recommendations = std::move(recommendations);
  report.paragraphs = std::move(paragraphs);
  if (options.citations) {
    for (Recommendation& r : report.recommendations)
      if (r.citations.empty()) r.citations = options.citations(r.text);
    for (Paragraph& p : report.paragraphs)
      if (p.citations.empty()) p.citations = options.citations(p.text);
  }
  Matcher matcher(options, report.recommendations, report.paragraphs);
  report.results.reserve(report.recommendations.size());
  for (std::size_t r = 0; r < report.recommendations.size(); ++r) report.results.push_back(matcher.match(r));
  report.origins.resize(report.paragraphs.size());
  for (std::size_t r = 0; r < report.results.size(); ++r)
    for (const ParagraphMatch& m : report.results[r].matches)
      if (taken_up(m.verdict)) report.origins[m.paragraph].push_back({r, m.verdict, m.score});
  for (auto& o : report.origins)
    std::sort(o.begin(), o.end(), [](const Origin& a, const Origin& b) {
      return a.score != b.score ? a.score > b.score : a.recommendation < b.recommendation;
    });
  return report;
}

UptakeReport trace_uptake(const std::vector<Document>& sources, const Document& target, const UptakeOptions& options) {
  std::vector<Recommendation> recs;
  std::vector<std::string> names, warnings;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const std::string name = sources[i].meta.path.empty() ? "source" + std::to_string(i + 1) : sources[i].meta.path;
    names.push_back(name);
    std::vector<Recommendation> units = segment_recommendations(sources[i], name);
    if (units.empty())
      warnings.push_back(name + ": no recommendations found (no \"Recommendations\" section and no sentence "
                                "with a recommending verb)");
    for (Recommendation& u : units) recs.push_back(std::move(u));
  }
  std::vector<Paragraph> paras = segment_paragraphs(target, &warnings);
  const std::string target_name = target.meta.path.empty() ? "target" : target.meta.path;
  // A target issued before a source cannot have taken it up: swapped arguments?
  std::vector<std::string> direction;
  const IssueDate target_date = issue_date(target);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const IssueDate source_date = issue_date(sources[i]);
    if (certainly_before(target_date, source_date))
      direction.push_back(target_name + ": dated " + target_date.shown + ", before its source " + names[i] +
                          " (" + source_date.shown + "): it cannot have taken that source up; are SOURCE and "
                          "TARGET swapped?");
  }
  warnings.insert(warnings.end(), direction.begin(), direction.end());
  if (paras.empty()) warnings.push_back(target_name + ": no paragraphs to match against");
  UptakeReport report = match_units(std::move(recs), std::move(paras), options);
  report.sources = std::move(names);
  report.target = target_name;
  report.warnings.insert(report.warnings.begin(), warnings.begin(), warnings.end());
  report.direction = std::move(direction);
  return report;
}

}  // namespace unxref::uptake
