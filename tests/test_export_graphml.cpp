// export/graphml.h: the GraphML of CONTRACT.md, schema validity whatever the
// text holds, and the write -> read -> write round trip.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/graphml.h"
#include "graph_support.h"

using namespace kgx;

namespace {

// Fixtures name documents by id; the graph's document table gives the index.
struct SentenceAt {
  std::string doc, sentence;
  std::uint32_t begin = 0, end = 0;
};
struct ValueFrom {
  std::string value, doc;
};

EntityNode entity(KnowledgeGraph& graph, std::string id, std::string label, EntityType type,
                  std::vector<std::string> aliases = {}, std::uint32_t mentions = 1,
                  const std::vector<std::string>& documents = {"doc1"}) {
  EntityNode node;
  node.id = std::move(id);
  node.label = std::move(label);
  node.type = type;
  node.aliases = std::move(aliases);
  node.mentions = mentions;
  for (const std::string& doc : documents) node.documents.push_back(graph.add_document(doc));
  return node;
}

RelationEdge relation(KnowledgeGraph& graph, Relation rel, Vertex from, Vertex to,
                      const std::vector<SentenceAt>& evidence = {}, const std::vector<ValueFrom>& dates = {},
                      const std::vector<ValueFrom>& places = {}) {
  RelationEdge edge;
  edge.relation = rel;
  edge.from = from;
  edge.to = to;
  edge.weight = static_cast<std::uint32_t>(evidence.size());
  for (const SentenceAt& at : evidence)
    edge.evidence.push_back({graph.store_text(at.sentence), graph.add_document(at.doc), at.begin, at.end});
  std::vector<SourcedValue> date_values, place_values;
  for (const ValueFrom& date : dates) date_values.push_back({date.value, graph.add_document(date.doc)});
  for (const ValueFrom& place : places) place_values.push_back({place.value, graph.add_document(place.doc)});
  edge.set_qualifiers(std::move(date_values), std::move(place_values));
  return edge;
}

// A small graph with every attribute in use, both kinds of relation and an
// edge without an id.
KnowledgeGraph sample_graph() {
  KnowledgeGraph graph;
  Vertex ada = graph.add_entity(entity(graph, "ada", "Ada Lovelace", EntityType::Person,
                                       {"Ada", "Lovelace", "Countess of Lovelace"}, 7,
                                       {"doc1", "doc2"}));
  Vertex william = graph.add_entity(entity(graph, "william", "William King", EntityType::Person,
                                           {"King"}, 3, {"doc1"}));
  Vertex anne = graph.add_entity(entity(graph, "anne", "Anne Blunt", EntityType::Person, {}, 1, {"doc2"}));
  Vertex bbc = graph.add_entity(entity(graph, "bbc", "BBC", EntityType::Org, {}, 2, {}));
  graph.add_entity(entity(graph, "florence", "Florence, Italy", EntityType::Location, {"Florence"}));

  graph.add_relation(relation(graph, Relation::Married, ada, william,
      {{"doc1", "Ada married William King in 1835.", 0, 33},
       {"doc2", "Her marriage to King, in Florence, was happy.", 120, 166}},
      {{"1835", "doc1"}, {"1835", "doc2"}, {"1836", "doc3"}},
      {{"Florence, Italy", "doc2"}}), "married_ada_william");
  graph.add_relation(relation(graph, Relation::ParentOf, ada, anne,
                              {{"doc2", "Their daughter Anne was born in 1836.", 40, 77}},
                              {{"1836", "doc2"}}), "parent_ada_anne");
  graph.add_relation(relation(graph, Relation::InterviewedBy, william, bbc,
                              {{"doc1", "King was interviewed by the BBC.", 200, 232}}));
  RelationEdge friends = relation(graph, Relation::FriendOf, anne, william);
  friends.weight = 4;  // more supporting sentences than kept evidence
  graph.add_relation(friends, "friend_anne_william");
  return graph;
}

// A graph whose every text field is hostile to XML.
KnowledgeGraph nasty_graph() {
  const std::string nasty =
      std::string("& < > \" ' ]]> \x01\x1b[0m \x7f \xff\xfe broken \xE2\x82 | \\ \\| : \r\n\t ") +
      "\xEF\xBF\xBE \xEF\xBF\xBF \xED\xA0\x80 " + std::string("nul\0here", 8) + " caf\xC3\xA9";
  KnowledgeGraph graph;
  Vertex a = graph.add_entity(entity(graph, "a b<c>", nasty, EntityType::Person, {nasty, "x|y", ""}, 2,
                                     {nasty, "doc: with colon"}));
  Vertex b = graph.add_entity(entity(graph, "", "B" + nasty, EntityType::Work));
  Vertex c = graph.add_entity(entity(graph, "a_b_c_", "the id a repair could produce", EntityType::Event));
  Vertex d = graph.add_entity(entity(graph, "caf\xC3\xA9 \xFF", "non-ASCII id", EntityType::Org));
  Vertex e = graph.add_entity(entity(graph, "1st", "an id starting with a digit", EntityType::Location));
  graph.add_relation(relation(graph, Relation::Married, a, b,
                              {{nasty, nasty, 1, 2}, {"doc: colon\\", "sentence: with colon", 3, 4}},
                              {{nasty, nasty}, {"2012", "d|1"}}, {{nasty, ""}}), "edge with spaces");
  graph.add_relation(relation(graph, Relation::Invited, b, c, {{"d", std::string(100000, 'x'), 5, 100005}}));
  graph.add_relation(relation(graph, Relation::ParentOf, c, d), "e1");
  graph.add_relation(relation(graph, Relation::Dated, d, e), "e1");  // duplicate edge id
  graph.add_relation(relation(graph, Relation::SiblingOf, e, a));
  return graph;
}

std::string to_graphml(const KnowledgeGraph& graph, bool directed = false) {
  std::ostringstream out;
  write_graphml(graph, out, GraphmlOptions{directed});
  return out.str();
}

KnowledgeGraph from_graphml(const std::string& text) {
  std::istringstream in(text);
  return read_graphml(in);
}

// A file under the temporary directory, removed when the test ends.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& contents) {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("kgx_test_export_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) +
            ".graphml");
    std::ofstream(path, std::ios::binary) << contents;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

