#include "export/value_list.h"

#include <array>

#include "export/xml_text.h"

namespace kgx {
namespace {

constexpr char kSeparator = '|';
constexpr char kEscape = '\\';
constexpr std::string_view kDocSeparator = ": ";

constexpr bool is_escapable(char c) { return c == kEscape || c == kSeparator || c == ':'; }

// The bytes an item may consist of to be copied as it is: what sanitising
// keeps (xml_text.h), less the characters the list escapes.
constexpr std::array<bool, 256> kPlainItemByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0; c < 0x80; ++c)
    plain[c] = sanitizing_keeps_ascii(static_cast<unsigned char>(c)) && !is_escapable(static_cast<char>(c));
  return plain;
}();

// The same for a list written as XML character data: less the characters
// XML writes as entities.
constexpr std::array<bool, 256> kPlainXmlItemByte = [] {
  std::array<bool, 256> plain = kPlainItemByte;
  for (int c = 0; c < 0x80; ++c)
    if (!xml_entity(static_cast<char>(c)).empty()) plain[c] = false;
  return plain;
}();

// Whether text[i] starts a two-character escape pair.
bool escape_pair_at(std::string_view text, std::size_t i) {
  return text[i] == kEscape && i + 1 < text.size() && is_escapable(text[i + 1]);
}

// Calls visit(raw item) for each raw (still escaped) item, split at
// separators outside escape pairs; returns the number of items. No
// allocation: decoding a graph reads hundreds of thousands of lists.
template <typename Visit>
std::size_t for_each_raw_item(std::string_view text, Visit visit) {
  if (text.empty()) return 0;
  std::size_t count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (escape_pair_at(text, i)) {
      i += 2;
    } else if (text[i] == kSeparator) {
      visit(text.substr(start, i - start));
      ++count;
      start = ++i;
    } else {
      ++i;
    }
  }
  visit(text.substr(start));
  return count + 1;
}

std::size_t item_count(std::string_view text) {
  return for_each_raw_item(text, [](std::string_view) {});
}

std::string unescape(std::string_view raw) {
  if (raw.find(kEscape) == std::string_view::npos) return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (escape_pair_at(raw, i)) ++i;
    out += raw[i];
  }
  return out;
}

}  // namespace

void ValueListEncoder::clear() {
  text_.clear();
  count_ = 0;
}

void ValueListEncoder::start_item() {
  if (count_++ > 0) text_ += kSeparator;
}

void ValueListEncoder::append_escaped(std::string_view item, bool escape_colon) {
  // Most items (evidence sentences, names) are plain ASCII text: one scan
  // says so, and they are copied whole.
  const bool xml = output_ == Output::XmlEscaped;
  const auto& plain_byte = xml ? kPlainXmlItemByte : kPlainItemByte;
  std::size_t plain = 0;
  while (plain < item.size() && plain_byte[static_cast<unsigned char>(item[plain])]) ++plain;
  if (plain == item.size()) {
    text_ += item;
    return;
  }
  clean_.clear();
  append_xml_sanitized(clean_, item);
  // Copied in runs between the characters that need an escape: evidence
  // sentences make up most of a graph's bytes and rarely hold one.
  const std::string_view clean(clean_);
  std::size_t copied = 0;  // clean[0, copied) is in text_
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    // No character is both: the list's escapes are XML's plain characters.
    if (const std::string_view entity = xml ? xml_entity(c) : std::string_view(); !entity.empty()) {
      text_.append(clean.substr(copied, i - copied));
      text_ += entity;
      copied = i + 1;
      continue;
    }
    if (c != kSeparator && c != kEscape && c != ':') continue;
    const bool needs_escape = c == kSeparator || (c == ':' && escape_colon) ||
                              (c == kEscape && (i + 1 == clean.size() || is_escapable(clean[i + 1])));
    if (!needs_escape) continue;
    text_.append(clean.substr(copied, i - copied));
    text_ += kEscape;
    copied = i;
  }
  text_.append(clean.substr(copied));
}

void ValueListEncoder::add(std::string_view item) {
  start_item();
  append_escaped(item, false);
}

void ValueListEncoder::add_sourced(std::string_view doc, std::string_view text) {
  start_item();
  append_escaped(doc, true);
  text_ += kDocSeparator;
  append_escaped(text, false);
}

std::vector<std::string> decode_value_list(std::string_view text) {
  std::vector<std::string> items;
  items.reserve(item_count(text));
  for_each_raw_item(text, [&](std::string_view raw) { items.push_back(unescape(raw)); });
  return items;
}

std::vector<SourcedItem> decode_sourced_list(std::string_view text) {
  std::vector<SourcedItem> items;
  items.reserve(item_count(text));
  for_each_raw_item(text, [&](std::string_view raw) {
    std::size_t separator = std::string_view::npos;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (escape_pair_at(raw, i)) {
        ++i;
      } else if (raw[i] == kDocSeparator[0] && raw.substr(i, kDocSeparator.size()) == kDocSeparator) {
        separator = i;
        break;
      }
    }
    if (separator == std::string_view::npos) {
      items.push_back({std::string(), unescape(raw)});
    } else {
      items.push_back({unescape(raw.substr(0, separator)),
                       unescape(raw.substr(separator + kDocSeparator.size()))});
    }
  });
  return items;
}

}  // namespace kgx
