#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>
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

FileOutputBuffer::~FileOutputBuffer() { close(); }

namespace {
// O_DIRECT needs the memory, the file offset and the length aligned to the
// device's logical block: 4 KB covers the disks in use (512 B and 4 KB).
constexpr std::size_t kDirectBlock = 4096;
constexpr std::size_t kBufferSize = 1 << 20;
}  // namespace

void FileOutputBuffer::FreeAligned::operator()(char* memory) const { std::free(memory); }

bool FileOutputBuffer::open(const fs::path& path, int flags, Disk disk) {
  close();
  direct_ = false;
#ifdef O_DIRECT
  if (disk == Disk::Direct) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_DIRECT | flags, 0666);
    direct_ = fd_ >= 0;
  }
#else
  (void)disk;
#endif
  // A file system without O_DIRECT refuses the open (EINVAL): buffered then.
  if (fd_ < 0) fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | flags, 0666);
  if (fd_ < 0) return false;
  struct stat info {};
  regular_file_ = ::fstat(fd_, &info) == 0 && S_ISREG(info.st_mode);
  failed_ = false;
  if (direct_ && !regular_file_) stop_direct();
  written_ = writeback_started_ = 0;
  if (!buffer_) {
    buffer_.reset(static_cast<char*>(std::aligned_alloc(kDirectBlock, kBufferSize)));
    if (!buffer_) throw std::bad_alloc();
    buffer_size_ = kBufferSize;
  }
  setp(buffer_.get(), buffer_.get() + buffer_size_);
  return true;
}

bool FileOutputBuffer::stop_direct() {
#ifdef O_DIRECT
  const int flags = ::fcntl(fd_, F_GETFL);
  if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT) != 0) {
    failed_ = true;
    return false;
  }
#endif
  direct_ = false;
  return true;
}

bool FileOutputBuffer::write_all(const char* data, std::size_t size) {
  while (size > 0 && !failed_) {
    ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    // A file system that opened with O_DIRECT may still refuse its alignment
    // (a larger logical block, or an offset left unaligned by a short write).
    if (n < 0 && errno == EINVAL && direct_ && stop_direct()) continue;
    if (n <= 0) {
      failed_ = true;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
    written_ += n;
  }
#ifdef __linux__
  constexpr std::int64_t kWritebackStep = 8 << 20;
  if (regular_file_ && !direct_ && written_ - writeback_started_ >= kWritebackStep) {
    // Asynchronous: starts the disk writes and returns (errors surface in fsync).
    ::sync_file_range(fd_, writeback_started_, written_ - writeback_started_, SYNC_FILE_RANGE_WRITE);
    writeback_started_ = written_;
  }
#endif
  return !failed_;
}

bool FileOutputBuffer::write_buffer(bool all) {
  const char* data = pbase();
  auto pending = static_cast<std::size_t>(pptr() - pbase());
  bool ok = true;
  if (direct_) {
    const std::size_t whole_blocks = pending - pending % kDirectBlock;
    ok = write_all(data, whole_blocks);
    data += whole_blocks;
    pending -= whole_blocks;
    // The last partial block goes through the page cache.
    if (ok && all && pending > 0) ok = stop_direct();
  }
  if (ok && !direct_) {
    ok = write_all(data, pending);
    data += pending;
    pending = 0;
  }
  // What direct mode holds back (less than a block) moves to the front.
  if (pending > 0 && data != buffer_.get()) std::memmove(buffer_.get(), data, pending);
  setp(buffer_.get(), buffer_.get() + buffer_size_);
  pbump(static_cast<int>(pending));
  return ok;
}

FileOutputBuffer::int_type FileOutputBuffer::overflow(int_type ch) {
  if (fd_ < 0 || !write_buffer(false)) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize FileOutputBuffer::xsputn(const char* data, std::streamsize size) {
  if (fd_ < 0) return 0;
  if (size < epptr() - pptr()) {
    traits_type::copy(pptr(), data, static_cast<std::size_t>(size));
    pbump(static_cast<int>(size));
    return size;
  }
  if (!direct_) {
    // A block bigger than the room left goes straight to the file.
    if (!write_buffer() || !write_all(data, static_cast<std::size_t>(size))) return 0;
    return size;
  }
  // Direct writes need aligned memory: everything passes through the buffer.
  std::streamsize copied = 0;
  while (copied < size) {
    const std::streamsize piece = std::min<std::streamsize>(size - copied, epptr() - pptr());
    traits_type::copy(pptr(), data + copied, static_cast<std::size_t>(piece));
    pbump(static_cast<int>(piece));
    copied += piece;
    if (pptr() == epptr() && !write_buffer(false)) return 0;
  }
  return size;
}

// Direct mode keeps a partial block back until the end (flush_to_disk, close).
int FileOutputBuffer::sync() { return fd_ >= 0 && write_buffer(false) ? 0 : -1; }

bool FileOutputBuffer::flush_to_disk() {
  if (fd_ < 0 || !write_buffer()) return false;
  // A device or FIFO has nothing to sync (and may refuse).
  return !regular_file_ || ::fsync(fd_) == 0;
}

bool FileOutputBuffer::close() {
  if (fd_ < 0) return !failed_;
  bool ok = write_buffer();
  if (::close(fd_) != 0) ok = false;
  fd_ = -1;
  direct_ = false;
  setp(nullptr, nullptr);
  return ok && !failed_;
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
    if (!buffer_.open(destination_, O_TRUNC)) {
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
  if (!buffer_.open(temporary_, O_TRUNC, FileOutputBuffer::Disk::Direct)) {
    std::error_code ignored;
    fs::remove(temporary_, ignored);
    throw OutputError(destination_.string() + ": cannot open a temporary file next to it; check the "
                      "directory's permissions, or choose another -o");
  }
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_) return;
  buffer_.close();
  if (temporary_.empty()) return;
  std::error_code ignored;
  fs::remove(temporary_, ignored);
}

void AtomicOutputFile::commit() {
  stream_.flush();
  // Data on disk before the rename, so that a crash cannot leave a renamed
  // but empty file behind.
  const bool written = static_cast<bool>(stream_) && (temporary_.empty() || buffer_.flush_to_disk());
  if (!buffer_.close() || !written) {
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
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    const int error = errno;
    throw OutputError(destination_.string() + ": cannot replace it (" + errno_text(error) +
                      "); check the permissions of its directory");
  }
  committed_ = true;
}

}  // namespace kgx::cli
