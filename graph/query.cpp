#include "graph/query.h"

#include <algorithm>
#include <array>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/name_variants.h"
#include "extract/text.h"

namespace kgx {
namespace {

std::size_t degree_of(const KnowledgeGraph& graph, Vertex v) { return boost::degree(v, graph.graph()); }

// Most connected first, then by label, then by vertex so that two entities
// with the same label still come out in one order.
struct MoreProminent {
  const KnowledgeGraph& graph;
  bool operator()(Vertex a, Vertex b) const {
    const std::size_t degree_a = degree_of(graph, a), degree_b = degree_of(graph, b);
    if (degree_a != degree_b) return degree_a > degree_b;
    return std::tie(graph.entity(a).label, a) < std::tie(graph.entity(b).label, b);
  }
};

void sort_by_prominence(const KnowledgeGraph& graph, std::vector<Vertex>& entities) {
  std::sort(entities.begin(), entities.end(), MoreProminent{graph});
}

bool passes_relation_and_weight(const RelationEdge& edge, const RelationFilter& filter) {
  if (filter.relation && edge.relation != *filter.relation) return false;
  return edge.weight >= filter.min_weight;
}

bool has_type(const KnowledgeGraph& graph, Vertex v, const std::optional<EntityType>& type) {
  return !type || graph.entity(v).type == *type;
}

// The words of a folded name, for suggestions: a misspelt surname ("humphreys")
// is far from the whole label ("ada lovelace") but near one of its words.
std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The edge predicate of shortest_path: what the filter allows, and entities
// of the wanted type in between (the two ends are whatever the user named).
struct WalkableEdge {
  const KnowledgeGraph* graph = nullptr;
  const RelationFilter* filter = nullptr;
  Vertex start{};
  Vertex goal{};

  bool operator()(EdgeRef e) const {
    const RelationEdge& edge = graph->relation(e);
    if (!passes_relation_and_weight(edge, *filter)) return false;
    for (Vertex end : {static_cast<Vertex>(edge.from), static_cast<Vertex>(edge.to)}) {
      if (end != start && end != goal && !has_type(*graph, end, filter->entity_type)) return false;
    }
    return true;
  }
};

// Thrown by the visitor to end the search early: Boost's breadth_first_search
// has no other way to stop, and it is the idiom the BGL documents.
struct GoalReached {};
struct HopLimitReached {};

// Records, for each discovered entity, how many hops away it is and the edge
// it was reached by. BFS discovers entities in order of distance, so the
// first one found beyond the limit means none within it is left.
class PathRecorder : public boost::default_bfs_visitor {
 public:
  PathRecorder(Vertex goal, std::size_t max_hops, std::vector<std::size_t>& hops,
               std::vector<std::optional<EdgeRef>>& reached_by)
      : goal_(goal), max_hops_(max_hops), hops_(&hops), reached_by_(&reached_by) {}

  template <typename WalkGraph>
  void tree_edge(EdgeRef e, const WalkGraph& g) const {
    const Vertex parent = boost::source(e, g), child = boost::target(e, g);
    (*hops_)[child] = (*hops_)[parent] + 1;
    if ((*hops_)[child] > max_hops_) throw HopLimitReached{};
    (*reached_by_)[child] = e;
    if (child == goal_) throw GoalReached{};
  }

 private:
  Vertex goal_;
  std::size_t max_hops_;
  // Pointers: BGL copies visitors by value, the state must be shared.
  std::vector<std::size_t>* hops_;
  std::vector<std::optional<EdgeRef>>* reached_by_;
};

}  // namespace

namespace {

std::uint64_t name_hash(std::string_view folded) { return std::hash<std::string_view>()(folded); }

// A name as a question matches it: folded, and without full stops, so that
// "Robert Haines Jr." finds the label "Robert Haines Jr" and "Mrs Harper"
// finds "Mrs. Harper".
std::string lookup_key(std::string_view name) {
  std::string key = fold_name(name);
  std::erase(key, '.');
  return key;
}

// Calls visit(folded name, is_label) for the label and each alias of an
// entity; empty folds are skipped.
template <typename Visit>
void for_each_folded_name(const EntityNode& node, Visit visit) {
  std::string folded = lookup_key(node.label);
  if (!folded.empty()) visit(folded, true);
  for (const std::string& alias : node.aliases) {
    folded = lookup_key(alias);
    if (!folded.empty()) visit(folded, false);
  }
}

}  // namespace

EntityIndex::EntityIndex(const KnowledgeGraph& graph) : graph_(graph) {
  names_.reserve(graph.entity_count() * 3);
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    for_each_folded_name(graph.entity(v), [&](const std::string& folded, bool is_label) {
      names_.push_back({name_hash(folded), v, is_label});
    });
  }
  std::sort(names_.begin(), names_.end(), [](const NameEntry& a, const NameEntry& b) {
    return std::tie(a.hash, a.vertex, a.is_label) < std::tie(b.hash, b.vertex, b.is_label);
  });
}

