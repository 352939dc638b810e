// Questions asked of a finished KnowledgeGraph: who is NAME, what relations
// does an entity take part in, how are two entities linked, what does the
// graph hold. Pure functions (and one index) over a const graph: no I/O, no
// formatting; `kgx query` and `kgx stats` print what these return.
//
// Promises:
//   - Names match case- and accent-insensitively (fold_name), full stops
//     aside ("Jr." is "Jr"), against each entity's label and every alias,
//     through an index built once.
//   - Every list comes back in a stable order (documented per function), so
//     the same graph always gives the same answer.
//   - Edges are reported with their true direction (RelationEdge::from/to)
//     even where a path walks them backwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kgx {

// Finds entities by name. Holds a reference to the graph, which must outlive
// the index and must not change while it is used.
class EntityIndex {
 public:
  explicit EntityIndex(const KnowledgeGraph& graph);

  // The entities `name` designates. A label match wins over alias matches, so
  // every entity stays reachable by its canonical name even when that name is
  // another entity's alias ("Lee" as a label beats "Lee" as an alias of a
  // longer name). Several results mean the name is ambiguous. Most connected
  // first, then by label. Empty when nothing matches.
  std::vector<Vertex> find(std::string_view name) const;

  // For a name that matched nothing: up to `limit` entities whose folded
  // label or alias is nearest by edit distance (within about a third of the
  // name's length, at least 2 edits). Nearest first, then most connected,
  // then by label. Scans every name: meant for the error path only.
  std::vector<Vertex> suggest(std::string_view name, std::size_t limit) const;

 private:
  // One per folded label or alias, sorted by hash: a flat vector builds in a
  // fraction of the time of a map of strings on graphs of 100,000 names.
  struct NameEntry {
    std::uint64_t hash;
    Vertex vertex;
    bool is_label;
  };
  struct HashOrder {
    bool operator()(const NameEntry& entry, std::uint64_t hash) const { return entry.hash < hash; }
    bool operator()(std::uint64_t hash, const NameEntry& entry) const { return hash < entry.hash; }
  };

  const KnowledgeGraph& graph_;
  std::vector<NameEntry> names_;
};

// Which edges a query wants. An empty filter keeps everything.
struct RelationFilter {
  std::optional<Relation> relation;
  std::uint32_t min_weight = 0;
  // The entity type of the other end: the counterpart in relations_of,
  // either end in matching_edges, every intermediate entity in shortest_path.
  std::optional<EntityType> entity_type;
};

// One relation seen from one of its ends.
struct EntityRelation {
  EdgeRef edge;
  Vertex counterpart;
  // The entity is the edge's `from` (parent, host, subject). For symmetric
  // relations the order carries no meaning.
  bool outgoing = true;
};

struct RelationGroup {
  Relation relation;
  std::vector<EntityRelation> relations;  // heaviest first, then by counterpart label
};

// Every relation `entity` takes part in that passes `filter`, one group per
// relation type in ontology order, empty groups left out.
std::vector<RelationGroup> relations_of(const KnowledgeGraph& graph, Vertex entity,
                                        const RelationFilter& filter = {});

// The entity's heaviest relation (ties: the earliest in edge order), for
// telling apart the candidates of an ambiguous name.
std::optional<EntityRelation> strongest_relation(const KnowledgeGraph& graph, Vertex entity);

// Every edge of the graph that passes `filter`, in edge (insertion) order.
std::vector<EdgeRef> matching_edges(const KnowledgeGraph& graph, const RelationFilter& filter);

// Every entity of `type`, most connected first, then by label.
std::vector<Vertex> entities_of_type(const KnowledgeGraph& graph, EntityType type);

// One hop of a path, in walking order: from `walked_from` to `walked_to`
// along `edge`, which may point either way (see walks_forward).
struct PathStep {
  EdgeRef edge;
  Vertex walked_from;
  Vertex walked_to;
};

struct PathResult {
  // The hops from `from` to `to`; empty when there is no path, and also
  // when from == to (then `found` is still true).
  std::vector<PathStep> steps;
  bool found = false;
  // No path within the hop limit, but the search stopped at the limit with
  // entities left unexplored: a longer path may exist.
  bool hop_limit_reached = false;
};

// The shortest chain of relations from `from` to `to` (fewest edges) with
// at most `max_hops` edges, found by breadth-first search over the
// undirected graph: relations are walked in either direction. Only edges
// passing `filter` are walked (its entity_type applies to the entities
// between the two ends). Among equally short chains the one found first in
// adjacency order wins, so the answer is stable.
PathResult shortest_path(const KnowledgeGraph& graph, Vertex from, Vertex to, std::size_t max_hops,
                         const RelationFilter& filter = {});

// True when the step follows the edge from its `from` to its `to`.
bool walks_forward(const KnowledgeGraph& graph, const PathStep& step);

struct GraphStats {
  std::size_t entities = 0;
  std::size_t relations = 0;
  std::size_t documents = 0;  // distinct ids over entities' documents and evidence
  // Only the types and relations present, most frequent first, then in
  // ontology order.
  std::vector<std::pair<EntityType, std::size_t>> entities_by_type;
  std::vector<std::pair<Relation, std::size_t>> relations_by_type;
  // (entity, degree = number of relations it takes part in), highest degree
  // first, then by label; at most `top` of them.
  std::vector<std::pair<Vertex, std::size_t>> most_connected;
};

GraphStats graph_stats(const KnowledgeGraph& graph, std::size_t top);

// The distinct values of a date or place qualifier, first seen first.
std::vector<std::string> distinct_values(std::span<const SourcedValue> sourced);

}  // namespace kgx
