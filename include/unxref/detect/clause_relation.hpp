#pragma once
// The relations a clause verb gives the citations it governs
// (data/clause-verbs.tsv): recalls, reaffirms, welcomes, takes-note, notes,
// acts-under, decides, requests, urges, condemns, endorses, other.
#include <string>
#include <string_view>

namespace unxref {

// The relation of a verb as written, in any of the six languages
// ("Recalling further" -> "recalls", "Se félicite" -> "welcomes",
// "وإذ تشير" -> "recalls"); "other" when the lexicon names none. Detection
// types mentions with the same lexicon, so this is also how a gold verb is
// normalised before it is compared with a mention's relation.
std::string clause_relation(std::string_view verb);

}  // namespace unxref
