#include "export/xml_pull_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "extract/text.h"

namespace kgx {
namespace {

constexpr std::size_t kBlockSize = 1 << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Name characters, simplified: ASCII letters, digits and . - _ : and every
// byte of a non-ASCII character; a name does not start with a digit, . or -.
bool is_name_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_' || c == ':' || u >= 0x80;
}

bool is_name(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9') || name[0] == '.' || name[0] == '-') return false;
  return std::all_of(name.begin(), name.end(), is_name_char);
}

bool is_xml_char(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// The character an entity or character reference (between & and ;) stands
// for, or nullopt.
std::optional<std::uint32_t> reference_value(std::string_view reference) {
  if (reference == "lt") return '<';
  if (reference == "gt") return '>';
  if (reference == "amp") return '&';
  if (reference == "quot") return '"';
  if (reference == "apos") return '\'';
  if (reference.size() < 2 || reference[0] != '#') return std::nullopt;
  const bool hex = reference[1] == 'x';
  std::string_view digits = reference.substr(hex ? 2 : 1);
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || !is_xml_char(value))
    return std::nullopt;
  return value;
}

std::string shown(std::string_view text) {
  constexpr std::size_t kShown = 40;
  return "'" + std::string(text.substr(0, kShown)) + (text.size() > kShown ? "...'" : "'");
}

}  // namespace

XmlPullReader::XmlPullReader(std::istream& in)
    : in_(in), buffer_(new char[kBlockSize]), capacity_(kBlockSize) {}

std::size_t XmlPullReader::line() const {
  return lines_before_buffer_ + static_cast<std::size_t>(std::count(buffer_.get(), buffer_.get() + begin_, '\n'));
}

void XmlPullReader::fail(const std::string& what) const { throw XmlSyntaxError(what, line()); }

// Keeps the unread bytes, reads more after them; false at the end of the
// input. The buffer doubles only when one token fills it.
bool XmlPullReader::fill() {
  if (end_of_input_) return false;
  if (begin_ > 0) {
    lines_before_buffer_ += static_cast<std::size_t>(std::count(buffer_.get(), buffer_.get() + begin_, '\n'));
    std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == capacity_) {
    auto bigger = std::unique_ptr<char[]>(new char[capacity_ * 2]);
    std::memcpy(bigger.get(), buffer_.get(), end_);
    buffer_ = std::move(bigger);
    capacity_ *= 2;
  }
  const std::size_t wanted = capacity_ - end_;
  in_.read(buffer_.get() + end_, static_cast<std::streamsize>(wanted));
  const auto got = static_cast<std::size_t>(in_.gcount());
  if (in_.bad()) throw std::runtime_error("the input could not be read");
  end_ += got;
  if (got < wanted) end_of_input_ = true;
  return got > 0;
}

std::optional<std::string_view> XmlPullReader::attribute(std::string_view name) const {
  for (const Attribute& attribute : attributes_) {
    if (attribute.name != name) continue;
    if (attribute.decoded_size == std::string::npos) return attribute.raw;
    return std::string_view(attribute_text_).substr(attribute.decoded_at, attribute.decoded_size);
  }
  return std::nullopt;
}

// `raw` with references decoded and line ends normalised; `raw` itself when
// there is nothing to change (the common case: no copy).
std::string_view XmlPullReader::decode(std::string_view raw, std::string& scratch, bool in_attribute) const {
  std::size_t i = 0;
  for (; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '&' || c == '\r' || (in_attribute && (c == '<' || c == '\t' || c == '\n'))) break;
  }
  if (i == raw.size()) return raw;

  const std::size_t start = scratch.size();
  scratch.append(raw.substr(0, i));
  for (; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '&') {
      const std::size_t semicolon = raw.find(';', i + 1);
      const std::string_view reference =
          raw.substr(i + 1, semicolon == std::string_view::npos ? std::string_view::npos : semicolon - i - 1);
      const std::optional<std::uint32_t> value =
          semicolon == std::string_view::npos ? std::nullopt : reference_value(reference);
      if (!value) fail("unknown or unterminated reference " + shown("&" + std::string(reference)));
      append_utf8(scratch, *value);
      i = semicolon;
    } else if (c == '\r') {
      scratch += in_attribute ? ' ' : '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else if (in_attribute && c == '<') {
      fail("'<' in an attribute value");
    } else if (in_attribute && (c == '\t' || c == '\n')) {
      scratch += ' ';
    } else {
      scratch += c;
    }
  }
  return std::string_view(scratch).substr(start);
}

