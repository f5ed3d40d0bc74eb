#include "fixtures.hpp"

#include <random>
#include <vector>

namespace unxref::testing {

CitationGraph realistic_graph() {
  GraphBuilder b;
  // Corpus: briefs, papers and Security Council drafts, 2016-2023.
  const Vertex d16 =
      b.doc("S/2016/1011", "S/2016/1011", 2016, "Draft resolution on trafficking in conflict");
  const Vertex p16 = b.doc("doc:icat-paper-2016", "ICAT paper 1", 2016,
                           "Preventing trafficking in persons by addressing demand");
  const Vertex b17 = b.doc("doc:icat-brief-2017", "ICAT brief 3", 2017,
                           "Trafficking in children: what the law says");
  const Vertex r17 = b.doc("S/RES/2388(2017)", "S/RES/2388(2017)", 2017,
                           "Maintenance of international peace and security");
  b.graph().storage()[r17].kind = "resolution";  // a resolution that is also read in the corpus
  const Vertex o18 = b.doc("doc:icat-overview-2018", "ICAT overview", 2018,
                           "ICAT: an overview. Key activities and achievements");
  const Vertex b19 = b.doc("doc:icat-brief-2019", "ICAT brief 7", 2019,
                           "Trafficking in persons in the agriculture sector");
  const Vertex d19 =
      b.doc("S/2019/229", "S/2019/229", 2019, "Draft resolution on children and armed conflict");
  const Vertex g20 =
      b.doc("doc:gd-nga-2020", "NGA 75 (2020)", 2020, "General Debate statement of Nigeria");
  const Vertex b21 =
      b.doc("doc:icat-brief-2021", "ICAT brief 11", 2021, "Non-punishment of victims");
  const Vertex g22 =
      b.doc("doc:gd-ita-2022", "ITA 77 (2022)", 2022, "General Debate statement of Italy");
  const Vertex d23 = b.doc("S/2023/12", "S/2023/12", 2023, "Draft resolution on Haiti");

  const auto res = [&](const std::string& id, const std::string& title, int year) {
    return b.target(id, "resolution", id, title, year);
  };
  const Vertex ga55 =
      res("A/RES/55/25", "United Nations Convention against Transnational Organized Crime", 2000);
  const Vertex ga61 =
      res("A/RES/61/180", "Improving the coordination of efforts against trafficking", 2006);
  const Vertex ga64 =
      res("A/RES/64/293", "Global Plan of Action to Combat Trafficking in Persons", 2010);
  const Vertex ga70 = res("A/RES/70/1", "Transforming our world: the 2030 Agenda", 2015);
  const Vertex ga72 = res("A/RES/72/1", "Political declaration on the Global Plan of Action", 2017);
  const Vertex ga73 =
      res("A/RES/73/195", "Global Compact for Safe, Orderly and Regular Migration", 2018);
  const Vertex ga76 = res("A/RES/76/7", "Political declaration (2021)", 2021);
  const Vertex ec06 =
      res("E/RES/2006/27", "Strengthening international cooperation against trafficking", 2006);
  const Vertex sc31 =
      res("S/RES/2331(2016)", "Maintenance of international peace and security", 2016);
  const Vertex sc95 = res("S/RES/2195(2014)", "Threats to international peace and security", 2014);
  const Vertex hrc =
      res("A/HRC/RES/35/5", "Trafficking in persons, especially women and children", 2017);
  const Vertex prst =
      b.target("S/PRST/2015/25", "symbol", "S/PRST/2015/25", "Presidential statement");
  const Vertex l1 = b.target("A/72/L.1", "symbol", "A/72/L.1", "Draft political declaration");

  const Vertex untoc = b.target("treaty:untoc", "treaty", "UNTOC",
                                "United Nations Convention against Transnational Organized Crime");
  const Vertex tip = b.target("treaty:tip-protocol", "treaty", "TIP Protocol",
                              "Protocol to Prevent, Suppress and Punish Trafficking in Persons");
  const Vertex smug = b.target("treaty:smuggling-protocol", "treaty", "Smuggling Protocol",
                               "Protocol against the Smuggling of Migrants by Land, Sea and Air");
  const Vertex crc =
      b.target("treaty:crc", "treaty", "CRC", "Convention on the Rights of the Child");
  const Vertex cedaw =
      b.target("treaty:cedaw", "treaty", "CEDAW",
               "Convention on the Elimination of All Forms of Discrimination against Women");
  const Vertex c029 =
      b.target("treaty:ilo-c029", "treaty", "ILO C029", "Forced Labour Convention, 1930");
  const Vertex p029 = b.target("treaty:ilo-p029", "treaty", "ILO P029",
                               "Protocol of 2014 to the Forced Labour Convention");

  const Vertex sdg5 = b.target("sdg:5", "sdg-goal", "SDG 5", "Gender equality");
  const Vertex sdg8 = b.target("sdg:8", "sdg-goal", "SDG 8", "Decent work and economic growth");
  const Vertex sdg16 =
      b.target("sdg:16", "sdg-goal", "SDG 16", "Peace, justice and strong institutions");
  const Vertex t52 = b.target("sdg:5.2", "sdg-target", "SDG 5.2",
                              "Eliminate all forms of violence against women and girls");
  const Vertex t87 = b.target("sdg:8.7", "sdg-target", "SDG 8.7",
                              "End forced labour, modern slavery and human trafficking");
  const Vertex t162 = b.target("sdg:16.2", "sdg-target", "SDG 16.2",
                               "End abuse, exploitation, trafficking of children");
  const Vertex i1622 = b.target("sdg:16.2.2", "sdg-indicator", "SDG 16.2.2",
                                "Number of victims of human trafficking per 100,000 population");

  b.part_of(tip, untoc);
  b.part_of(smug, untoc);
  b.part_of(p029, c029);
  b.part_of(t52, sdg5);
  b.part_of(t87, sdg8);
  b.part_of(t162, sdg16);
  b.part_of(i1622, t162);

  b.cite(d16, sc95, 2);
  b.cite(d16, prst, 1);
  b.cite(d16, tip, 3, "art. 3");
  b.cite(p16, ga64, 4);
  b.cite(p16, tip, 6, "art. 9");
  b.cite(p16, ga70, 1);
  b.cite(p16, t87, 2);
  b.cite(b17, crc, 5, "art. 35");
  b.cite(b17, tip, 3);
  b.cite(b17, t162, 2);
  b.cite(b17, sc31, 1);
  b.cite(r17, sc31, 3);
  b.cite(r17, sc95, 1);
  b.cite(r17, tip, 2);
  b.cite(o18, ga61, 2);
  b.cite(o18, ga64, 3);
  b.cite(o18, ga72, 2);
  b.cite(o18, ec06, 1, "op. 16");
  b.cite(o18, tip, 4);
  b.cite(o18, ga73, 1, "objective 10");
  b.cite(o18, ga70, 1);
  b.cite(o18, l1, 1);
  b.cite(b19, c029, 3);
  b.cite(b19, p029, 4);
  b.cite(b19, t87, 5);
  b.cite(b19, tip, 1);
  b.cite(d19, crc, 2);
  b.cite(d19, sc31, 1);
  b.cite(d19, r17, 2);
  b.cite(d19, t162, 1);
  b.cite(g20, ga70, 2);
  b.cite(g20, t52, 1);
  b.cite(g20, ga55, 1);
  b.cite(g20, smug, 1);
  b.cite(b21, tip, 7, "art. 2");
  b.cite(b21, hrc, 2);
  b.cite(b21, ga76, 1);
  b.cite(b21, cedaw, 2);
  b.cite(b21, i1622, 1);
  b.cite(g22, ga76, 1);
  b.cite(g22, ga73, 2);
  b.cite(g22, t87, 1);
  b.cite(g22, sc31, 1);
  b.cite(d23, r17, 1);
  b.cite(d23, sc31, 2);
  b.cite(d23, ga64, 1);
  return std::move(b.graph());
}

CitationGraph hostile_graph() {
  GraphBuilder b;
  const Vertex script = b.doc("doc:x\"><script>alert(1)</script>", "\"><script>alert(1)</script>",
                              2019, "\"><script>alert(1)</script><img src=x onerror=alert(2)>");
  const Vertex quotes =
      b.doc("doc:a\"b\\\"c", "a\"b\\\"c", 2020, "a\"b\\\"c ends with a backslash\\");
  const Vertex escapes =
      b.doc("doc:\\N\\G\\L", "\\N\\G\\L\\l\\n\\E\\T\\H", 2021, "\\N\\G\\L \\ \\\\ trailing\\");
  const Vertex lines = b.doc("doc:lines", "first line\nsecond line\r\nthird\ttab", 2021,
                             "title\nwith\nnewlines and a NUL-free \x01\x07 bell");
  const Vertex html = b.doc("doc:html", "<b>bold</b> & <i>it</i>", 2022,
                            "<TABLE><TR><TD>cell</TD></TR></TABLE> &amp; &nbsp; &#60; & ; &lt;");
  const Vertex arabic = b.doc("doc:ar", "قرار الجمعية العامة", 2022,
                              "قرار اتخذته الجمعية العامة بشأن الاتجار بالأشخاص");
  const Vertex chinese = b.doc("doc:zh", "大会第61/180号决议", 2023, "打击贩运人口全球行动计划");
  const Vertex bad_utf8 =
      b.doc("doc:bad", "bad \xC3\x28 utf8 \xFF\xFE end", 2023, std::string("embedded \0 nul", 15));
  const std::string long_title(5000, 'x');
  const Vertex longest =
      b.doc("doc:long", std::string(300, 'L') + " tail", 2024, "A very long title " + long_title);
  const Vertex target = b.target("A/RES/72/1", "resolution", "A/RES/72/1",
                                 "Political declaration \"quoted\" \\ back <tag> & amp");
  const Vertex treaty =
      b.target("treaty:<evil>", "treaty", "{}[];->--\"", "label=<b>x</b>]; evil [");
  for (Vertex d : {script, quotes, escapes, lines, html, arabic, chinese, bad_utf8, longest}) {
    b.cite(d, target, 2, "para. \"11\" (j) \\ <x>");
    b.cite(d, treaty, 1);
  }
  return std::move(b.graph());
}

CitationGraph synthetic_graph(std::size_t documents, std::size_t targets, std::size_t cites_per_doc,
                              std::uint32_t seed) {
  static const char* kKinds[] = {"resolution", "resolution", "symbol", "treaty", "sdg-target"};
  GraphBuilder b;
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<Vertex> docs;
  for (std::size_t d = 0; d < documents; ++d) {
    docs.push_back(b.doc("doc:" + std::to_string(d), "D" + std::to_string(d),
                         2014 + static_cast<int>(d % 11)));
  }
  std::vector<Vertex> t;
  for (std::size_t i = 0; i < targets; ++i) {
    const std::string id = "T/" + std::to_string(i);
    t.push_back(b.target(id, kKinds[i % 5], id, "Synthetic target " + std::to_string(i)));
    // Every target is cited at least once, so none is dropped as isolated.
    if (!docs.empty()) b.cite(docs[rng() % docs.size()], t.back());
  }
  if (targets == 0) return std::move(b.graph());
  for (Vertex v : docs) {
    for (std::size_t k = 0; k < cites_per_doc; ++k) {
      // Squaring a uniform draw skews citations towards low indices, as a
      // few resolutions and treaties attract most citations in real corpora.
      const double u = unit(rng);
      const auto idx = static_cast<std::size_t>(u * u * static_cast<double>(targets));
      b.cite(v, t[std::min(idx, targets - 1)], 1 + static_cast<int>(rng() % 3));
    }
  }
  return std::move(b.graph());
}

}  // namespace unxref::testing