bool have_command(const std::string& probe) {
  return std::system((probe + " >/dev/null 2>&1").c_str()) == 0;
}

std::string schema_path() {
  if (const char* env = std::getenv("KGX_GRAPHML_XSD")) return env;
  return std::string(KGX_SOURCE_DIR) + "/../shared/graphml-xsd/graphml-gephi.xsd";
}

// xmllint's exit status on `contents` against the contract's schema, or -1
// when xmllint or the schema is not there (the caller skips).
int xmllint_status(const std::string& contents) {
  if (!have_command("xmllint --version") || !std::filesystem::exists(schema_path())) {
    MESSAGE("skipped: xmllint or " << schema_path() << " is missing");
    return -1;
  }
  TempFile file(contents);
  std::string command = "xmllint --noout --nonet --schema '" + schema_path() + "' '" +
                        file.path.string() + "' 2>" + file.path.string() + ".log";
  int status = std::system(command.c_str());
  std::ifstream log(file.path.string() + ".log");
  std::string messages((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  std::filesystem::remove(file.path.string() + ".log");
  if (status != 0) MESSAGE("xmllint says: " << messages);
  return status;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++count;
  return count;
}

void check_same_graph(const KnowledgeGraph& read, const KnowledgeGraph& written) {
  REQUIRE(read.entity_count() == written.entity_count());
  REQUIRE(read.relation_count() == written.relation_count());
  for (Vertex v = 0; v < written.entity_count(); ++v) {
    const EntityNode& a = read.entity(v);
    const EntityNode& b = written.entity(v);
    CHECK(a.id == b.id);
    CHECK(a.label == b.label);
    CHECK(a.type == b.type);
    CHECK(a.aliases == b.aliases);
    CHECK(a.mentions == b.mentions);
    CHECK(test::document_ids(read, a.documents) == test::document_ids(written, b.documents));
  }
  for (std::size_t i = 0; i < written.relation_count(); ++i) {
    const RelationEdge& a = read.relation(read.edges_in_order()[i]);
    const RelationEdge& b = written.relation(written.edges_in_order()[i]);
    CHECK(a.relation == b.relation);
    CHECK(a.from == b.from);
    CHECK(a.to == b.to);
    CHECK(a.weight == b.weight);
    REQUIRE(a.evidence.size() == b.evidence.size());
    for (std::size_t k = 0; k < a.evidence.size(); ++k) {
      CHECK(read.document_id(a.evidence[k].doc) == written.document_id(b.evidence[k].doc));
      CHECK(a.evidence[k].sentence == b.evidence[k].sentence);
      CHECK(a.evidence[k].begin == b.evidence[k].begin);
      CHECK(a.evidence[k].end == b.evidence[k].end);
    }
    REQUIRE(a.dates().size() == b.dates().size());
    for (std::size_t k = 0; k < a.dates().size(); ++k) {
      CHECK(a.dates()[k].value == b.dates()[k].value);
      CHECK(read.document_id(a.dates()[k].doc) == written.document_id(b.dates()[k].doc));
    }
    REQUIRE(a.places().size() == b.places().size());
    for (std::size_t k = 0; k < a.places().size(); ++k) {
      CHECK(a.places()[k].value == b.places()[k].value);
      CHECK(read.document_id(a.places()[k].doc) == written.document_id(b.places()[k].doc));
    }
  }
}

}  // namespace

TEST_CASE("GraphML declares the contract's keys") {
  std::string xml = to_graphml(sample_graph());
  for (const char* key : {
           R"(for="node" attr.name="label" attr.type="string")",
           R"(for="node" attr.name="type" attr.type="string")",
           R"(for="node" attr.name="aliases" attr.type="string")",
           R"(for="node" attr.name="mentions" attr.type="int")",
           R"(for="node" attr.name="documents" attr.type="string")",
           R"(for="edge" attr.name="relation" attr.type="string")",
           R"(for="edge" attr.name="label" attr.type="string")",
           R"(for="edge" attr.name="weight" attr.type="double")",
           R"(for="edge" attr.name="symmetric" attr.type="boolean")",
           R"(for="edge" attr.name="date" attr.type="string")",
           R"(for="edge" attr.name="place" attr.type="string")",
           R"(for="edge" attr.name="evidence" attr.type="string")",
       })
    CHECK_MESSAGE(xml.find(key) != std::string::npos, key);
  CHECK(count_of(xml, "<graph ") == 1);
  CHECK(xml.find(R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">)") != std::string::npos);
}

TEST_CASE("GraphML default: a mixed graph with directed=\"true\" on directed relations") {
  std::string xml = to_graphml(sample_graph());
  CHECK(xml.find(R"(edgedefault="undirected")") != std::string::npos);
  CHECK(xml.find(R"(<edge id="married_ada_william" source="ada" target="william" label="married">)") !=
        std::string::npos);
  CHECK(xml.find(R"(<edge id="parent_ada_anne" source="ada" target="anne" label="parent_of" directed="true">)") !=
        std::string::npos);
  // The edge without an id of its own gets the derived one.
  CHECK(xml.find(R"(<edge id="william.interviewed_by.bbc" source="william" target="bbc" label="interviewed_by" )"
                 R"(directed="true">)") != std::string::npos);
  CHECK(count_of(xml, R"(directed="true")") == 2);
  CHECK(count_of(xml, "<edge ") == 4);
  CHECK(count_of(xml, "<node ") == 5);
}

TEST_CASE("edge ids are derived from the ends and relation unless an edge brings its own") {
  KnowledgeGraph graph;
  Vertex ada = graph.add_entity(entity(graph, "ada", "Ada", EntityType::Person));
  Vertex bob = graph.add_entity(entity(graph, "bob", "Bob", EntityType::Person));
  EdgeRef married = graph.add_relation(relation(graph, Relation::Married, ada, bob));
  EdgeRef parent = graph.add_relation(relation(graph, Relation::ParentOf, bob, ada), "bob.parent_of.ada");
  CHECK(graph.relation_id(graph.relation(married)) == "ada.married.bob");
  CHECK(graph.relation_id(graph.relation(parent)) == "bob.parent_of.ada");
  CHECK_FALSE(graph.has_own_relation_ids());  // an id equal to the derived one is not kept
  std::string xml = to_graphml(graph);
  CHECK(xml.find(R"(<edge id="ada.married.bob" source="ada" target="bob" label="married">)") != std::string::npos);
  CHECK(xml.find(R"(<edge id="bob.parent_of.ada" source="bob" target="ada")") != std::string::npos);
  CHECK(to_graphml(from_graphml(xml)) == xml);

  EdgeRef friends = graph.add_relation(relation(graph, Relation::FriendOf, ada, bob), "f1");
  CHECK(graph.has_own_relation_ids());
  CHECK(graph.relation_id(graph.relation(friends)) == "f1");
  CHECK(graph.relation_id(graph.relation(married)) == "ada.married.bob");
  xml = to_graphml(graph);
  CHECK(xml.find(R"(<edge id="f1" source="ada" target="bob")") != std::string::npos);
  CHECK(xml.find(R"(<edge id="ada.married.bob" source="ada")") != std::string::npos);
  CHECK(to_graphml(from_graphml(xml)) == xml);
}

TEST_CASE("GraphML --directed: edgedefault=\"directed\" and no per-edge attribute") {
  std::string xml = to_graphml(sample_graph(), true);
  CHECK(xml.find(R"(edgedefault="directed")") != std::string::npos);
  CHECK(xml.find(R"(directed="true")") == std::string::npos);
  CHECK(xml.find(R"(<edge id="parent_ada_anne" source="ada" target="anne" label="parent_of">)") !=
        std::string::npos);
}

TEST_CASE("GraphML attribute values follow the contract") {
  std::string xml = to_graphml(sample_graph());
  CHECK(xml.find(R"(<data key="n_label">Ada Lovelace</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="n_type">PERSON</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="n_aliases">Ada|Lovelace|Countess of Lovelace</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="n_mentions">7</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="n_documents">doc1|doc2</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_relation">married</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_label">married</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_weight">2</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_weight">4</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_symmetric">true</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_symmetric">false</data>)") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_date">1835|1836</data>)") != std::string::npos);  // distinct values
  CHECK(xml.find(R"(<data key="e_place">Florence, Italy</data>)") != std::string::npos);
  CHECK(xml.find("<data key=\"e_evidence\">doc1: Ada married William King in 1835.|"
                 "doc2: Her marriage to King, in Florence, was happy.</data>") != std::string::npos);
  CHECK(xml.find(R"(<data key="e_date_sources">doc1: 1835|doc2: 1835|doc3: 1836</data>)") !=
        std::string::npos);
  CHECK(xml.find(R"(<data key="e_evidence_spans">0-33|120-166</data>)") != std::string::npos);
  // Empty lists are left out rather than written empty.
  CHECK(xml.find(R"(<data key="n_aliases"></data>)") == std::string::npos);
}