std::vector<Vertex> EntityIndex::find(std::string_view name) const {
  const std::string wanted = lookup_key(name);
  if (wanted.empty()) return {};
  const std::uint64_t hash = name_hash(wanted);
  auto [first, last] = std::equal_range(names_.begin(), names_.end(), hash, HashOrder{});
  std::vector<Vertex> by_label, by_alias;
  for (auto it = first; it != last; ++it) {
    // Equal hashes are only candidates: the entity's names are folded again
    // to rule out a collision.
    const Vertex v = it->vertex;
    if ((!by_label.empty() && by_label.back() == v) || (!by_alias.empty() && by_alias.back() == v)) continue;
    bool label_matches = false, alias_matches = false;
    for_each_folded_name(graph_.entity(v), [&](const std::string& folded, bool is_label) {
      if (folded == wanted) (is_label ? label_matches : alias_matches) = true;
    });
    if (label_matches)
      by_label.push_back(v);
    else if (alias_matches)
      by_alias.push_back(v);
  }
  std::vector<Vertex> found = by_label.empty() ? std::move(by_alias) : std::move(by_label);
  sort_by_prominence(graph_, found);
  return found;
}

std::vector<Vertex> EntityIndex::suggest(std::string_view name, std::size_t limit) const {
  const std::string wanted = lookup_key(name);
  if (wanted.empty() || limit == 0) return {};
  const std::size_t max_distance = std::max<std::size_t>(2, wanted.size() / 3);

  std::unordered_map<Vertex, std::size_t> nearest;  // entity -> smallest distance seen
  for (Vertex v = 0; v < graph_.entity_count(); ++v) {
    for_each_folded_name(graph_.entity(v), [&](const std::string& folded, bool) {
      std::size_t distance = edit_distance(wanted, folded, max_distance);
      for (std::string_view word : words_of(folded)) {
        if (word.size() < 3 || word.size() == folded.size()) continue;
        distance = std::min(distance, edit_distance(wanted, word, max_distance));
      }
      if (distance > max_distance) return;
      auto [at, inserted] = nearest.emplace(v, distance);
      if (!inserted) at->second = std::min(at->second, distance);
    });
  }

  std::vector<std::pair<std::size_t, Vertex>> ranked(nearest.begin(), nearest.end());
  for (auto& entry : ranked) std::swap(entry.first, entry.second);  // (vertex, d) -> (d, vertex)
  std::sort(ranked.begin(), ranked.end(), [more_prominent = MoreProminent{graph_}](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return more_prominent(a.second, b.second);
  });
  std::vector<Vertex> suggestions;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) suggestions.push_back(ranked[i].second);
  return suggestions;
}

std::vector<RelationGroup> relations_of(const KnowledgeGraph& graph, Vertex entity,
                                        const RelationFilter& filter) {
  std::array<std::vector<EntityRelation>, kRelationCount> by_relation;
  std::unordered_set<const RelationEdge*> self_loops_seen;  // an undirected self-loop is listed twice
  for (auto [it, end] = boost::out_edges(entity, graph.graph()); it != end; ++it) {
    const RelationEdge& edge = graph.relation(*it);
    if (edge.from == edge.to && !self_loops_seen.insert(&edge).second) continue;
    if (!passes_relation_and_weight(edge, filter)) continue;
    const bool outgoing = edge.from == entity;
    const Vertex counterpart = outgoing ? edge.to : edge.from;
    if (!has_type(graph, counterpart, filter.entity_type)) continue;
    by_relation[static_cast<std::size_t>(edge.relation)].push_back({*it, counterpart, outgoing});
  }

  std::vector<RelationGroup> groups;
  for (std::size_t r = 0; r < by_relation.size(); ++r) {
    std::vector<EntityRelation>& relations = by_relation[r];
    if (relations.empty()) continue;
    std::stable_sort(relations.begin(), relations.end(), [&](const EntityRelation& a, const EntityRelation& b) {
      const std::uint32_t weight_a = graph.relation(a.edge).weight, weight_b = graph.relation(b.edge).weight;
      if (weight_a != weight_b) return weight_a > weight_b;
      return graph.entity(a.counterpart).label < graph.entity(b.counterpart).label;
    });
    groups.push_back({static_cast<Relation>(r), std::move(relations)});
  }
  return groups;
}

std::optional<EntityRelation> strongest_relation(const KnowledgeGraph& graph, Vertex entity) {
  std::optional<EntityRelation> strongest;
  std::uint32_t strongest_weight = 0;
  // Out-edges come in insertion order: keeping the first maximum keeps the
  // earliest edge on ties.
  for (auto [it, end] = boost::out_edges(entity, graph.graph()); it != end; ++it) {
    const RelationEdge& edge = graph.relation(*it);
    if (strongest && edge.weight <= strongest_weight) continue;
    const bool outgoing = edge.from == entity;
    strongest = EntityRelation{*it, outgoing ? edge.to : edge.from, outgoing};
    strongest_weight = edge.weight;
  }
  return strongest;
}

