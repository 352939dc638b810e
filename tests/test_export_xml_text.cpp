// export/xml_text.h: escaping and removal of what XML 1.0 forbids.
#include <doctest/doctest.h>

#include <string>

#include "export/xml_text.h"

using kgx::xml_escaped;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string sanitized(std::string_view text) {
  std::string out;
  kgx::append_xml_sanitized(out, text);
  return out;
}

}  // namespace

TEST_CASE("xml_escaped leaves plain text and valid UTF-8 alone") {
  CHECK(xml_escaped("") == "");
  CHECK(xml_escaped("Ada Lovelace married William King in 1835.") ==
        "Ada Lovelace married William King in 1835.");
  CHECK(xml_escaped("Beyonc\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8E\xA4") ==
        "Beyonc\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8E\xA4");
  CHECK(xml_escaped("tab\there\nnewline") == "tab\there\nnewline");
  // Boundaries of the XML Char production that are allowed.
  CHECK(xml_escaped("\xED\x9F\xBF") == "\xED\x9F\xBF");          // U+D7FF
  CHECK(xml_escaped("\xEE\x80\x80") == "\xEE\x80\x80");          // U+E000
  CHECK(xml_escaped("\xEF\xBF\xBD") == "\xEF\xBF\xBD");          // U+FFFD
  CHECK(xml_escaped("\xF4\x8F\xBF\xBF") == "\xF4\x8F\xBF\xBF");  // U+10FFFF
  CHECK(xml_escaped("\x7F\xC2\x85") == "\x7F\xC2\x85");          // DEL, NEL: allowed in XML 1.0
}

TEST_CASE("xml_escaped writes the five markup characters as entities") {
  CHECK(xml_escaped("a & b < c > d \" e ' f") ==
        "a &amp; b &lt; c &gt; d &quot; e &apos; f");
  CHECK(xml_escaped("&amp;") == "&amp;amp;");
  CHECK(xml_escaped("]]>") == "]]&gt;");
}

TEST_CASE("carriage return survives as a character reference") {
  CHECK(xml_escaped("a\r\nb") == "a&#13;\nb");
  CHECK(sanitized("a\r\nb") == "a\r\nb");
}

TEST_CASE("control characters XML forbids are removed") {
  CHECK(xml_escaped("a\x01" "b\x1b[31mc") == "ab[31mc");
  CHECK(xml_escaped(std::string("x\0y", 3)) == "xy");
  CHECK(xml_escaped("\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0C\x0E\x0F\x10\x1F") == "");
  CHECK(sanitized("a\x0b<b>") == "a<b>");  // sanitizing does not escape
}

TEST_CASE("U+FFFE and U+FFFF are removed") {
  CHECK(xml_escaped("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c") == "abc");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, one per maximal ill-formed subpart") {
  CHECK(xml_escaped("\xFF") == kReplacement);
  CHECK(xml_escaped("a\xFF" "b") == "a" + kReplacement + "b");
  CHECK(xml_escaped("\x80") == kReplacement);                   // lone continuation byte
  CHECK(xml_escaped("a\xE2\x82") == "a" + kReplacement);        // cut at the end
  CHECK(xml_escaped("\xE2\x82<") == kReplacement + "&lt;");     // cut before ASCII
  CHECK(xml_escaped("\xC0\xAF") == kReplacement + kReplacement);  // overlong '/'
  CHECK(xml_escaped("\xE0\x80\xAF") == kReplacement + kReplacement + kReplacement);
  // A UTF-16 surrogate encoded as if it were a character (CESU-8).
  CHECK(xml_escaped("\xED\xA0\x80") == kReplacement + kReplacement + kReplacement);
  CHECK(xml_escaped("\xED\xA0\xBD\xED\xB8\x80").find('\xED') == std::string::npos);
  CHECK(xml_escaped("\xF4\x90\x80\x80") == kReplacement + kReplacement + kReplacement + kReplacement);
  CHECK(xml_escaped("\xF0\x9F\x8E") == kReplacement);  // emoji missing its last byte
}

TEST_CASE("escaping is linear on long text") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "word & \x01<tag> ";
  std::string escaped = xml_escaped(text);
  CHECK(escaped.size() == 200000 * std::string("word &amp; &lt;tag&gt; ").size());
}
