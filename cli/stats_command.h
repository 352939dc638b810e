// `kgx stats`: what a graph written by kgx extract holds: entities by type,
// relations by relation type, the number of distinct documents and the most
// connected entities (by number of relations).
//
// Standard output carries only the answer (aligned text, or one JSON object
// with --json); messages go to standard error. Exit codes: 0, or 2 for a
// GRAPH that is missing, unreadable or not a kgx GraphML file.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

namespace kgx::cli {

struct StatsOptions {
  std::string graph_path;  // "-" reads standard input
  std::size_t top = 10;    // how many of the most connected entities to list
  bool json = false;
};

// Returns the process exit code.
int run_stats(const StatsOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace kgx::cli
