// Where the graph goes, and in which format.
//
// A file output is written to a temporary file in the same directory and
// renamed over OUT only once it is complete and flushed, so OUT is always
// either the previous file, untouched, or the whole new graph: never half a
// graph. The temporary file is removed if the run fails. If OUT is a
// symlink, the file it points to is replaced and the link kept.
//
// An OUT that exists and is neither a regular file nor a directory (a device
// such as /dev/null, a FIFO) is written directly: renaming a file over it
// would replace the device itself.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kgx::cli {

enum class OutputFormat { Graphml, Json };

// "graphml" / "json" (the --format values).
std::optional<OutputFormat> parse_output_format(std::string_view name);

// From OUT's extension: .graphml or .xml -> GraphML, .json -> JSON
// (case-insensitive); nullopt when the extension says nothing.
std::optional<OutputFormat> format_from_extension(const std::filesystem::path& out);

// What went wrong, phrased for the user: names the file and the fix.
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class AtomicOutputFile {
 public:
  // Creates the temporary file now, so that an unwritable destination is
  // reported before any work is done. Throws OutputError.
  explicit AtomicOutputFile(std::filesystem::path destination);
  ~AtomicOutputFile();  // removes the temporary file unless committed
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  std::ostream& stream() { return stream_; }
  // Empty when OUT is written directly (a device or FIFO).
  const std::filesystem::path& temporary_path() const { return temporary_; }

  // Flushes to disk and renames into place. Throws OutputError.
  void commit();

 private:
  std::filesystem::path destination_;  // as given, for messages
  std::filesystem::path target_;       // what the rename replaces: OUT, or the file OUT links to
  std::filesystem::path temporary_;
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace kgx::cli
