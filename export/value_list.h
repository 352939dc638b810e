// Lists held in one text value: the `|`-joined attributes of CONTRACT.md
// (aliases, documents, date, place, evidence) and the extra keys.
//
// The escape, so that a value holding `|` survives the split:
//   - inside an item, `|` is written `\|`;
//   - a backslash is written `\\` when it is followed by `\`, `|` or `:`, or
//     ends the item; any other backslash is written as it is, so ordinary
//     text reads the same to a reader that does not know the escape;
//   - in "doc: text" items the doc part writes `:` as `\:`, so the first
//     unescaped ": " is the one that ends the document id.
// Decoding turns `\\`, `\|` and `\:` back into `\`, `|` and `:` and leaves
// any other backslash alone. A naive split on `|` (score.py) gives the same
// items unless an item itself holds `|`.
//
// Items are made XML-safe (see xml_text.h) before they are escaped: removing a
// control character afterwards could put a backslash next to a separator.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kgx {

class ValueListEncoder {
 public:
  // What text() holds: the list, or the list already written as XML
  // character data (what append_xml_escaped would make of it, in the same
  // pass: a GraphML file is mostly evidence lists).
  enum class Output { List, XmlEscaped };
  explicit ValueListEncoder(Output output = Output::List) : output_(output) {}
  Output output() const { return output_; }

  void clear();
  void add(std::string_view item);
  void add_sourced(std::string_view doc, std::string_view text);  // "doc: text"
  bool empty() const { return count_ == 0; }
  // The joined list; XML-escaped when output() is XmlEscaped (then it can
  // be written into a document as it is).
  const std::string& text() const { return text_; }

 private:
  void start_item();
  void append_escaped(std::string_view item, bool escape_colon);

  Output output_;
  std::string text_;
  std::string clean_;  // scratch for the sanitized item, reused to avoid allocations
  std::size_t count_ = 0;
};

// The items of a list written by ValueListEncoder::add. An empty value is an
// empty list.
std::vector<std::string> decode_value_list(std::string_view text);

struct SourcedItem {
  std::string doc;
  std::string text;
};

// The items of a list written by ValueListEncoder::add_sourced. An item with
// no ": " separator is all text, with an empty doc.
std::vector<SourcedItem> decode_sourced_list(std::string_view text);

}  // namespace kgx
