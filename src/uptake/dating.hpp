#pragma once
// When a document was issued, as far as it says (private to the stage): the
// masthead date ("27 February 2019"), else a year in its symbol or file name.
#include <string>

#include "unxref/extract/document.hpp"

namespace unxref::uptake {

struct IssueDate {
  int year = 0, month = 0, day = 0;  // 0 = unknown part
  std::string shown;                 // as found, for messages
  bool known() const { return year > 0; }
};

IssueDate issue_date(const Document& doc);

// True for a month name of data/months.tsv ("november", "février"), case-folded.
bool is_month_name(const std::string& folded);

// True when `a` is certainly earlier than `b` (unknown parts never decide).
bool certainly_before(const IssueDate& a, const IssueDate& b);

}  // namespace unxref::uptake
