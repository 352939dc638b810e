#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/text_store.h"

using namespace kgx;

TEST_CASE("stored text stays put through many adds, a move and an adoption") {
  TextStore store;
  std::vector<std::string> originals;
  std::vector<std::string_view> views;
  // Enough to fill several 1 MB blocks, with texts of every length.
  for (std::size_t i = 0; i < 40000; ++i) {
    originals.push_back(std::string(1 + i % 97, static_cast<char>('a' + i % 26)) + std::to_string(i));
    views.push_back(store.add(originals.back()));
  }
  CHECK(store.bytes_reserved() >= 2 * (std::size_t{1} << 20));
  const std::string huge(3 * (std::size_t{1} << 20), 'x');  // longer than a block: a block of its own
  std::string_view huge_view = store.add(huge);
  std::string_view after = store.add("after the huge one");

  TextStore moved = std::move(store);
  TextStore owner;
  std::string_view owned = owner.add("owner's own");
  owner.adopt(std::move(moved));
  std::string_view later = owner.add("added after the adoption");

  for (std::size_t i = 0; i < originals.size(); ++i) REQUIRE(views[i] == originals[i]);
  CHECK(huge_view == huge);
  CHECK(after == "after the huge one");
  CHECK(owned == "owner's own");
  CHECK(later == "added after the adoption");
  CHECK(store.add("").empty());
  CHECK(store.add("into the moved-from store") == "into the moved-from store");
  CHECK(moved.add("into the adopted-from store") == "into the adopted-from store");
  CHECK(views[0] == originals[0]);
}

TEST_CASE("a graph's evidence survives a move of the graph") {
  KnowledgeGraph graph;
  EntityNode a, b;
  a.id = "a";
  b.id = "b";
  Vertex va = graph.add_entity(std::move(a)), vb = graph.add_entity(std::move(b));
  RelationEdge edge;
  edge.from = static_cast<std::uint32_t>(va);
  edge.to = static_cast<std::uint32_t>(vb);
  std::string sentence = "A met B.";
  edge.evidence.push_back({graph.store_text(sentence), graph.add_document("d"), 0, 8});
  graph.add_relation(std::move(edge));
  sentence = "overwritten";  // the graph holds its own copy
  KnowledgeGraph moved = std::move(graph);
  CHECK(moved.relation(moved.edges_in_order()[0]).evidence[0].sentence == "A met B.");
}
