#pragma once
// Recovery for PDFs whose cross-reference table or trailer is damaged or
// missing (truncated downloads, bad offsets), which PoDoFo cannot open: the
// file is scanned for "N G obj" headers and a fresh xref table and trailer
// are appended, as pdftotext and mutool do internally.
#include <string>
#include <string_view>

namespace unxref::pdf {

// `pdf` plus a rebuilt xref section and trailer, or "" when the scan finds
// no objects or no document catalog. Objects inside object streams are only
// found through their stream, which a classic table cannot point into, so
// files that keep their pages there stay unreadable.
std::string rebuild_xref(std::string_view pdf);

// Junk before the "%PDF-" header (mail gateways, some web servers) shifts
// every offset; dropping it lets the offsets match again.
std::string_view skip_leading_junk(std::string_view pdf);

}  // namespace unxref::pdf
