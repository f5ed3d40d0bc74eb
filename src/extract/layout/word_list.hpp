#pragma once
// The English word list of the Hunspell dictionary Debian ships
// (hunspell-en-us), for telling a word broken at a line end from a compound.
#include <string_view>

namespace unxref::layout {

class WordList {
 public:
  // The dictionary installed at the usual place (/usr/share/hunspell/en_US),
  // loaded once per process; nullptr when it is not installed, and callers
  // fall back to the document's own evidence.
  static const WordList* english();

  // Whether Hunspell accepts the word (its case rules included). Safe to call
  // from several threads.
  bool knows(std::string_view word) const;

  ~WordList();
  WordList(const WordList&) = delete;
  WordList& operator=(const WordList&) = delete;

 private:
  explicit WordList(void* handle) : handle_(handle) {}
  void* handle_;  // Hunhandle*
};

}  // namespace unxref::layout
