#include "test_support.h"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "graph/build.h"
#include "graph_support.h"

using namespace kgx;

namespace {

ExtractedEntity person(std::string label, std::vector<std::string> aliases = {}) {
  ExtractedEntity e;
  e.label = std::move(label);
  e.aliases = std::move(aliases);
  e.mentions = 1;
  return e;
}

const EntityNode* node(const KnowledgeGraph& g, const std::string& label) {
  for (std::size_t v = 0; v < g.entity_count(); ++v)
    if (g.entity(v).label == label) return &g.entity(v);
  return nullptr;
}

}  // namespace

TEST_CASE("the same full name in two documents is one node; short forms join it") {
  // A pet form from another document joins where the documents share someone (Oskar Brenn).
  Extraction a{"a", {person("Nadia Petrova", {"Nadia"}), person("Oskar Brenn")}, {}, {}};
  Extraction b{"b", {person("Nadia Petrova Lang", {"Nadia Petrova"})}, {}, {}};
  Extraction c{"c", {person("Petrova")}, {}, {}};
  Extraction d{"d", {person("Nadi"), person("Oskar Brenn")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c, d});
  CHECK(g.entity_count() == 2);
  const EntityNode* n = node(g, "Nadia Petrova");
  REQUIRE(n != nullptr);
  CHECK(test::document_ids(g, n->documents) == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(n->mentions == 4);
  CHECK(std::find(n->aliases.begin(), n->aliases.end(), "Nadia Petrova Lang") != n->aliases.end());
}

TEST_CASE("a pet form from another document joins only where the two documents share someone") {
  // "Peggy" of a fan's post joins "Margaret Lindell" of a news story that names her husband too;
  // a lone "Nell" of a memoir review is not the "Eleanor Whitcombe" of an engagement notice.
  Extraction news{"news", {person("Margaret Lindell"), person("Olaf Lindell")}, {}, {}};
  Extraction post{"post", {person("Peggy"), person("Olaf Lindell")}, {}, {}};
  Extraction review{"review", {person("Nell"), person("Ilona Varga")}, {}, {}};
  Extraction notice{"notice", {person("Eleanor Whitcombe"), person("Alasdair Munro")}, {}, {}};
  KnowledgeGraph g = build_graph({news, post, review, notice});
  CHECK(g.entity_count() == 6);
  REQUIRE(node(g, "Margaret Lindell") != nullptr);
  CHECK(node(g, "Margaret Lindell")->aliases == std::vector<std::string>{"Peggy"});
  CHECK(node(g, "Nell") != nullptr);
  REQUIRE(node(g, "Eleanor Whitcombe") != nullptr);
  CHECK(node(g, "Eleanor Whitcombe")->aliases.empty());
  // A shared place is no shared company.
  ExtractedEntity london;
  london.label = "London";
  london.type = EntityType::Location;
  london.mentions = 1;
  Extraction memoir{"memoir", {person("Nell"), london}, {}, {}};
  Extraction engagement{"engagement", {person("Eleanor Whitcombe"), london}, {}, {}};
  CHECK(build_graph({memoir, engagement}).entity_count() == 3);
  // Whatever the order of the documents: a lone surname joining the full name's cluster first
  // leaves the pet form's join as it was.
  Extraction wedding{"wedding", {person("Nell"), person("Tom Hart")}, {}, {}};
  Extraction prize{"prize", {person("Whitcombe")}, {}, {}};
  Extraction marriage{"marriage", {person("Eleanor Whitcombe"), person("Tom Hart")}, {}, {}};
  for (const auto& order : {std::vector<Extraction>{wedding, prize, marriage}, std::vector<Extraction>{wedding, marriage, prize}}) {
    KnowledgeGraph joined = build_graph(order);
    REQUIRE(node(joined, "Eleanor Whitcombe") != nullptr);
    CHECK(node(joined, "Eleanor Whitcombe")->aliases.size() == 2);
  }
}

TEST_CASE("between documents a near miss is no misspelling of another's first name; a nickname still joins") {
  Extraction a{"a", {person("Mia Rowe")}, {}, {}};
  Extraction b{"b", {person("Mila")}, {}, {}};
  // Each pair of documents shares someone (Ann Berg), as a pet form needs.
  Extraction c{"c", {person("Tommy"), person("Ann Berg")}, {}, {}};
  Extraction d{"d", {person("Tom Hale"), person("Ann Berg")}, {}, {}};
  Extraction e{"e", {person("Jonh"), person("Ann Berg")}, {}, {}};
  Extraction f{"f", {person("John Ekdahl"), person("Ann Berg")}, {}, {}};
  Extraction h{"h", {person("Peggy"), person("Ann Berg")}, {}, {}};
  Extraction i{"i", {person("Margaret Lindell"), person("Ann Berg")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c, d, e, f, h, i});
  CHECK(g.entity_count() == 7);
  CHECK(node(g, "Mila") != nullptr);
  CHECK(node(g, "Jonh") != nullptr);
  REQUIRE(node(g, "Tom Hale") != nullptr);
  CHECK(node(g, "Tom Hale")->aliases == std::vector<std::string>{"Tommy"});
  REQUIRE(node(g, "Margaret Lindell") != nullptr);
  CHECK(node(g, "Margaret Lindell")->aliases == std::vector<std::string>{"Peggy"});
}

TEST_CASE("a lone pet form joins no one its documents found of the other sex; of unknown sex it still joins") {
  auto sexed = [](std::string label, Gender gender) {
    ExtractedEntity e = person(std::move(label));
    e.gender = gender;
    return e;
  };
  // Each pair of documents shares someone (Ann Berg), as a pet form needs.
  Extraction a{"a", {sexed("Samantha Reed", Gender::Female), person("Ann Berg")}, {}, {}};
  Extraction b{"b", {sexed("Sam", Gender::Male), person("Ann Berg")}, {}, {}};
  Extraction c{"c", {sexed("Danuta Frey", Gender::Female), person("Ann Berg")}, {}, {}};
  Extraction d{"d", {person("Dan"), person("Ann Berg")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c, d});
  CHECK(g.entity_count() == 4);
  REQUIRE(node(g, "Sam") != nullptr);
  REQUIRE(node(g, "Samantha Reed") != nullptr);
  CHECK(node(g, "Samantha Reed")->aliases.empty());
  REQUIRE(node(g, "Danuta Frey") != nullptr);
  CHECK(node(g, "Danuta Frey")->aliases == std::vector<std::string>{"Dan"});
}

TEST_CASE("the merge uses the extractor's folded label, and folds the label itself when there is none") {
  ExtractedEntity folded_by_extractor = person("Nadia Petrova");
  folded_by_extractor.folded_label = "nadia petrova";
  ExtractedEntity unfolded = person("NADIA  PETROVA");
  // A label the extractor folded differently (it cannot, but the builder
  // must take its word): the fold decides the record, not the label.
  ExtractedEntity trusted = person("N. Petrova");
  trusted.folded_label = "nadia petrova";
  KnowledgeGraph g = build_graph({Extraction{"a", {folded_by_extractor}, {}, {}}, Extraction{"b", {unfolded}, {}, {}},
                                  Extraction{"c", {trusted}, {}, {}}});
  CHECK(g.entity_count() == 1);
  REQUIRE(g.entity_count() >= 1);
  CHECK(test::document_ids(g, g.entity(0).documents) == std::vector<std::string>{"a", "b", "c"});
}

// Records with one folded name and one type would also meet again in the
// clustering; what only the records' index decides is that one name of two
// types stays two nodes.
TEST_CASE("documents' entities merge by folded name and type: spellings join, types stay apart") {
  ExtractedEntity place = person("Jordan");
  place.type = EntityType::Location;
  Extraction a{"a", {person("Beyonc\xC3\xA9 Knowles"), person("Jordan")}, {}, {}};
  Extraction b{"b", {person("BEYONCE  KNOWLES's"), place}, {}, {}};
  Extraction c{"c", {person("the Beyonce Knowles"), person("Jordan")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c});
  CHECK(g.entity_count() == 3);
  int singers = 0, jordans = 0;
  for (std::size_t v = 0; v < g.entity_count(); ++v)
    if (g.entity(v).label.find("Knowles") != std::string::npos || g.entity(v).label.find("KNOWLES") != std::string::npos) {
      ++singers;
      CHECK(test::document_ids(g, g.entity(v).documents) == std::vector<std::string>{"a", "b", "c"});
      CHECK(g.entity(v).aliases.size() == 2);
    }
  CHECK(singers == 1);
  for (std::size_t v = 0; v < g.entity_count(); ++v)
    if (g.entity(v).label == "Jordan") {
      ++jordans;
      CHECK(test::document_ids(g, g.entity(v).documents) ==
            (g.entity(v).type == EntityType::Person ? std::vector<std::string>{"a", "c"} : std::vector<std::string>{"b"}));
    }
  CHECK(jordans == 2);
}

TEST_CASE("a surname shared by two people stays its own node when ambiguous") {
  Extraction a{"a", {person("Harold Brenner"), person("Ellen Brenner")}, {}, {}};
  Extraction b{"b", {person("Brenner")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b});
  CHECK(g.entity_count() == 3);
}

TEST_CASE("one edge per relation and pair; weight counts distinct sentences; dates keep their source") {
  ExtractedRelation r1{Relation::Married, 0, 1, "2012", "", {"Ana married Tom.", 0, 16}};
  ExtractedRelation r2{Relation::Married, 1, 0, "2014", "Rome", {"Tom wed Ana.", 0, 12}};
  ExtractedRelation r3{Relation::Married, 0, 1, "2012", "", {"Ana married Tom.", 0, 16}};
  ExtractedRelation p{Relation::ParentOf, 0, 2, "", "", {"Their son Leo.", 13, 27}};
  Extraction a{"a", {person("Ana Ruiz"), person("Tom Berg")}, {r1, r3}, {}};
  Extraction b{"b", {person("Tom Berg"), person("Ana Ruiz"), person("Leo Berg")}, {r2}, {}};
  b.relations.push_back({Relation::ParentOf, 1, 2, "", "", {"Their son Leo.", 13, 27}});
  (void)p;
  KnowledgeGraph g = build_graph({a, b});
  REQUIRE(g.relation_count() == 2);
  const RelationEdge& married = g.relation(g.edges_in_order()[0]);
  CHECK(married.relation == Relation::Married);
  CHECK(married.weight == 2);
  REQUIRE(married.dates().size() == 2);
  CHECK(married.dates()[0].value == "2012");
  CHECK(g.document_id(married.dates()[0].doc) == "a");
  CHECK(married.dates()[1].value == "2014");
  CHECK(married.places().size() == 1);
  const RelationEdge& parent = g.relation(g.edges_in_order()[1]);
  CHECK(parent.relation == Relation::ParentOf);
  CHECK(g.entity(parent.from).label == "Ana Ruiz");
  CHECK(g.entity(parent.to).label == "Leo Berg");
}

TEST_CASE("evidence is capped but every sentence counts in the weight") {
  Extraction a{"a", {person("Ana Ruiz"), person("Tom Berg")}, {}, {}};
  for (std::uint32_t i = 0; i < 20; ++i)
    a.relations.push_back({Relation::FriendOf, 0, 1, "", "", {"They are friends.", i * 20, i * 20 + 17}});
  BuildOptions options;
  options.max_evidence_per_edge = 3;
  KnowledgeGraph g = build_graph({a}, options);
  REQUIRE(g.relation_count() == 1);
  CHECK(g.relation(g.edges_in_order()[0]).weight == 20);
  CHECK(g.relation(g.edges_in_order()[0]).evidence.size() == 3);
}

TEST_CASE("node ids are stable NMTOKENs, unique even for equal labels") {
  ExtractedEntity paris_city = person("Paris");
  paris_city.type = EntityType::Location;
  Extraction a{"a", {person("Émile Zola"), paris_city, person("Paris")}, {}, {}};
  KnowledgeGraph g = build_graph({a});
  REQUIRE(g.entity_count() == 3);
  CHECK(g.entity(0).id == "emile_zola");
  CHECK(g.entity(1).id == "paris");
  CHECK(g.entity(2).id == "paris_2");
}

TEST_CASE("seed articles: one node each for the couple, their daughter and the ex-husband") {
  // End to end on invented text shaped like the seeds (names invented).
  Extraction a = extract_document("a", "Lola Marsh married Dev Oyelaran in 2014. Their daughter Skye Oyelaran was born in 2015.");
  Extraction b = extract_document("b", "Lola told reporters that Dev Oyelaran and baby Skye are well. Dev laughed.");
  KnowledgeGraph g = build_graph({a, b});
  CHECK(node(g, "Lola Marsh") != nullptr);
  CHECK(node(g, "Dev Oyelaran") != nullptr);
  CHECK(node(g, "Skye Oyelaran") != nullptr);
  CHECK(g.entity_count() == 3);
}

TEST_CASE("a quoted nickname's full name and pet name join the person in other documents") {
  Extraction a = extract_document("a", "Katherine \"Kate\" Moreno married Paul Dunn in 2010.");
  Extraction b = extract_document("b", "Kate Moreno and Ivo Sanz were seen in Lisbon.");
  Extraction c = extract_document("c", "Katherine Moreno thanked Lena Ortiz.");
  KnowledgeGraph g = build_graph({a, b, c});
  REQUIRE(g.entity_count() == 5);  // Kate, Paul, Ivo, Lisbon, Lena
  const EntityNode* kate = node(g, "Katherine Moreno");  // the name two documents use
  REQUIRE(kate != nullptr);
  CHECK(kate->aliases == std::vector<std::string>{"Katherine \"Kate\" Moreno", "Kate Moreno"});
  CHECK(test::document_ids(g, kate->documents) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("a lone surname its documents found a man joins no woman of that surname") {
  ExtractedEntity ana = person("Ana Klein"), mr = person("Klein");
  ana.gender = Gender::Female;
  mr.gender = Gender::Male;
  KnowledgeGraph g = build_graph({Extraction{"a", {ana, mr}, {}, {}}});
  REQUIRE(g.entity_count() == 2);
  REQUIRE(node(g, "Ana Klein") != nullptr);
  CHECK(node(g, "Ana Klein")->aliases.empty());
  CHECK(node(g, "Klein") != nullptr);
}

TEST_CASE("a titled one-word name labels its node, below a full name however many documents use it") {
  ExtractedEntity ingrid = person("Ingrid");
  ingrid.titled_label = "Queen Ingrid";
  KnowledgeGraph alone = build_graph({Extraction{"a", {ingrid}, {}, {}}});
  REQUIRE(node(alone, "Queen Ingrid") != nullptr);
  CHECK(node(alone, "Queen Ingrid")->aliases == std::vector<std::string>{"Ingrid"});

  ExtractedEntity klein = person("Klein");
  klein.titled_label = "Mrs Klein";
  Extraction a{"a", {person("Sarah Klein", {"Klein"})}, {}, {}};
  Extraction b{"b", {klein}, {}, {}};
  Extraction c{"c", {klein}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c});
  REQUIRE(g.entity_count() == 1);
  REQUIRE(node(g, "Sarah Klein") != nullptr);
  CHECK(node(g, "Sarah Klein")->aliases == std::vector<std::string>{"Klein", "Mrs Klein"});
}

TEST_CASE("a lone name a document relates to a full name of that surname is someone else") {
  ExtractedEntity doyle = person("Doyle");
  doyle.titled_label = "Mr Doyle";
  ExtractedRelation father{Relation::ParentOf, 0, 1, "", "", {"Mr Doyle is the father of Sean Doyle.", 0, 37}};
  KnowledgeGraph related = build_graph({Extraction{"a", {doyle, person("Sean Doyle")}, {father}, {}}});
  CHECK(related.entity_count() == 2);
  REQUIRE(related.relation_count() == 1);
  CHECK(related.entity(related.relation(related.edges_in_order()[0]).from).label == "Mr Doyle");
  // Unrelated, the lone name joins the one full name it belongs to.
  KnowledgeGraph unrelated = build_graph({Extraction{"a", {doyle, person("Sean Doyle")}, {}, {}}});
  CHECK(unrelated.entity_count() == 1);
}

TEST_CASE("namesakes labelled by their titles join like lone surnames: the full name of their sex, else the lone name") {
  auto titled = [](std::string label, Gender gender) {
    ExtractedEntity e = person(label, {label.substr(label.find(' ') + 1)});
    e.titled_label = e.label;
    e.gender = gender;
    return e;
  };
  ExtractedEntity sarah = person("Sarah Klein", {"Klein"}), otto = person("Otto Klein");
  sarah.gender = Gender::Female;
  otto.gender = Gender::Male;
  ExtractedEntity lone = person("Klein");
  lone.titled_label = "Mrs Klein";
  lone.gender = Gender::Female;
  Extraction a{"a", {sarah, otto}, {}, {}};
  Extraction b{"b", {lone}, {}, {}};
  Extraction c{"c", {titled("Mr Klein", Gender::Male), titled("Mrs Klein", Gender::Female)}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c});
  CHECK(g.entity_count() == 2);
  REQUIRE(node(g, "Sarah Klein") != nullptr);
  CHECK(test::document_ids(g, node(g, "Sarah Klein")->documents) == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(node(g, "Otto Klein") != nullptr);
  CHECK(test::document_ids(g, node(g, "Otto Klein")->documents) == std::vector<std::string>{"a", "c"});
  // With no full name, "Mrs Klein" of one document and the lone Mrs Klein of another are one.
  KnowledgeGraph h = build_graph({b, c});
  CHECK(h.entity_count() == 2);
  REQUIRE(node(h, "Mrs Klein") != nullptr);
  CHECK(test::document_ids(h, node(h, "Mrs Klein")->documents) == std::vector<std::string>{"b", "c"});
}

TEST_CASE("an ambiguous one-word name is one node across documents, not one per document") {
  Extraction a{"a", {person("Harold Brenner"), person("Ellen Brenner")}, {}, {}};
  Extraction b{"b", {person("Brenner")}, {}, {}};
  Extraction c{"c", {person("Brenner")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c});
  CHECK(g.entity_count() == 3);
  const EntityNode* n = node(g, "Brenner");
  REQUIRE(n != nullptr);
  CHECK(test::document_ids(g, n->documents) == std::vector<std::string>{"b", "c"});
  CHECK(n->mentions == 2);
}

TEST_CASE("documents are named once: the graph's table holds each id once, in arrival order") {
  // Two files with one stem give one id (the CLI warns); the graph counts it once.
  Extraction a{"b", {person("Ana Ruiz")}, {}, {}};
  Extraction b{"a", {person("Ana Ruiz"), person("Tom Berg")}, {}, {}};
  Extraction c{"b", {person("Ana Ruiz")}, {}, {}};
  KnowledgeGraph g = build_graph({a, b, c});
  REQUIRE(g.documents().size() == 2);
  CHECK(g.document_id(0) == "b");
  CHECK(g.document_id(1) == "a");
  CHECK(node(g, "Ana Ruiz")->documents == std::vector<DocumentIndex>{0, 1});
  CHECK(node(g, "Tom Berg")->documents == std::vector<DocumentIndex>{1});
}

TEST_CASE("sentences about two names of one person merge into one edge in first-seen order") {
  Extraction a{"a", {person("Ana Ruiz"), person("Tom Berg")}, {}, {}};
  a.relations.push_back({Relation::Married, 1, 0, "2012", "", {"Tom married Ana.", 0, 16}});
  Extraction b{"b", {person("Tom Berg"), person("Ana Lucia Ruiz", {"Ana Ruiz"})}, {}, {}};
  b.relations.push_back({Relation::Married, 1, 0, "2012", "", {"Ana wed Tom.", 4, 16}});
  b.relations.push_back({Relation::Married, 0, 1, "2012", "", {"Ana wed Tom.", 4, 16}});
  Extraction c{"c", {person("Ana Ruiz"), person("Tom Berg")}, {}, {}};
  c.relations.push_back({Relation::Married, 0, 1, "", "", {"They married.", 9, 22}});
  BuildOptions options;
  options.max_evidence_per_edge = 2;
  KnowledgeGraph g = build_graph({a, b, c}, options);
  REQUIRE(g.entity_count() == 2);
  REQUIRE(g.relation_count() == 1);
  const RelationEdge& married = g.relation(g.edges_in_order()[0]);
  CHECK(g.entity(married.from).label == "Tom Berg");  // the first sentence's direction
  CHECK(married.weight == 3);
  REQUIRE(married.evidence.size() == 2);
  CHECK(g.document_id(married.evidence[0].doc) == "a");
  CHECK(g.document_id(married.evidence[1].doc) == "b");
  REQUIRE(married.dates().size() == 2);
  CHECK(g.document_id(married.dates()[0].doc) == "a");
  CHECK(g.document_id(married.dates()[1].doc) == "b");
}

TEST_CASE("edges come in the order of their first sentence, however their names' groups sort") {
  // Leo-Mia is seen first but between the later records; "Mia Lena Holm"
  // of b is another record of Mia's cluster, so b's Leo-Mia sentence joins
  // the first edge rather than making a fourth.
  Extraction a{"a", {person("Ana Ruiz"), person("Tom Berg"), person("Leo Berg"), person("Mia Holm")}, {}, {}};
  a.relations.push_back({Relation::Married, 2, 3, "", "", {"Leo married Mia.", 0, 16}});
  a.relations.push_back({Relation::Married, 0, 1, "", "", {"Ana married Tom.", 17, 33}});
  Extraction b{"b", {person("Mia Lena Holm", {"Mia Holm"}), person("Leo Berg"), person("Ana Ruiz")}, {}, {}};
  b.relations.push_back({Relation::ParentOf, 2, 1, "", "", {"Ana's son Leo.", 0, 14}});
  b.relations.push_back({Relation::Married, 1, 0, "", "Rome", {"Leo wed Mia.", 15, 27}});
  KnowledgeGraph g = build_graph({a, b});
  REQUIRE(g.entity_count() == 4);
  auto edges = g.edges_in_order();
  REQUIRE(edges.size() == 3);
  const RelationEdge &first = g.relation(edges[0]), &second = g.relation(edges[1]), &third = g.relation(edges[2]);
  CHECK(g.entity(first.from).label == "Leo Berg");
  CHECK(g.entity(first.to).label == "Mia Holm");  // the name both documents use
  CHECK(first.weight == 2);
  REQUIRE(first.places().size() == 1);
  CHECK(first.places()[0].value == "Rome");
  CHECK(first.dates().empty());
  CHECK(g.entity(second.from).label == "Ana Ruiz");
  CHECK(g.entity(second.to).label == "Tom Berg");
  CHECK(second.weight == 1);
  CHECK(third.relation == Relation::ParentOf);
  CHECK(g.entity(third.from).label == "Ana Ruiz");
  CHECK(g.entity(third.to).label == "Leo Berg");
  CHECK(boost::out_degree(*g.find_by_id(g.entity(first.from).id), g.graph()) == 2);
}

TEST_CASE("an edge's dates and places are told apart whichever of them it has") {
  auto values = [](std::span<const SourcedValue> sourced) {
    std::vector<std::string> out;
    for (const SourcedValue& v : sourced) out.push_back(v.value);
    return out;
  };
  RelationEdge edge;
  edge.set_qualifiers({{"2012", 0}, {"2014", 1}}, {{"Rome", 0}});
  CHECK(values(edge.dates()) == std::vector<std::string>{"2012", "2014"});
  CHECK(values(edge.places()) == std::vector<std::string>{"Rome"});
  edge.set_qualifiers({}, {{"Oslo", 1}, {"Rome", 0}});
  CHECK(edge.dates().empty());
  CHECK(values(edge.places()) == std::vector<std::string>{"Oslo", "Rome"});
  CHECK(edge.places()[0].doc == 1);
  edge.set_qualifiers({{"1999", 2}}, {});
  CHECK(values(edge.dates()) == std::vector<std::string>{"1999"});
  CHECK(edge.places().empty());
}

TEST_CASE("finish gives the same graph on one thread and on several") {
  // Enough people and pairs that finish really splits its work (it keeps a
  // block of fewer than 512 items on one thread).
  std::vector<Extraction> docs;
  const char* first_names[] = {"Ana", "Tom", "Lea", "Ivo", "Mia", "Noa", "Eli", "Zoe"};
  for (int d = 0; d < 1500; ++d) {
    Extraction x{"doc" + std::to_string(d), {}, {}, {}};
    for (int k = 0; k < 3; ++k) {
      int who = (d * 7 + k * 13) % 2500;
      x.entities.push_back(person(std::string(first_names[who % 8]) + " Surname" + std::to_string(who),
                                  {first_names[who % 8]}));
    }
    x.relations.push_back({Relation::Married, 0, 1, d % 3 ? "" : "2012", "", {"A married B.", 0, 12}});
    x.relations.push_back({Relation::ParentOf, 1, 2, "", "", {"B's son C.", 13, 23}});
    docs.push_back(std::move(x));
  }
  BuildOptions one, many;
  many.threads = 4;
  KnowledgeGraph a = build_graph(docs, one);
  KnowledgeGraph b = build_graph(docs, many);
  REQUIRE(a.entity_count() > 1024);
  REQUIRE(a.relation_count() > 1024);
  REQUIRE(a.entity_count() == b.entity_count());
  REQUIRE(a.relation_count() == b.relation_count());
  for (std::size_t v = 0; v < a.entity_count(); ++v) {
    CHECK(a.entity(v).id == b.entity(v).id);
    CHECK(a.entity(v).aliases == b.entity(v).aliases);
    CHECK(test::document_ids(a, a.entity(v).documents) == test::document_ids(b, b.entity(v).documents));
  }
  auto ea = a.edges_in_order(), eb = b.edges_in_order();
  for (std::size_t i = 0; i < ea.size(); ++i) {
    const RelationEdge &x = a.relation(ea[i]), &y = b.relation(eb[i]);
    CHECK(a.relation_id(x) == b.relation_id(y));
    CHECK(x.weight == y.weight);
    REQUIRE(x.evidence.size() == y.evidence.size());
    for (std::size_t k = 0; k < x.evidence.size(); ++k) CHECK(a.document_id(x.evidence[k].doc) == b.document_id(y.evidence[k].doc));
    CHECK(x.dates().size() == y.dates().size());
  }
}
