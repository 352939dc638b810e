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

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <streambuf>
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

// std::filebuf's job over a POSIX descriptor, plus what it cannot do for a
// graph that must reach the disk before it is renamed into place:
// - With `Disk::Direct`, a regular file is written with O_DIRECT in 4 KB
//   aligned blocks: the disk reads the bytes from our buffer, where buffered
//   writes first copied each page into the page cache (a 400 MB graph cost
//   0.9 s of system time that way). The last partial block is written
//   buffered. A file system that refuses O_DIRECT gets buffered writes.
// - Buffered, every 8 MB written to a regular file are handed to the kernel
//   for writing to disk right away (Linux sync_file_range), so that the
//   disk works while the rest of the graph is being formatted and the fsync
//   before the rename finds little left to do.
class FileOutputBuffer : public std::streambuf {
 public:
  enum class Disk { Buffered, Direct };

  FileOutputBuffer() = default;
  ~FileOutputBuffer() override;
  FileOutputBuffer(const FileOutputBuffer&) = delete;
  FileOutputBuffer& operator=(const FileOutputBuffer&) = delete;

  // open(2) flags besides O_WRONLY | O_CLOEXEC; false (errno set) on failure.
  bool open(const std::filesystem::path& path, int flags, Disk disk = Disk::Buffered);
  // Whether the bytes bypass the page cache (Disk::Direct, and the file system took it).
  bool direct() const { return direct_; }
  // Writes what is buffered and waits until the file's data is on disk.
  bool flush_to_disk();
  // Writes what is buffered and closes; false if any write failed.
  bool close();

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  // Writes what is buffered; in direct mode only whole blocks unless `all`.
  bool write_buffer(bool all = true);
  bool write_all(const char* data, std::size_t size);
  bool stop_direct();

  struct FreeAligned {
    void operator()(char* memory) const;
  };

  int fd_ = -1;
  bool regular_file_ = false;
  bool direct_ = false;
  bool failed_ = false;
  std::unique_ptr<char[], FreeAligned> buffer_;
  std::size_t buffer_size_ = 0;
  std::int64_t written_ = 0;          // bytes handed to write(2)
  std::int64_t writeback_started_ = 0;  // bytes handed to the disk so far
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
  FileOutputBuffer buffer_;
  std::ostream stream_{&buffer_};
  bool committed_ = false;
};

}  // namespace kgx::cli
