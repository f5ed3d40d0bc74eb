#pragma once
// Data files under data/ are compiled into the binary (see cmake/embed.cmake).
#include <string_view>

namespace unxref {

// The bytes of data/<name>, or an empty view when no such file was embedded.
std::string_view embedded_data(std::string_view name);

}  // namespace unxref
