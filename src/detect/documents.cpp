// Finds documents cited by title: the corpus documents the caller knows
// (DetectorOptions::known_documents) and the publications of
// data/publications.tsv. Titles are compared word by word, ignoring the
// punctuation between words, because citing documents re-punctuate titles
// ("accumulated, knowledge", "Review, 10 years on" for "Review: 10 Years On").
//
// Only distinctive titles are citable: one that two known documents share,
// a generic one (data/generic-titles.tsv: "Report of the Working Group on the
// Universal Periodic Review"), or a "title" that is really the opening words
// of a speech ("Allow me at the") names no one document.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "detect/finder.hpp"
#include "detect/normalize.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

// Titles this short could be ordinary phrases; titles shorter than
// kCaseCheckedWords must keep their capitals to count.
constexpr std::size_t kMinWords = 3;
constexpr std::size_t kCaseCheckedWords = 8;
// Bytes of punctuation and space allowed between two words of a title
// (": ", " – ", "\\(").
constexpr std::size_t kMaxGap = 6;

struct TitleWord {
  std::string normalized;
  bool capitalised = false;
};

struct Title {
  std::string target;
  std::vector<TitleWord> words;
  bool check_case = false;
  int year = 0;
};

struct GenericTitles {
  std::set<std::string> exact;
  std::vector<std::string> prefixes;
};

// Titles as words, lower case, single spaces: how titles are compared here.
std::string words_key(const std::vector<TitleWord>& words) {
  std::string key;
  for (const TitleWord& w : words) {
    if (!key.empty()) key += ' ';
    key += w.normalized;
  }
  return key;
}

std::vector<TitleWord> split_words(std::string_view written);

const GenericTitles& generic_titles() {
  static const GenericTitles g = [] {
    const std::filesystem::path source = "data/generic-titles.tsv";
    GenericTitles out;
    for (const TsvRow& row : embedded_tsv("generic-titles.tsv", 2)) {
      const std::string key = words_key(split_words(row.cells[1]));
      if (row.cells[0] == "exact") out.exact.insert(key);
      else if (row.cells[0] == "prefix") out.prefixes.push_back(key);
      else throw FileError(source, "line " + std::to_string(row.line) + ": kind must be exact or prefix");
    }
    return out;
  }();
  return g;
}

// What a speech's first words or a cut line look like: a pronoun of the
// speaker or the audience, or an ending on an article or preposition.
bool reads_like_prose(const std::vector<TitleWord>& words) {
  static const std::set<std::string> kPronouns = {"i", "me", "my", "we", "us", "our", "you", "your"};
  static const std::set<std::string> kDangling = {"the", "a", "an", "of", "and"};
  if (words.empty()) return true;
  if (kDangling.count(words.back().normalized)) return true;
  return std::any_of(words.begin(), words.end(), [](const TitleWord& w) { return kPronouns.count(w.normalized) > 0; });
}

bool is_generic(const std::string& key) {
  const GenericTitles& g = generic_titles();
  if (g.exact.count(key)) return true;
  return std::any_of(g.prefixes.begin(), g.prefixes.end(), [&](const std::string& p) {
    return key.size() >= p.size() && key.compare(0, p.size(), p) == 0 && (key.size() == p.size() || key[p.size()] == ' ');
  });
}

std::vector<TitleWord> split_words(std::string_view written) {
  std::vector<TitleWord> words;
  std::size_t i = 0;
  while (i < written.size()) {
    std::size_t len = 1;
    if (!is_word_char(code_point_at(written, i, &len))) {
      i += len == 0 ? 1 : len;
      continue;
    }
    std::size_t j = i;
    while (j < written.size() && is_word_char(code_point_at(written, j, &len))) j += len;
    TitleWord w;
    w.normalized = normalize(written.substr(i, j - i)).text;
    w.capitalised = written[i] >= 'A' && written[i] <= 'Z';
    words.push_back(std::move(w));
    i = j;
  }
  return words;
}

