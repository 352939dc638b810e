// Turns the bytes of one document into the UTF-8 text the extractor reads,
// or says why the document cannot be used. The decision rests on the bytes,
// never on the file name:
//
//   empty / white space only   -> skipped
//   UTF-32 byte-order mark     -> skipped (with the iconv command that fixes it)
//   UTF-16 byte-order mark     -> converted to UTF-8 (noted)
//   UTF-8 byte-order mark      -> stripped
//   PDF, ZIP, image, ... magic -> skipped, "binary file (PDF document)"
//   NUL in the first 8 KB      -> skipped, "binary file (NUL byte at 12)"
//   invalid UTF-8              -> repaired with U+FFFD (noted, with the byte offset)
//
// The text handed on is always valid UTF-8 without NUL; evidence offsets the
// extractor reports are offsets into this text (after BOM removal or
// conversion), not into the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/inputs.h"

namespace kgx::cli {

struct DocumentText {
  std::string text;                        // valid UTF-8, no BOM, no NUL
  std::vector<std::string> notes;          // worth a warning; the text is still used
  std::optional<std::string> skip_reason;  // set when the document cannot be used
  std::uintmax_t bytes_read = 0;           // size of the raw input
};

// Documents larger than this are skipped: a news article is a few KB, and
// evidence offsets are 32-bit.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;

// How far into a document binary detection looks, like grep and git do.
inline constexpr std::size_t kBinarySniffBytes = 8192;

DocumentText decode_document(std::string bytes);

// Reads the source (a file, or standard input) and decodes it. Never throws
// for I/O problems: an unreadable document comes back with a skip_reason.
DocumentText read_document(const DocumentSource& source, std::size_t max_bytes = kMaxDocumentBytes);

// UTF-16 (no BOM in `bytes`) to UTF-8. Unpaired surrogates, U+0000 and an odd
// trailing byte become U+FFFD; `replaced` counts them.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian, std::size_t& replaced);

}  // namespace kgx::cli
