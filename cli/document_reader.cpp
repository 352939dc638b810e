#include "cli/document_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <optional>
#include <system_error>

#include "extract/text.h"

namespace kgx::cli {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr std::string_view kUtf32LeBom{"\xFF\xFE\x00\x00", 4};
constexpr std::string_view kUtf32BeBom{"\x00\x00\xFE\xFF", 4};

struct Magic {
  std::string_view prefix;
  std::size_t offset;
  const char* what;
};

// Formats people plausibly drop into a folder of articles by mistake.
// Several of these contain no NUL in their first bytes (PDF, JPEG, GIF), so
// the NUL test alone would let them through as garbage text.
constexpr std::array kMagics{
    Magic{"%PDF-", 0, "PDF document"},
    Magic{"PK\x03\x04", 0, "ZIP archive, e.g. .docx or .epub"},
    Magic{"\x89PNG\r\n\x1A\n", 0, "PNG image"},
    Magic{"\xFF\xD8\xFF", 0, "JPEG image"},
    Magic{"GIF87a", 0, "GIF image"},
    Magic{"GIF89a", 0, "GIF image"},
    Magic{"WEBP", 8, "WebP image"},
    Magic{"\x1F\x8B", 0, "gzip archive"},
    Magic{"\xFD" "7zXZ", 0, "xz archive"},
    Magic{"7z\xBC\xAF\x27\x1C", 0, "7-Zip archive"},
    Magic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0, "Microsoft Office document (.doc/.xls)"},
    Magic{"\x7F" "ELF", 0, "executable"},
};

std::optional<std::string> known_binary_format(std::string_view bytes) {
  for (const Magic& magic : kMagics) {
    if (bytes.size() >= magic.offset + magic.prefix.size() &&
        bytes.substr(magic.offset, magic.prefix.size()) == magic.prefix) {
      if (magic.offset == 8 && bytes.substr(0, 4) != "RIFF") continue;
      return std::string(magic.what);
    }
  }
  return std::nullopt;
}

// BOM-less UTF-16 of mostly-ASCII text has a NUL in every other byte. Worth a
// hint, because iconv fixes it in one command.
std::optional<std::string> utf16_without_bom_hint(std::string_view head) {
  std::size_t nul_even = 0, nul_odd = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\0') ++(i % 2 == 0 ? nul_even : nul_odd);
  }
  const std::size_t pairs = head.size() / 2;
  if (pairs < 4) return std::nullopt;
  if (nul_even == 0 && nul_odd * 2 >= pairs) return std::string("UTF-16LE");
  if (nul_odd == 0 && nul_even * 2 >= pairs) return std::string("UTF-16BE");
  return std::nullopt;
}

bool only_white_space(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

DocumentText skipped(std::string reason) {
  DocumentText result;
  result.skip_reason = std::move(reason);
  return result;
}

// Reads everything from `fd` (a file, a pipe or a terminal) up to max_bytes.
// Returns the errno of a failed read, 0 on success, EFBIG if too large.
int read_all(int fd, std::string& out, std::size_t max_bytes) {
  // Read straight into the string: a regular file in one read of its size
  // (plus one byte, to see the end), anything else 64 KB at a time.
  std::size_t chunk = 1 << 16;
  struct stat info {};
  // A regular file's size as fstat saw it: when the first read returns
  // exactly that many bytes of the size + 1 asked for, the end is met and
  // the read that would return 0 is saved (one system call per document).
  // A file that grew, or one that reports no size (/proc), is read on.
  std::optional<std::size_t> file_size;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) return EFBIG;
    file_size = static_cast<std::size_t>(info.st_size);
    chunk = *file_size + 1;
  }
  std::size_t used = 0;
  for (;;) {
    if (used == out.size()) out.resize(used + chunk);  // grown only when full
    const std::size_t wanted = out.size() - used;
    ssize_t n = ::read(fd, out.data() + used, wanted);
    if (n < 0) {
      if (errno == EINTR) continue;
      out.resize(used);
      return errno;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) {
      out.resize(used);
      return EFBIG;
    }
    if (file_size && used == *file_size && used < wanted) break;  // the first read, short
    chunk = 1 << 16;
  }
  out.resize(used);
  return 0;
}

}  // namespace

