// `kgx query`: answers one question about a graph written by kgx extract.
//
//   NAME                  the entity card: label, type, aliases, documents,
//                         then its relations grouped by relation type
//   --relation REL        with NAME: only that relation; alone: every edge of it
//   --min-weight N        only edges with at least N supporting sentences
//   --type TYPE           with NAME or --relation: only counterparts of that
//                         type; alone: every entity of that type
//   --path A B            the shortest chain of relations from A to B (at
//                         most --max-hops), walked either way, shown with
//                         each relation's true direction
//   --evidence            the supporting sentences too (terminal output)
//   --json                ../shared/CONTRACT.md's edge objects, one per edge
//
// Standard output carries only the answer; every message goes to standard
// error. Exit codes (cli/exit_codes.h): 0 an answer; 1 the query found
// nothing (unknown or ambiguous name, no path, no edge passing the filters),
// with stdout left empty; 2 bad usage or a GRAPH that is missing, unreadable
// or not a kgx GraphML file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/graphml.h"
#include "graph/knowledge_graph.h"

namespace kgx::cli {

struct QueryOptions {
  std::string graph_path;               // "-" reads standard input
  std::optional<std::string> name;
  std::optional<std::string> relation;  // an ontology relation name, any case
  std::vector<std::string> path;        // empty, or the two names of --path
  std::size_t max_hops = 6;
  std::optional<std::string> type;      // an ontology entity type, any case
  std::uint32_t min_weight = 0;
  bool evidence = false;
  bool json = false;
};

// Returns the process exit code.
int run_query(const QueryOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

// What went wrong opening or reading a graph file, as a message that names
// the file and says what to do.
struct GraphFileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads a GraphML graph written by kgx extract; "-" reads `in`. Shared by
// kgx query and kgx stats. Throws GraphFileError.
KnowledgeGraph load_graph_file(const std::string& path, std::istream& in, GraphmlReadOptions options = {});

// How the commands name a graph file in messages ("-" is standard input).
std::string graph_display_name(const std::string& path);

// Rows laid out in columns for a terminal: each column as wide as its widest
// cell (in characters, not bytes), two spaces apart, no trailing blanks.
// Columns empty in every row are dropped. Each line starts with `indent`.
std::string aligned_rows(const std::vector<std::vector<std::string>>& rows, const std::string& indent = "");

}  // namespace kgx::cli
