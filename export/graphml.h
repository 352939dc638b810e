// GraphML as ../shared/CONTRACT.md fixes it: a mixed graph for Gephi by
// default (edgedefault="undirected", directed="true" on directed relations,
// label="RELATION" on every <edge>), or edgedefault="directed" for networkx.
// The output is well-formed and schema-valid whatever the text holds.
//
// What the writer adds to the contract:
//   - Key ids are n_<attr.name> for nodes and e_<attr.name> for edges
//     (readers go by attr.name; the ids only need to differ).
//   - Three extra edge keys, so that read_graphml restores the graph exactly:
//       date_sources    every (document, date) pair, "doc: value|doc: value"
//       place_sources   the same for places
//       evidence_spans  "begin-end|begin-end", byte offsets of the evidence
//                       sentences, in the order of `evidence`
//     The contract's date and place hold the distinct values only.
//   - Lists (aliases, documents, date, place, evidence, the extra keys) are
//     `|`-joined; a `|` inside a value is written `\|` (see value_list.h for
//     the whole escape). Empty lists are left out, not written empty.
//   - Ids are written as they are when they are unique NMTOKENs (ASCII
//     letters, digits, . - _ :). Any other id is repaired (other characters
//     become '_', an empty one becomes n<index> or e<index>, a clash gets
//     "_2", "_3" ...), and edges use the repaired node ids. An edge without
//     an id gets e<position in edges_in_order()>.
//   - Text is made XML-safe by xml_text.h: forbidden control characters and
//     U+FFFE/U+FFFF are dropped, invalid UTF-8 becomes U+FFFD. What
//     read_graphml returns is that cleaned text.
#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>

#include "graph/knowledge_graph.h"

namespace kgx {

struct GraphmlOptions {
  bool directed = false;  // --directed: edgedefault="directed", no per-edge attribute
  std::size_t threads = 1;  // edges are formatted on this many threads (the bytes do not change)
};

void write_graphml(const KnowledgeGraph& graph, std::ostream& out, GraphmlOptions options = {});

// Reads a file written by write_graphml (either direction mode) back into a
// KnowledgeGraph. Throws GraphmlError with a message naming what is wrong.
//
// Writing what was read gives the same bytes, in either mode. Edge direction
// comes from the relation (from = source, to = target); the file's
// edgedefault and directed attributes are not needed. Other writers' GraphML
// is read by attr.name (any key ids); missing kgx extras mean offsets 0 and
// dates/places without a document, and a missing weight is the number of
// evidence sentences. The file is read in one streaming pass, so <key>
// declarations count from where they stand (GraphML puts them first); an
// edge may come before the nodes it names.
// Errors: not well-formed XML, no <graphml> root or no <graph>, a node
// without id or with a duplicate id, an unknown entity type, an edge naming
// an unknown node, a missing or unknown relation, the same relation twice
// between one pair, a number that does not parse.
struct GraphmlReadOptions {
  // false: edges come without their evidence sentences (weight, dates and
  // places are still read), for a caller that never shows them; the load
  // then takes about half the time and memory.
  bool evidence = true;
};

KnowledgeGraph read_graphml(std::istream& in, GraphmlReadOptions options = {});

struct GraphmlError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace kgx
