// `unxref lineage` on real resolution series of the General Assembly's 76th
// session (../shared/corpus/akn/ga-76/English). Each series below was read
// in the resolution's own text: the clause that recalls "its previous
// resolutions on ..." and every Assembly resolution it names. The Human
// Rights Council resolutions the same clauses recall are no members.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/paths.hpp"

namespace {

namespace fs = std::filesystem;

std::string stdout_of(const std::string& args) {
  std::string out;
  FILE* p = ::popen((std::string(UNXREF_EXE) + " " + args + " 2>/dev/null").c_str(), "r");
  char buf[4096];
  for (std::size_t n; p && (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  if (p) ::pclose(p);
  return out;
}

struct Series {
  const char* name;
  const char* subject;                 // the 76th-session resolution
  std::vector<std::string> earlier;    // the Assembly resolutions its text names as the series
};

const Series kSeries[] = {
    // "Recalling its previous resolutions on the safety of journalists and the issue of impunity, including
    // resolution 68/163 of 18 December 2013, ..., and resolutions 69/185 ..., 70/162 ..., 72/175 ... and 74/157"
    {"safety_of_journalists", "A/RES/76/173",
     {"A/RES/68/163", "A/RES/69/185", "A/RES/70/162", "A/RES/72/175", "A/RES/74/157"}},
    // "Recalling all other previous resolutions on this subject, including its resolutions 66/164 ..., 68/181
    // ..., 70/161 ..., 72/247 ... and 74/146 ... and Human Rights Council resolutions 13/13 ..."
    {"human_rights_defenders", "A/RES/76/174",
     {"A/RES/66/164", "A/RES/68/181", "A/RES/70/161", "A/RES/72/247", "A/RES/74/146"}},
    // "Recalling also its previous resolutions on the situation of human rights in Myanmar, the most recent of
    // which being resolutions 75/287 ..., 75/238 ..., 74/246 ..., 73/264 ... and 72/248 ..."
    {"human_rights_in_myanmar", "A/RES/76/180",
     {"A/RES/72/248", "A/RES/73/264", "A/RES/74/246", "A/RES/75/238", "A/RES/75/287"}},
    // "Recalling its resolution 46/182 of 19 December 1991 on the strengthening of the coordination of emergency
    // humanitarian assistance ... and all subsequent General Assembly resolutions on the subject, including
    // resolution 75/127 of 11 December 2020"
    {"humanitarian_assistance_coordination", "A/RES/76/143", {"A/RES/46/182", "A/RES/75/127"}},
    // "Recalling its previous resolutions on the situation of human rights in the Islamic Republic of Iran, the
    // most recent of which is resolution 75/191 of 16 December 2020"
    {"human_rights_in_iran", "A/RES/76/178", {"A/RES/75/191"}},
};

class LineageGa76 : public ::testing::TestWithParam<Series> {
 protected:
  static void SetUpTestSuite() {
    const fs::path english = unxref::testing::shared_dir() / "corpus" / "akn" / "ga-76" / "English";
    if (!fs::is_directory(english)) return;
    // ctest runs each case in its own process, two at a time: one folder each.
    out_ = new fs::path(unxref::testing::scratch_dir("lineage_ga76_" + std::to_string(::getpid())) / "out");
    const std::string cmd = std::string(UNXREF_EXE) + " scan " + english.string() + " --out " + out_->string() +
                            " --formats none --quiet >/dev/null 2>&1";
    scanned_ = std::system(cmd.c_str()) == 0;
  }
  static void TearDownTestSuite() {
    delete out_;
    out_ = nullptr;
  }
  static fs::path* out_;
  static bool scanned_;
};

fs::path* LineageGa76::out_ = nullptr;
bool LineageGa76::scanned_ = false;

TEST_P(LineageGa76, PrintsEveryMemberTheTextNames) {
  if (!out_) GTEST_SKIP() << "../shared/corpus/akn/ga-76 is not there";
  ASSERT_TRUE(scanned_);
  const Series& s = GetParam();
  const auto j = nlohmann::json::parse(stdout_of("lineage " + std::string(s.subject) + " " + out_->string() +
                                                 " --format json"));
  std::vector<std::string> members;
  std::set<std::string> before;
  for (const auto& m : j["series"]) {
    members.push_back(m["id"]);
    if (m["position"].get<int>() < 0) before.insert(m["id"].get<std::string>());
  }
  for (const std::string& id : s.earlier) EXPECT_TRUE(before.count(id)) << id << " missing from the series of " << s.subject;
  // Nothing but the resolution and its series: no Council resolutions, no unrelated recalls.
  EXPECT_EQ(members.size(), s.earlier.size() + 1) << j.dump(1);
  // Oldest first, each with the date its citing text gives.
  EXPECT_EQ(members.front(), s.earlier.front());
  EXPECT_FALSE(j["series"][0]["date"].get<std::string>().empty()) << j.dump(1);
}

INSTANTIATE_TEST_SUITE_P(RealSeries, LineageGa76, ::testing::ValuesIn(kSeries),
                         [](const ::testing::TestParamInfo<Series>& i) { return std::string(i.param.name); });

}  // namespace
