// The merged graph of a corpus: one vertex per real-world entity, one edge
// per (relation, pair). A Boost.Graph adjacency_list with bundled properties;
// it is undirected so that breadth-first search walks relations either way,
// and each edge remembers its true direction in `from`/`to`.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "extract/ontology.h"
#include "extract/string_map.h"
#include "graph/text_store.h"

namespace kgx {

// Documents are named once, in the graph's document table; nodes, values
// and sentences refer to them by index. A large corpus names each document
// in many places (a city's node lists a third of them), and an index costs
// 4 bytes where a copy of the id costs 32.
using DocumentIndex = std::uint32_t;

// Document ids in first-added order, each once.
class DocumentTable {
 public:
  DocumentTable();
  // The index of `id`, added if new. Ids are compared as strings: two
  // documents with one id are one document.
  DocumentIndex add(std::string_view id);
  std::string_view id(DocumentIndex doc) const { return ids_[doc]; }
  std::size_t size() const { return ids_.size(); }

 private:
  // A table grows with the corpus, not the graph: 330,000 files name
  // 330,000 documents. The ids lie back to back in a text store and both
  // the list and the index view them (~55 bytes a document, where a
  // std::string in the list and another as the index's key cost ~170).
  TextStore texts_;
  std::vector<std::string_view> ids_;
  StringViewMap<DocumentIndex> index_;
};

struct EntityNode {
  std::string id;                        // stable across runs, an XML NMTOKEN
  std::string label;                     // canonical (most complete) name
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;      // every other surface form
  std::uint32_t mentions = 0;            // across the corpus
  std::vector<DocumentIndex> documents;  // documents that mention it, in document order
};

// What a qualifier value of an edge says: when, or where.
enum class Qualifier : unsigned char { Date, Place };

// A qualifier value with the document that gave it: documents may disagree
// (a wedding dated 2012 by one and 2014 by another) and both are kept.
struct SourcedValue {
  std::string value;
  DocumentIndex doc = 0;
  Qualifier kind = Qualifier::Date;  // set by RelationEdge::set_qualifiers
};

// A supporting sentence and where it is: byte offsets [begin, end) into
// the document's text (0, 0 when unknown, as in other writers' files).
// The text lives in the graph's text store (KnowledgeGraph::store_text):
// a large graph holds millions of sentences, and a std::string each cost
// half as much again as the text.
struct SourcedSentence {
  std::string_view sentence;
  DocumentIndex doc = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// An edge's id is derived from its ends and relation ("ada.married.bob",
// see KnowledgeGraph::relation_id) rather than stored, and its dates and
// places share one vector: a large corpus's graph holds millions of edges,
// and so the edge property is 64 bytes, and Boost's list node around it
// (32 bytes more) fits the allocator's 96-byte class. Two vectors of
// qualifiers made it 128 (3 million edges: 98 MB more).
struct RelationEdge {
  std::uint32_t from = 0;    // vertex index: parent, host, subject (any end if symmetric)
  std::uint32_t to = 0;
  std::uint32_t weight = 0;  // distinct supporting sentences, all of them
  Relation relation = Relation::Married;
  std::vector<SourcedSentence> evidence;  // the kept ones (capped), first-seen order

  // The values documents gave, each kind in first-seen order.
  std::span<const SourcedValue> dates() const;
  std::span<const SourcedValue> places() const;
  void set_qualifiers(std::vector<SourcedValue> dates, std::vector<SourcedValue> places);

 private:
  std::vector<SourcedValue> qualifiers_;  // the dates, then the places
};

// A relation between two numbered things (vertices; the builder's name
// records and clusters): the graph has at most one edge per key.
struct RelationKey {
  Relation relation;
  std::uint32_t from, to;
  bool operator==(const RelationKey&) const = default;
};
struct RelationKeyHash {
  std::size_t operator()(const RelationKey& key) const {  // inline: the builder hashes one per relation
    std::uint64_t x = (static_cast<std::uint64_t>(key.from) << 32 | key.to) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(x ^ (x >> 29) ^ static_cast<std::uint64_t>(key.relation));
  }
};

// Appends the id an edge gets unless it brings its own:
// "<from id>.<relation>.<to id>" (the graph's ids, or a writer's repaired ones).
void append_relation_id(std::string& out, std::string_view from_id, Relation relation, std::string_view to_id);

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, EntityNode,
                                    RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeRef = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  const Graph& graph() const { return graph_; }
  std::size_t entity_count() const { return boost::num_vertices(graph_); }
  std::size_t relation_count() const { return boost::num_edges(graph_); }

  const EntityNode& entity(Vertex v) const { return graph_[v]; }
  const RelationEdge& relation(EdgeRef e) const { return graph_[e]; }

  // Nodes, values and sentences name their documents by index into this table.
  const DocumentTable& documents() const { return documents_; }
  DocumentIndex add_document(std::string_view id) { return documents_.add(id); }
  std::string_view document_id(DocumentIndex doc) const { return documents_.id(doc); }
  // For readers that collect the ids apart from the graph (on another thread).
  void set_documents(DocumentTable documents) { documents_ = std::move(documents); }

  // Evidence sentences are views into the graph's own text store: the text
  // of a SourcedSentence added to this graph must come from here (or from
  // a store adopted by it, such as a builder's or a reader's).
  std::string_view store_text(std::string_view text) { return texts_.add(text); }
  void adopt_texts(TextStore&& texts) { texts_.adopt(std::move(texts)); }

  // Adds a vertex; its id must be new (ids are how readers refer to nodes).
  Vertex add_entity(EntityNode node);
  // Room for `count` vertices in all, so that adding them does not regrow
  // (and for a while hold twice) the vertex storage.
  void reserve_entities(std::size_t count);
  std::optional<Vertex> find_by_id(std::string_view id) const;
  // Room for degree[v] edges at each vertex v, so that adding them does not
  // regrow the vertices' edge lists (and leave the outgrown ones behind).
  void reserve_relations(std::span<const std::uint32_t> degree);

  // The edge of `relation` between the two vertices, in that direction for
  // directed relations and in either direction for symmetric ones.
  std::optional<EdgeRef> find_relation(Relation relation, Vertex from, Vertex to) const;

  // Adds an edge (edge.from/edge.to must be vertices of this graph); the
  // caller guarantees there is no edge of that relation between them yet.
  // `id` is kept only when it is given and differs from the derived one
  // (a file written by another tool).
  EdgeRef add_relation(RelationEdge edge, std::string_view id = {});
  // The edge's id: the one it was added with, else
  // "<from id>.<relation>.<to id>", unique as long as node ids are unique
  // and hold no '.', as the builder's do.
  std::string relation_id(const RelationEdge& edge) const;
  // Whether some edge keeps an id of its own (writers can derive all
  // others without checking them one by one).
  bool has_own_relation_ids() const { return !own_relation_ids_.empty(); }
  RelationEdge& relation_mut(EdgeRef e) { return graph_[e]; }
  EntityNode& entity_mut(Vertex v) { return graph_[v]; }

  // Edges in insertion order (the writers' order). Built on each call from
  // the graph itself (adjacency_list keeps its edge list in insertion order),
  // so that copies and moves of the graph stay valid.
  std::vector<EdgeRef> edges_in_order() const;

 private:
  static RelationKey key_of(const RelationEdge& edge) { return {edge.relation, edge.from, edge.to}; }

  Graph graph_;
  StringMap<Vertex> by_id_;
  DocumentTable documents_;
  TextStore texts_;
  tsl::robin_map<RelationKey, std::string, RelationKeyHash> own_relation_ids_;
};

}  // namespace kgx
