// The JSON export of ../shared/CONTRACT.md (--format json):
//   {"directed": true, "nodes": [...], "edges": [...]}, keys in the
// contract's order, one node or edge per line. source/target are the nodes'
// EntityNode::id as they are (JSON needs no NMTOKENs); "directed" is always
// true because source and target always mean the relation's roles, and
// "symmetric" marks the relations where the order carries no meaning. date
// and place are the same `|`-joined distinct values as in the GraphML (see
// value_list.h). Text that is not valid UTF-8 is written with U+FFFD
// instead of making the export fail. Streams: the graph is never held as one
// JSON value.
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kgx {

void write_json(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kgx
