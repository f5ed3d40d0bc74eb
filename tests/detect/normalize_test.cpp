// normalize(): NFKC + case folding with an ASCII fast path, digits of any
// script to ASCII, white space collapsed, and a byte map back to the original.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "detect/normalize.hpp"

namespace {

using unxref::detect::normalize;

struct NormCase {
  const char* original;
  const char* normalized;
};

class Normalize : public ::testing::TestWithParam<NormCase> {};

TEST_P(Normalize, Text) { EXPECT_EQ(normalize(GetParam().original).text, GetParam().normalized); }

INSTANTIATE_TEST_SUITE_P(
    Table, Normalize,
    ::testing::Values(
        NormCase{"General Assembly", "general assembly"}, NormCase{"a \t\n\r\f b", "a b"},
        NormCase{"  lead", " lead"}, NormCase{"RÉSOLUTION", "résolution"},
        NormCase{"Re\xCC\x81solution", "résolution"},           // e + combining acute composes
        NormCase{"\xEF\xAC\x81nal", "final"},                     // U+FB01 ligature
        NormCase{"٦١/١٨٠", "61/180"},                             // Arabic-Indic digits
        NormCase{"۶۱", "61"},                                     // extended Arabic-Indic
        NormCase{"६१", "61"},                                     // Devanagari
        NormCase{"２３３１（２０１６）", "2331(2016)"},            // fullwidth
        NormCase{"a\xC2\xA0" "b", "a b"},                         // NBSP
        NormCase{"a\xE2\x80\xA8" "b", "a b"},                     // line separator
        NormCase{"Straße", "strasse"}, NormCase{"РЕЗОЛЮЦИЯ", "резолюция"},
        NormCase{"a\xFF" "b", "a\xEF\xBF\xBD" "b"},               // invalid byte -> U+FFFD
        NormCase{"\xE2\x82", "\xEF\xBF\xBD"},                     // truncated sequence
        NormCase{"x\xC0\xAFy", "x\xEF\xBF\xBD\xEF\xBF\xBDy"},     // overlong '/'
        NormCase{"", ""}));

TEST(Normalize, MapsEveryByteBackToItsSource) {
  const std::string original = "Ré  ſolution ٦١";
  auto n = normalize(original);
  EXPECT_EQ(n.original_offset(n.text.size()), original.size());
  for (std::size_t i = 1; i <= n.text.size(); ++i) EXPECT_LE(n.original_offset(i - 1), n.original_offset(i));
  // "٦١" (4 bytes) became "61": each digit maps to its own source character.
  const std::size_t six = n.text.find("61");
  ASSERT_NE(six, std::string::npos);
  EXPECT_EQ(original.substr(n.original_offset(six), 2), "٦");
  auto [s, e] = n.original_span(six, six + 2);
  EXPECT_EQ(original.substr(s, e - s), "٦١");
}

// Every byte against a map built the slow way: each normalised character
// normalised on its own and located in the original by hand.
struct MapCase {
  const char* original;
  std::vector<std::size_t> expected;  // original offset of each text byte, then of the end
};

class NormalizeMap : public ::testing::TestWithParam<MapCase> {};

TEST_P(NormalizeMap, EveryByte) {
  const std::string original = GetParam().original;
  auto n = normalize(original);
  std::vector<std::size_t> got;
  for (std::size_t i = 0; i <= n.text.size(); ++i) got.push_back(n.original_offset(i));
  EXPECT_EQ(got, GetParam().expected) << n.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizeMap,
    ::testing::Values(
        MapCase{"", {0}}, MapCase{"ab", {0, 1, 2}}, MapCase{"A  B", {0, 1, 3, 4}},
        MapCase{"\n\nx", {0, 2, 3}},
        // "é" copied by ICU unchanged: byte for byte; "É" changed: both bytes to its start.
        MapCase{"é", {0, 1, 2}}, MapCase{"É", {0, 0, 2}},
        MapCase{"\xEF\xAC\x81" "a", {0, 0, 3, 4}},  // ligature: "fi" from one character
        MapCase{"٦١", {0, 2, 4}}, MapCase{"x\xFFy", {0, 1, 1, 1, 2, 3}},
        MapCase{"abcdefghijklmnopqrstuvwxyz  ABCDEFGH",
                {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17, 18,
                 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 32, 33, 34, 35, 36}}));

// The sixteen-byte path and the byte path must agree on text and map.
TEST(Normalize, BlockPathAgreesWithBytePath) {
  std::string original;
  for (int i = 0; i < 300; ++i) {
    original += "General Assembly Resolution 61/180";
    original += std::string(static_cast<std::size_t>(i % 3 + 1), i % 2 ? ' ' : '\n');
    if (i % 7 == 0) original += "\x7F\x01R\xC3\xA9solution ";
  }
  auto whole = normalize(original);
  std::string text;
  std::vector<std::size_t> map;
  // Byte by byte: a string shorter than a block never takes the vector path.
  for (std::size_t i = 0; i < original.size();) {
    std::size_t len = 1;
    while (i + len < original.size() && (static_cast<unsigned char>(original[i + len]) & 0xC0) == 0x80) ++len;
    const bool space = original[i] == ' ' || original[i] == '\n';
    if (space && !text.empty() && text.back() == ' ') {
      i += len;
      continue;
    }
    auto one = normalize(original.substr(i, len));
    for (std::size_t k = 0; k < one.text.size(); ++k) map.push_back(i + one.original_offset(k));
    text += one.text;
    i += len;
  }
  ASSERT_EQ(whole.text, text);
  for (std::size_t k = 0; k < map.size(); ++k) ASSERT_EQ(whole.original_offset(k), map[k]) << "byte " << k;
  EXPECT_EQ(whole.original_offset(whole.text.size()), original.size());
}

TEST(Normalize, NormalizedOffsetInvertsTheMap) {
  const std::string original = "Ré  ſolution \xEF\xAC\x81nal ٦١ A/RES/61/180";
  auto n = normalize(original);
  for (std::size_t k = 0; k <= n.text.size(); ++k) {
    const std::size_t o = n.original_offset(k);
    const std::size_t back = n.normalized_offset(o);
    EXPECT_LE(back, k);
    EXPECT_EQ(n.original_offset(back), o) << "byte " << k;
  }
  EXPECT_EQ(n.normalized_offset(original.size()), n.text.size());
  EXPECT_EQ(n.normalized_offset(original.size() + 5), n.text.size());
}

TEST(Normalize, SpanCoversWholeCharacters) {
  const std::string original = "the \xEF\xAC\x81nal (Résolution)";
  auto n = normalize(original);
  const std::size_t at = n.text.find("résolution");
  auto [s, e] = n.original_span(at, at + std::string("résolution").size());
  EXPECT_EQ(original.substr(s, e - s), "Résolution");
  const std::size_t fi = n.text.find("final");
  auto [s2, e2] = n.original_span(fi, fi + 5);
  EXPECT_EQ(original.substr(s2, e2 - s2), "\xEF\xAC\x81nal");
}

// The ASCII fast path must give exactly what ICU gives.
TEST(Normalize, AsciiFastPathAgreesWithIcu) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(ec);
  ASSERT_TRUE(U_SUCCESS(ec));
  for (int c = 0x21; c < 0x7F; ++c) {
    std::string in(1, static_cast<char>(c));
    icu::UnicodeString u = nfkc->normalize(icu::UnicodeString::fromUTF8(in), ec);
    std::string want;
    u.toUTF8String(want);
    EXPECT_EQ(normalize(in).text, want) << "byte " << c;
  }
}

TEST(Normalize, LargeMixedTextStaysConsistent) {
  std::string original;
  for (int i = 0; i < 2000; ++i) original += "Résolution ٦١/١٨٠ du Conseil —\n";
  auto n = normalize(original);
  EXPECT_EQ(n.original_offset(n.text.size()), original.size());
  EXPECT_NE(n.text.find("résolution 61/180 du conseil — résolution"), std::string::npos);
}

}  // namespace

namespace {

// Normalising into a used NormalizedText gives what a fresh one gives.
TEST(Normalize, ReusedBuffersGiveTheSameResult) {
  unxref::detect::NormalizedText reused;
  normalize(std::string(5000, 'X') + " Résolution  ٦١", reused);
  const std::string small = "A  B\n\u00C9";
  normalize(small, reused);
  const auto fresh = normalize(small);
  EXPECT_EQ(reused.text, fresh.text);
  for (std::size_t k = 0; k <= fresh.text.size(); ++k) EXPECT_EQ(reused.original_offset(k), fresh.original_offset(k));
  EXPECT_EQ(reused.original.data(), small.data());
}

}  // namespace
