#include "export/json.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <unordered_set>

#include "export/value_list.h"

namespace kgx {
namespace {

using OrderedJson = nlohmann::ordered_json;

// One line per node and per edge, each serialized on its own: the whole
// graph is never held as one JSON value, and a 100k-edge graph streams.
// Text that is not valid UTF-8 becomes U+FFFD instead of making dump() throw.
void write_item(std::ostream& out, const OrderedJson& item, bool first) {
  out << (first ? "\n  " : ",\n  ")
      << item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

OrderedJson node_json(const EntityNode& node) {
  return OrderedJson{{"id", node.id},
                     {"label", node.label},
                     {"type", to_string(node.type)},
                     {"aliases", node.aliases},
                     {"mentions", node.mentions},
                     {"documents", node.documents}};
}

// date and place as in the GraphML: the distinct values, first seen first,
// joined by `|` with the escape of value_list.h.
std::string distinct_values(const std::vector<SourcedValue>& sourced) {
  ValueListEncoder list;
  std::unordered_set<std::string_view> seen;
  for (const SourcedValue& item : sourced)
    if (seen.insert(item.value).second) list.add(item.value);
  return list.text();
}

OrderedJson edge_json(const RelationEdge& edge, const Graph& graph) {
  OrderedJson evidence = OrderedJson::array();
  for (const Evidence& item : edge.evidence)
    evidence.push_back(OrderedJson{{"doc", item.doc},
                                   {"sentence", item.sentence},
                                   {"start", item.begin},
                                   {"end", item.end}});
  return OrderedJson{{"source", graph[edge.from].id},
                     {"target", graph[edge.to].id},
                     {"relation", to_string(edge.relation)},
                     {"symmetric", is_symmetric(edge.relation)},
                     {"weight", edge.weight},
                     {"date", distinct_values(edge.dates)},
                     {"place", distinct_values(edge.places)},
                     {"evidence", std::move(evidence)}};
}

}  // namespace

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
  const Graph& g = graph.graph();
  // "directed": source and target always mean the relation's roles; the
  // per-edge "symmetric" says when the order carries no meaning.
  out << "{\"directed\": true,\n \"nodes\": [";
  for (Vertex v = 0; v < graph.entity_count(); ++v) write_item(out, node_json(g[v]), v == 0);
  out << "\n ],\n \"edges\": [";
  bool first = true;
  for (EdgeRef e : graph.edges_in_order()) {
    write_item(out, edge_json(g[e], g), first);
    first = false;
  }
  out << "\n ]}\n";
}

}  // namespace kgx
