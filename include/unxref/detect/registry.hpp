#pragma once
// What the detector's registries know about a target id, for labels, titles
// and the structural edges of the graph. Answers come from the built-in data
// (data/instruments.tsv, data/sdg-codes.tsv, data/publications.tsv) and from
// every extra registry a Detector in this process has loaded.
#include <string>
#include <string_view>

namespace unxref {

// The target an instrument is part of: "treaty:tip-protocol" -> "treaty:untoc",
// "treaty:ilo-p029" -> "treaty:ilo-c029". Empty when it has none or is unknown.
std::string instrument_parent(std::string_view target);

// A short name for graph labels: "treaty:tip-protocol" -> "TIP Protocol",
// "A/RES/64/293" -> "Global Plan of Action". Empty when unknown.
std::string instrument_label(std::string_view target);

// The full English name: "Convention on the Rights of the Child". Empty when unknown.
std::string instrument_title(std::string_view target);

// Year of adoption, 0 when unknown.
int instrument_year(std::string_view target);

// Our short tag of an SDG code ("sdg:8.7" -> "forced labour, trafficking,
// child labour"); empty for codes without one. False from sdg_code_exists for
// codes that are not in the official framework ("sdg:8.11").
std::string sdg_label(std::string_view target);
bool sdg_code_exists(std::string_view target);

// The title of a publication of data/publications.tsv ("icat:policy-paper-2016-12").
std::string publication_title(std::string_view id);

}  // namespace unxref