std::string utf16_to_utf8(std::string_view bytes, bool big_endian, std::size_t& replaced) {
  constexpr char32_t kReplacement = 0xFFFD;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  auto unit_at = [&](std::size_t i) -> char32_t {
    const auto first = static_cast<unsigned char>(bytes[i]);
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? char32_t(first << 8 | second) : char32_t(second << 8 | first);
  };
  std::size_t i = 0;
  while (i + 1 < bytes.size()) {
    char32_t unit = unit_at(i);
    i += 2;
    char32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      char32_t low = i + 1 < bytes.size() ? unit_at(i) : 0;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = kReplacement;  // high surrogate without its low half
        ++replaced;
      }
    } else if ((unit >= 0xDC00 && unit <= 0xDFFF) || unit == 0) {
      cp = kReplacement;  // lone low surrogate; NUL is never text
      ++replaced;
    }
    append_utf8(out, cp);
  }
  if (i < bytes.size()) {  // an odd byte count: the file was cut short
    append_utf8(out, kReplacement);
    ++replaced;
  }
  return out;
}

DocumentText decode_document(std::string bytes) {
  const std::uintmax_t size = bytes.size();
  auto finish = [size](DocumentText result) {
    result.bytes_read = size;
    return result;
  };
  if (bytes.empty()) return finish(skipped("empty file"));

  const std::string_view view(bytes);
  if (view.starts_with(kUtf32LeBom) || view.starts_with(kUtf32BeBom)) {
    const char* from = view.starts_with(kUtf32LeBom) ? "UTF-32LE" : "UTF-32BE";
    return finish(skipped(std::string("UTF-32 text, not supported (convert it: iconv -f ") + from +
                          " -t UTF-8)"));
  }

  DocumentText result;
  std::size_t offset_base = 0;  // file offset of text[0], for messages
  bool converted = false;
  if (view.starts_with(kUtf16LeBom) || view.starts_with(kUtf16BeBom)) {
    const bool big_endian = view.starts_with(kUtf16BeBom);
    std::size_t replaced = 0;
    result.text = utf16_to_utf8(view.substr(2), big_endian, replaced);
    std::string note = std::string("converted from ") + (big_endian ? "UTF-16BE" : "UTF-16LE") +
                       " to UTF-8";
    if (replaced > 0) note += ", " + plural(replaced, "invalid code unit", "invalid code units") +
                              " replaced by U+FFFD";
    result.notes.push_back(std::move(note));
    converted = true;
  } else {
    if (auto format = known_binary_format(view)) {
      return finish(skipped("binary file (" + *format + ")"));
    }
    const std::string_view head = view.substr(0, kBinarySniffBytes);
    if (auto nul = head.find('\0'); nul != std::string_view::npos) {
      std::string reason = "binary file (NUL byte at " + std::to_string(nul) + ")";
      if (auto encoding = utf16_without_bom_hint(head)) {
        reason += "; if it is " + *encoding + " text without a byte-order mark, convert it: iconv -f " +
                  *encoding + " -t UTF-8";
      }
      return finish(skipped(std::move(reason)));
    }
    if (view.starts_with(kUtf8Bom)) {
      bytes.erase(0, kUtf8Bom.size());
      offset_base = kUtf8Bom.size();
    }
    result.text = std::move(bytes);
  }

  if (result.text.empty()) return finish(skipped("empty file"));
  if (only_white_space(result.text)) return finish(skipped("empty file (white space only)"));

  // Converted text is valid by construction; only raw UTF-8 input needs repair.
  if (!converted) {
    const Utf8Repair repair = repair_utf8(result.text);
    if (repair.replaced > 0) {
      result.notes.push_back("invalid UTF-8 at byte " + std::to_string(repair.first_bad_offset + offset_base) +
                             ", replaced by U+FFFD (" +
                             plural(repair.replaced, "sequence", "sequences") + ")");
    }
  }
  return finish(std::move(result));
}

DocumentText read_document(const DocumentSource& source, std::size_t max_bytes) {
  int fd = STDIN_FILENO;
  if (!source.is_stdin()) {
    fd = ::open(source.path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
      return skipped("cannot read it (" + std::generic_category().message(errno) + ")");
    }
  }
  std::string bytes;
  const int error = read_all(fd, bytes, max_bytes);
  if (!source.is_stdin()) ::close(fd);
  if (error == EFBIG) {
    return skipped("too large (over " + std::to_string(max_bytes >> 20) +
                   " MB; split it into articles)");
  }
  if (error != 0) {
    return skipped("cannot read it (" + std::generic_category().message(error) + ")");
  }
  return decode_document(std::move(bytes));
}

}  // namespace kgx::cli
