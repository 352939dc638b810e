// Text primitives shared by every stage: UTF-8 repair and the folding that
// makes two spellings of one name compare equal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kgx {

struct Utf8Repair {
  std::size_t replaced = 0;           // invalid sequences replaced by U+FFFD
  std::size_t first_bad_offset = 0;   // byte offset of the first one in the input
};

// Replaces every invalid UTF-8 sequence (and NUL) in `text` by U+FFFD; valid
// text is left byte-for-byte as it is.
Utf8Repair repair_utf8(std::string& text);

// Case-folded, accents stripped, letters without one spelled as English
// text spells them ("Þóra Guðmundsdóttir" -> "thora gudmundsdottir", "ł"
// "l", "ø" "o"), curly apostrophes made straight, runs of white space
// collapsed, a trailing possessive 's and a leading "the " removed: "The
// Beyoncé's" -> "beyonce". Used to compare names.
std::string fold_name(std::string_view name);
// The same into `folded` (replaced), for a caller that folds many names
// into one buffer and so allocates nothing once it has grown. `name` must
// not view `folded`.
void fold_name_into(std::string_view name, std::string& folded);

// fold_name of a text that grows at its end ("Ann", "Ann Lee", "Ann Lee
// Smith" ...), each step folding only the bytes it adds. Only ASCII text is
// folded this way: once a byte of another script arrives, append() says so
// and the caller folds the whole text with fold_name.
class GrowingFold {
 public:
  void clear() {
    raw_.clear();
    pending_space_ = false;
    ascii_ = true;
  }
  // False (from then on) once `more` holds a non-ASCII byte.
  bool append(std::string_view more);
  // fold_name of everything appended so far (after a refusal: of what came
  // before the refused piece); valid until the next call.
  std::string_view folded() const;

 private:
  std::string raw_;  // lower-cased, white space collapsed, nothing stripped
  bool pending_space_ = false;
  bool ascii_ = true;
};

// Appends the UTF-8 encoding of a Unicode scalar value (not a surrogate,
// at most U+10FFFF; anything else appends nothing).
void append_utf8(std::string& out, char32_t code_point);

// An ASCII letter in lower case; every other byte as it is (UTF-8 lead and
// continuation bytes included, so it can run over UTF-8 text).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Number of bytes of the UTF-8 sequence starting with this byte (1 for
// continuation or invalid bytes, so that loops always advance).
std::size_t utf8_length(unsigned char lead);

}  // namespace kgx
