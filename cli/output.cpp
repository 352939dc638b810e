#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <system_error>

namespace kgx::cli {
namespace fs = std::filesystem;

namespace {

std::string errno_text(int error) { return std::generic_category().message(error); }

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A hidden sibling of the destination, so that rename() stays within one
// file system (and is therefore atomic). O_EXCL makes two concurrent runs
// pick different names; mode 0666 lets the umask decide the final
// permissions, as for any newly created file.
fs::path create_temporary_sibling(const fs::path& destination) {
  const fs::path directory = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
  // Appended piece by piece: `"." + std::string&&` trips GCC 12's -Wrestrict
  // false positive (GCC bug 105329) in Release builds.
  std::string stem = ".";
  stem += destination.filename().string();
  stem += ".kgx-";
  stem += std::to_string(::getpid());
  int last_error = 0;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path candidate = directory / (stem + "-" + std::to_string(attempt) + ".tmp");
    int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      return candidate;
    }
    last_error = errno;
    if (last_error != EEXIST) break;
  }
  std::string fix = last_error == ENOENT ? "create the directory first, or choose another -o"
                                         : "check the directory's permissions, or choose another -o";
  throw OutputError(destination.string() + ": cannot create the output (" + errno_text(last_error) +
                    "); " + fix);
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "graphml") return OutputFormat::Graphml;
  if (name == "json") return OutputFormat::Json;
  return std::nullopt;
}

std::optional<OutputFormat> format_from_extension(const fs::path& out) {
  const std::string extension = lowercase(out.extension().string());
  if (extension == ".graphml" || extension == ".xml") return OutputFormat::Graphml;
  if (extension == ".json") return OutputFormat::Json;
  return std::nullopt;
}

AtomicOutputFile::AtomicOutputFile(fs::path destination)
    : destination_(std::move(destination)), target_(destination_) {
  std::error_code error;
  const fs::file_status status = fs::status(destination_, error);  // follows symlinks
  if (fs::is_directory(status)) {
    throw OutputError(destination_.string() + ": is a directory; give -o a file name, e.g. " +
                      (destination_ / "graph.graphml").string());
  }
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    stream_.open(destination_, std::ios::binary);
    if (!stream_) {
      throw OutputError(destination_.string() + ": cannot open it for writing; check its permissions, "
                        "or choose another -o");
    }
    return;
  }
  if (fs::is_symlink(fs::symlink_status(destination_, error))) {
    fs::path linked = fs::canonical(destination_, error);
    if (!error) target_ = std::move(linked);
  }
  temporary_ = create_temporary_sibling(target_);
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    std::error_code ignored;
    fs::remove(temporary_, ignored);
    throw OutputError(destination_.string() + ": cannot open a temporary file next to it; check the "
                      "directory's permissions, or choose another -o");
  }
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_) return;
  if (stream_.is_open()) stream_.close();
  if (temporary_.empty()) return;
  std::error_code ignored;
  fs::remove(temporary_, ignored);
}

void AtomicOutputFile::commit() {
  stream_.flush();
  const bool written = static_cast<bool>(stream_);
  stream_.close();
  if (!written || stream_.fail()) {
    std::string message = destination_.string() + ": writing the output failed; check free disk space";
    if (!temporary_.empty()) message += " (" + destination_.string() + " is unchanged)";
    throw OutputError(message);
  }
  if (temporary_.empty()) {  // written directly: nothing to rename
    committed_ = true;
    return;
  }
  // An existing output keeps its permissions when it is replaced (done only
  // now: a read-only mode copied earlier would have stopped the writing).
  struct stat existing {};
  if (::stat(target_.c_str(), &existing) == 0) ::chmod(temporary_.c_str(), existing.st_mode & 07777);
  // Data on disk before the rename, so that a crash cannot leave a renamed
  // but empty file behind.
  int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    const int error = errno;
    throw OutputError(destination_.string() + ": cannot replace it (" + errno_text(error) +
                      "); check the permissions of its directory");
  }
  committed_ = true;
}

}  // namespace kgx::cli
