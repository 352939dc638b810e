#include "export/value_list.h"

#include "export/xml_text.h"

namespace kgx {
namespace {

constexpr char kSeparator = '|';
constexpr char kEscape = '\\';
constexpr std::string_view kDocSeparator = ": ";

bool is_escapable(char c) { return c == kEscape || c == kSeparator || c == ':'; }

// Whether text[i] starts a two-character escape pair.
bool escape_pair_at(std::string_view text, std::size_t i) {
  return text[i] == kEscape && i + 1 < text.size() && is_escapable(text[i + 1]);
}

// Raw (still escaped) items, split at separators outside escape pairs.
std::vector<std::string_view> split_escaped(std::string_view text) {
  std::vector<std::string_view> items;
  if (text.empty()) return items;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (escape_pair_at(text, i)) {
      i += 2;
    } else if (text[i] == kSeparator) {
      items.push_back(text.substr(start, i - start));
      start = ++i;
    } else {
      ++i;
    }
  }
  items.push_back(text.substr(start));
  return items;
}

std::string unescape(std::string_view raw) {
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
  clean_.clear();
  append_xml_sanitized(clean_, item);
  for (std::size_t i = 0; i < clean_.size(); ++i) {
    char c = clean_[i];
    bool needs_escape = c == kSeparator || (c == ':' && escape_colon) ||
                        (c == kEscape && (i + 1 == clean_.size() || is_escapable(clean_[i + 1])));
    if (needs_escape) text_ += kEscape;
    text_ += c;
  }
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
  for (std::string_view raw : split_escaped(text)) items.push_back(unescape(raw));
  return items;
}

std::vector<SourcedItem> decode_sourced_list(std::string_view text) {
  std::vector<SourcedItem> items;
  for (std::string_view raw : split_escaped(text)) {
    std::size_t separator = std::string_view::npos;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (escape_pair_at(raw, i)) {
        ++i;
      } else if (raw.substr(i, kDocSeparator.size()) == kDocSeparator) {
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
  }
  return items;
}

}  // namespace kgx