std::vector<EdgeRef> matching_edges(const KnowledgeGraph& graph, const RelationFilter& filter) {
  std::vector<EdgeRef> matching;
  for (EdgeRef e : graph.edges_in_order()) {
    const RelationEdge& edge = graph.relation(e);
    if (!passes_relation_and_weight(edge, filter)) continue;
    if (!has_type(graph, edge.from, filter.entity_type) && !has_type(graph, edge.to, filter.entity_type))
      continue;
    matching.push_back(e);
  }
  return matching;
}

std::vector<Vertex> entities_of_type(const KnowledgeGraph& graph, EntityType type) {
  std::vector<Vertex> entities;
  for (Vertex v = 0; v < graph.entity_count(); ++v)
    if (graph.entity(v).type == type) entities.push_back(v);
  sort_by_prominence(graph, entities);
  return entities;
}

PathResult shortest_path(const KnowledgeGraph& graph, Vertex from, Vertex to, std::size_t max_hops,
                         const RelationFilter& filter) {
  PathResult result;
  if (from == to) {
    result.found = true;
    return result;
  }

  const WalkableEdge walkable{&graph, &filter, from, to};
  const boost::filtered_graph<Graph, WalkableEdge> walk_graph(graph.graph(), walkable);
  std::vector<std::size_t> hops(graph.entity_count(), 0);
  std::vector<std::optional<EdgeRef>> reached_by(graph.entity_count());
  try {
    boost::breadth_first_search(walk_graph, from,
                                boost::visitor(PathRecorder(to, max_hops, hops, reached_by)));
    return result;  // the search ran out of entities: `to` is not connected to `from`
  } catch (const HopLimitReached&) {
    result.hop_limit_reached = true;
    return result;
  } catch (const GoalReached&) {
    result.found = true;
  }

  for (Vertex at = to; at != from;) {
    const EdgeRef e = *reached_by[at];
    const RelationEdge& edge = graph.relation(e);
    const Vertex previous = edge.from == at ? edge.to : edge.from;
    result.steps.push_back({e, previous, at});
    at = previous;
  }
  std::reverse(result.steps.begin(), result.steps.end());
  return result;
}

bool walks_forward(const KnowledgeGraph& graph, const PathStep& step) {
  const RelationEdge& edge = graph.relation(step.edge);
  return edge.from == step.walked_from && edge.to == step.walked_to;
}

GraphStats graph_stats(const KnowledgeGraph& graph, std::size_t top) {
  GraphStats stats;
  stats.entities = graph.entity_count();
  stats.relations = graph.relation_count();

  std::vector<bool> counted(graph.documents().size(), false);
  auto count_document = [&](DocumentIndex doc) {
    // Qualifiers read from other writers' files have no document: id "".
    if (counted[doc] || graph.document_id(doc).empty()) return;
    counted[doc] = true;
    ++stats.documents;
  };
  std::map<EntityType, std::size_t> type_counts;
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    const EntityNode& node = graph.entity(v);
    ++type_counts[node.type];
    for (DocumentIndex doc : node.documents) count_document(doc);
  }
  std::array<std::size_t, kRelationCount> relation_counts{};
  for (auto [it, end] = boost::edges(graph.graph()); it != end; ++it) {
    const RelationEdge& edge = graph.relation(*it);
    ++relation_counts[static_cast<std::size_t>(edge.relation)];
    for (const SourcedSentence& evidence : edge.evidence) count_document(evidence.doc);
  }

  stats.entities_by_type.assign(type_counts.begin(), type_counts.end());
  std::sort(stats.entities_by_type.begin(), stats.entities_by_type.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  for (std::size_t r = 0; r < relation_counts.size(); ++r)
    if (relation_counts[r] > 0) stats.relations_by_type.emplace_back(static_cast<Relation>(r), relation_counts[r]);
  std::stable_sort(stats.relations_by_type.begin(), stats.relations_by_type.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  std::vector<Vertex> all(graph.entity_count());
  for (Vertex v = 0; v < all.size(); ++v) all[v] = v;
  const std::size_t shown = std::min(top, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(shown), all.end(),
                    MoreProminent{graph});
  for (std::size_t i = 0; i < shown; ++i) stats.most_connected.emplace_back(all[i], degree_of(graph, all[i]));
  return stats;
}

std::vector<std::string> distinct_values(std::span<const SourcedValue> sourced) {
  std::vector<std::string> values;
  for (const SourcedValue& item : sourced)
    if (std::find(values.begin(), values.end(), item.value) == values.end()) values.push_back(item.value);
  return values;
}

}  // namespace kgx
