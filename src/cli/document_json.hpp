#pragma once
#include <nlohmann/json.hpp>

#include "unxref/extract/document.hpp"

namespace unxref::cli {

// The `extract --format json` shape: {"metadata": {...}, "blocks": [...], "warnings": [...]}.
nlohmann::json document_to_json(const Document& doc);

}  // namespace unxref::cli
