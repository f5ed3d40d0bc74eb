#include "uptake/dating.hpp"

#include <filesystem>

#include "unxref/core/dates.hpp"
#include "unxref/core/years.hpp"
#include "uptake/cues.hpp"

namespace unxref::uptake {
namespace {

// "27 February 2019", "February 27, 2019": day, month name, year in any order.
IssueDate parse_date(const std::string& text) {
  IssueDate d;
  d.year = first_year(text);
  if (!d.year) return d;
  d.shown = text;
  for (const std::string& w : folded_words(text)) {
    if (const int m = month_named(w)) d.month = m;
    else if (w.size() <= 2 && w.find_first_not_of("0123456789") == std::string::npos) d.day = std::stoi(w);
  }
  if (!d.month) d.day = 0;
  return d;
}

}  // namespace

IssueDate issue_date(const Document& doc) {
  if (IssueDate d = parse_date(doc.meta.date); d.known()) return d;
  for (const std::string& s : {doc.meta.symbol, std::filesystem::path(doc.meta.path).filename().string()}) {
    if (const int y = first_year(s)) return IssueDate{y, 0, 0, s};
  }
  return {};
}

bool is_month_name(const std::string& folded) { return month_named(folded) > 0; }

bool certainly_before(const IssueDate& a, const IssueDate& b) {
  if (!a.known() || !b.known()) return false;
  if (a.year != b.year) return a.year < b.year;
  if (!a.month || !b.month) return false;
  if (a.month != b.month) return a.month < b.month;
  return a.day && b.day && a.day < b.day;
}

}  // namespace unxref::uptake
