#pragma once
// Line-level pieces of the UN masthead, shared by parse_masthead() and the
// PDF layout (private to the extract stage).
#include <string>
#include <string_view>
#include <vector>

#include "unxref/extract/masthead.hpp"

namespace unxref::masthead {

// The print-shop lines at the foot of UN documents: job number
// ("19-03355 (E)    280219", "18-01971"), barcode ("*1903355*"), possibly
// with a page number beside them ("2/6   19-03355").
// The whitespace-separated words of `s`, as views into it.
std::vector<std::string_view> words_of(std::string_view s);

bool is_job_number_line(std::string_view line);

// "27 February 2019" and similar day-month-year dates, the whole text.
bool is_masthead_date(std::string_view text);

// "Algeria, Angola, ... and United Republic of Tanzania" -> one name each.
// Country names that contain "and" ("Trinidad and Tobago") stay whole.
std::vector<std::string> split_sponsors(std::string_view list);

struct Parsed {
  Masthead masthead;
  // The sponsors' line as printed, joined ("United States of America: draft
  // resolution"), or empty: the best title UN drafts have.
  std::string sponsor_title;
};

Parsed parse(const std::vector<std::string>& first_lines);

}  // namespace unxref::masthead
