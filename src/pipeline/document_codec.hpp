#pragma once
// A Document as bytes, for the pipe from an extraction worker to the scan.
#include <optional>
#include <string>
#include <string_view>

#include "unxref/extract/document.hpp"

namespace unxref::pipeline {

std::string encode(const Document& doc);

// nullopt when `bytes` is not what encode() wrote (a worker that died mid-message).
std::optional<Document> decode(std::string_view bytes);

}  // namespace unxref::pipeline
