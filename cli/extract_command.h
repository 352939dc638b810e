// `kgx extract`: documents in, one knowledge graph out.
//
// Documents are read and extracted in batches on `jobs` threads (the calling
// thread, which also merges, among them) and merged into the graph strictly
// in input order, so the output is byte-identical whatever `jobs` is. Each
// unusable document is named in one warning and skipped; the run fails
// (exit 2) only when the input as a whole is unusable or the output cannot
// be written, and then an existing output file is left untouched.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/output.h"

namespace kgx::cli {

struct ExtractOptions {
  std::vector<std::string> paths;        // files, directories, "-" for standard input
  std::string output;                    // empty or "-": standard output
  std::optional<OutputFormat> format;    // --format; otherwise from the output's extension
  bool directed = false;                 // --directed (GraphML only)
  std::size_t jobs = 1;
  std::size_t max_evidence = 5;
  bool quiet = false;
  bool timings = false;                  // --timings: seconds per stage on standard error
};

struct Terminal {
  std::ostream& out;          // the graph, when no -o file is given
  std::ostream& err;          // every diagnostic
  bool err_is_terminal = false;  // progress bar only on a terminal
  bool in_is_terminal = false;   // reading "-" from a terminal deserves a hint
};

// Returns the process exit code (cli/exit_codes.h).
int run_extract(const ExtractOptions& options, Terminal terminal);

}  // namespace kgx::cli
