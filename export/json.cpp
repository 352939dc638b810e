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

// date and place as in the GraphML: the distinct values, first seen first,
// joined by `|` with the escape of value_list.h.
std::string distinct_values(std::span<const SourcedValue> sourced) {
  ValueListEncoder list;
  std::unordered_set<std::string_view> seen;
  for (const SourcedValue& item : sourced)
    if (seen.insert(item.value).second) list.add(item.value);
  return list.text();
}

// The objects are filled key by key, in the contract's order, and reused
// from item to item: nlohmann's initializer-list construction costs about
// three times as much, which shows at 100k edges. Every key is assigned
// for every item, so nothing stale survives.
class JsonItems {
 public:
  explicit JsonItems(const KnowledgeGraph& graph) : graph_(graph) {}

  const OrderedJson& node(const EntityNode& node) {
    node_["id"] = node.id;
    node_["label"] = node.label;
    node_["type"] = to_string(node.type);
    node_["aliases"] = node.aliases;
    node_["mentions"] = node.mentions;
    OrderedJson& documents = node_["documents"];
    documents = OrderedJson::array();
    for (DocumentIndex doc : node.documents) documents.push_back(graph_.document_id(doc));
    return node_;
  }

  const OrderedJson& edge(const RelationEdge& edge) {
    edge_["source"] = graph_.entity(edge.from).id;
    edge_["target"] = graph_.entity(edge.to).id;
    edge_["relation"] = to_string(edge.relation);
    edge_["symmetric"] = is_symmetric(edge.relation);
    edge_["weight"] = edge.weight;
    edge_["date"] = distinct_values(edge.dates());
    edge_["place"] = distinct_values(edge.places());
    OrderedJson& evidence = edge_["evidence"];
    evidence = OrderedJson::array();
    for (const SourcedSentence& item : edge.evidence) {
      OrderedJson& entry = evidence.emplace_back(OrderedJson::object());
      entry["doc"] = graph_.document_id(item.doc);
      entry["sentence"] = item.sentence;
      entry["start"] = item.begin;
      entry["end"] = item.end;
    }
    return edge_;
  }

 private:
  const KnowledgeGraph& graph_;
  OrderedJson node_ = OrderedJson::object();
  OrderedJson edge_ = OrderedJson::object();
};

}  // namespace

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
  const Graph& g = graph.graph();
  // "directed": source and target always mean the relation's roles; the
  // per-edge "symmetric" says when the order carries no meaning.
  JsonItems items(graph);
  out << "{\"directed\": true,\n \"nodes\": [";
  for (Vertex v = 0; v < graph.entity_count(); ++v) write_item(out, items.node(g[v]), v == 0);
  out << "\n ],\n \"edges\": [";
  bool first = true;
  for (EdgeRef e : graph.edges_in_order()) {
    write_item(out, items.edge(g[e]), first);
    first = false;
  }
  out << "\n ]}\n";
}

}  // namespace kgx
