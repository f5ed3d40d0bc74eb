// The detector against the UN's own links in ../shared/corpus/akn (gold.jsonl
// of each set): precision and recall per language, computed as
// ../shared/tools/akn_gold.py computes them, through the real text reader and
// Detector. The floors sit a little under what tools/akn_eval.py measured
// (README, "Detection on documents it was not tuned on"), so that a
// regression shows; they are not targets.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "support/paths.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"

namespace {

namespace fs = std::filesystem;

struct Tally {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
};

// akn_gold.py's rule: the UN links "36/87 A and B" to A/RES/36/87 or to
// A/RES/57/130A-B; a detector naming the parts is right.
std::set<std::string> satisfying(const std::string& gold, const std::set<std::string>& got) {
  std::set<std::string> out;
  if (got.count(gold)) out.insert(gold);
  static const std::regex combined(R"(^(.*\d)([A-Z])-([A-Z])$)");
  std::smatch m;
  const std::string base = std::regex_match(gold, m, combined) ? std::string(m[1]) : gold;
  for (const std::string& g : got)
    if (g == base || (g.size() == base.size() + 1 && g.compare(0, base.size(), base) == 0 && g.back() >= 'A' &&
                      g.back() <= 'Z'))
      out.insert(g);
  return out;
}

std::map<std::string, Tally> score(const fs::path& dir) {
  std::map<std::string, std::set<std::string>> gold;
  std::map<std::string, std::string> lang;
  std::ifstream in(dir / "gold.jsonl");
  for (std::string line; std::getline(in, line);) {
    const auto g = nlohmann::json::parse(line);
    gold[g["file"]].insert(g["target"].get<std::string>());
    lang[g["file"]] = g["lang"];
  }
  const unxref::Detector detector;
  static const std::regex digit("[0-9]");
  std::map<std::string, Tally> per_lang;
  for (const auto& [file, targets] : gold) {
    const unxref::Document doc = unxref::extract_file(dir / file);
    std::set<std::string> got;
    for (const unxref::Mention& m : detector.detect(unxref::flatten(doc), file, doc.meta.date)) {
      const bool scored = m.kind == unxref::TargetKind::resolution || m.kind == unxref::TargetKind::symbol;
      if (scored && !m.target.empty() && std::regex_search(m.surface, digit)) got.insert(m.target);
    }
    std::set<std::string> used;
    Tally& t = per_lang[lang[file]];
    for (const std::string& g : targets) {
      const auto hit = satisfying(g, got);
      if (hit.empty()) {
        ++t.fn;
      } else {
        ++t.tp;
        used.insert(hit.begin(), hit.end());
      }
    }
    for (const std::string& g : got) t.fp += used.count(g) ? 0 : 1;
  }
  return per_lang;
}

struct Floor {
  const char* set;
  double precision, recall;  // every language at or above
};

void PrintTo(const Floor& f, std::ostream* os) { *os << f.set; }

class AknGold : public ::testing::TestWithParam<Floor> {};

TEST_P(AknGold, EveryLanguageAtOrAboveItsFloor) {
  const fs::path dir = unxref::testing::shared_dir() / "corpus" / "akn" / GetParam().set;
  if (!fs::exists(dir / "gold.jsonl")) GTEST_SKIP() << dir << " not found: the AKN gold lives in ../shared";
  const auto per_lang = score(dir);
  EXPECT_EQ(per_lang.size(), 6u);
  for (const auto& [lang, t] : per_lang) {
    RecordProperty(lang + "_precision", std::to_string(t.precision()));
    RecordProperty(lang + "_recall", std::to_string(t.recall()));
    EXPECT_GE(t.precision(), GetParam().precision) << lang << " tp=" << t.tp << " fp=" << t.fp;
    EXPECT_GE(t.recall(), GetParam().recall) << lang << " tp=" << t.tp << " fn=" << t.fn;
  }
}

INSTANTIATE_TEST_SUITE_P(Sets, AknGold, ::testing::Values(Floor{"sc-2021", 0.98, 0.965}, Floor{"ga-76", 0.905, 0.955}),
                         [](const ::testing::TestParamInfo<Floor>& info) {
                           std::string name = info.param.set;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
