// GraphML as ../shared/CONTRACT.md fixes it: a mixed graph for Gephi by
// default (edgedefault="undirected", directed="true" on directed relations,
// label="RELATION" on every <edge>), or edgedefault="directed" for networkx.
// The output is well-formed and schema-valid whatever the text holds.
#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>

#include "graph/knowledge_graph.h"

namespace kgx {

struct GraphmlOptions {
  bool directed = false;  // --directed: edgedefault="directed", no per-edge attribute
};

void write_graphml(const KnowledgeGraph& graph, std::ostream& out, GraphmlOptions options = {});

// Reads a file written by write_graphml (either direction mode) back into a
// KnowledgeGraph. Throws GraphmlError with a message naming what is wrong.
KnowledgeGraph read_graphml(std::istream& in);

struct GraphmlError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace kgx
