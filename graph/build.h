// Cross-document merge: per-document Extractions in, one KnowledgeGraph out.
// Documents are added one at a time (streaming) and the builder keeps one
// record per distinct (name, type) and the first few sentences per edge, so
// its memory grows with the graph, not with the text. Entities that name the same
// real-world entity across documents (same full name, or a short form that is
// unambiguous in the corpus; a pet form only where its document and the full
// name's share someone else) become one node. The result depends only on the
// order in which documents are added, never on timing.
#pragma once

#include <cstddef>
#include <memory>

#include "extract/extraction.h"
#include "graph/knowledge_graph.h"

namespace kgx {

struct BuildOptions {
  std::size_t max_evidence_per_edge = 5;  // all sentences still count in the weight
  std::size_t threads = 1;                // finish() builds nodes and edges on this many threads
};

class GraphBuilder {
 public:
  explicit GraphBuilder(BuildOptions options = {});
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  // Takes the extraction by value: its strings move into the builder.
  void add(Extraction extraction);
  KnowledgeGraph finish() &&;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Convenience for tests and small corpora.
KnowledgeGraph build_graph(const std::vector<Extraction>& extractions, BuildOptions options = {});

}  // namespace kgx