TEST_CASE("GraphML round trip is byte-identical in both modes") {
  for (bool directed : {false, true}) {
    CAPTURE(directed);
    KnowledgeGraph original = sample_graph();
    std::string first = to_graphml(original, directed);
    KnowledgeGraph read = from_graphml(first);
    check_same_graph(read, original);
    CHECK(read.relation_id(read.relation(read.edges_in_order()[2])) == "william.interviewed_by.bbc");
    CHECK(to_graphml(read, directed) == first);
    // Either mode reads back to the same graph.
    CHECK(to_graphml(from_graphml(first), !directed) == to_graphml(original, !directed));
  }
}

TEST_CASE("hostile text still round-trips byte-identically") {
  for (bool directed : {false, true}) {
    CAPTURE(directed);
    std::string first = to_graphml(nasty_graph(), directed);
    KnowledgeGraph read = from_graphml(first);
    CHECK(to_graphml(read, directed) == first);
    CHECK(read.entity_count() == 5);
    CHECK(read.relation_count() == 5);
    // '|' inside values and the doc ids with ': ' survive.
    CHECK(read.entity(0).aliases.size() == 3);
    CHECK(read.entity(0).aliases[1] == "x|y");
    CHECK(read.document_id(read.entity(0).documents[1]) == "doc: with colon");
    const RelationEdge& married = read.relation(read.edges_in_order()[0]);
    REQUIRE(married.evidence.size() == 2);
    CHECK(read.document_id(married.evidence[1].doc) == "doc: colon\\");
    CHECK(married.evidence[1].sentence == "sentence: with colon");
    CHECK(married.evidence[1].begin == 3);
    CHECK(married.evidence[1].end == 4);
    CHECK(read.document_id(married.dates()[1].doc) == "d|1");
    CHECK(read.relation(read.edges_in_order()[1]).evidence[0].sentence.size() == 100000);
    // Carriage return, tab and newline are kept exactly.
    CHECK(read.entity(0).label.find(" \r\n\t ") != std::string::npos);
  }
}