// The scanner cue of a title: its normalised words up to the first
// punctuation, which every spelling of the title shares.
std::string title_cue(std::string_view written) {
  std::size_t i = 0;
  std::size_t len = 1;
  while (i < written.size()) {
    const char32_t c = code_point_at(written, i, &len);
    if (!is_word_char(c) && c != U' ') break;
    i += len == 0 ? 1 : len;
  }
  std::string cue = normalize(written.substr(0, i)).text;
  while (!cue.empty() && cue.back() == ' ') cue.pop_back();
  return cue;
}

class DocumentFinder final : public Finder {
 public:
  explicit DocumentFinder(const DetectorOptions& options) {
    // A title two documents share cites neither of them.
    std::map<std::string, std::set<std::string>> holders;
    for (const KnownDocument& d : options.known_documents)
      for (const std::string& t : d.titles) holders[words_key(split_words(t))].insert(d.id);
    for (const KnownDocument& d : options.known_documents)
      for (const std::string& t : d.titles)
        if (holders[words_key(split_words(t))].size() == 1) add(d.id, t, d.year);
    if (options.include_builtin_publications)
      for (const Publication& p : builtin_publications())
        for (const std::string& t : p.cited_as) add(p.id, t, p.year);
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    if (cue >= titles_of_cue_.size()) return;
    const std::string_view t = text.text;
    if (!word_starts_at(t, hit_start)) return;
    const Title* best = nullptr;
    std::size_t best_end = 0;
    for (std::size_t index : titles_of_cue_[cue]) {
      const Title& title = titles_[index];
      const std::size_t end = match(text, hit_start, title);
      if (end != npos && end > best_end) {
        best = &title;
        best_end = end;
      }
    }
    if (!best) return;
    Candidate c;
    c.start = hit_start;
    c.end = best_end;
    c.kind = TargetKind::document;
    c.target = best->target;
    c.year = best->year;
    c.priority = 2;
    out.push_back(std::move(c));
  }

 private:
  void add(const std::string& id, const std::string& written, int year) {
    Title title;
    title.target = id;
    title.year = year;
    title.words = split_words(written);
    if (id.empty() || title.words.size() < kMinWords) return;
    if (is_generic(words_key(title.words)) || reads_like_prose(title.words)) return;
    std::size_t capitals = 0;
    for (std::size_t i = 1; i < title.words.size(); ++i) capitals += title.words[i].capitalised;
    title.check_case = title.words.size() < kCaseCheckedWords && capitals > 0;
    const std::string cue = title_cue(written);
    if (cue.empty()) return;
    auto [it, fresh] = cue_index_.emplace(cue, cues_.size());
    if (fresh) {
      cues_.push_back(cue);
      titles_of_cue_.emplace_back();
    }
    titles_of_cue_[it->second].push_back(titles_.size());
    titles_.push_back(std::move(title));
  }

  // The end of `title` matched at `pos`, or npos.
  static std::size_t match(const NormalizedText& text, std::size_t pos, const Title& title) {
    const std::string_view t = text.text;
    std::size_t i = pos;
    for (std::size_t k = 0; k < title.words.size(); ++k) {
      if (k > 0) {
        const std::size_t gap_start = i;
        std::size_t len = 1;
        while (i < t.size() && !is_word_char(code_point_at(t, i, &len))) i += len == 0 ? 1 : len;
        if (i == gap_start || i - gap_start > kMaxGap) return npos;
      }
      const std::string& w = title.words[k].normalized;
      if (t.compare(i, w.size(), w) != 0 || !word_ends_at(t, i + w.size())) return npos;
      if (title.check_case && k > 0 && title.words[k].capitalised && !original_is_upper(text, i)) return npos;
      i += w.size();
    }
    return i;
  }

  std::vector<Title> titles_;
  std::vector<std::string> cues_;
  std::vector<std::vector<std::size_t>> titles_of_cue_;
  std::unordered_map<std::string, std::size_t> cue_index_;
};

}  // namespace

std::unique_ptr<Finder> make_document_finder(const DetectorOptions& options) {
  return std::make_unique<DocumentFinder>(options);
}

}  // namespace unxref::detect
