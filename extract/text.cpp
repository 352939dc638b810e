#include "extract/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace kgx {

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

Utf8Repair repair_utf8(std::string& text) {
  Utf8Repair report;
  // Fast path: most documents are valid and are not copied at all.
  std::string out;
  bool copying = false;
  std::size_t i = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  while (i < text.size()) {
    // Eight ASCII bytes (no NUL) at a time while nothing has been replaced.
    if (!copying) {
      while (i + 8 <= text.size()) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        const bool high_bit = (word & 0x8080808080808080ull) != 0;
        const bool zero_byte = ((word - 0x0101010101010101ull) & ~word & 0x8080808080808080ull) != 0;
        if (high_bit || zero_byte) break;
        i += 8;
      }
      if (i >= text.size()) break;
    }
    // ASCII runs (no NUL) need no decoding.
    if (static_cast<unsigned char>(text[i]) < 0x80 && text[i] != '\0') {
      if (copying) out += text[i];
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    bool bad = n <= 0 || cp == 0;
    if (bad && !copying) {
      out.reserve(text.size() + 16);
      out.assign(text, 0, i);
      copying = true;
    }
    if (bad) {
      if (report.replaced++ == 0) report.first_bad_offset = i;
      out += "\xEF\xBF\xBD";
      i += 1;
      continue;
    }
    if (copying) out.append(text, i, static_cast<std::size_t>(n));
    i += static_cast<std::size_t>(n);
  }
  if (copying) text = std::move(out);
  return report;
}

namespace {

// The end of fold_name, shared by its ASCII and Unicode paths.
std::string_view strip_possessive_and_article(std::string_view folded) {
  if (folded.size() >= 2 && folded.substr(folded.size() - 2) == "'s") folded.remove_suffix(2);
  if (folded.substr(0, 4) == "the ") folded.remove_prefix(4);
  return folded;
}

// Keeps the part of `folded` that strip_possessive_and_article keeps.
void strip_in_place(std::string& folded) {
  const std::string_view kept = strip_possessive_and_article(folded);
  const auto front = static_cast<std::size_t>(kept.data() - folded.data());
  folded.resize(front + kept.size());
  if (front > 0) folded.erase(0, front);
}

// What fold_ascii_into makes of each byte: an ASCII byte its lower case,
// white space kWhiteSpace, any other byte kNotAscii.
constexpr unsigned char kWhiteSpace = 0x80, kNotAscii = 0xFF;
constexpr std::array<unsigned char, 256> kAsciiFold = [] {
  std::array<unsigned char, 256> fold{};
  for (int c = 0; c < 256; ++c) fold[c] = c < 0x80 ? static_cast<unsigned char>(ascii_lower(static_cast<char>(c))) : kNotAscii;
  fold[' '] = fold['\t'] = fold['\n'] = fold['\r'] = kWhiteSpace;
  return fold;
}();

// The ASCII fold of `in`, written at out[length] on (length is advanced):
// lower case, white space collapsed (none before the first word; a space
// still pending at the end of `in` is kept in `pending_space`). False at the
// first non-ASCII byte. Names are mostly plain ASCII, folded here without
// utf8proc's decomposition. `out` needs room for in.size() + 1 bytes: a
// space pending from earlier text may come first.
bool fold_ascii_into(std::string_view in, char* out, std::size_t& length, bool& pending_space) {
  // Locals: stores through `out` could alias the caller's variables.
  std::size_t written = length;
  bool pending = pending_space;
  for (char c : in) {
    const unsigned char folded = kAsciiFold[static_cast<unsigned char>(c)];
    if (folded < 0x80) {
      if (pending) out[written++] = ' ';
      pending = false;
      out[written++] = static_cast<char>(folded);
      continue;
    }
    if (folded == kNotAscii) return false;
    pending = written > 0;
  }
  length = written;
  pending_space = pending;
  return true;
}

// How English text spells a (case-folded) letter that has no accent to
// strip: "Guðrún Þórsdóttir" is "Gudrun Thorsdottir", "Łukasz" "Lukasz",
// "Søren" "Soren". Inside a name that has Latin letters, a Cyrillic letter
// drawn like a Latin one is that letter ("Volkovа" typed with a Cyrillic
// "а"); a name all in Cyrillic keeps its letters. Empty: no other spelling.
std::string_view latin_spelling(std::string_view ch, bool latin_letters) {
  if (ch.size() != 2) return {};
  static constexpr std::pair<std::string_view, std::string_view> kLetters[] = {
      {"\xC3\xB0", "d"},  {"\xC4\x91", "d"},  {"\xC3\xBE", "th"}, {"\xC3\xA6", "ae"}, {"\xC5\x93", "oe"},
      {"\xC3\xB8", "o"},  {"\xC5\x82", "l"},  {"\xC4\xB1", "i"},  {"\xC4\xA7", "h"},
  };
  static constexpr std::pair<std::string_view, std::string_view> kCyrillicLookAlikes[] = {
      {"\xD0\xB0", "a"}, {"\xD0\xB5", "e"}, {"\xD0\xBE", "o"}, {"\xD1\x80", "p"}, {"\xD1\x81", "c"},
      {"\xD1\x83", "y"}, {"\xD1\x85", "x"}, {"\xD1\x96", "i"}, {"\xD1\x98", "j"}, {"\xD1\x95", "s"},
  };
  for (const auto& [letter, latin] : kLetters)
    if (ch == letter) return latin;
  if (latin_letters)
    for (const auto& [letter, latin] : kCyrillicLookAlikes)
      if (ch == letter) return latin;
  return {};
}

}  // namespace