// The length of the markup at the position (from '<' to its closing '>'
// included), or 0 if the buffer does not hold all of it yet.
std::size_t XmlPullReader::markup_length() {
  const std::string_view rest(position(), available());
  auto through = [&](std::string_view terminator, std::size_t from) -> std::size_t {
    const std::size_t at = rest.find(terminator, from);
    return at == std::string_view::npos ? 0 : at + terminator.size();
  };
  // Long enough to tell the kinds apart; at the end of the input the kind
  // checks below see what there is.
  if (rest.size() < 9 && !end_of_input_) return 0;
  if (rest.starts_with("<!--")) return through("-->", 4);
  if (rest.starts_with("<![CDATA[")) return through("]]>", 9);
  if (rest.starts_with("<?")) return through("?>", 2);
  // Brackets in a DOCTYPE hold the internal subset, which may contain '>';
  // in a tag, '>' may stand inside a quoted attribute value, '<' may not.
  const bool doctype = rest.starts_with("<!DOCTYPE");
  int brackets = 0;
  char quote = 0;
  for (std::size_t i = doctype ? 9 : 1; i < rest.size(); ++i) {
    const char c = rest[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (doctype && (c == '[' || c == ']')) {
      brackets += c == '[' ? 1 : -1;
    } else if (c == '>' && brackets <= 0) {
      return i + 1;
    } else if (c == '<' && !doctype) {
      fail("'<' inside a tag");
    }
  }
  return 0;
}

XmlPullReader::Event XmlPullReader::start_tag(std::size_t length) {
  const std::string_view tag(position(), length);  // "<name attributes...>" or ".../>"
  const bool empty = tag[length - 2] == '/';
  const std::string_view inside = tag.substr(1, length - (empty ? 3 : 2));

  std::size_t i = 0;
  while (i < inside.size() && !is_space(inside[i])) ++i;
  name_ = inside.substr(0, i);
  if (!is_name(name_)) fail("bad element name " + shown(name_));
  if (depth_ == 0 && root_seen_) fail("a second root element <" + std::string(name_) + ">");

  attributes_.clear();
  attribute_text_.clear();
  while (i < inside.size()) {
    const std::size_t space_start = i;
    while (i < inside.size() && is_space(inside[i])) ++i;
    if (i == inside.size()) break;
    if (i == space_start) fail("attributes of <" + std::string(name_) + "> not separated by white space");
    const std::size_t name_start = i;
    while (i < inside.size() && inside[i] != '=' && !is_space(inside[i])) ++i;
    Attribute attribute;
    attribute.name = inside.substr(name_start, i - name_start);
    if (!is_name(attribute.name)) fail("bad attribute name " + shown(attribute.name) + " in <" + std::string(name_) + ">");
    while (i < inside.size() && is_space(inside[i])) ++i;
    if (i == inside.size() || inside[i] != '=')
      fail("attribute " + shown(attribute.name) + " of <" + std::string(name_) + "> has no value");
    ++i;
    while (i < inside.size() && is_space(inside[i])) ++i;
    if (i == inside.size() || (inside[i] != '"' && inside[i] != '\''))
      fail("the value of attribute " + shown(attribute.name) + " is not quoted");
    const char quote = inside[i];
    const std::size_t close = inside.find(quote, i + 1);
    if (close == std::string_view::npos) fail("the value of attribute " + shown(attribute.name) + " is not closed");
    attribute.raw = inside.substr(i + 1, close - i - 1);
    i = close + 1;
    for (const Attribute& other : attributes_)
      if (other.name == attribute.name) fail("attribute " + shown(attribute.name) + " given twice");
    const std::size_t before = attribute_text_.size();
    const std::string_view value = decode(attribute.raw, attribute_text_, true);
    if (value.data() != attribute.raw.data()) {
      attribute.decoded_at = before;
      attribute.decoded_size = value.size();
    }
    attributes_.push_back(attribute);
  }

  if (open_elements_.size() <= depth_) open_elements_.emplace_back();
  open_elements_[depth_].assign(name_);
  ++depth_;
  root_seen_ = true;
  pending_end_ = empty;
  begin_ += length;
  return Event::StartElement;
}

XmlPullReader::Event XmlPullReader::end_tag(std::size_t length) {
  std::string_view name(position() + 2, length - 3);
  while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
  if (depth_ == 0) fail("end tag </" + std::string(name) + "> without a start tag");
  const std::string& open = open_elements_[depth_ - 1];
  if (name != open) fail("</" + std::string(name) + "> closes <" + open + ">");
  --depth_;
  name_ = open;
  begin_ += length;
  return Event::EndElement;
}

XmlPullReader::Event XmlPullReader::finish() {
  if (depth_ > 0) fail("the input ends inside <" + open_elements_[depth_ - 1] + ">");
  if (!root_seen_) fail("no XML element found (empty input?)");
  finished_ = true;
  return Event::EndOfDocument;
}

XmlPullReader::Event XmlPullReader::next() {
  if (finished_) return Event::EndOfDocument;
  if (pending_end_) {
    pending_end_ = false;
    --depth_;
    name_ = open_elements_[depth_];
    return Event::EndElement;
  }
  text_scratch_.clear();
  for (;;) {
    if (available() == 0 && !fill()) return finish();
    const char* here = position();

    if (*here != '<') {
      const void* less_than = std::memchr(here, '<', available());
      if (!less_than && !end_of_input_) {
        // Text may go on past the buffer: read the rest before deciding.
        fill();
        continue;
      }
      const std::size_t length = less_than ? static_cast<std::size_t>(static_cast<const char*>(less_than) - here)
                                           : available();
      const std::string_view raw(here, length);
      if (depth_ == 0) {
        const std::size_t text_start = raw.find_first_not_of(" \t\r\n");
        if (text_start != std::string_view::npos) {
          begin_ += text_start;  // so that the message gives the line of the text
          fail("text outside the root element: " + shown(raw.substr(text_start)));
        }
        begin_ += length;
        continue;
      }
      text_ = decode(raw, text_scratch_, false);
      begin_ += length;
      return Event::Text;
    }

    const std::size_t length = markup_length();
    if (length == 0) {
      if (end_of_input_) fail("the input ends inside markup " + shown(std::string_view(here, available())));
      fill();
      continue;
    }
    const std::string_view markup(here, length);
    if (markup.starts_with("<!--") || markup.starts_with("<?")) {
      begin_ += length;
      continue;
    }
    if (markup.starts_with("<![CDATA[")) {
      if (depth_ == 0) fail("a CDATA section outside the root element");
      std::string_view raw = markup.substr(9, length - 12);
      // Only line ends change inside CDATA.
      if (raw.find('\r') != std::string_view::npos) {
        for (std::size_t i = 0; i < raw.size(); ++i) {
          if (raw[i] != '\r') {
            text_scratch_ += raw[i];
          } else {
            text_scratch_ += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
          }
        }
        raw = text_scratch_;
      }
      text_ = raw;
      begin_ += length;
      return Event::Text;
    }
    if (markup.starts_with("<!DOCTYPE")) {
      if (root_seen_ || doctype_seen_) fail("a DOCTYPE after the start of the document");
      doctype_seen_ = true;
      begin_ += length;
      continue;
    }
    if (markup.starts_with("<!")) fail("unknown markup " + shown(markup));
    if (markup.starts_with("</")) return end_tag(length);
    return start_tag(length);
  }
}

}  // namespace kgx
