#include "cli/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace unxref::cli {
namespace {

using Clock = std::chrono::steady_clock;

std::size_t terminal_width() {
  winsize ws{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
  return 80;
}

std::string duration_text(double s) {
  const long t = static_cast<long>(s + 0.5);
  char buf[32];
  if (t >= 3600) std::snprintf(buf, sizeof buf, "%ldh%02ldm", t / 3600, t / 60 % 60);
  else if (t >= 60) std::snprintf(buf, sizeof buf, "%ldm%02lds", t / 60, t % 60);
  else std::snprintf(buf, sizeof buf, "%lds", t);
  return buf;
}

// Cut to `width` columns, counting UTF-8 lead bytes only.
std::string fit(const std::string& s, std::size_t width) {
  std::size_t cols = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cols++ == width) break;
  }
  return s.substr(0, i);
}

}  // namespace

ProgressReport::ProgressReport(bool terminal, bool verbose)
    : terminal_(terminal), verbose_(verbose), start_(Clock::now()), phase_start_(start_) {}

double ProgressReport::seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

void ProgressReport::operator()(const ScanStep& step) {
  if (step.phase != phase_) {
    phase_ = step.phase;
    phase_start_ = Clock::now();
  }
  pages_ += step.pages;
  const bool plain_line = step.phase == "extract" || verbose_;
  if (!terminal_) {
    if (plain_line && step.file)
      std::cerr << "[" << step.done << "/" << step.total << "] " << (step.phase == "detect" ? "detect " : "")
                << step.file->display << (step.failed ? " (failed)" : "") << "\n";
    return;
  }
  if (verbose_ && step.file) {
    finish();
    std::cerr << "[" << step.done << "/" << step.total << "] " << step.phase << " " << step.file->display
              << (step.failed ? " (failed)" : "") << "\n";
  }
  const auto now = Clock::now();
  if (step.done != step.total && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw(step);
}

void ProgressReport::draw(const ScanStep& step) {
  const double elapsed = std::chrono::duration<double>(Clock::now() - phase_start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(step.done) / elapsed : 0;
  std::string line = step.phase == "extract" ? "extracting " : "detecting  ";
  constexpr int kBar = 24;
  const int filled = step.total ? static_cast<int>(kBar * step.done / step.total) : kBar;
  line += "[" + std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(kBar - filled), '.') + "] ";
  line += std::to_string(step.done) + "/" + std::to_string(step.total) + " files";
  if (step.phase == "extract" && elapsed > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "  %.1f pages/s", static_cast<double>(pages_) / seconds());
    line += buf;
  }
  if (rate > 0 && step.done < step.total)
    line += "  " + duration_text(static_cast<double>(step.total - step.done) / rate) + " left";
  if (step.file) line += "  " + step.file->display;
  std::cerr << "\r\x1b[K" << fit(line, terminal_width() - 1) << std::flush;
  drawn_ = true;
}

void ProgressReport::finish() {
  if (terminal_ && drawn_) std::cerr << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace unxref::cli
