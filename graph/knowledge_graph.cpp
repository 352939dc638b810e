// GCC 12 at -O1 (the sanitizer build) warns that an empty boost::optional
// in Boost's named_graph.hpp, inlined into add_vertex below, is used
// uninitialized: a false positive in the library. The warning is reported at
// the header's line, so it is silenced for what this file includes; GCC's
// pragmas do not follow inlining.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "graph/knowledge_graph.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace kgx {

// Filled to 80% rather than the default 50%: one entry per document of the
// corpus, and robin-hood probing stays short.
DocumentTable::DocumentTable() { index_.max_load_factor(0.8f); }

DocumentIndex DocumentTable::add(std::string_view id) {
  if (auto known = index_.find(id); known != index_.end()) return known->second;
  const auto doc = static_cast<DocumentIndex>(ids_.size());
  ids_.push_back(texts_.add(id));
  index_.emplace(ids_.back(), doc);
  return doc;
}

Vertex KnowledgeGraph::add_entity(EntityNode node) {
  if (by_id_.count(node.id)) throw std::invalid_argument("duplicate entity id " + node.id);
  // As in add_relation: add_vertex would copy the property (aliases and
  // documents), so the vertex is added bare and the node moved in.
  Vertex v = boost::add_vertex(graph_);
  by_id_.emplace(node.id, v);
  graph_[v] = std::move(node);
  return v;
}

void KnowledgeGraph::reserve_entities(std::size_t count) {
  // adjacency_list has no reserve(); its vertex vector is a public member.
  graph_.m_vertices.reserve(count);
}

void KnowledgeGraph::reserve_relations(std::span<const std::uint32_t> degree) {
  // Nor for edge lists; out_edge_list is public too (each edge of an
  // undirected graph is listed at both its ends).
  for (Vertex v = 0; v < degree.size() && v < entity_count(); ++v) graph_.out_edge_list(v).reserve(degree[v]);
}

std::optional<Vertex> KnowledgeGraph::find_by_id(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<EdgeRef> KnowledgeGraph::find_relation(Relation relation, Vertex from,
                                                     Vertex to) const {
  for (auto [it, end] = boost::out_edges(from, graph_); it != end; ++it) {
    const RelationEdge& edge = graph_[*it];
    if (edge.relation != relation) continue;
    bool forward = edge.from == from && edge.to == to;
    bool backward = edge.from == to && edge.to == from;
    if (forward || (backward && is_symmetric(relation))) return *it;
  }
  return std::nullopt;
}

namespace {
bool is_date(const SourcedValue& value) { return value.kind == Qualifier::Date; }
}  // namespace

std::span<const SourcedValue> RelationEdge::dates() const {
  return {qualifiers_.begin(), std::partition_point(qualifiers_.begin(), qualifiers_.end(), is_date)};
}

std::span<const SourcedValue> RelationEdge::places() const {
  return {std::partition_point(qualifiers_.begin(), qualifiers_.end(), is_date), qualifiers_.end()};
}

void RelationEdge::set_qualifiers(std::vector<SourcedValue> dates, std::vector<SourcedValue> places) {
  for (SourcedValue& date : dates) date.kind = Qualifier::Date;
  for (SourcedValue& place : places) place.kind = Qualifier::Place;
  if (dates.empty()) {
    qualifiers_ = std::move(places);
  } else {
    qualifiers_ = std::move(dates);
    qualifiers_.reserve(qualifiers_.size() + places.size());
    std::move(places.begin(), places.end(), std::back_inserter(qualifiers_));
  }
  // An edge keeps its values for good: no room to grow.
  if (qualifiers_.capacity() > qualifiers_.size()) qualifiers_.shrink_to_fit();
}

void append_relation_id(std::string& out, std::string_view from_id, Relation relation, std::string_view to_id) {
  const std::string_view name = to_string(relation);
  out.reserve(out.size() + from_id.size() + name.size() + to_id.size() + 2);
  out.append(from_id).append(1, '.').append(name).append(1, '.').append(to_id);
}

std::string KnowledgeGraph::relation_id(const RelationEdge& edge) const {
  if (!own_relation_ids_.empty())
    if (auto own = own_relation_ids_.find(key_of(edge)); own != own_relation_ids_.end()) return own->second;
  std::string id;
  append_relation_id(id, graph_[edge.from].id, edge.relation, graph_[edge.to].id);
  return id;
}

EdgeRef KnowledgeGraph::add_relation(RelationEdge edge, std::string_view id) {
  std::size_t from = edge.from, to = edge.to;
  if (from >= entity_count() || to >= entity_count())
    throw std::invalid_argument("relation endpoint is not a vertex");
  if (!id.empty() && id != relation_id(edge)) own_relation_ids_.insert_or_assign(key_of(edge), std::string(id));
  // add_edge copies a property it is given; evidence is most of an edge, so
  // the edge is added bare and its property moved in.
  EdgeRef e = boost::add_edge(from, to, graph_).first;
  graph_[e] = std::move(edge);
  return e;
}

std::vector<EdgeRef> KnowledgeGraph::edges_in_order() const {
  std::vector<EdgeRef> out;
  out.reserve(relation_count());
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) out.push_back(*it);
  return out;
}

}  // namespace kgx
