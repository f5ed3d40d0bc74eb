// Short forms and back-references resolve to the nearest compatible full
// mention before them, or stay unresolved ("?") rather than be guessed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_run.hpp"

namespace unxref {
namespace {


using testing::run_detector;

struct Case {
  const char* text;
  std::vector<std::string> targets;  // every mention in text order, "?" = unresolved short form
};

std::vector<std::string> found_targets(const char* text, int citing_year = 0) {
  static const Detector finders;
  std::vector<std::string> out;
  for (const auto& f : run_detector(finders, text, citing_year)) out.push_back(f.target.empty() ? "?" : f.target);
  return out;
}

class ShortForms : public ::testing::TestWithParam<Case> {};

TEST_P(ShortForms, ResolveToTheNearestCompatibleMention) {
  const Case& c = GetParam();
  EXPECT_EQ(found_targets(c.text), c.targets) << c.text;
}

const Case kResolved[] = {
    // Review of 2026-12-04 (second session): "по состоянию на", a quote after
    // the form, and an unknown title that merely holds the word do not hide it.
    {"Конвенция о правах ребенка. Государства — участники Конвенции по состоянию на 1 января 2020 года",
     {"treaty:crc", "treaty:crc"}},
    {"the Convention on the Rights of the Child. It recalled that the Convention “requires States to act”.",
     {"treaty:crc", "treaty:crc"}},
    {"Конвенция о правах ребенка. Он напомнил, что Конвенция «требует от государств» мер.",
     {"treaty:crc", "treaty:crc"}},
    {"《生物多样性公约》缔约方审议了《公约执行情况报告》，该公约的目标仍然重要。",
     {"treaty:cbd", "treaty:cbd"}},
    // "该公约", the said convention, is the one just named, not what "《公约》"
    // was defined as; a bare "协定" between is that Agreement again (AKN tune).
    {"《联合国海洋法公约》(《公约》)的规定，244. 注意到《巴塞尔公约》的作用是确保在该公约范围内",
     {"treaty:unclos", "treaty:unclos", "treaty:basel-convention", "treaty:basel-convention"}},
    {"回顾《巴黎协定》生效，鼓励协定所有缔约方充分执行该协定，并", {"treaty:paris-agreement", "treaty:paris-agreement"}},
    // "по рассмотрению действия" is the review conference's, "для подписания"
    // the Treaty opened for signature: no other title.
    {"Конвенции по кассетным боеприпасам. Совещание государств — участников Конвенции по рассмотрению действия",
     {"treaty:cluster-munitions-convention", "treaty:cluster-munitions-convention"}},
    {"Договора о всеобъемлющем запрещении ядерных испытаний. 25 лет с момента открытия Договора для подписания",
     {"treaty:ctbt", "treaty:ctbt"}},
    {"Венской декларации и Программы действий, принятых 25 июня 1993 года. Осуществление Декларации и Программы "
     "действий",
     {"treaty:vdpa", "treaty:vdpa"}},
    // Frameworks by their second head in Russian, Chinese and Arabic, as in
    // English ("the Agenda", "the Programme of Action", "the Platform for
    // Action"; AKN tune resolutions).
    {"подтверждая Повестку дня в области устойчивого развития на период до 2030 года, вновь подтверждая "
     "обязательство прилагать неустанные усилия для полного осуществления Повестки дня к 2030 году,",
     {"A/RES/70/1", "A/RES/70/1"}},
    {"ссылаясь на Программу действий для наименее развитых стран на десятилетие 2011–2020 годов, и подчеркивает "
     "необходимость полного осуществления Программы действий19;",
     {"treaty:istanbul-programme-of-action", "treaty:istanbul-programme-of-action"}},
    {"ссылаясь на Пекинскую декларацию и Платформу действий20. Осуществление Платформы действий",
     {"treaty:bpfa", "treaty:bpfa"}},
    {"回顾《北京宣言和行动纲要》，和女童全面、有效和加快执行《行动纲要》", {"treaty:bpfa", "treaty:bpfa"}},
    {"回顾《2011-2020十年期支援最不发达国家行动纲领》，促请所有相关利益攸关方承诺执行《行动纲领》",
     {"treaty:istanbul-programme-of-action", "treaty:istanbul-programme-of-action"}},
    {"إعلان ومنهاج عمل بيجين. وتنفيذ منهاج العمل تنفيذا كاملا", {"treaty:bpfa", "treaty:bpfa"}},
    // "the Framework Convention": a framework convention named before, not any
    // convention (AKN tune resolutions on climate and oceans).
    {"the United Nations Framework Convention on Climate Change. Parties to the Framework Convention decided",
     {"treaty:unfccc", "treaty:unfccc"}},
    {"la Convention-cadre des Nations Unies sur les changements climatiques. Les parties à la Convention-cadre ont",
     {"treaty:unfccc", "treaty:unfccc"}},
    {"la Convención Marco de las Naciones Unidas sobre el Cambio Climático. Las partes en la Convención Marco",
     {"treaty:unfccc", "treaty:unfccc"}},
    {"Рамочной конвенции Организации Объединенных Наций об изменении климата. Стороны Рамочной конвенции решили",
     {"treaty:unfccc", "treaty:unfccc"}},
    {"اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ. ونرحب بالقرار الذي اتخذته الأطراف في الاتفاقية الإطارية "
     "بالاعتراف",
     {"treaty:unfccc", "treaty:unfccc"}},
    {"《联合国气候变化框架公约》。《框架公约》缔约方决定", {"treaty:unfccc", "treaty:unfccc"}},
    {"the United Nations Framework Convention on Climate Change and the Convention on Biological Diversity. "
     "Parties to the Framework Convention",
     {"treaty:unfccc", "treaty:cbd", "treaty:unfccc"}},
    {"The TIP Protocol is in force. The Protocol requires States to criminalise trafficking.",
     {"treaty:tip-protocol", "treaty:tip-protocol"}},
    {"the Convention on the Rights of the Child. Under the Convention, States shall",
     {"treaty:crc", "treaty:crc"}},
    {"the TIP Protocol and the Convention on the Rights of the Child. The Protocol also",
     {"treaty:tip-protocol", "treaty:crc", "treaty:tip-protocol"}},
    {"the Convention on the Rights of the Child and the TIP Protocol. The Convention also",
     {"treaty:crc", "treaty:tip-protocol", "treaty:crc"}},
    {"the Global Plan of Action to Combat Trafficking in Persons. The GPA calls for",
     {"A/RES/64/293", "A/RES/64/293"}},
    {"the UN Global Plan of Action to Combat Trafficking in Persons; the Plan of Action is",
     {"A/RES/64/293", "A/RES/64/293"}},
    {"the Political Declaration on the Implementation of the Global Plan of Action to Combat Trafficking in "
     "Persons (2017). States reiterated in the Political Declaration that",
     {"A/RES/72/1", "A/RES/72/1"}},
    {"the Global Compact for Safe, Orderly and Regular Migration. The Compact is not binding.",
     {"A/RES/73/195", "A/RES/73/195"}},
    {"the New York Declaration for Refugees and Migrants. The Declaration commits States",
     {"A/RES/71/1", "A/RES/71/1"}},
    {"the International Covenant on Civil and Political Rights. The Covenant protects",
     {"treaty:iccpr", "treaty:iccpr"}},
    // "the Protocol of 2014" opens a name it does not complete: no short form;
    // the next "the Protocol" finds no protocol named before it.
    {"the Forced Labour Convention, 1930 (No. 29) and the Protocol of 2014 thereto. The Protocol requires",
     {"treaty:ilo-c029", "?"}},
    {"Under the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
     "prostitution and child pornography, the Optional Protocol",
     {"treaty:crc-opsc", "treaty:crc-opsc"}},
    {"the Convention on the Rights of the Child. Ibid., art. 3.", {"treaty:crc", "treaty:crc"}},
    {"the TIP Protocol; see also op. cit.", {"treaty:tip-protocol", "treaty:tip-protocol"}},
    {"target 8.7 of the Agenda. Ibid.", {"sdg:8.7", "sdg:8.7"}},
    {"See supra - Policy Paper Pivoting toward the Evidence (December 2016).",
     {"icat:policy-paper-2016-12", "icat:policy-paper-2016-12"}},
    {"le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et "
     "des enfants. Le Protocole exige",
     {"treaty:tip-protocol", "treaty:tip-protocol"}},
    {"la Convención sobre los Derechos del Niño. La Convención establece", {"treaty:crc", "treaty:crc"}},
    // Frameworks come back as "the Agenda", "the Platform for Action".
    {"the 2030 Agenda for Sustainable Development. The Agenda commits", {"A/RES/70/1", "A/RES/70/1"}},
    {"the Beijing Declaration and Platform for Action. The Platform for Action", {"treaty:bpfa", "treaty:bpfa"}},
    {"the Vienna Declaration and Programme of Action. The Declaration and Programme of Action",
     {"treaty:vdpa", "treaty:vdpa"}},
    {"la Declaración y Plataforma de Acción de Beijing. La Plataforma de Acción", {"treaty:bpfa", "treaty:bpfa"}},
    // Russian (declined, no article), Arabic (the article al-, proclitics), Chinese.
    {"Конвенция о правах ребенка вступила в силу. В соответствии с Конвенцией государства",
     {"treaty:crc", "treaty:crc"}},
    {"Международный пакт о гражданских и политических правах. Статья 6 Пакта", {"treaty:iccpr", "treaty:iccpr"}},
    {"اتفاقية حقوق الطفل. وتنص الاتفاقية على", {"treaty:crc", "treaty:crc"}},
    {"العهد الدولي الخاص بالحقوق المدنية والسياسية. وفقا للعهد", {"treaty:iccpr", "treaty:iccpr"}},
    {"《儿童权利公约》。根据《公约》，缔约国", {"treaty:crc", "treaty:crc"}},
    {"《儿童权利公约》。该公约规定", {"treaty:crc", "treaty:crc"}},
    // French and Spanish contract the article with à and de: "du Traité",
    // "au Protocole", "del Tratado", "al Protocolo" (the fourth instrument
    // audit's fix half: 12 of its 41 short forms).
    {"el Tratado sobre la No Proliferación de las Armas Nucleares. Las obligaciones en virtud del Tratado; "
     "insta a que se adhieran al Tratado",
     {"treaty:npt", "treaty:npt", "treaty:npt"}},
    {"le Traité sur la non-prolifération des armes nucléaires. Les obligations du Traité; l'adhésion au Traité",
     {"treaty:npt", "treaty:npt", "treaty:npt"}},
    {"le Traité d’interdiction complète des essais nucléaires. L’entrée en vigueur du Traité",
     {"treaty:ctbt", "treaty:ctbt"}},
    {"le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et "
     "des enfants. Les États parties au Protocole et l’application du Protocole",
     {"treaty:tip-protocol", "treaty:tip-protocol", "treaty:tip-protocol"}},
    {"el Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños. Las "
     "disposiciones del Protocolo y la adhesión al Protocolo",
     {"treaty:tip-protocol", "treaty:tip-protocol", "treaty:tip-protocol"}},
    {"el Estatuto de Roma de la Corte Penal Internacional. Los Estados partes en el Estatuto y las enmiendas "
     "al Estatuto",
     {"treaty:rome-statute", "treaty:rome-statute", "treaty:rome-statute"}},
    // "the Treaty" in Russian (declined) and Chinese, as disarmament
    // resolutions write it (AKN tune resolutions, read 2026-12-03).
    {"Договор о нераспространении ядерного оружия. Обязательства по Договору, статья VI Договора; подписавшие "
     "Договор государства",
     {"treaty:npt", "treaty:npt", "treaty:npt", "treaty:npt"}},
    {"《不扩散核武器条约》。注意到《条约》第八条第3款，该条约的缔约国", {"treaty:npt", "treaty:npt", "treaty:npt"}},
    // "these instruments" after a closed set named in the same sentence: one
    // mention for each (the fourth instrument audit's fix half, in Chinese).
    {"重申1951年《关于难民地位的公约》及其1967年《议定书》5 是国际难民保护制度的基础，确认缔约国充分有效执行这些文书的重要性",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967", "treaty:refugee-convention-1951",
      "treaty:refugee-protocol-1967"}},
    {"the Convention relating to the Status of Refugees and its 1967 Protocol, and the full implementation of "
     "these instruments",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967", "treaty:refugee-convention-1951",
      "treaty:refugee-protocol-1967"}},
    {"la Convention relative au statut des réfugiés et son Protocole de 1967 ; l’application de ces instruments",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967", "treaty:refugee-convention-1951",
      "treaty:refugee-protocol-1967"}},
    {"la Convención sobre el Estatuto de los Refugiados y su Protocolo de 1967, y la aplicación de estos "
     "instrumentos",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967", "treaty:refugee-convention-1951",
      "treaty:refugee-protocol-1967"}},
    {"اتفاقية عام 1951 الخاصة بوضع اللاجئين واتفاقية حقوق الطفل، وتنفيذ هذه الصكوك",
     {"treaty:refugee-convention-1951", "treaty:crc", "treaty:refugee-convention-1951", "treaty:crc"}},
    // A note's marker glued to the short form ("Договора3,", "the Convention6;").
    {"Договор о нераспространении ядерного оружия. по рассмотрению действия Договора3, включая",
     {"treaty:npt", "treaty:npt"}},
    {"the Convention on the Rights of the Child. the status of the Convention6; the", {"treaty:crc", "treaty:crc"}},
    // A short form with the instrument's year ("the 1954 Convention",
    // "1954年公约"): the earlier mention of that year, not the nearest
    // convention (the fourth instrument audit's fix half, in Chinese).
    {"the Convention relating to the Status of Stateless Persons and the Convention on the Reduction of "
     "Statelessness; the 1954 Convention has 96 parties, the 1961 Convention 77",
     {"treaty:stateless-persons-convention-1954", "treaty:statelessness-reduction-convention-1961",
      "treaty:stateless-persons-convention-1954", "treaty:statelessness-reduction-convention-1961"}},
    {"la Convention relative au statut des réfugiés et la Convention relative aux droits de l’enfant ; "
     "les États parties à la Convention de 1951",
     {"treaty:refugee-convention-1951", "treaty:crc", "treaty:refugee-convention-1951"}},
    {"la Convención sobre el Estatuto de los Refugiados y la Convención sobre los Derechos del Niño; los Estados "
     "partes en la Convención de 1951",
     {"treaty:refugee-convention-1951", "treaty:crc", "treaty:refugee-convention-1951"}},
    {"Конвенции о статусе беженцев и Конвенции о правах ребенка; участниками Конвенции 1951 года являются",
     {"treaty:refugee-convention-1951", "treaty:crc", "treaty:refugee-convention-1951"}},
    {"اتفاقية عام 1951 الخاصة بوضع اللاجئين واتفاقية حقوق الطفل؛ والدول الأطراف في اتفاقية عام 1951 ",
     {"treaty:refugee-convention-1951", "treaty:crc", "treaty:refugee-convention-1951"}},
    {"1954年《关于无国籍人地位的公约》和1961年《减少无国籍状态公约》，注意到1954年公约现有96个缔约国，1961年公约现有77个缔约国",
     {"treaty:stateless-persons-convention-1954", "treaty:statelessness-reduction-convention-1961",
      "treaty:stateless-persons-convention-1954", "treaty:statelessness-reduction-convention-1961"}},
    // "its 1967 Protocol": the protocol of that year of the instrument just named.
    {"the Convention relating to the Status of Refugees and its 1967 Protocol",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967"}},
    {"la Convention relative au statut des réfugiés et son Protocole de 1967",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967"}},
    {"la Convención sobre el Estatuto de los Refugiados y su Protocolo de 1967",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967"}},
    {"Конвенции о статусе беженцев и Протокола 1967 года к ней",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967"}},
    {"重申1951年《关于难民地位的公约》及其1967年《议定书》5 是国际难民保护制度的基础",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967"}},
    // An antecedent in apposition, or later in the same sentence.
    {"The Global Compact, as the Global Compact for Migration says,", {"A/RES/73/195", "A/RES/73/195"}},
    // A short form defined in brackets after a name ("... Fish Stocks (the
    // Agreement)") means that instrument for the rest of the text, whatever is
    // named between (AKN tune resolutions on fisheries and the oceans).
    {"the United Nations Convention on the Law of the Sea (the Convention),1 and the 1995 Agreement for the "
     "Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 "
     "relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks "
     "(the Agreement),2 welcoming the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, "
     "Unreported and Unregulated Fishing. Urges States parties to the Agreement, the Convention on Biological "
     "Diversity and the Convention to cooperate.",
     {"treaty:unclos", "treaty:unclos", "treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement",
      "treaty:unts-54133", "treaty:fish-stocks-agreement", "treaty:cbd", "treaty:unclos"}},
    {"l’Accord de 1995 aux fins de l’application des dispositions de la Convention des Nations Unies sur le droit "
     "de la mer du 10 décembre 1982 relatives à la conservation et à la gestion des stocks de poissons "
     "(l’Accord)2, l’Accord de Paris. Les États parties à l’Accord",
     {"treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement", "treaty:paris-agreement",
      "treaty:fish-stocks-agreement"}},
    {"el Acuerdo de 1995 sobre la Aplicación de las Disposiciones de la Convención de las Naciones Unidas sobre el "
     "Derecho del Mar (el Acuerdo)2, el Acuerdo de París. Los Estados partes en el Acuerdo",
     {"treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement", "treaty:paris-agreement",
      "treaty:fish-stocks-agreement"}},
    {"Соглашением 1995 года об осуществлении положений Конвенции Организации Объединенных Наций по морскому праву "
     "(Соглашение)2, Парижского соглашения. Участники Соглашения",
     {"treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement", "treaty:paris-agreement",
      "treaty:fish-stocks-agreement"}},
    {"واتفاق عام 1995 لتنفيذ ما تتضمنه اتفاقية الأمم المتحدة لقانون البحار (الاتفاق)(3)، واتفاق باريس. والدول "
     "الأطراف في الاتفاق",
     {"treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement", "treaty:paris-agreement",
      "treaty:fish-stocks-agreement"}},
    {"1995年《执行1982年12月10日〈联合国海洋法公约〉有关养护和管理跨界鱼类种群和高度洄游鱼类种群的规定的协定》(《协定》)2 "
     "和《巴黎协定》。《协定》缔约国",
     {"treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement", "treaty:paris-agreement",
      "treaty:fish-stocks-agreement"}},
    // A title the registry does not know between the name and the brackets
    // is what the brackets define: no binding to the name before it
    // (review, 2026-12-04).
    {"the United Nations Convention on the Law of the Sea and the Convention for Cooperation in the Protection "
     "and Sustainable Development of the Marine and Coastal Environment of the Northeast Pacific (the Convention). "
     "The Convention on Biological Diversity. Parties to the Convention",
     {"treaty:unclos", "treaty:unclos", "treaty:cbd", "treaty:cbd"}},
    // Without the brackets it is no definition: the nearest before.
    {"the Fish Stocks Agreement, the Agreement and the Paris Agreement. Parties to the Agreement",
     {"treaty:fish-stocks-agreement", "treaty:fish-stocks-agreement", "treaty:paris-agreement",
      "treaty:paris-agreement"}},
    // Several protocols at once are no antecedent of "the Protocol".
    {"the Protocol on Explosive Remnants of War (Protocol V), the Convention on Certain Conventional Weapons and "
     "the Protocols thereto. States parties to the Protocol",
     {"treaty:ccw-protocol-v", "treaty:ccw", "treaty:ccw-protocol-iv", "treaty:ccw-amended-protocol-ii",
      "treaty:ccw-protocol-v", "treaty:ccw-protocol-v"}},
    // Arabic "this Agenda" after the 2030 Agenda; not a plan of its own.
    {"خطة التنمية المستدامة لعام 2030، وإذ تعيد تأكيد التزامها بالعمل دون كلل من أجل تنفيذ هذه الخطة بالكامل بحلول "
     "عام 2030",
     {"A/RES/70/1", "A/RES/70/1"}},
    {"خطة التنمية المستدامة لعام 2030، وتنفيذ هذه الخطة الانتقالية للصومال", {"A/RES/70/1"}},
    // French "l’Accord" is capitalised after its elided article.
    {"l’Accord de Paris. Les parties à l’Accord sont", {"treaty:paris-agreement", "treaty:paris-agreement"}},
    {"l'Accord de Paris. Les parties à l'Accord sont", {"treaty:paris-agreement", "treaty:paris-agreement"}},
    // "de" and a verb goes on with the sentence.
    {"l’Accord de Paris. Invite les États parties à l’Accord de ratifier", {"treaty:paris-agreement",
                                                                          "treaty:paris-agreement"}},
};

const Case kUnresolvedOrNone[] = {
    // A protocol that its own title follows (A/RES/76/72, tune part): "pour
    // la répression", a year of its own, Arabic "المتعلق ب" (relating to). It
    // is another instrument, not the one named before.
    {"la Convention relative aux droits de l’enfant et au Protocole pour la répression d’actes illicites contre la "
     "sécurité des plates-formes fixes",
     {"treaty:crc"}},
    {"Конвенции о правах ребенка и Протоколе 2005 года к Конвенции о борьбе с незаконными актами", {"treaty:crc"}},
    {"اتفاقية حقوق الطفل والبروتوكول المتعلق بقمع الأعمال غير المشروعة الموجهة ضد سلامة المنشآت الثابتة",
     {"treaty:crc"}},
    // Still the instrument named before: "pour" with a verb or a plural, a year
    // that does not open a title, an Arabic form with no title after it.
    {"la Convention relative aux droits de l’enfant. La Convention pour renforcer la protection",
     {"treaty:crc", "treaty:crc"}},
    {"la Convention relative aux droits de l’enfant. La Convention pour les enfants handicapés",
     {"treaty:crc", "treaty:crc"}},
    {"Конвенции о правах ребенка. Государства — участники Конвенции, принятой в 1989 году", {"treaty:crc", "treaty:crc"}},
    {"اتفاقية حقوق الطفل. وتدعو الدول الأطراف في الاتفاقية", {"treaty:crc", "treaty:crc"}},
    // A Russian capital that only opens a sentence, a meeting's agenda, a
    // government's programme; an Arabic framework convention of its own.
    {"Повестку дня в области устойчивого развития на период до 2030 года. Повестка дня заседания включает три пункта.",
     {"A/RES/70/1"}},
    {"Повестку дня в области устойчивого развития на период до 2030 года. Повестка дня включает три пункта.",
     {"A/RES/70/1"}},
    {"Программа действий правительства Непала предусматривает меры", {}},
    {"اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ. المناقشات بشأن الاتفاقية الإطارية للأمم المتحدة بشأن التعاون "
     "الضريبي الدولي",
     {"treaty:unfccc"}},
    // A bracketed title the registry does not know stands between: "该公约" is that one.
    {"《联合国海洋法公约》。于2020年2月28日通过《国际航标组织公约》，该公约于2021年1月27日在巴黎开放供签署",
     {"treaty:unclos", "?"}},
    // A Russian preposition that goes on with a title ("по", "для", "в области"),
    // and an Arabic "platform" that is a programme of work.
    {"ссылаясь на Повестку дня на XXI век5, Программу действий по дальнейшему осуществлению Программы действий по "
     "обеспечению устойчивого развития малых островных развивающихся государств",
     {"treaty:agenda-21"}},
    {"в деле пропаганды Программы действий в области культуры мира3 и", {}},
    {"مكرسة لنـزع السلاح يمكن أن يحدد منهاج العمل مستقبلا في ميادين نزع السلاح", {}},
    // "Повестка дня на период до 2063 года": the African Union's, not the 2030 Agenda named before.
    {"Повестки дня на период до 2030 года и Повестки дня на период до 2063 года", {"A/RES/70/1"}},
    // The meeting's agenda, in lower case.
    {"Повестки дня на период до 2030 года. Включить в повестку дня Совета", {"A/RES/70/1"}},
    {"the Convention on Biological Diversity. Parties to the Framework Convention", {"treaty:cbd", "?"}},
    {"The Protocol entered into force.", {"?"}},
    {"Ibid.", {"?"}},
    {"the 2030 Agenda for Sustainable Development. The agenda of the meeting", {"A/RES/70/1"}},
    {"the TIP Protocol. The Declaration was adopted later.", {"treaty:tip-protocol", "?"}},
    {"the TIP Protocol. The Convention was adopted the same day.", {"treaty:tip-protocol", "?"}},
    {"The Protocol officer met the delegation.", {}},
    {"l’Accord de Paris. Il a donné son accord à l’accord conclu", {"treaty:paris-agreement"}},
    // A hyphen joins the head to a word that makes another name; other
    // hyphenated words leave the short form (review, 2026-12-04).
    {"the Convention on the Rights of the Child. The Convention-related activities", {"treaty:crc", "treaty:crc"}},
    // A head with "de" and a name, or an adjective, after it is another
    // instrument's name, not a short form (AKN tune resolutions: "la
    // Déclaration de Rome sur ..." was taken for the Millennium Declaration).
    {"la Déclaration du Millénaire. Rappelant la Déclaration de Rome sur la sécurité alimentaire",
     {"treaty:millennium-declaration"}},
    {"la Declaración del Milenio. Recordando la Declaración de Roma sobre la Seguridad Alimentaria",
     {"treaty:millennium-declaration"}},
    {"l’Accord de Paris. Rappelant l’Accord de Nouméa et l’Accord de paix global", {"treaty:paris-agreement"}},
    {"el Acuerdo de París. Recordando el Acuerdo de Paz y el Acuerdo Final", {"treaty:paris-agreement"}},
    {"l’Accord de Paris. Rappelant l’Accord politique et l’Accord-cadre pour la paix", {"treaty:paris-agreement"}},
    {"el Tratado Antártico y el Tratado de Pelindaba", {"treaty:antarctic-treaty", "treaty:pelindaba-treaty"}},
    {"la Convention relative au statut des réfugiés et la Convention de l’Union africaine sur la protection",
     {"treaty:refugee-convention-1951"}},
    {"la Déclaration universelle des droits de l’homme et la Déclaration d’Aichi-Nagoya sur", {"treaty:udhr"}},
    // "Договор Раротонга" (the Treaty of Rarotonga): a capitalised Russian
    // word after the head names another instrument (by its own name since
    // the registry has one), not the one before.
    {"Договор Тлателолко, Договор Раротонга", {"treaty:tlatelolco-treaty", "treaty:unts-24592"}},
    {"Договор Тлателолко, Договор Раротего", {"treaty:tlatelolco-treaty"}},
    // One instrument is no set, and one named in an earlier sentence is not in it.
    {"the Convention on the Rights of the Child. The implementation of these instruments",
     {"treaty:crc"}},
    // A year no earlier mention has: no citation (another instrument's, or a slip).
    {"the Convention relating to the Status of Stateless Persons. The 1961 Convention",
     {"treaty:stateless-persons-convention-1954"}},
    // "the Treaty between A and B" opens a name of its own (New START), not the treaty named before.
    {"le Traité sur la non-prolifération des armes nucléaires. la prorogation du Traité entre les États-Unis "
     "d’Amérique et la Fédération de Russie",
     {"treaty:npt"}},
    {"the Treaty on the Non-Proliferation of Nuclear Weapons. the extension of the Treaty between the United States "
     "of America and the Russian Federation",
     {"treaty:npt"}},
    {"a protocol for victim identification", {}},
    {"the TIP Protocol. the protocol for victim identification", {"treaty:tip-protocol"}},
    // A name that goes on is no short form: the registry knows the one, not the other.
    {"the TIP Protocol and the Convention on Biological Diversity", {"treaty:tip-protocol", "treaty:cbd"}},
    {"the TIP Protocol and the Convention on Purple Elephants", {"treaty:tip-protocol"}},
    {"Конвенция о правах ребенка. Конвенция о фиолетовых слонах", {"treaty:crc"}},
    {"اتفاقية حقوق الطفل. الاتفاقية الدولية للفيلة البنفسجية", {"treaty:crc"}},
    // "بالاتفاق مع", "بالاتفاق التام": in agreement with, not the Agreement;
    // "الإعلان السياسي": a political declaration of its own (AKN tune resolutions).
    {"اعتمد اتفاق باريس. وتنفيذها بالاتفاق التامين مع الحكومات الوطنية", {"treaty:paris-agreement"}},
    {"اعتمد اتفاق باريس. وتنفيذها وبالاتفاق مع الحكومات الوطنية", {"treaty:paris-agreement"}},
    {"إعلان الأمم المتحدة بشأن حقوق الشعوب الأصلية، وبالإعلان السياسي الصادر عنه", {"treaty:undrip"}},
    // Each optional protocol is its own instrument.
    {"the TIP Protocol and the Optional Protocol to the Convention against Torture",
     {"treaty:tip-protocol", "treaty:opcat"}},
    {"the Global Plan of Action to Combat Trafficking in Persons and the gpa of a student", {"A/RES/64/293"}},
    {"the Conventions and Protocols of the ILO", {}},
    {"supranational bodies", {}},
    {"The Protocol is discussed at length in chapter 7 of the present report, well away from here, before "
     "any mention of the TIP Protocol.",
     {"?", "treaty:tip-protocol"}},
};

INSTANTIATE_TEST_SUITE_P(Resolved, ShortForms, ::testing::ValuesIn(kResolved));
INSTANTIATE_TEST_SUITE_P(UnresolvedOrNone, ShortForms, ::testing::ValuesIn(kUnresolvedOrNone));

TEST(ShortForms, AntecedentInAppositionOrLaterInTheSentence) {
  static const Detector finders;
  for (const char* text : {"The Global Plan of Action (General Assembly resolution 64/293) asks States",
                           "The Global Plan of Action (A/RES/64/293) asks States",
                           "The GPA was adopted in 2010 by resolution 64/293."}) {
    const auto found = run_detector(finders, text);
    ASSERT_EQ(found.size(), 2u) << text;
    EXPECT_EQ(found[0].resolved_from.empty(), false) << text;
    EXPECT_EQ(found[0].target, "A/RES/64/293") << text;
    EXPECT_EQ(found[1].target, "A/RES/64/293") << text;
  }
}

TEST(ShortForms, KeepTheKeyAndTakeTheAntecedentsKind) {
  static const Detector finders;
  const auto found = run_detector(finders, "the 2030 Agenda for Sustainable Development and target 8.7. Ibid.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].resolved_from, "Ibid.");
  EXPECT_EQ(found[2].kind, TargetKind::sdg_target);
  EXPECT_EQ(found[2].surface, "Ibid.");
}

TEST(ShortForms, PoliticalDeclarationShortFormFollowsTheYearOfItsAntecedent) {
  const char* text = "the Political Declaration on the Implementation of the Global Plan of Action to Combat "
                     "Trafficking in Persons. The Political Declaration to the GPA";
  EXPECT_EQ(found_targets(text, 2022), (std::vector<std::string>{"A/RES/76/7", "A/RES/76/7", "?"}));
}

}  // namespace
}  // namespace unxref
