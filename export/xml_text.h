// Text that any XML 1.0 reader accepts, whatever bytes it started as.
//
// XML 1.0 allows only tab, newline, carriage return, U+0020-U+D7FF,
// U+E000-U+FFFD and U+10000-U+10FFFF. One other character (a stray \x01 or
// \x1b from a scraped page) makes Gephi and xmllint refuse the whole file, so
// these functions never let one through:
//   - C0 controls other than tab, newline and CR are removed, and so are
//     U+FFFE and U+FFFF;
//   - bytes that are not well-formed UTF-8 (stray continuation bytes, cut
//     sequences, overlong forms, encoded surrogates, code points past
//     U+10FFFF) become U+FFFD, one per maximal ill-formed subpart, as the
//     Unicode standard recommends.
// Everything else, C1 controls and DEL included, is kept as it is.
#pragma once

#include <string>
#include <string_view>

namespace kgx {

// The ASCII bytes append_xml_sanitized copies as they are: tab, newline,
// CR and U+0020-U+007F.
constexpr bool sanitizing_keeps_ascii(unsigned char c) {
  return (c >= 0x20 && c < 0x80) || c == '\t' || c == '\n' || c == '\r';
}

// The entity append_xml_escaped writes for an ASCII character, or empty when
// the character stands for itself (or is a control character it drops).
constexpr std::string_view xml_entity(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\r': return "&#13;";  // a literal CR would become a newline in every reader
    default: return {};
  }
}

// Appends `text` to `out` with the forbidden characters removed and invalid
// UTF-8 replaced; no markup escaping.
void append_xml_sanitized(std::string& out, std::string_view text);

// Appends `text` as XML character data that is safe both in element content
// and in a quoted attribute value: sanitized as above, & < > " ' written as
// entities, and CR as &#13; (a literal CR would be turned into a newline by
// every reader's line-end normalisation). Tab and newline stay literal, so
// in an attribute value a reader would see them as spaces.
void append_xml_escaped(std::string& out, std::string_view text);

// The same as append_xml_escaped, returning a new string.
std::string xml_escaped(std::string_view text);

}  // namespace kgx
