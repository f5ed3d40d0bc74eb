// The instrument registry: every key of the public id contract, structural
// parents for the graph, and user registries with clear errors.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "detect/registry.hpp"
#include "detector_run.hpp"
#include "support/paths.hpp"
#include "unxref/core/error.hpp"
#include "unxref/detect/registry.hpp"

namespace unxref {
namespace {

using testing::distinct_targets;

using testing::run_detector;

void write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

TEST(InstrumentRegistry, KnowsEveryTreatyKeyOfTheIdContract) {
  for (const char* key : {"untoc", "tip-protocol", "smuggling-protocol", "firearms-protocol", "crc", "crc-opsc",
                          "crc-opac", "cedaw", "iccpr", "icescr", "cat", "crpd", "cmw", "refugee-convention-1951",
                          "refugee-protocol-1967", "slavery-convention-1926",
                          "supplementary-slavery-convention-1956", "ilo-c029", "ilo-p029", "ilo-c105", "ilo-c182",
                          "ilo-c189", "ilo-c097", "ilo-c143", "ilo-c181", "coe-cets-197"}) {
    const std::string target = std::string("treaty:") + key;
    EXPECT_NE(detect::builtin_instruments().by_target(target), nullptr) << target;
    EXPECT_FALSE(instrument_label(target).empty()) << target;
    EXPECT_GT(instrument_year(target), 1900) << target;
  }
}

TEST(InstrumentRegistry, FrameworksResolveToTheirResolutions) {
  for (const char* symbol : {"A/RES/64/293", "A/RES/70/1", "A/RES/71/1", "A/RES/73/195", "A/RES/72/1", "A/RES/76/7"})
    EXPECT_NE(detect::builtin_instruments().by_target(symbol), nullptr) << symbol;
}

TEST(InstrumentRegistry, ParentsForStructuralEdges) {
  EXPECT_EQ(instrument_parent("treaty:tip-protocol"), "treaty:untoc");
  EXPECT_EQ(instrument_parent("treaty:smuggling-protocol"), "treaty:untoc");
  EXPECT_EQ(instrument_parent("treaty:crc-opsc"), "treaty:crc");
  EXPECT_EQ(instrument_parent("treaty:ilo-p029"), "treaty:ilo-c029");
  EXPECT_EQ(instrument_parent("treaty:refugee-protocol-1967"), "treaty:refugee-convention-1951");
  EXPECT_EQ(instrument_parent("treaty:untoc"), "");
  EXPECT_EQ(instrument_parent("treaty:unknown"), "");
}

TEST(InstrumentRegistry, LabelsAndTitles) {
  EXPECT_EQ(instrument_label("treaty:tip-protocol"), "TIP Protocol");
  EXPECT_EQ(instrument_title("treaty:crc"), "Convention on the Rights of the Child");
  EXPECT_EQ(instrument_label("A/RES/64/293"), "Global Plan of Action");
  EXPECT_EQ(instrument_label("A/RES/1/1"), "");
}

TEST(InstrumentRegistry, EveryParentIsItselfInTheRegistry) {
  for (const auto& in : detect::builtin_instruments().instruments()) {
    if (in.parent.empty()) continue;
    EXPECT_NE(detect::builtin_instruments().by_target(in.parent), nullptr) << in.key;
  }
}

TEST(InstrumentRegistry, UserRegistryAddsInstrumentsAndShortForms) {
  const auto dir = testing::scratch_dir("instrument_registry_user");
  write(dir / "mine.tsv",
        "# key\ttarget\tparent\tyear\tlabel\tshort_forms\tpinpoint\tnames\n"
        "asean-actip\ttreaty:asean-actip\t-\t2015\tACTIP\tconvention\t-\t"
        "ASEAN Convention against Trafficking in Persons, Especially Women and Children | =ACTIP\n");
  DetectorOptions options;
  options.extra_registries.push_back(dir / "mine.tsv");
  const Detector finders(options);
  const auto found = run_detector(
      finders,
      "The ASEAN Convention against Trafficking in Persons, Especially Women and Children entered into force "
      "in 2017. The Convention requires");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].target, "treaty:asean-actip");
  EXPECT_EQ(found[1].target, "treaty:asean-actip");
  EXPECT_EQ(instrument_label("treaty:asean-actip"), "ACTIP");
  EXPECT_EQ(distinct_targets(run_detector(finders, "ACTIP and actip")), std::set<std::string>{"treaty:asean-actip"});
}

TEST(InstrumentRegistry, MalformedUserRegistryNamesFileAndLine) {
  const auto dir = testing::scratch_dir("instrument_registry_bad");
  write(dir / "bad.tsv", "# comment\n\nkey-only\ttreaty:x\n");
  try {
    detect::InstrumentRegistry r;
    r.load_file(dir / "bad.tsv");
    FAIL() << "no error";
  } catch (const FileError& e) {
    EXPECT_EQ(e.file(), dir / "bad.tsv");
    EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
  }
  write(dir / "year.tsv", "k\ttreaty:k\t-\tnineteen\tK\t-\t-\tK Convention\n");
  EXPECT_THROW(detect::InstrumentRegistry().load_file(dir / "year.tsv"), FileError);
  write(dir / "target.tsv", "k\tnot a symbol\t-\t2000\tK\t-\t-\tK Convention\n");
  EXPECT_THROW(detect::InstrumentRegistry().load_file(dir / "target.tsv"), FileError);
  EXPECT_THROW(detect::InstrumentRegistry().load_file(dir / "missing.tsv"), FileError);
  EXPECT_THROW(detect::InstrumentRegistry().load_file(dir), FileError);
}

TEST(InstrumentRegistry, DetectorConstructionReportsABadRegistry) {
  DetectorOptions options;
  options.extra_registries.push_back("/nonexistent/registry.tsv");
  EXPECT_THROW(Detector{options}, FileError);
}

}  // namespace
}  // namespace unxref