bool GrowingFold::append(std::string_view more) {
  if (!ascii_) return false;
  std::size_t length = raw_.size();
  raw_.resize(length + more.size() + 1);
  ascii_ = fold_ascii_into(more, raw_.data(), length, pending_space_);
  raw_.resize(length);
  return ascii_;
}

std::string_view GrowingFold::folded() const { return strip_possessive_and_article(raw_); }

void fold_name_into(std::string_view name, std::string& folded) {
  // Folded into scratch room (on the stack for the usual short name) and
  // only what is kept is copied out: no zero-filled room, no erasing.
  char on_stack[256];
  std::unique_ptr<char[]> on_heap;
  char* room = on_stack;
  if (name.size() + 1 > sizeof on_stack) {
    on_heap = std::make_unique_for_overwrite<char[]>(name.size() + 1);
    room = on_heap.get();
  }
  std::size_t length = 0;
  bool ascii_pending_space = false;
  if (fold_ascii_into(name, room, length, ascii_pending_space)) {
    folded.assign(strip_possessive_and_article(std::string_view(room, length)));
    return;
  }
  folded.clear();
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
      static_cast<utf8proc_ssize_t>(name.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                     UTF8PROC_COMPAT));
  std::string_view source = name;
  if (n >= 0) source = std::string_view(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
  folded.reserve(source.size());
  const bool latin_letters = std::any_of(source.begin(), source.end(), [](char c) { return ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z'; });
  bool pending_space = false;
  for (std::size_t i = 0; i < source.size();) {
    unsigned char c = static_cast<unsigned char>(source[i]);
    std::size_t len = utf8_length(c);
    std::string_view ch = source.substr(i, len);
    i += len;
    if (ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\xC2\xA0") {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) folded += ' ';
    pending_space = false;
    if (ch == "\xE2\x80\x99" || ch == "\xE2\x80\x98") ch = "'";
    if (const std::string_view latin = latin_spelling(ch, latin_letters); !latin.empty()) ch = latin;
    folded += ch;
  }
  if (n >= 0) std::free(mapped);
  strip_in_place(folded);
}

std::string fold_name(std::string_view name) {
  std::string folded;
  fold_name_into(name, folded);
  return folded;
}

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return;
  utf8proc_uint8_t bytes[4];
  const utf8proc_ssize_t size = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
}

}  // namespace kgx
