// Treaties and frameworks by name, in six languages: each case asserts the
// exact set of targets found in one sentence.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "detector_run.hpp"

namespace unxref {
namespace {

using testing::distinct_targets;

using testing::run_detector;

struct Case {
  const char* text;
  std::set<std::string> targets;
};

class InstrumentNames : public ::testing::TestWithParam<Case> {};

TEST_P(InstrumentNames, FindsExactlyTheseTargets) {
  static const Detector finders;
  const Case& c = GetParam();
  EXPECT_EQ(distinct_targets(run_detector(finders, c.text)), c.targets) << c.text;
}

const Case kEnglish[] = {
    {"States parties to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women "
     "and Children shall cooperate.",
     {"treaty:tip-protocol"}},
    {"the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
     "supplementing the United Nations Convention against Transnational Organized Crime",
     {"treaty:tip-protocol"}},
    {"Ten years after the Palermo Protocol was adopted.", {"treaty:tip-protocol"}},
    {"the adoption of the TIP Protocol", {"treaty:tip-protocol"}},
    {"the Trafficking in Persons (TIP) Protocol", {"treaty:tip-protocol"}},
    {"Parties to the United Nations Convention against Transnational Organized Crime met in Vienna.",
     {"treaty:untoc"}},
    {"States that ratified UNTOC", {"treaty:untoc"}},
    {"the Protocol against the Smuggling of Migrants by Land, Sea and Air", {"treaty:smuggling-protocol"}},
    {"the Firearms Protocol entered into force in 2005", {"treaty:firearms-protocol"}},
    {"under the Convention on the Rights of the Child", {"treaty:crc"}},
    // A common slip, seen in a Security Council draft.
    {"implement fully the Convention of the Rights of the Child 1989", {"treaty:crc"}},
    {"the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
     "prostitution and child pornography",
     {"treaty:crc-opsc"}},
    {"the Optional Protocol to the Convention on the Rights of the Child on the involvement of children in "
     "armed conflict",
     {"treaty:crc-opac"}},
    {"the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)", {"treaty:cedaw"}},
    {"the International Covenant on Civil and Political Rights and the International Covenant on Economic, "
     "Social and Cultural Rights",
     {"treaty:iccpr", "treaty:icescr"}},
    {"the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
     {"treaty:cat"}},
    {"the Convention on the Rights of Persons with Disabilities", {"treaty:crpd"}},
    {"the International Convention on the Protection of the Rights of All Migrant Workers and Members of "
     "Their Families",
     {"treaty:cmw"}},
    {"the 1951 Convention relating to the Status of Refugees and its 1967 Protocol",
     {"treaty:refugee-convention-1951", "treaty:refugee-protocol-1967"}},
    {"the Slavery Convention of 1926", {"treaty:slavery-convention-1926"}},
    {"the Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and "
     "Practices Similar to Slavery",
     {"treaty:supplementary-slavery-convention-1956"}},
    {"the Forced Labour Convention, 1930 (No. 29)", {"treaty:ilo-c029"}},
    {"the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29)", {"treaty:ilo-p029"}},
    {"the Abolition of Forced Labour Convention, 1957 (No. 105)", {"treaty:ilo-c105"}},
    {"the Worst Forms of Child Labour Convention, 1999 (No. 182)", {"treaty:ilo-c182"}},
    {"the Domestic Workers Convention, 2011 (No. 189)", {"treaty:ilo-c189"}},
    {"ILO Convention No. 97 and Convention No. 143", {"treaty:ilo-c097", "treaty:ilo-c143"}},
    {"the Private Employment Agencies Convention", {"treaty:ilo-c181"}},
    {"the Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)",
     {"treaty:coe-cets-197"}},
    {"the United Nations Global Plan of Action to Combat Trafficking in Persons", {"A/RES/64/293"}},
    {"the appraisal of the Global Plan of Action against Trafficking in Persons", {"A/RES/64/293"}},
    {"Transforming our world: the 2030 Agenda for Sustainable Development", {"A/RES/70/1"}},
    {"the 2030 Sustainable Development Agenda", {"A/RES/70/1"}},
    {"the New York Declaration for Refugees and Migrants", {"A/RES/71/1"}},
    {"the Global Compact for Safe, Orderly and Regular Migration", {"A/RES/73/195"}},
    {"the Political Declaration on the Implementation of the Global Plan of Action to Combat Trafficking in "
     "Persons, adopted in 2021",
     {"A/RES/76/7"}},
    {"In 2017 the General Assembly adopted the Political Declaration on the Implementation of the United "
     "Nations Global Plan of Action to Combat Trafficking in Persons",
     {"A/RES/72/1"}},
};

const Case kOtherLanguages[] = {
    {"la Convention des Nations Unies contre la criminalité transnationale organisée", {"treaty:untoc"}},
    {"la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional", {"treaty:untoc"}},
    {"участники Конвенции Организации Объединенных Наций против транснациональной организованной "
     "преступности",
     {"treaty:untoc"}},
    {"اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", {"treaty:untoc"}},
    {"各国批准了联合国打击跨国有组织犯罪公约。", {"treaty:untoc"}},
    {"le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et "
     "des enfants",
     {"treaty:tip-protocol"}},
    {"el Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños",
     {"treaty:tip-protocol"}},
    {"положения Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и "
     "наказании за нее",
     {"treaty:tip-protocol"}},
    {"بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال", {"treaty:tip-protocol"}},
    {"《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》",
     {"treaty:tip-protocol"}},
    {"la Convention relative aux droits de l\u2019enfant", {"treaty:crc"}},
    {"la Convención sobre los Derechos del Niño", {"treaty:crc"}},
    {"ратифицировать Конвенцию о правах ребенка", {"treaty:crc"}},
    {"واتفاقية حقوق الطفل", {"treaty:crc"}},
    {"《儿童权利公约》", {"treaty:crc"}},
    {"la Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes",
     {"treaty:cedaw"}},
    {"la Convención sobre la eliminación de todas las formas de discriminación contra la mujer",
     {"treaty:cedaw"}},
    {"Конвенции о ликвидации всех форм дискриминации в отношении женщин", {"treaty:cedaw"}},
    {"اتفاقية القضاء على جميع أشكال التمييز ضد المرأة", {"treaty:cedaw"}},
    {"消除对妇女一切形式歧视公约", {"treaty:cedaw"}},
    {"le Plan d'action mondial des Nations Unies pour la lutte contre la traite des personnes",
     {"A/RES/64/293"}},
    {"el Plan de Acción Mundial de las Naciones Unidas para Combatir la Trata de Personas", {"A/RES/64/293"}},
    {"Глобального плана действий Организации Объединенных Наций по борьбе с торговлей людьми",
     {"A/RES/64/293"}},
    {"联合国打击贩运人口全球行动计划", {"A/RES/64/293"}},
    {"خطة عمل الأمم المتحدة العالمية لمكافحة الاتجار بالأشخاص", {"A/RES/64/293"}},
    {"le Programme de développement durable à l'horizon 2030", {"A/RES/70/1"}},
    {"la Agenda 2030 para el Desarrollo Sostenible", {"A/RES/70/1"}},
    {"Повестки дня в области устойчивого развития на период до 2030 года", {"A/RES/70/1"}},
    {"《2030年可持续发展议程》", {"A/RES/70/1"}},
    {"خطة التنمية المستدامة لعام 2030", {"A/RES/70/1"}},
    {"le Pacte mondial pour des migrations sûres, ordonnées et régulières", {"A/RES/73/195"}},
    {"el Pacto Mundial para la Migración Segura, Ordenada y Regular", {"A/RES/73/195"}},
    {"Глобального договора о безопасной, упорядоченной и легальной миграции", {"A/RES/73/195"}},
    {"《安全、有序和正常移民全球契约》", {"A/RES/73/195"}},
    {"الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية", {"A/RES/73/195"}},
    {"la Déclaration de New York pour les réfugiés et les migrants", {"A/RES/71/1"}},
    {"la Declaración de Nueva York para los Refugiados y los Migrantes", {"A/RES/71/1"}},
    {"关于难民和移民的纽约宣言", {"A/RES/71/1"}},
    {"la Déclaration politique sur l'application du Plan d'action mondial des Nations Unies pour la lutte "
     "contre la traite des personnes (2021)",
     {"A/RES/76/7"}},
    {"el Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire", {"treaty:smuggling-protocol"}},
    {"Протокола против незаконного ввоза мигрантов по суше, морю и воздуху", {"treaty:smuggling-protocol"}},
    {"le Pacte international relatif aux droits civils et politiques", {"treaty:iccpr"}},
    {"Международного пакта об экономических, социальных и культурных правах", {"treaty:icescr"}},
    {"《公民权利和政治权利国际公约》", {"treaty:iccpr"}},
    {"العهد الدولي الخاص بالحقوق المدنية والسياسية", {"treaty:iccpr"}},
    {"la Convention relative au statut des réfugiés", {"treaty:refugee-convention-1951"}},
    {"Конвенции о статусе беженцев", {"treaty:refugee-convention-1951"}},
    {"вступления в силу Договора о всеобъемлющем запрещении ядерных испытаний", {"treaty:ctbt"}},
    {"《全面禁止核试验条约》于1996年9月24日开放供签署", {"treaty:ctbt"}},
    // Chinese common names beside the registry's full titles (AKN tune
    // resolutions, read with tools/audits/tune-heads/uncovered.py).
    {"重点指出执行《2030年议程》、《亚的斯亚贝巴行动议程》、《巴黎协定》",
     {"A/RES/70/1", "A/RES/69/313", "treaty:paris-agreement"}},
    {"敦促所有尚未批准或加入《打击有组织犯罪公约》和《反腐败公约》的国家", {"treaty:untoc", "treaty:uncac"}},
    {"支持内陆发展中国家和过境发展中国家落实《维也纳行动纲领》", {"A/RES/69/137"}},
    {"回顾《禁止核武器条约》于2017年7月7日获得通过", {"treaty:tpnw"}},
    {"包括《1973年最低年龄公约》(第138号)", {"treaty:unts-14862"}},
    {"والتعجيل بتنفيذ برنامج عمل فيينا وخريطة الطريق الخاصة", {"A/RES/69/137"}},
    {"وينبغي تشجيع إضفاء الطابع العالمي على معاهدة الفضاء الخارجي وتنفيذها فعليا", {"treaty:outer-space-treaty"}},
    {"بما في ذلك اتفاقية الحد الأدنى لسن الاستخدام لعام 1973 (رقم 138)", {"treaty:unts-14862"}},
};

// Names the fourth instrument audit's fix half found missed
// (tools/audits/akn-instruments-4): common names beside the full titles,
// Arabic names of the financing and sustainable development frameworks,
// the nuclear test-ban treaties in Spanish and French, the CCW protocols as
// the disarmament resolutions write them.
const Case kAuditedNames[] = {
    {"الحاجة الملحة إلى التعجيل بتنفيذ خطة عام 2030، بما في ذلك", {"A/RES/70/1"}},
    {"لاستعراض تنفيذ توافق آراء مونتيري الذي عقد في الدوحة", {"treaty:monterrey-consensus"}},
    {"وخطة تنفيذ نتائج مؤتمر القمة العالمي للتنمية المستدامة، والوثيقة", {"treaty:johannesburg-plan-of-implementation"}},
    {"والوثيقة الختامية الصادرة عن مؤتمر الأمم المتحدة للتنمية المستدامة الذي عُقد في ريو دي جانيرو",
     {"treaty:future-we-want"}},
    {"وبرنامج العمل لصالح أقل البلدان نمواً للعقد 2011-2020، ومسار", {"treaty:istanbul-programme-of-action"}},
    {"ومسار إجراءات العمل المعجل للدول الجزرية الصغيرة النامية، الذي اعتمد", {"A/RES/69/15"}},
    {"والحكومات أعربوا في خطة عمل أديس أبابا عن القلق", {"A/RES/69/313"}},
    {"la entrada en vigor del Tratado sobre la Prohibición de las Armas Nucleares", {"treaty:tpnw"}},
    {"firmar y ratificar el Tratado de Prohibición Completa de los Ensayos Nucleares", {"treaty:ctbt"}},
    {"l’entrée en vigueur du Traité d’interdiction complète des essais nucléaires", {"treaty:ctbt"}},
    {"a State party to Protocol V to the 1980 Convention", {"treaty:ccw-protocol-v"}},
    {"the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as "
     "amended in 1996;",
     {"treaty:ccw-amended-protocol-ii"}},
    {"under the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as "
     "amended on 3 May 1996 (Amended Protocol II),",
     {"treaty:ccw-amended-protocol-ii"}},
    {"la Agenda 2030 para el Desarrollo Sostenible y la Agenda de Acción de Addis Abeba, que es parte",
     {"A/RES/70/1", "A/RES/69/313"}},
    {"Ibid., vol. 2048, No. 22495.", {"treaty:ccw-amended-protocol-ii"}},
    {"Ibid., vol. 2399, No. 22495.", {"treaty:ccw-protocol-v"}},
    {"United Nations, Treaty Series, vol. 1342, No. 22495.", {"treaty:ccw"}},
};

// Names an English tune resolution's instrument has in its translations and
// the detector did not know (AKN tune part, read with
// tools/audits/tune-heads/parallel.py: targets found in the English text of a
// resolution and not in its translation).
const Case kParallelNames[] = {
    {"titulado “El futuro que queremos”, que la Asamblea General hizo suyo", {"treaty:future-we-want"}},
    {"intitulé « L’avenir que nous voulons », qu’elle a fait sien", {"treaty:future-we-want"}},
    {"итоговый документ под названием «Будущее, которого мы хотим», одобренный", {"treaty:future-we-want"}},
    {"entitled “The future we want”,4 and noting the follow-up", {"treaty:future-we-want"}},
    {"المعنونة ”المستقبل الذي نصبو إليه“، بالصيغة التي أقرتها", {"treaty:future-we-want"}},
    {"回顾各国在“我们希望的未来”中承诺", {"treaty:future-we-want"}},
    {"la Déclaration relative aux principes du droit international touchant les relations amicales et la "
     "coopération entre les États conformément à la Charte des Nations Unies",
     {"treaty:friendly-relations-declaration"}},
    {"la Declaración sobre los Principios de Derecho Internacional referentes a las Relaciones de Amistad y a la "
     "Cooperación entre los Estados",
     {"treaty:friendly-relations-declaration"}},
    {"Декларацию о принципах международного права, касающихся дружественных отношений и сотрудничества между "
     "государствами",
     {"treaty:friendly-relations-declaration"}},
    {"إعلان مبادئ القانون الدولي المتصلة بالعلاقات الودية والتعاون بين الدول", {"treaty:friendly-relations-declaration"}},
    {"إعلان مبادئ القانون الدولي المتعلقة بالعلاقات الودية والتعاون بين الدول", {"treaty:friendly-relations-declaration"}},
    {"重申《关于各国依联合国宪章建立友好关系及合作之国际法原则之宣言》", {"treaty:friendly-relations-declaration"}},
    {"la mise en œuvre d’Action 21 et du Programme", {"treaty:agenda-21"}},
    {"وإلى جدول أعمال القرن 21(5) وبرنامج", {"treaty:agenda-21"}},
    // A note marker glued to a name that ends in a number.
    {"el Programa 215, el Plan para la Ulterior Ejecución", {"treaty:agenda-21"}},
    {"la mise en œuvre d’Action 216 et le Plan", {"treaty:agenda-21"}},
    {"the implementation of Agenda 2112 and", {"treaty:agenda-21"}},
    {"the implementation of Agenda 21123 and", {}},
    {"the ILO Convention No. 182 and", {"treaty:ilo-c182"}},
    {"conformément au Règlement sanitaire international adopté en 2005", {"treaty:unts-44861"}},
    {"la plena aplicación del Reglamento Sanitario Internacional (2005), y exhorta", {"treaty:unts-44861"}},
    {"в соответствии с Международными медико-санитарными правилами (2005 год)", {"treaty:unts-44861"}},
    {"امتثالا للوائح الصحية الدولية (2005)، التي اعتمدتها", {"treaty:unts-44861"}},
    {"تقرير لجنة المراجعة المعنية بتنفيذ اللوائح الصحية الدولية (2005) أثناء", {"treaty:unts-44861"}},
    {"包括为此充分执行《国际卫生条例(2005)》，并促请", {"treaty:unts-44861"}},
    {"dans le Document final de sa dixième session extraordinaire", {"treaty:ssod-i-final-document"}},
    {"en el Documento Final del Décimo Período Extraordinario de Sesiones de la Asamblea General",
     {"treaty:ssod-i-final-document"}},
    {"в Заключительном документе десятой специальной сессии Генеральной Ассамблеи", {"treaty:ssod-i-final-document"}},
    {"التي أولتها الوثيقة الختامية لدورة الجمعية العامة الاستثنائية العاشرة(1) ويوليها",
     {"treaty:ssod-i-final-document"}},
    {"重申大会第十届特别会议《最后文件》1 和国际社会", {"treaty:ssod-i-final-document"}},
    {"du 7 juillet 2017, du Traité sur l’interdiction des armes nucléaires9, dans lequel", {"treaty:tpnw"}},
    {"о принятии 7 июля 2017 года Договора о запрещении ядерного оружия9, в котором", {"treaty:tpnw"}},
    {"وإذ تشير إلى اعتماد معاهدة حظر الأسلحة النووية(9) في 7 تموز/يوليه 2017", {"treaty:tpnw"}},
    // The Treaty of Tlatelolco's name holds the TPNW's.
    {"المنشأة بموجب معاهدة حظر الأسلحة النووية في أمريكا اللاتينية ومنطقة البحر الكاريبي", {"treaty:tlatelolco-treaty"}},
    {"созданной в соответствии с Договором о запрещении ядерного оружия в Латинской Америке и Карибском бассейне",
     {"treaty:tlatelolco-treaty"}},
    {"为加强《拉丁美洲和加勒比禁止核武器条约》(《特拉特洛尔科条约》)5 设立的", {"treaty:tlatelolco-treaty"}},
    {"creada en virtud del Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe",
     {"treaty:tlatelolco-treaty"}},
    {"la Déclaration de Copenhague sur le développement social et le Programme", {"treaty:copenhagen-declaration-social-development"}},
    {"la Declaración de Copenhague sobre Desarrollo Social y el Programa", {"treaty:copenhagen-declaration-social-development"}},
    {"подтверждая также Копенгагенскую декларацию о социальном развитии", {"treaty:copenhagen-declaration-social-development"}},
    {"وإذ تعيد أيضا تأكيد إعلان كوبنهاغن بشأن التنمية الاجتماعية وبرنامج", {"treaty:copenhagen-declaration-social-development"}},
    {"l’Accord relatif aux mesures du ressort de l’État du port visant à prévenir, contrecarrer et éliminer la "
     "pêche illicite",
     {"treaty:unts-54133"}},
    {"el Acuerdo sobre Medidas del Estado Rector del Puerto Destinadas a Prevenir, Desalentar y Eliminar la Pesca "
     "Ilegal",
     {"treaty:unts-54133"}},
    {"ратификации Соглашения о мерах государства порта по предупреждению, сдерживанию и ликвидации незаконного",
     {"treaty:unts-54133"}},
    {"بعمليات التصديق على الاتفاق المتعلق بالتدابير التي تتخذها دولة الميناء لمنع الصيد غير القانوني",
     {"treaty:unts-54133"}},
    {"联合国粮食及农业组织《关于港口国预防、制止和消除非法、不报告、不管制捕鱼的措施协定》", {"treaty:unts-54133"}},
    {"de l’Accord de Marrakech instituant l’Organisation mondiale du commerce", {"treaty:wto-agreement"}},
    {"del Acuerdo de Marrakech por el que se Establece la Organización Mundial del Comercio", {"treaty:wto-agreement"}},
    {"в Марракешское соглашение об учреждении Всемирной торговой организации", {"treaty:wto-agreement"}},
    {"في تحسين الشفافية لاتفاق مراكش المنشئ لمنظمة التجارة العالمية", {"treaty:wto-agreement"}},
    {"修正关于《设立世界贸易组织的马拉喀什协定》的议定书", {"treaty:wto-agreement"}},
    {"la Convención de las Naciones Unidas de Lucha contra la Desertificación5, y", {"treaty:unccd"}},
    {"les infractions visées par la Convention internationale contre la prise d’otages, sont", {"treaty:hostages-convention"}},
    {"los delitos contemplados en la Convención Internacional contra la Toma de Rehenes, y", {"treaty:hostages-convention"}},
    {"под действие Международной конвенции о борьбе с захватом заложников, выражая", {"treaty:hostages-convention"}},
    {"بما في ذلك الجرائم المنصوص عليها في الاتفاقية الدولية لمناهضة أخذ الرهائن، وإذ", {"treaty:hostages-convention"}},
    {"包括《反对劫持人质国际公约》中所述罪行", {"treaty:hostages-convention"}},
    {"(Article 31 du Statut de la Cour internationale de Justice), à concurrence", {"treaty:icj-statute"}},
    {"(Estatuto de la Corte Internacional de Justicia, Artículo 31), siempre", {"treaty:icj-statute"}},
    {"(статья 31 Статута Международного Суда), общая сумма", {"treaty:icj-statute"}},
    {"(المادة 31 من النظام الأساسي لمحكمة العدل الدولية)، بنفقات", {"treaty:icj-statute"}},
    {"指定专案法官(《国际法院规约》第三十一条)", {"treaty:icj-statute"}},
    {"du Protocole relatif aux armes à laser aveuglantes (Protocole IV)7 et", {"treaty:ccw-protocol-iv"}},
    {"el Protocolo sobre Armas Láser Cegadoras (Protocolo IV)7 y", {"treaty:ccw-protocol-iv"}},
    {"Протокола об ослепляющем лазерном оружии (Протокол IV)7 и", {"treaty:ccw-protocol-iv"}},
    {"والبروتوكول المتعلق بأسلحة الليزر المعمية (البروتوكول الرابع)(7) والبروتوكول", {"treaty:ccw-protocol-iv"}},
    {"《关于激光致盲武器的议定书》(《第四议定书》)7", {"treaty:ccw-protocol-iv"}},
    {"وفقاً للقواعد ذات الصلة الواردة في اتفاقية فيينا لقانون المعاهدات، بما في ذلك", {"treaty:vclt"}},
    {"de la Convention unique sur les stupéfiants de 1961 telle que modifiée par le Protocole de 1972, la",
     {"treaty:single-convention-narcotic-drugs-1961", "treaty:single-convention-protocol-1972"}},
    {"la Convención Única de 1961 sobre Estupefacientes, enmendada por el Protocolo de 1972, el",
     {"treaty:single-convention-narcotic-drugs-1961", "treaty:single-convention-protocol-1972"}},
    {"Единой конвенции о наркотических средствах 1961 года с поправками", {"treaty:single-convention-narcotic-drugs-1961"}},
    {"والاتفاقية الوحيدة للمخدرات لعام 1961 بصيغتها المعدلة", {"treaty:single-convention-narcotic-drugs-1961"}},
    {"1961年《麻醉品单一公约》、2 1971年《精神药物公约》", {"treaty:single-convention-narcotic-drugs-1961",
                                                  "treaty:psychotropic-substances-convention-1971"}},
    {"du Protocole de Nagoya sur l’accès aux ressources génétiques", {"treaty:nagoya-protocol"}},
    {"el Protocolo de Nagoya sobre Acceso a los Recursos Genéticos", {"treaty:nagoya-protocol"}},
    {"Нагойский протокол регулирования доступа к генетическим ресурсам", {"treaty:nagoya-protocol"}},
    {"وبروتوكول ناغويا بشأن الحصول على الموارد الجينية", {"treaty:nagoya-protocol"}},
    {"《关于获取遗传资源和公正公平分享其利用所产生惠益的名古屋议定书》14", {"treaty:nagoya-protocol"}},
    {"لأداء الموقع الشبكي لاتفاقية نيويورك(28) والتنسيق", {"treaty:new-york-convention-1958"}},
    {"委员会对《纽约公约》网站28 的表现", {"treaty:new-york-convention-1958"}},
    {"comme souligné dans les Modalités d’action accélérées des petits États insulaires en développement "
     "(Orientations de Samoa), en", {"A/RES/69/15"}},
    {"de l’examen à mi-parcours de haut niveau des Orientations de Samoa et de", {"A/RES/69/15"}},
    {"en pro de la plena aplicación de la Trayectoria de Samoa para asegurar", {"A/RES/69/15"}},
    {"полному осуществлению Программы действий «Путь Самоа»; 8.", {"A/RES/69/15"}},
    {"以支持充分落实《萨摩亚途径》； 8.", {"A/RES/69/15"}},
    {"按照《小岛屿发展中国家快速行动方式(萨摩亚途径)》15 和", {"A/RES/69/15"}},
    {"244.  注意到《巴塞尔公约》的作用是", {"treaty:basel-convention"}},
    {"касающуюся Аддис-Абебской программы действий третьей Международной конференции", {"A/RES/69/313"}},
    {"подтверждая Новую программу развития городов, принятую на Конференции", {"A/RES/71/256"}},
    // The Kampala Convention had no name in the registry, only its UNTS number.
    {"Welcoming the entry into force of the African Union Convention for the Protection and Assistance of "
     "Internally Displaced Persons in Africa (Kampala Convention)", {"treaty:unts-52375"}},
    {"de mettre en œuvre la Convention de l’Union africaine sur la protection et l’assistance aux personnes "
     "déplacées en Afrique (Convention de Kampala)", {"treaty:unts-52375"}},
    {"haya ratificado la Convención de la Unión Africana para la Protección y la Asistencia de los Desplazados "
     "Internos en África (Convención de Kampala)", {"treaty:unts-52375"}},
    {"важность Конвенции Африканского союза о защите внутренне перемещенных лиц в Африке", {"treaty:unts-52375"}},
    {"على اتفاقية الاتحاد الأفريقي لحماية ومساعدة النازحين داخليا في أفريقيا (اتفاقية كمبالا)", {"treaty:unts-52375"}},
    {"欢迎索马里联邦政府批准《非洲联盟保护和援助非洲境内流离失所者公约》(《坎帕拉公约》)", {"treaty:unts-52375"}},
    {"рассмотреть вопрос о ратификации Конвенции о минимальном возрасте 1973 года (№ 138)", {"treaty:unts-14862"}},
    {"рассмотреть вопрос о ратификации Конвенции об организованной преступности", {"treaty:untoc"}},
    {"ссылаясь на Рио-де-Жанейрскую декларацию по окружающей среде и развитию", {"treaty:rio-declaration"}},
    {"в которой она одобрила Монтеррейский консенсус Международной конференции", {"treaty:monterrey-consensus"}},
    {"ссылаясь на Программу действий Международной конференции по народонаселению и развитию11",
     {"treaty:icpd-programme-of-action"}},
    {"回顾《国际人口与发展行动纲领》11 和审查会议的成果文件，重申《北京宣言和行动纲要》",
     {"treaty:icpd-programme-of-action", "treaty:bpfa"}},
};

// Names from a reading of every Arabic tune resolution for the words of an
// instrument no mention covered (tools/audits/tune-heads/uncovered.py), and
// the nuclear-weapon-free-zone treaties their English texts name too.
const Case kTuneReading[] = {
    // A short title continued as its own full title still names it.
    {"the Universal Declaration, adopted in 1948", {"treaty:udhr"}},
    {"the Nagoya Protocol on Access to Genetic Resources and the Fair Sharing of Benefits", {"treaty:nagoya-protocol"}},
    {"the Universal Declaration of Human Rights on its seventieth anniversary", {"treaty:udhr"}},
    {"including the Inter-American Convention on Protecting the Human Rights of Older Persons and the Protocol to "
     "the African Charter on Human and Peoples’ Rights on the Rights of Older Persons in Africa,",
     {"treaty:unts-54318", "treaty:african-older-persons-protocol"}},
    {"la Convention interaméricaine sur la protection des droits de l’homme des personnes âgées et du Protocole à la "
     "Charte africaine des droits de l’homme et des peuples relatif aux droits des personnes âgées en Afrique,",
     {"treaty:unts-54318", "treaty:african-older-persons-protocol"}},
    {"el Protocolo de la Carta Africana de Derechos Humanos y de los Pueblos relativo a los Derechos de las Personas "
     "de Edad en África",
     {"treaty:african-older-persons-protocol"}},
    {"и Протокола к Африканской хартии прав человека и народов, касающегося прав пожилых людей в Африке,",
     {"treaty:african-older-persons-protocol"}},
    {"والبروتوكول الملحق بالميثاق الأفريقي لحقوق الإنسان والشعوب بشأن حقوق كبار السن في أفريقيا،",
     {"treaty:african-older-persons-protocol"}},
    {"以及《非洲人权和人民权利宪章非洲老年人权利议定书》，", {"treaty:african-older-persons-protocol"}},
    // A named protocol of a treaty is unaffected; the parent's own name too.
    {"the Kyoto Protocol to the United Nations Framework Convention on Climate Change", {"treaty:kyoto-protocol"}},
    {"the African Charter on Human and Peoples’ Rights", {"treaty:unts-26363"}},
    // The 2014 Forced Labour Protocol named without its year (A/RES/76/72,
    // tune part): the protocol, never its parent convention.
    {"and the Protocol to the Forced Labour Convention, 1930 (No. 29) of the International Labour Organization",
     {"treaty:ilo-p029"}},
    {"et au Protocole relatif à la Convention de 1930 sur le travail forcé (no 29)", {"treaty:ilo-p029"}},
    {"y el Protocolo relativo al Convenio sobre el Trabajo Forzoso, 1930 (núm. 29)", {"treaty:ilo-p029"}},
    {"и Протокола к Конвенции 1930 года о принудительном труде (№ 29), а также", {"treaty:ilo-p029"}},
    {"والبروتوكول الملحق باتفاقية العمل الجبري، 1930 (رقم 29) لمنظمة العمل الدولية", {"treaty:ilo-p029"}},
    {"和《1930年强迫劳动公约议定书》(第29号)以及", {"treaty:ilo-p029"}},
    // Protocol V of the CCW by its title (A/RES/76/64, tune part).
    {"et du Protocole relatif aux restes explosifs de guerre (Protocole V)", {"treaty:ccw-protocol-v"}},
    {"y el Protocolo sobre los Restos Explosivos de Guerra (Protocolo V)", {"treaty:ccw-protocol-v"}},
    {"и Протокола по взрывоопасным пережиткам войны (Протокол V)", {"treaty:ccw-protocol-v"}},
    {"والبروتوكول المتعلق بالمتفجرات من مخلفات الحرب (البروتوكول الخامس)", {"treaty:ccw-protocol-v"}},
    {"以及《战争遗留爆炸物议定书》(《第五议定书》)", {"treaty:ccw-protocol-v"}},
    // Chinese titles of the oceans and disarmament resolutions (A/RES/76/72,
    // tune part, by tools/audits/tune-heads/uncovered.py), and the Salvage
    // Convention in the other languages.
    {"重申1949年8月12日《关于战时保护平民的日内瓦公约》适用于", {"treaty:geneva-convention-iv"}},
    {"促请尚未批准或加入《海洋法法庭特权和豁免协定》53 和", {"treaty:mtdsg-xxi-8"}},
    {"和1989年《国际救助公约》。", {"treaty:unts-33479"}},
    {"Convention internationale sur l’assistance (1989).", {"treaty:unts-33479"}},
    {"Convenio Internacional sobre Salvamento, de 1989.", {"treaty:unts-33479"}},
    {"Международная конвенция о спасании 1989 года.", {"treaty:unts-33479"}},
    {"敦促尚未加入《生物多样性公约》16 和《粮食和农业植物遗传资源国际条约》17 的国家",
     {"treaty:cbd", "treaty:unts-43345"}},
    {"祝贺《特拉特洛尔科条约》、《拉罗通加条约》、《曼谷条约》、《佩林达巴条约》和《中亚条约》的缔约国",
     {"treaty:tlatelolco-treaty", "treaty:unts-24592", "treaty:unts-33873", "treaty:pelindaba-treaty",
      "treaty:unts-51633"}},
    // MARPOL, registered as its Protocol of 1978 (UNTS 22484), by its title
    // in the six languages (A/RES/76/72, tune part).
    {"the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 "
     "relating thereto",
     {"treaty:unts-22484"}},
    {"la Convention internationale de 1973 pour la prévention de la pollution par les navires, modifiée",
     {"treaty:unts-22484"}},
    {"el Convenio Internacional para Prevenir la Contaminación por los Buques, de 1973", {"treaty:unts-22484"}},
    {"Международной конвенции по предотвращению загрязнения с судов (резолюция MEPC.265(68))",
     {"treaty:unts-22484"}},
    {"الاتفاقية الدولية لمنع التلوث الناجم عن السفن لعام 1973، بصيغتها المعدلة", {"treaty:unts-22484"}},
    {"《国际防止船舶造成污染公约》(根据1978年议定书修正)", {"treaty:unts-22484"}},
    // A common slip for the UDHR's title.
    {"in line with the Universal Declaration on Human Rights", {"treaty:udhr"}},
    {"10 -  تهيب بالدول أن تتخذ، بما يتسق مع اتفاقية الجريمة المنظمة ووفقا للتشريعات", {"treaty:untoc"}},
    {"تحث جميع الدول التي لم تصدق على اتفاقية الجريمة المنظمة واتفاقية مكافحة الفساد أو لم تنضم إليهما",
     {"treaty:untoc", "treaty:uncac"}},
    {"24 -  يحث الدول الأطراف في اتفاقية قانون البحار واتفاقية عام 1988", {"treaty:unclos"}},
    // Two proclitics ("and to", "and with") before a name.
    {"ولاتفاقية الأمم المتحدة لمكافحة الفساد وباتفاقية الأمم المتحدة لقانون البحار", {"treaty:uncac", "treaty:unclos"}},
    {"على المرفقات الثاني والثامن والتاسع لاتفاقية بازل فيما يتعلق بالنفايات البلاستيكية", {"treaty:basel-convention"}},
    {"الناجمة عن تصديقها على اتفاقية ميناماتا بشأن الزئبق(131) على المبادرة", {"treaty:minamata-convention"}},
    {"obligations qu’impose la Convention de Minamata sur le mercure dès sa ratification", {"treaty:minamata-convention"}},
    {"ratifiquen, acepten o aprueben el Convenio de Minamata sobre el Mercurio131 o se adhieran", {"treaty:minamata-convention"}},
    {"ратифицировать, принять или одобрить Минаматскую конвенцию о ртути или присоединиться", {"treaty:minamata-convention"}},
    {"确保在批准《汞问题水俣公约》后能履行其义务", {"treaty:minamata-convention"}},
    {"واتفاقية حظر أسوأ أشكال عمل الأطفال لعام 1999،", {"treaty:ilo-c182"}},
    {"اتفاقية حماية الملكية الثقافية في حالة نشوب نزاع مسلح لعام 1954؛ واتفاقية حماية التراث الثقافي غير المادي لعام 2003",
     {"treaty:hague-convention-1954", "treaty:intangible-heritage-convention"}},
    {"وإذ تشير إلى اتفاقية جنيف الرابعة(8)،", {"treaty:geneva-convention-iv"}},
    {"إذ تشير إلى اتفاقية منظمة الوحدة الأفريقية لعام 1969 التي تحكم المظاهر الخاصة بمشكلات اللاجئين في أفريقيا(1)",
     {"treaty:unts-14691"}},
    {"Rappelant la Convention de l’Organisation de l’unité africaine régissant les aspects propres aux problèmes des "
     "réfugiés en Afrique de 19691",
     {"treaty:unts-14691"}},
    {"Recordando la Convención de la Organización de la Unidad Africana por la que se Regulan los Aspectos Específicos "
     "de los Problemas de los Refugiados en África1, de 1969",
     {"treaty:unts-14691"}},
    {"ссылаясь на Конвенцию Организации африканского единства, регулирующую специфические аспекты проблемы беженцев в "
     "Африке, 1969 года1",
     {"treaty:unts-14691"}},
    {"المتعلقان على التوالي باتفاقية الأمم المتحدة بشأن اتفاقات التسوية الدولية المنبثقة من الوساطة(2) وبالقانون",
     {"treaty:singapore-mediation-convention"}},
    {"sur la Convention des Nations Unies sur les accords de règlement internationaux issus de la médiation2 et",
     {"treaty:singapore-mediation-convention"}},
    {"分别关于《联合国关于调解所产生的国际和解协议公约》和", {"treaty:singapore-mediation-convention"}},
    {"في اتفاقية قمع الأعمال غير المشروعة الموجهة ضد سلامـــة الملاحــة البحرية(77)", {"treaty:unts-29004"}},
    {"à la Convention pour la répression d’actes illicites contre la sécurité de la navigation maritime7",
     {"treaty:unts-29004"}},
    {"del Convenio para la Represión de Actos Ilícitos contra la Seguridad de la Navegación Marítima77 y",
     {"treaty:unts-29004"}},
    {"к Конвенции о борьбе с незаконными актами, направленными против безопасности морского судоходства13, и",
     {"treaty:unts-29004"}},
    {"بما في ذلك اتفاقية البلدان الأمريكية بشأن حماية حقوق الإنسان لكبار السن، وإذ", {"treaty:unts-54318"}},
    {"incluida la Convención Interamericana sobre la Protección de los Derechos Humanos de las Personas Mayores y",
     {"treaty:unts-54318"}},
    {"notamment la Convention interaméricaine sur la protection des droits de l’homme des personnes âgées et",
     {"treaty:unts-54318"}},
    {"包括《美洲保护老年人人权公约》以及", {"treaty:unts-54318"}},
    {"إعادة تأكيد الأهمية البالغة لبدء نفاذ معاهدة الحظر الشامل للتجارب النووية بوصفها عنصرا", {"treaty:ctbt"}},
    {"والبروتوكول الاختياري للاتفاقية المتعلقة بسلامة موظفي الأمم المتحدة والأفراد المرتبطين بها",
     {"treaty:un-personnel-safety-protocol"}},
    // Russian: the head after "и" is declined too; wordings of the source's names.
    {"напоминая о том, что в Пекинской декларации и Платформе действий8 высказывалась", {"treaty:bpfa"}},
    {"Венской декларации и Программы действий, принятых 25 июня 1993 года", {"treaty:vdpa"}},
    {"и увязана с Сендайской рамочной программой по снижению риска бедствий на период 2015–2030 годов6, Новой",
     {"A/RES/69/283"}},
    {"(№ 188) и Протокол 2014 года к Конвенции 1930 года о принудительном труде (№ 29) являются",
     {"treaty:ilo-p029"}},
    {"再次邀请秘书长将落实《伊斯坦布尔行动纲领》列入理事会议程", {"treaty:istanbul-programme-of-action"}},
    {"рыб и управления ими (Соглашение по рыбным запасам)24, в интересах", {"treaty:fish-stocks-agreement"}},
    {"Мы подчеркиваем важное значение Договора по космосу как центрального", {"treaty:outer-space-treaty"}},
    {"recalling the Istanbul Declaration and Programme of Action for the Least Developed Countries for the Decade "
     "2011–2020,9 recalling also",
     {"treaty:istanbul-programme-of-action"}},
    {"la Déclaration d’Istanbul et le Programme d’action en faveur des pays les moins avancés pour la décennie "
     "2011-2020",
     {"treaty:istanbul-programme-of-action"}},
    {"el Programa de Acción en favor de los Países Menos Adelantados para el Decenio 2011-2020",
     {"treaty:istanbul-programme-of-action"}},
    {"鼓励尚未加入的国家考虑加入《<1930年强迫劳动公约>(第29号)2014年议定书》和", {"treaty:ilo-p029"}},
    // A title that ends in its year ("Customs Convention on Containers, 1972")
    // is written without it too: a year nearby tells it from an older one of
    // the same name (the 1956 Customs Convention on Containers).
    {"including the Customs Convention on Containers (Geneva, 2 December 1972), the Customs Convention on the "
     "Temporary Importation of Commercial Road Vehicles (Geneva, 18 May 1956)",
     {"treaty:unts-14449", "treaty:unts-4721"}},
    {"to ratify the International Convention for the Safety of Life at Sea, adopted in 1974, and", {"treaty:unts-18961"}},
    {"تلاحظ أن التعديلات المتصلة بهما في الاتفاقية الدولية لحماية الأرواح في البحر والاتفاقية الدولية لسلامة "
     "الأرواح في البحار (القرار MSC.386(94))",
     {"treaty:unts-18961"}},
    // The transit conventions of the landlocked countries' resolution, in six
    // languages (the registry had their English titles only).
    {"Including the Customs Convention on Containers (Geneva, 2 December 1972), the Customs Convention on the "
     "International Transport of Goods under Cover of TIR Carnets (Geneva, 14 November 1975), the",
     {"treaty:unts-14449", "treaty:mtdsg-xi-a-16"}},
    {"y compris la Convention douanière relative aux conteneurs (Genève, 2 décembre 1972), la Convention douanière "
     "relative à l’importation temporaire des véhicules routiers commerciaux (Genève, 18 mai 1956), la Convention "
     "douanière relative au transport international de marchandises sous le couvert de carnets TIR (Genève, 14 "
     "novembre 1975), la Convention internationale sur l’harmonisation des contrôles des marchandises aux frontières",
     {"treaty:unts-14449", "treaty:unts-4721", "treaty:mtdsg-xi-a-16", "treaty:unts-23583"}},
    {"incluidos el Convenio Aduanero sobre Contenedores (Ginebra, 2 de diciembre de 1972), el Convenio Aduanero sobre "
     "Importación Temporal de Vehículos Comerciales de Transporte por Carretera (Ginebra, 18 de mayo de 1956), el "
     "Convenio Aduanero Relativo al Transporte Internacional de Mercancías al Amparo de los Cuadernos TIR (Ginebra, "
     "14 de noviembre de 1975), el Convenio Internacional sobre la Armonización de los Controles de Mercancías en las "
     "Fronteras",
     {"treaty:unts-14449", "treaty:unts-4721", "treaty:mtdsg-xi-a-16", "treaty:unts-23583"}},
    {"включая Таможенную конвенцию, касающуюся контейнеров (Женева, 2 декабря 1972 года), Таможенную конвенцию о "
     "временном ввозе коммерческих дорожных перевозочных средств (Женева, 18 мая 1956 года), Таможенную конвенцию о "
     "международной перевозке грузов с применением книжки МДП (Женева, 14 ноября 1975 года), Международную "
     "конвенцию о согласовании условий проведения контроля грузов на границах",
     {"treaty:unts-14449", "treaty:unts-4721", "treaty:mtdsg-xi-a-16", "treaty:unts-23583"}},
    {"بما فيها الاتفاقية الجمركية بشأن الحاويات (جنيف، 2 كانون الأول/ديسمبر 1972)، والاتفاقية الجمركية المتعلقة "
     "بالاستيراد المؤقت للمركبات الطرقية العمومية (جنيف، 18 أيار/مايو 1956)، والاتفاقية الجمركية المتعلقة بالنقل "
     "الدولي للبضائع بمقتضى دفاتر النقل الدولي الطرقي (جنيف، 14 تشرين الثاني/نوفمبر 1975)، والاتفاقية الدولية "
     "لتنسيق الرقابة على البضائع عند الحدود",
     {"treaty:unts-14449", "treaty:unts-4721", "treaty:mtdsg-xi-a-16", "treaty:unts-23583"}},
    {"包括《集装箱关务公约》(1972年12月2日，日内瓦)、《关于商用公路车辆临时进口的海关公约》(1956年5月18日，日内瓦)、"
     "《关于国际公路货运通行证制度下国际货运海关公约》(1975年11月14日，日内瓦)、《协调统一货物边境管制国际公约》",
     {"treaty:unts-14449", "treaty:unts-4721", "treaty:mtdsg-xi-a-16", "treaty:unts-23583"}},
    {"à ratifier dans les meilleurs délais l’Accord multilatéral portant création d’un groupe de réflexion "
     "international sur les pays en développement sans littoral,",
     {"treaty:mtdsg-x-19"}},
    {"ратифицировать Многостороннее соглашение о создании Международного аналитического центра для развивающихся "
     "стран, не имеющих выхода к морю, и",
     {"treaty:mtdsg-x-19"}},
    {"敦促尚未批准《关于设立内陆发展中国家国际智囊团的多边协定》的国家", {"treaty:mtdsg-x-19"}},
    {"Rappelant le Traité sur les forces armées conventionnelles en Europe2 et le Document de Vienne", {"treaty:unts-44001"}},
    {"el Tratado sobre las Fuerzas Armadas Convencionales en Europa2 y el Documento de Viena", {"treaty:unts-44001"}},
    {"Договора по открытому небу, Договора об обычных вооруженных силах в Европе2 и", {"treaty:unts-44001"}},
    {"معاهدة الأجواء المفتوحة ومعاهدة القوات المسلحة التقليدية في أوروبا", {"treaty:unts-44001"}},
    {"《开放天空条约》、《欧洲常规武装力量条约》2 和", {"treaty:unts-44001"}},
    {"en collaboration avec le secrétariat de la Convention internationale pour la protection des végétaux", {}},
    {"en colaboración con la Convención Internacional de Protección Fitosanitaria", {"treaty:unts-1963"}},
    {"в сотрудничестве с Международной конвенцией по карантину и защите растений", {"treaty:unts-1963"}},
    {"بالتعاون مع الاتفاقية الدولية لحماية النباتات، الاحتفال", {"treaty:unts-1963"}},
    {"邀请联合国粮食及农业组织与《国际植物保护公约》合作", {"treaty:unts-1963"}},
    {"et le Plan d’action international de Madrid sur le vieillissement, 20022, sa",
     {"treaty:madrid-plan-of-action-ageing"}},
    {"para la aplicación del Plan de Acción de Madrid, y sus resoluciones", {"treaty:madrid-plan-of-action-ageing"}},
    {"осуществления Мадридского плана действий, и свои резолюции", {"treaty:madrid-plan-of-action-ageing"}},
    {"表示注意到《马德里行动计划》执行路线图", {"treaty:madrid-plan-of-action-ageing"}},
    {"السياسي(1) وخطة عمل مدريد الدولية المتعلقة بالشيخوخة، 2002(2)، وإلى قرارها", {"treaty:madrid-plan-of-action-ageing"}},
    {"en gardant à l’esprit la Déclaration de Rio de 1992 sur l’environnement et le développement2,",
     {"treaty:rio-declaration"}},
    {"促请《关于打击非法制造和贩运枪支及其零部件和弹药的议定书》缔约国根据该议定书", {"treaty:firearms-protocol"}},
    // Nuclear-weapon-free zones: Rarotonga and Bangkok are in the registry
    // by their titles only; Pelindaba and Central Asia are the project's rows.
    {"the Treaty of Rarotonga, the Bangkok Treaty, the Treaty of Pelindaba and the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia",
     {"treaty:unts-24592", "treaty:unts-33873", "treaty:pelindaba-treaty", "treaty:unts-51633"}},
    {"the first Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)",
     {"treaty:pelindaba-treaty"}},
    {"du Traité de Pelindaba et du Traité portant création d’une zone exempte d’armes nucléaires en Asie centrale11",
     {"treaty:pelindaba-treaty", "treaty:unts-51633"}},
    {"à appliquer le Traité sur une zone exempte d’armes nucléaires en Afrique (Traité de Pelindaba)",
     {"treaty:pelindaba-treaty"}},
    {"el Tratado sobre una Zona Libre de Armas Nucleares en Asia Central, el Tratado de Pelindaba y el Tratado de "
     "Rarotonga",
     {"treaty:unts-51633", "treaty:pelindaba-treaty", "treaty:unts-24592"}},
    {"Договор Раротонга7, Бангкокский договор8, Пелиндабский договор9 и Договор о зоне, свободной от ядерного оружия, "
     "в Центральной Азии10",
     {"treaty:unts-24592", "treaty:unts-33873", "treaty:pelindaba-treaty", "treaty:unts-51633"}},
    {"участникам Договора Раротонга, Бангкокского договора, Пелиндабского договора и", {"treaty:unts-24592",
     "treaty:unts-33873", "treaty:pelindaba-treaty"}},
    {"Договора о зоне, свободной от ядерного оружия, в Африке (Пелиндабский договор)1", {"treaty:pelindaba-treaty"}},
    {"《拉罗通加条约》、7《曼谷条约》、8《佩林达巴条约》9 和《中亚无核武器区条约》10",
     {"treaty:unts-24592", "treaty:unts-33873", "treaty:pelindaba-treaty", "treaty:unts-51633"}},
    {"欢迎《非洲无核武器区条约》(《佩林达巴条约》)1 生效", {"treaty:pelindaba-treaty"}},
    {"وإذ ترحب ببدء نفاذ معاهدة إنشاء منطقة خالية من الأسلحة النووية في أفريقيا (معاهدة بليندابا) في 15 تموز/يوليه",
     {"treaty:pelindaba-treaty"}},
    {"بالتصديق على معاهدة إنشاء منطقة خالية من الأسلحة النووية في آسيا الوسطى(11) وبالخطوات",
     {"treaty:unts-51633"}},
};

// Look-alikes: generic words, other bodies, symbols that contain an abbreviation.
const Case kNotInstruments[] = {
    {"a protocol for victim identification", {}},
    {"the convention centre in Vienna", {}},
    {"conventional weapons and the untoc website", {}},
    // The symbol of the Committee's document, not the Convention.
    {"the report CRC/C/GC/20 of the Committee", {"CRC/C/GC/20"}},
    {"Palermo is a city in Sicily", {}},
    {"a global plan of action for animal genetic resources", {}},
    {"the Agenda of the meeting", {}},
    {"the CEDAW Committee and the Committee on the Rights of the Child (CRC)", {}},
    // The Rio+20 outcome's title is a common phrase: only its quoted or
    // capitalised title names it.
    {"multilateralism and to build trust to ensure the future we want by, inter alia,", {}},
    {"Global Resources Outlook 2019: Natural Resources for the Future We Want;", {}},
    {"faire de l’avenir que nous voulons une réalité", {}},
    {"وببناء الثقة لضمان المستقبل الذي نصبو إليه من خلال", {}},
    {"以确保实现我们希望的未来，为此", {}},
    // The organization a treaty set up is not the treaty.
    {"全面禁止核试验条约组织筹备委员会", {}},
    {"Подготовительной комиссии Организации по Договору о всеобъемлющем запрещении ядерных испытаний", {}},
    {"وتشجعها على مواصلة تقديم الدعم للجنة التحضيرية لمنظمة معاهدة الحظر الشامل للتجارب النووية", {}},
    // "Protocolo de 1978" alone is any protocol of that year (SOLAS has one).
    {"el Protocolo de 1978 relativo al Convenio Internacional", {}},
    // A short title that a longer title of another instrument continues
    // ("Universal Declaration on ..."), read in the tune part.
    {"Recalling the Universal Declaration on Cultural Diversity, adopted by UNESCO", {}},
    {"the Universal Declaration on the Eradication of Hunger and Malnutrition", {}},
    // An unknown protocol's title holds its parent's name: the parent is not
    // what is cited (read in the tune part, where the protocol on older
    // persons is now known).
    {"and the Protocol to the African Charter on Human and Peoples’ Rights on the Establishment of an African Court",
     {}},
    {"le Protocole à la Charte africaine des droits de l’homme et des peuples portant création d’une Cour", {}},
    {"el Protocolo de la Carta Africana de Derechos Humanos y de los Pueblos sobre el Establecimiento de una Corte",
     {}},
};

INSTANTIATE_TEST_SUITE_P(English, InstrumentNames, ::testing::ValuesIn(kEnglish));
INSTANTIATE_TEST_SUITE_P(OtherLanguages, InstrumentNames, ::testing::ValuesIn(kOtherLanguages));
INSTANTIATE_TEST_SUITE_P(Audited, InstrumentNames, ::testing::ValuesIn(kAuditedNames));
INSTANTIATE_TEST_SUITE_P(ParallelNames, InstrumentNames, ::testing::ValuesIn(kParallelNames));
INSTANTIATE_TEST_SUITE_P(TuneReading, InstrumentNames, ::testing::ValuesIn(kTuneReading));
INSTANTIATE_TEST_SUITE_P(LookAlikes, InstrumentNames, ::testing::ValuesIn(kNotInstruments));

TEST(InstrumentNames, SpanCoversTheWholeNestedName) {
  static const Detector finders;
  const auto found = run_detector(finders, "See the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29).");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].surface, "Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29)");
  EXPECT_EQ(found[0].kind, TargetKind::treaty);
}