TEST_CASE("ids are repaired into unique NMTOKENs and edges follow them") {
  std::string xml = to_graphml(nasty_graph());
  CHECK(xml.find(R"(<node id="a_b_c_">)") != std::string::npos);    // valid: kept
  CHECK(xml.find(R"(<node id="a_b_c__2">)") != std::string::npos);  // "a b<c>" repaired, clash avoided
  CHECK(xml.find(R"(<node id="n1">)") != std::string::npos);        // empty id
  CHECK(xml.find(R"(<node id="caf___">)") != std::string::npos);    // one '_' per character
  CHECK(xml.find(R"(<node id="1st">)") != std::string::npos);       // NMTOKENs may start with a digit
  CHECK(xml.find(R"(<edge id="edge_with_spaces" source="a_b_c__2" target="n1")") != std::string::npos);
  // An edge without an id of its own gets the derived one, here repaired
  // too; of two edges given one id, the second is renamed.
  CHECK(xml.find(R"(<edge id=".invited.a_b_c_" source="n1" target="a_b_c_")") != std::string::npos);
  CHECK(xml.find(R"(<edge id="e1" source="a_b_c_" target="caf___")") != std::string::npos);
  CHECK(xml.find(R"(<edge id="e1_2" source="caf___" target="1st")") != std::string::npos);
  CHECK(xml.find(R"(<edge id="1st.sibling_of.a_b_c_" source="1st" target="a_b_c__2")") != std::string::npos);
}

