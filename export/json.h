// The JSON export of ../shared/CONTRACT.md (--format json).
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kgx {

void write_json(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kgx
