#include "uptake/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <libstemmer.h>

#include <algorithm>
#include <stdexcept>

namespace unxref::uptake {
namespace {

// Creating a word break iterator costs far more than using one: keep one per
// thread and point it at each new text.
icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> bi = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it) throw std::runtime_error("ICU word break iterator unavailable");
    return it;
  }();
  return *bi;
}

// The cue file's language code for a Snowball stemmer name or code.
std::string language_code(const std::string& language) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"english", "en"}, {"porter", "en"}, {"french", "fr"}, {"spanish", "es"},
      {"russian", "ru"}, {"arabic", "ar"}};
  for (const auto& [name, code] : kNames)
    if (language == name) return code;
  return language;  // "en", "fr", ... as given
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::vector<RawToken> break_words(std::string_view text) {
  std::vector<RawToken> out;
  if (text.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  // UText over the UTF-8 bytes: break positions come back as byte offsets.
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return out;
  icu::BreakIterator& bi = word_breaker();
  bi.setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = bi.first();
    for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
      // Rule status below UBRK_WORD_NONE_LIMIT: spaces and punctuation.
      if (bi.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
      out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    }
  }
  // Detach the iterator from the UText before closing it.
  icu::UnicodeString empty;
  bi.setText(empty);
  utext_close(ut);
  return out;
}

std::string fold_case(std::string_view word) {
  if (is_ascii(word)) {
    std::string s(word);
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

struct Lexicon::StemmerHandle {
  sb_stemmer* stemmer = nullptr;
  ~StemmerHandle() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
};

Lexicon::Lexicon(const Cues& cues, const std::string& language)
    : stemmer_(std::make_unique<StemmerHandle>()), cues_(cues) {
  stemmer_->stemmer = sb_stemmer_new(language.c_str(), nullptr);  // nullptr: UTF-8
  if (!stemmer_->stemmer) throw std::invalid_argument("no Snowball stemmer for language '" + language + "'");
  if (auto it = cues_.stopwords.find(language_code(language)); it != cues_.stopwords.end()) stopwords_ = &it->second;
  for (const Phrase& phrase : cues_.boilerplate) {
    std::vector<std::uint32_t> ids;
    for (const std::string& w : phrase) ids.push_back(intern_word(w));
    boilerplate_[ids.front()].push_back(std::move(ids));  // already longest first
  }
}

Lexicon::~Lexicon() = default;

std::uint32_t Lexicon::intern_stem(const std::string& stem) {
  auto [it, inserted] = stem_ids_.try_emplace(stem, static_cast<std::uint32_t>(stems_.size()));
  if (inserted) stems_.push_back(stem);
  return it->second;
}

std::uint32_t Lexicon::intern_word(std::string folded) {
  auto it = word_ids_.find(folded);
  if (it != word_ids_.end()) return it->second;
  const auto* stemmed = sb_stemmer_stem(stemmer_->stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                                        static_cast<int>(folded.size()));
  // sb_stemmer_stem returns nullptr only when out of memory: keep the word.
  std::string stem = stemmed ? std::string(reinterpret_cast<const char*>(stemmed),
                                           static_cast<std::size_t>(sb_stemmer_length(stemmer_->stemmer)))
                             : folded;
  WordInfo info{intern_stem(stem), stopwords_ && stopwords_->count(folded) > 0};
  const auto id = static_cast<std::uint32_t>(words_.size());
  words_.push_back(info);
  word_ids_.emplace(std::move(folded), id);
  return id;
}

std::vector<Token> Lexicon::tokenize(std::string_view text) {
  std::vector<Token> tokens;
  for (const RawToken& raw : break_words(text)) {
    Token t;
    t.start = raw.start;
    t.end = raw.end;
    t.word = intern_word(fold_case(text.substr(raw.start, raw.end - raw.start)));
    t.stem = words_[t.word].stem;
    t.cls = words_[t.word].stop ? TokenClass::stopword : TokenClass::content;
    t.weight = words_[t.word].stop ? kStopWeight : kContentWeight;
    tokens.push_back(t);
  }
  mark_boilerplate(tokens);
  return tokens;
}

void Lexicon::mark_boilerplate(std::vector<Token>& tokens) const {
  // Overlapping phrases all count ("combat trafficking" + "trafficking in
  // persons"): a word is boilerplate when any phrase covers it.
  std::size_t covered_until = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (auto it = boilerplate_.find(tokens[i].word); it != boilerplate_.end()) {
      for (const auto& phrase : it->second) {  // longest first
        if (i + phrase.size() > tokens.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; k < phrase.size() && ok; ++k) ok = tokens[i + k].word == phrase[k];
        if (ok) {
          covered_until = std::max(covered_until, i + phrase.size());
          break;
        }
      }
    }
    if (i < covered_until) {
      tokens[i].cls = TokenClass::boilerplate;
      tokens[i].weight = kBoilerplateWeight;
    }
  }
}

}  // namespace unxref::uptake
