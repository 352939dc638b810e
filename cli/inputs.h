// What `kgx extract PATH...` will read: the command-line paths expanded into
// an ordered list of documents. Nothing is opened here except directories.
//
// - "-" is standard input, one document with id "stdin".
// - A directory gives every *.txt below it, sorted by path (byte order of
//   the path string). Directory
//   symlinks below it are not followed (no loops, no escaping the tree);
//   directories that cannot be listed are named in a warning and skipped.
// - Anything else that exists is one document, whatever its extension: the
//   user named it.
// - A path that does not exist is fatal: it is a typo on the command line,
//   and a graph silently missing a corpus would be worse than stopping.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kgx::cli {

inline constexpr const char* kStdinDisplayName = "<stdin>";
inline constexpr const char* kStdinDocId = "stdin";

struct DocumentSource {
  // A plain string, not std::filesystem::path: a path caches its parsed
  // components on the heap, several hundred bytes per file on a big tree.
  std::string path;               // as given; empty for standard input
  std::string doc_id;             // file name without extension, or "stdin"
  std::uintmax_t size_hint = 0;   // bytes when known up front (to balance the work), else 0
  std::string identity;           // device:inode when stat'ed (for "listed twice" checks), else empty

  bool is_stdin() const { return path.empty(); }
  // How diagnostics name it: the path as given, or "<stdin>".
  const std::string& display_name() const {
    static const std::string stdin_name = kStdinDisplayName;
    return is_stdin() ? stdin_name : path;
  }
};

struct InputListing {
  std::vector<DocumentSource> documents;  // in processing order
  std::vector<std::string> warnings;      // "NAME: what happened", one per line
  std::optional<std::string> fatal;       // set when the command line cannot be used as given
};

InputListing list_inputs(const std::vector<std::string>& command_line_paths);

}  // namespace kgx::cli