TEST_CASE("xmllint validates the GraphML against the contract's schema") {
  for (bool directed : {false, true}) {
    CAPTURE(directed);
    for (const std::string& xml : {to_graphml(sample_graph(), directed),
                                   to_graphml(nasty_graph(), directed),
                                   to_graphml(KnowledgeGraph(), directed)}) {
      int status = xmllint_status(xml);
      if (status == -1) return;
      CHECK(status == 0);
    }
  }
}

TEST_CASE("the schema check catches a broken file (the validation test can fail)") {
  std::string xml = to_graphml(sample_graph());
  std::string dangling = xml;
  dangling.replace(dangling.find(R"(target="william")"), 16, R"(target="nobody")");
  int status = xmllint_status(dangling);
  if (status == -1) return;
  CHECK(status != 0);
  std::string control = xml;
  control.replace(control.find("Ada Lovelace"), 3, "A\x01" "a");
  CHECK(xmllint_status(control) != 0);
}

TEST_CASE("score.py's loader reads the GraphML (skipped without python3)") {
  std::string scorer_dir = std::string(KGX_SOURCE_DIR) + "/../shared/eval";
  if (!have_command("python3 --version") || !std::filesystem::exists(scorer_dir + "/score.py")) {
    MESSAGE("skipped: python3 or score.py is missing");
    return;
  }
  for (bool directed : {false, true}) {
    TempFile file(to_graphml(nasty_graph(), directed));
    TempFile sample(to_graphml(sample_graph(), directed));
    std::string out = file.path.string() + ".out";
    std::string command = "python3 -c \"import sys; sys.path.insert(0, '" + scorer_dir +
                          "'); import score\nfor p in sys.argv[1:]:\n"
                          "  n, e = score.load_graphml(p)\n"
                          "  print(len(n), len(e), sorted((x['relation'], x['directed']) for x in e))\" '" +
                          file.path.string() + "' '" + sample.path.string() + "' >" + out + " 2>&1";
    int status = std::system(command.c_str());
    std::ifstream result(out);
    std::string text((std::istreambuf_iterator<char>(result)), std::istreambuf_iterator<char>());
    std::filesystem::remove(out);
    CAPTURE(text);
    REQUIRE(status == 0);
    if (directed) {
      CHECK(text.find("5 5 [('dated', True), ('invited', True), ('married', True), ('parent_of', True), "
                      "('sibling_of', True)]") != std::string::npos);
    } else {
      CHECK(text.find("5 5 [('dated', False), ('invited', True), ('married', False), ('parent_of', True), "
                      "('sibling_of', False)]") != std::string::npos);
      CHECK(text.find("5 4 [('friend_of', False), ('interviewed_by', True), ('married', False), "
                      "('parent_of', True)]") != std::string::npos);
    }
  }
}

