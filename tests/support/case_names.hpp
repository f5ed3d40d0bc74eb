#pragma once
// Names for table rows that ctest shows and `ctest -R` can type: the row's
// index and the ASCII words of its text ("3_General_Assembly_resolution_A_62_149"),
// the index alone for a text with none.
#include <cstddef>
#include <string>
#include <string_view>

namespace unxref::testing {

inline std::string readable_case_name(std::string_view text, std::size_t index) {
  constexpr std::size_t kMaxLength = 48;
  std::string name = std::to_string(index);
  bool gap = true;
  for (char c : text) {
    if (name.size() >= kMaxLength) break;
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (word) {
      if (gap) name += '_';
      name += c;
      gap = false;
    } else {
      gap = true;
    }
  }
  return name;
}

}  // namespace unxref::testing
