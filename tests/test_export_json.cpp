// export/json.h: the JSON shape of CONTRACT.md.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "export/json.h"

using namespace kgx;
using OrderedJson = nlohmann::ordered_json;

namespace {

Vertex add_person(KnowledgeGraph& graph, std::string id, std::string label,
                  std::vector<std::string> aliases = {}) {
  EntityNode node;
  node.id = std::move(id);
  node.label = std::move(label);
  node.aliases = std::move(aliases);
  node.mentions = 2;
  node.documents = {graph.add_document("doc1"), graph.add_document("doc2")};
  return graph.add_entity(std::move(node));
}

std::string to_json(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_json(graph, out);
  return out.str();
}

std::vector<std::string> keys_of(const OrderedJson& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

}  // namespace

TEST_CASE("JSON has the contract's shape, in the contract's key order") {
  KnowledgeGraph graph;
  Vertex ada = add_person(graph, "ada", "Ada Lovelace", {"Ada", "Lovelace"});
  Vertex anne = add_person(graph, "anne", "Anne Blunt");
  RelationEdge edge;
  edge.relation = Relation::ParentOf;
  edge.from = ada;
  edge.to = anne;
  edge.weight = 3;
  edge.evidence = {{graph.store_text("Their daughter Anne was born."), graph.add_document("doc2"), 40, 69}};
  edge.set_qualifiers({{"1836", graph.add_document("doc2")},
                       {"1836", graph.add_document("doc3")},
                       {"1837", graph.add_document("doc4")}},
                      {{"London", graph.add_document("doc2")}});
  graph.add_relation(edge);

  OrderedJson json = OrderedJson::parse(to_json(graph));
  CHECK(keys_of(json) == std::vector<std::string>{"directed", "nodes", "edges"});
  CHECK(json["directed"] == true);
  REQUIRE(json["nodes"].size() == 2);
  const OrderedJson& node = json["nodes"][0];
  CHECK(keys_of(node) ==
        std::vector<std::string>{"id", "label", "type", "aliases", "mentions", "documents"});
  CHECK(node["id"] == "ada");
  CHECK(node["label"] == "Ada Lovelace");
  CHECK(node["type"] == "PERSON");
  CHECK(node["aliases"] == OrderedJson::array({"Ada", "Lovelace"}));
  CHECK(node["mentions"] == 2);
  CHECK(node["documents"] == OrderedJson::array({"doc1", "doc2"}));
  CHECK(json["nodes"][1]["aliases"] == OrderedJson::array());

  REQUIRE(json["edges"].size() == 1);
  const OrderedJson& out = json["edges"][0];
  CHECK(keys_of(out) == std::vector<std::string>{"source", "target", "relation", "symmetric",
                                                  "weight", "date", "place", "evidence"});
  CHECK(out["source"] == "ada");
  CHECK(out["target"] == "anne");
  CHECK(out["relation"] == "parent_of");
  CHECK(out["symmetric"] == false);
  CHECK(out["weight"] == 3);
  CHECK(out["date"] == "1836|1837");
  CHECK(out["place"] == "London");
  REQUIRE(out["evidence"].size() == 1);
  CHECK(keys_of(out["evidence"][0]) == std::vector<std::string>{"doc", "sentence", "start", "end"});
  CHECK(out["evidence"][0]["doc"] == "doc2");
  CHECK(out["evidence"][0]["sentence"] == "Their daughter Anne was born.");
  CHECK(out["evidence"][0]["start"] == 40);
  CHECK(out["evidence"][0]["end"] == 69);
}

TEST_CASE("JSON of an empty graph is valid") {
  OrderedJson json = OrderedJson::parse(to_json(KnowledgeGraph()));
  CHECK(json["nodes"].empty());
  CHECK(json["edges"].empty());
}

TEST_CASE("JSON: symmetric relations say so") {
  KnowledgeGraph graph;
  Vertex a = add_person(graph, "a", "A");
  Vertex b = add_person(graph, "b", "B");
  RelationEdge edge;
  edge.relation = Relation::Married;
  edge.from = b;
  edge.to = a;
  graph.add_relation(edge);
  OrderedJson json = OrderedJson::parse(to_json(graph));
  CHECK(json["edges"][0]["symmetric"] == true);
  CHECK(json["edges"][0]["source"] == "b");
  CHECK(json["edges"][0]["date"] == "");
  CHECK(json["edges"][0]["evidence"] == OrderedJson::array());
}

TEST_CASE("JSON: invalid UTF-8 and control characters do not break the output") {
  KnowledgeGraph graph;
  Vertex a = add_person(graph, "a\xff", "Bad \xff\xfe bytes \xE2\x82", {"\x01\x1b[0m", "q\"uote\\"});
  Vertex b = add_person(graph, "b", "B");
  RelationEdge edge;
  edge.relation = Relation::FriendOf;
  edge.from = a;
  edge.to = b;
  edge.evidence = {{graph.store_text("Sentence\xed\xa0\x80 with a \x00 NUL" + std::string(1, '\0')), graph.add_document("d\xc0"), 0, 9}};
  graph.add_relation(edge);
  std::string text;
  REQUIRE_NOTHROW(text = to_json(graph));
  OrderedJson json;
  REQUIRE_NOTHROW(json = OrderedJson::parse(text));
  CHECK(json["nodes"][0]["label"] == "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD");
  CHECK(json["nodes"][0]["aliases"][0] == "\x01\x1b[0m");  // JSON can hold them, escaped
  CHECK(json["nodes"][0]["aliases"][1] == "q\"uote\\");
  CHECK(json["edges"][0]["source"] == json["nodes"][0]["id"]);
}