TEST_CASE("read_graphml accepts GraphML from other writers") {
  // networkx-style key ids, relation only in the edge's label attribute, no
  // kgx extra keys, edges before nodes.
  const std::string xml = R"(<?xml version="1.0"?>
<!-- a comment -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="date" attr.type="string"/>
  <key id="d3" for="edge" attr.name="evidence" attr.type="string"/>
  <graph edgedefault="directed">
    <edge source="x" target="y" label="parent_of"><data key="d2">1990|1991</data>
      <data key="d3">doc7: X &amp; Y.</data></edge>
    <node id="x"><data key="d0">X</data><data key="d1">PERSON</data></node>
    <node id="y"><data key="d0">Y</data></node>
  </graph>
</graphml>)";
  KnowledgeGraph graph = from_graphml(xml);
  REQUIRE(graph.entity_count() == 2);
  REQUIRE(graph.relation_count() == 1);
  const RelationEdge& edge = graph.relation(graph.edges_in_order()[0]);
  CHECK(edge.relation == Relation::ParentOf);
  CHECK(graph.entity(edge.from).label == "X");
  CHECK(edge.dates().size() == 2);
  CHECK(edge.dates()[1].value == "1991");
  REQUIRE(edge.evidence.size() == 1);
  CHECK(graph.document_id(edge.evidence[0].doc) == "doc7");
  CHECK(edge.evidence[0].sentence == "X & Y.");
  CHECK(edge.weight == 1);
}

TEST_CASE("read_graphml names each document once, whichever element names it first") {
  const std::string xml = R"(<graphml>
  <key id="docs" for="node" attr.name="documents" attr.type="string"/>
  <key id="ev" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="ds" for="edge" attr.name="date_sources" attr.type="string"/>
  <graph>
    <node id="a"><data key="docs">d2|d1</data></node>
    <node id="b"><data key="docs">d1</data></node>
    <edge source="a" target="b" label="married"><data key="ev">d3: They wed.|d2: Wed.</data>
      <data key="ds">d1: 2001</data></edge>
  </graph>
</graphml>)";
  KnowledgeGraph graph = from_graphml(xml);
  REQUIRE(graph.documents().size() == 3);
  CHECK(test::document_ids(graph, graph.entity(0).documents) == std::vector<std::string>{"d2", "d1"});
  CHECK(graph.entity(1).documents == std::vector<DocumentIndex>{graph.entity(0).documents[1]});
  const RelationEdge& edge = graph.relation(graph.edges_in_order()[0]);
  REQUIRE(edge.evidence.size() == 2);
  CHECK(graph.document_id(edge.evidence[0].doc) == "d3");
  CHECK(edge.evidence[1].doc == graph.entity(0).documents[0]);  // d2, named by node a first
  REQUIRE(edge.dates().size() == 1);
  CHECK(edge.dates()[0].doc == graph.entity(1).documents[0]);  // d1
}

