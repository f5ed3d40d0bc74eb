// Hostile input: the detector returns (possibly empty) results with sane
// spans, quickly, for bytes that are not text at all.
#include <gtest/gtest.h>

#include <random>

#include "unxref/detect/detect.hpp"

namespace {

const unxref::Detector& detector() {
  static const unxref::Detector d;
  return d;
}

void expect_sane(const std::string& text, const std::vector<unxref::Mention>& ms) {
  for (const auto& m : ms) {
    EXPECT_LE(m.start, m.end);
    EXPECT_LE(m.end, text.size());
  }
}

struct GarbageCase {
  const char* name;
  std::string text;
  std::size_t mentions;  // exact count expected
};

void PrintTo(const GarbageCase& c, std::ostream* os) { *os << c.name; }

class Garbage : public ::testing::TestWithParam<GarbageCase> {};

TEST_P(Garbage, GivesAClearResult) {
  const auto ms = detector().detect(std::string_view(GetParam().text), "garbage");
  expect_sane(GetParam().text, ms);
  EXPECT_EQ(ms.size(), GetParam().mentions);
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Garbage,
    ::testing::Values(
        GarbageCase{"empty", "", 0},
        GarbageCase{"nul_bytes", std::string("resolution\0 61/180 \0\0A/RES/72/1", 31), 1},
        GarbageCase{"invalid_utf8_around_a_citation", "\xFF\xFE resolution 61/180 \xC0\xAF\xED\xA0\x80", 1},
        GarbageCase{"invalid_utf8_inside_the_cue", "reso\xFFlution 61/180", 0},
        GarbageCase{"lone_continuation_bytes", repeat("\x80\xBF", 5000), 0},
        GarbageCase{"million_digits", repeat("1", 1000000), 0},
        GarbageCase{"cue_then_million_digits", "resolution " + repeat("9", 1000000), 0},
        GarbageCase{"million_slashes", repeat("/", 1000000), 0},
        GarbageCase{"series_and_slashes", repeat("A/", 300000), 0},
        GarbageCase{"cue_storm", repeat("resolution ", 100000), 0},
        GarbageCase{"list_that_never_ends", "resolutions " + repeat("61/180, ", 20000), 64},
        GarbageCase{"open_parentheses", "resolution 2331 (" + repeat("(", 100000), 0},
        GarbageCase{"chinese_cues_without_numbers", repeat("第号决议", 50000), 0},
        GarbageCase{"arabic_cue_storm", repeat("قرار ", 50000), 0},
        GarbageCase{"combining_marks", "resolution 61/180" + repeat("\xCC\x81", 50000), 1}));

TEST(GarbageLarge, FourMegabyteLine) {
  std::string line;
  std::size_t citations = 0;
  for (; line.size() < (std::size_t{4} << 20); ++citations)
    line += "the Member States recalled resolution 61/180 and HIV/AIDS data ";
  const auto ms = detector().detect(std::string_view(line), "line");
  expect_sane(line, ms);
  EXPECT_EQ(ms.size(), citations);
}

TEST(GarbageLarge, RandomBytesNeverBreakSpans) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string text(1 + rng() % 2000, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 8 == 0 ? "resolution 61/180 A/RES/ (2016)"[rng() % 31] : rng());
    expect_sane(text, detector().detect(std::string_view(text), "random"));
  }
}

}  // namespace

namespace {

// Chinese lists are read back from their cue: a long run of cues with no
// punctuation between them must cost its length, not its square.
TEST(GarbageLarge, LongChineseRunOfListsStaysLinear) {
  std::string text;
  std::size_t citations = 0;
  for (; text.size() < (std::size_t{1} << 20); ++citations) text += "大会2006年12月20日第61/180号决议";
  const auto ms = unxref::Detector().detect(std::string_view(text), "zh");
  EXPECT_EQ(ms.size(), citations);
}

}  // namespace
