#pragma once
// SHA-256 (OpenSSL) of a file's bytes and of strings, as lowercase hex: the
// identity of a document's content in the index.
#include <filesystem>
#include <string>
#include <string_view>

namespace unxref::pipeline {

// Throws FileError when the file cannot be read.
std::string hash_file(const std::filesystem::path& file);

std::string hash_text(std::string_view text);

}  // namespace unxref::pipeline