TEST_CASE("read_graphml can leave the evidence out and keeps the weight") {
  const std::string xml = R"(<graphml>
  <key id="r" for="edge" attr.name="relation" attr.type="string"/>
  <key id="v" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph>
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"><data key="r">married</data><data key="w">7</data>
      <data key="v">d1: A married B.|d2: They wed.</data></edge>
    <edge source="b" target="c"><data key="r">dated</data><data key="v">d1: B dated C.|d2: B and C.|d3: Again.</data></edge>
  </graph>
</graphml>)";
  std::istringstream in(xml);
  const KnowledgeGraph light = read_graphml(in, GraphmlReadOptions{.evidence = false});
  REQUIRE(light.relation_count() == 2);
  const RelationEdge& married = light.relation(light.edges_in_order()[0]);
  const RelationEdge& dated = light.relation(light.edges_in_order()[1]);
  CHECK(married.evidence.empty());
  CHECK(married.weight == 7);
  CHECK(dated.evidence.empty());
  CHECK(dated.weight == 3);  // no weight key: the number of sentences, counted without keeping them
  const KnowledgeGraph full = from_graphml(xml);
  CHECK(full.relation(full.edges_in_order()[1]).evidence.size() == 3);
}

TEST_CASE("read_graphml rejects malformed input with a message that says why") {
  auto error_of = [](const std::string& xml) -> std::string {
    try {
      from_graphml(xml);
    } catch (const GraphmlError& error) {
      return error.what();
    }
    return "no error";
  };
  auto wrap = [](const std::string& graph_body) {
    return R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="r" for="edge" attr.name="relation" attr.type="string"/>
  <key id="t" for="node" attr.name="type" attr.type="string"/>
  <key id="m" for="node" attr.name="mentions" attr.type="int"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="s" for="edge" attr.name="evidence_spans" attr.type="string"/>
  <key id="v" for="edge" attr.name="evidence" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/>
)" + graph_body + "\n  </graph>\n</graphml>\n";
  };
  CHECK(error_of("").find("no XML element") != std::string::npos);
  CHECK(error_of("this is not XML").find("not well-formed XML") != std::string::npos);
  CHECK(error_of("<graphml><graph edgedefault=\"undirected\">").find("not well-formed") !=
        std::string::npos);
  CHECK(error_of("<graphml><graph></graphml></graph>").find("not well-formed") != std::string::npos);
  CHECK(error_of("<html/>").find("not <graphml>") != std::string::npos);
  CHECK(error_of("<graphml/>").find("no <graph>") != std::string::npos);
  CHECK(error_of(wrap("")) == "no error");
  CHECK(error_of(wrap(R"(<edge id="e9" source="a" target="zed"><data key="r">married</data></edge>)"))
            .find("edge 'e9' names unknown node 'zed'") != std::string::npos);
  CHECK(error_of(wrap(R"(<edge source="a" target="b"><data key="r">loves</data></edge>)"))
            .find("unknown relation 'loves'") != std::string::npos);
  CHECK(error_of(wrap(R"(<edge source="a" target="b"/>)")).find("has no relation") !=
        std::string::npos);
  CHECK(error_of(wrap(R"(<edge source="a"><data key="r">married</data></edge>)"))
            .find("has no target") != std::string::npos);
  CHECK(error_of(wrap(R"(<node id="a"/>)")).find("two nodes have the id 'a'") != std::string::npos);
  CHECK(error_of(wrap(R"(<node id="c"><data key="t">ALIEN</data></node>)"))
            .find("unknown type 'ALIEN'") != std::string::npos);
  CHECK(error_of(wrap(R"(<node id="c"><data key="m">many</data></node>)"))
            .find("mentions is 'many'") != std::string::npos);
  CHECK(error_of(wrap(R"(<edge source="a" target="b"><data key="r">married</data><data key="w">-1</data></edge>)"))
            .find("weight is '-1'") != std::string::npos);
  CHECK(error_of(wrap(R"(<edge source="a" target="b"><data key="r">married</data><data key="v">d: s</data><data key="s">1-2|3-4</data></edge>)"))
            .find("1 evidence sentences but 2 evidence spans") != std::string::npos);
  CHECK(error_of(wrap(R"(<edge source="a" target="b"><data key="r">married</data></edge>
    <edge source="b" target="a"><data key="r">married</data></edge>)"))
            .find("repeats the married relation") != std::string::npos);
  // The same relation both ways is two edges when it is directed.
  CHECK(error_of(wrap(R"(<edge source="a" target="b"><data key="r">parent_of</data></edge>
    <edge source="b" target="a"><data key="r">parent_of</data></edge>)")) == "no error");
  CHECK(error_of("<graphml><graph edgedefault=\"undirected\"><node id=\"a\">")
            .rfind("GraphML: ", 0) == 0);
}

TEST_CASE("a 100k-edge graph writes and reads back") {
  KnowledgeGraph graph;
#ifdef NDEBUG
  const std::size_t nodes = 20000, edges = 100000;
#else  // sanitizer and debug builds: the same test, a fifth of the size
  const std::size_t nodes = 4000, edges = 20000;
#endif
  // "text" + std::to_string(i) trips GCC 12's -Wrestrict false positive.
  auto numbered = [](std::string text, std::size_t number) { return text += std::to_string(number); };
  for (std::size_t i = 0; i < nodes; ++i)
    graph.add_entity(entity(graph, numbered("n", i), numbered("Person ", i), EntityType::Person,
                            {numbered("P", i)}, 3, {numbered("doc", i % 97)}));
  for (std::size_t i = 0; i < edges; ++i) {
    // One relation per lap over the nodes, and a fixed step per lap: no
    // (relation, pair) twice.
    std::size_t lap = i / nodes;
    Vertex from = i % nodes, to = (from + 1 + lap) % nodes;
    std::string sentence = numbered("A sentence of ordinary length that supports relation ", i);
    sentence += " & says so.";
    graph.add_relation(relation(graph, static_cast<Relation>(lap), from, to,
                                {{numbered("doc", i % 97), sentence, static_cast<std::uint32_t>(i),
                                  static_cast<std::uint32_t>(i + 80)}},
                                {{"2012", "doc1"}}, {{"Paris", "doc1"}}));
  }
  auto start = std::chrono::steady_clock::now();
  std::string xml = to_graphml(graph);
  auto written = std::chrono::steady_clock::now();
  KnowledgeGraph read = from_graphml(xml);
  auto done = std::chrono::steady_clock::now();
  auto ms = [](auto a, auto b) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
  };
  MESSAGE(edges << " edges: " << xml.size() / 1000000 << " MB, write " << ms(start, written)
                         << " ms, read " << ms(written, done) << " ms");
  CHECK(read.relation_count() == edges);
  CHECK(to_graphml(read) == xml);
}

TEST_CASE("edges formatted on several threads give the same bytes as on one") {
  // More edges than one formatting chunk (4096), an odd thread count, two
  // threads (two rounds: the second is formatted while the first is
  // written), and a duplicate id that must be repaired the same way.
  KnowledgeGraph graph;
  const std::size_t people = 150;
  for (std::size_t i = 0; i < people; ++i)
    graph.add_entity(entity(graph, "p" + std::to_string(i), "Person " + std::to_string(i), EntityType::Person));
  std::size_t made = 0;
  for (std::size_t a = 0; a < people && made < 9000; ++a)
    for (std::size_t b = a + 1; b < people && made < 9000; ++b, ++made)
      graph.add_relation(relation(graph,
                                  made % 2 ? Relation::Married : Relation::ParentOf, a, b,
                                  {{"doc" + std::to_string(made % 13), "They met & wed.", 0, 15}},
                                  {{"2012", "doc1"}}), made == 77 ? "e1" : "e" + std::to_string(made));
  for (bool directed : {false, true}) {
    std::ostringstream one, two, three;
    write_graphml(graph, one, GraphmlOptions{.directed = directed, .threads = 1});
    write_graphml(graph, two, GraphmlOptions{.directed = directed, .threads = 2});
    write_graphml(graph, three, GraphmlOptions{.directed = directed, .threads = 3});
    CHECK(one.str().size() > 1000000);
    CHECK(one.str() == two.str());
    CHECK(one.str() == three.str());
    CHECK(one.str().find("id=\"e1_2\"") != std::string::npos);
  }
}
