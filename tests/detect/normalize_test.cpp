// normalize(): NFKC + case folding with an ASCII fast path, digits of any
// script to ASCII, white space collapsed, and a byte map back to the original.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original.back(), original.size());
  for (std::size_t i = 1; i < n.to_original.size(); ++i) EXPECT_LE(n.to_original[i - 1], n.to_original[i]);
  // "٦١" (4 bytes) became "61": each digit maps to its own source character.
  const std::size_t six = n.text.find("61");
  ASSERT_NE(six, std::string::npos);
  EXPECT_EQ(original.substr(n.to_original[six], 2), "٦");
  auto [s, e] = n.original_span(six, six + 2);
  EXPECT_EQ(original.substr(s, e - s), "٦١");
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
  EXPECT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_NE(n.text.find("résolution 61/180 du conseil — résolution"), std::string::npos);
}

}  // namespace
