#pragma once
// Words for matching: ICU word breaking, case folding, Snowball stemming.
// Every token keeps the byte span it came from, so aligned passages can be
// shown (and highlighted) in the original text.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "uptake/cues.hpp"

namespace unxref::uptake {

// A word as ICU's word break rules see it (punctuation and spaces dropped).
struct RawToken {
  std::uint32_t start = 0, end = 0;  // byte offsets into the text
};
std::vector<RawToken> break_words(std::string_view text);

// Unicode full case folding (ASCII takes a fast path with the same result).
std::string fold_case(std::string_view word);

enum class TokenClass : std::uint8_t { content, stopword, boilerplate };

struct Token {
  std::uint32_t start = 0, end = 0;
  std::uint32_t word = 0;  // id of the case-folded word
  std::uint32_t stem = 0;  // id of its stem
  TokenClass cls = TokenClass::content;
  float weight = 1.0f;     // alignment weight, see uptake.hpp
};

// Interns words and stems to ids and marks stop words and boilerplate.
// One Lexicon per matching run: ids are only comparable within it.
// Not thread-safe (the stemmer and the caches are shared state).
class Lexicon {
 public:
  Lexicon(const Cues& cues, const std::string& language);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  std::vector<Token> tokenize(std::string_view text);
  const std::string& stem_text(std::uint32_t stem) const { return stems_[stem]; }
  std::size_t stem_count() const { return stems_.size(); }

  static constexpr float kContentWeight = 1.0f;
  static constexpr float kStopWeight = 0.3f;
  static constexpr float kBoilerplateWeight = 0.1f;

 private:
  struct WordInfo {
    std::uint32_t stem = 0;
    bool stop = false;
  };
  std::uint32_t intern_word(std::string folded);
  std::uint32_t intern_stem(const std::string& stem);
  void mark_boilerplate(std::vector<Token>& tokens) const;

  struct StemmerHandle;
  std::unique_ptr<StemmerHandle> stemmer_;
  const Cues& cues_;
  const std::unordered_set<std::string>* stopwords_ = nullptr;  // the language's, or none
  std::unordered_map<std::string, std::uint32_t> word_ids_;
  std::vector<WordInfo> words_;
  std::unordered_map<std::string, std::uint32_t> stem_ids_;
  std::vector<std::string> stems_;
  // Boilerplate phrases as word ids, keyed by their first word.
  std::unordered_map<std::uint32_t, std::vector<std::vector<std::uint32_t>>> boilerplate_;
};

}  // namespace unxref::uptake
