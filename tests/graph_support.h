// Shared by the graph, export and CLI tests: document ids of a graph as
// strings, which is how tests state what they expect.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kgx::test {

inline std::vector<std::string> document_ids(const KnowledgeGraph& graph, const std::vector<DocumentIndex>& docs) {
  std::vector<std::string> ids;
  for (DocumentIndex doc : docs) ids.emplace_back(graph.document_id(doc));
  return ids;
}

}  // namespace kgx::test
