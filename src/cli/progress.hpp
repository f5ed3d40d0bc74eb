#pragma once
// Progress of a scan on stderr: one bar redrawn in place on a terminal
// (files done/total, pages per second, time left), plain "[i/n] file"
// lines otherwise, so that logs stay readable.
#include <chrono>
#include <cstddef>

#include "unxref/pipeline/scan.hpp"

namespace unxref::cli {

class ProgressReport {
 public:
  // `terminal`: draw the bar; `verbose`: also a line per detected document.
  ProgressReport(bool terminal, bool verbose);
  void operator()(const ScanStep& step);
  // Clears the bar (before anything else is printed).
  void finish();

  double seconds() const;
  long pages() const { return pages_; }

 private:
  void draw(const ScanStep& step);

  bool terminal_, verbose_;
  bool drawn_ = false;
  long pages_ = 0;
  std::chrono::steady_clock::time_point start_, phase_start_, last_draw_;
  std::string_view phase_;
};

}  // namespace unxref::cli