TEST(InstrumentNames, FrameworksAreResolutions) {
  static const Detector finders;
  const auto found = run_detector(finders, "the 2030 Agenda for Sustainable Development");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TargetKind::resolution);
}

TEST(InstrumentNames, CompactPinpointsTheObjectiveWrittenNearby) {
  static const Detector finders;
  const auto found = run_detector(
      finders,
      "negotiations on the Zero Draft of the Global Compact for Safe, Orderly and Regular Migration. The joint "
      "statement offers suggestions, addressing particularly Objective 10 \"Prevent and combat trafficking\".");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].target, "A/RES/73/195");
  EXPECT_EQ(found[0].pinpoint, "objective 10");
}

TEST(InstrumentNames, PoliticalDeclarationFollowsTheCitingYearWithoutOneInTheText) {
  static const Detector finders;
  const char* text = "the Political Declaration on the Implementation of the Global Plan of Action to Combat "
                     "Trafficking in Persons";
  EXPECT_EQ(run_detector(finders, text, 2018).at(0).target, "A/RES/72/1");
  EXPECT_EQ(run_detector(finders, text, 2023).at(0).target, "A/RES/76/7");
  EXPECT_EQ(run_detector(finders, text, 0).at(0).target, "A/RES/72/1");
  EXPECT_TRUE(run_detector(finders, text, 2023).at(0).resolved_from.empty()) << "a full name, not a short form";
}

}  // namespace
}  // namespace unxref
