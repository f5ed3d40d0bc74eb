#include "extract/layout/word_list.hpp"

#include <hunspell.h>

#include <filesystem>
#include <mutex>
#include <string>

namespace unxref::layout {
namespace {

constexpr const char* kAff = "/usr/share/hunspell/en_US.aff";
constexpr const char* kDic = "/usr/share/hunspell/en_US.dic";

// Hunspell's spell() keeps scratch state in the handle: one caller at a time.
std::mutex& hunspell_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

const WordList* WordList::english() {
  static const WordList* list = []() -> const WordList* {
    std::error_code ec;
    if (!std::filesystem::exists(kAff, ec) || !std::filesystem::exists(kDic, ec)) return nullptr;
    Hunhandle* h = Hunspell_create(kAff, kDic);
    return h ? new WordList(h) : nullptr;  // lives for the process
  }();
  return list;
}

bool WordList::knows(std::string_view word) const {
  if (word.empty()) return false;
  const std::string w(word);
  std::lock_guard<std::mutex> lock(hunspell_mutex());
  return Hunspell_spell(static_cast<Hunhandle*>(handle_), w.c_str()) != 0;
}

WordList::~WordList() { Hunspell_destroy(static_cast<Hunhandle*>(handle_)); }

}  // namespace unxref::layout
