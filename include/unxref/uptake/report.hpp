#pragma once
// Writing an UptakeReport: a readable text table, JSON, CSV (one row per
// recommendation) and a self-contained HTML page that shows each
// recommendation beside its best paragraph with the shared passages marked.
// All document text is escaped for the format it lands in.
#include <optional>
#include <ostream>
#include <string_view>

#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {

enum class Format { text, json, csv, html };
std::optional<Format> parse_format(std::string_view name);  // "text", "json", "csv", "html"

void write_text(std::ostream& out, const UptakeReport& report);
void write_json(std::ostream& out, const UptakeReport& report);
void write_csv(std::ostream& out, const UptakeReport& report);
void write_html(std::ostream& out, const UptakeReport& report);
void write_report(std::ostream& out, const UptakeReport& report, Format format);

}  // namespace unxref::uptake
