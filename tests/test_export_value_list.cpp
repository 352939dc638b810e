// export/value_list.h: `|`-joined lists and their escape.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "export/value_list.h"
#include "export/xml_text.h"

using kgx::decode_sourced_list;
using kgx::decode_value_list;
using kgx::ValueListEncoder;

namespace {

std::string encode(const std::vector<std::string>& items) {
  ValueListEncoder list;
  for (const std::string& item : items) list.add(item);
  return list.text();
}

std::string encode_sourced(const std::vector<kgx::SourcedItem>& items) {
  ValueListEncoder list;
  for (const auto& item : items) list.add_sourced(item.doc, item.text);
  return list.text();
}

}  // namespace

TEST_CASE("plain items are joined by | and read back") {
  std::vector<std::string> items = {"Ada", "Lovelace", "Countess of Lovelace"};
  CHECK(encode(items) == "Ada|Lovelace|Countess of Lovelace");
  CHECK(decode_value_list("Ada|Lovelace|Countess of Lovelace") == items);
  CHECK(decode_value_list("").empty());
  CHECK(encode({}) == "");
  CHECK(encode({""}) == "");  // the one ambiguity: an empty value is an empty list
}

TEST_CASE("a | inside an item is escaped and restored") {
  std::vector<std::string> items = {"AC|DC", "|", "a||b"};
  std::string text = encode(items);
  CHECK(text == "AC\\|DC|\\||a\\|\\|b");
  CHECK(decode_value_list(text) == items);
}

TEST_CASE("backslashes are escaped only where they could be misread") {
  CHECK(encode({"C:\\path\\file"}) == "C:\\path\\file");  // ordinary text stays as it is
  CHECK(encode({"ends with \\"}) == "ends with \\\\");
  CHECK(encode({"a\\|b"}) == "a\\\\\\|b");
  CHECK(encode({"a\\\\b"}) == "a\\\\\\b");
  for (const auto& items : std::vector<std::vector<std::string>>{
           {"\\", "\\"}, {"a\\", "b"}, {"\\\\", "\\|\\"}, {"x\\:y"}, {"\\n"}})
    CHECK(decode_value_list(encode(items)) == items);
}

TEST_CASE("empty items keep their place") {
  std::vector<std::string> items = {"", "a", ""};
  CHECK(encode(items) == "|a|");
  CHECK(decode_value_list("|a|") == items);
}

TEST_CASE("sourced items: the first unescaped ': ' ends the document id") {
  std::vector<kgx::SourcedItem> items = {{"doc1", "She said: yes | no."},
                                         {"odd: doc\\", "text"},
                                         {"", "no document"},
                                         {"d:2", ""}};
  std::string text = encode_sourced(items);
  CHECK(text.substr(0, 27) == "doc1: She said: yes \\| no.|");
  auto decoded = decode_sourced_list(text);
  REQUIRE(decoded.size() == items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    CHECK(decoded[i].doc == items[i].doc);
    CHECK(decoded[i].text == items[i].text);
  }
  auto bare = decode_sourced_list("no separator here");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].doc == "");
  CHECK(bare[0].text == "no separator here");
}

TEST_CASE("items are made XML-safe before escaping, so the escape survives") {
  // The control character would sit between the backslash and the separator.
  std::vector<std::string> items = {"a\\\x01", "b"};
  CHECK(decode_value_list(encode(items)) == std::vector<std::string>{"a\\", "b"});
}

TEST_CASE("random lists of awkward characters round-trip") {
  std::mt19937 random(12345);
  const std::string alphabet = "ab|\\: ";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 6),
      count(1, 4);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string> items(count(random));
    std::vector<kgx::SourcedItem> sourced;
    for (auto& item : items) {
      for (std::size_t n = length(random); n > 0; --n) item += alphabet[pick(random)];
      std::string doc;
      for (std::size_t n = length(random); n > 0; --n) doc += alphabet[pick(random)];
      sourced.push_back({doc, item});
    }
    // One empty item and no item at all are the same text: the only loss.
    if (items == std::vector<std::string>{""}) continue;
    REQUIRE(decode_value_list(encode(items)) == items);
    auto decoded = decode_sourced_list(encode_sourced(sourced));
    REQUIRE(decoded.size() == sourced.size());
    for (std::size_t i = 0; i < sourced.size(); ++i) {
      REQUIRE(decoded[i].doc == sourced[i].doc);
      REQUIRE(decoded[i].text == sourced[i].text);
    }
  }
}

TEST_CASE("a list written as XML is the list, XML-escaped") {
  // Output::XmlEscaped does both escapes in one pass; it must give what
  // escaping the plain list afterwards gives, on any bytes.
  std::mt19937 random(777);
  const std::vector<std::string> pieces = {"a", "b", " ", "|", "\\", ":", ": ", "&", "<", ">", "\"", "'", "\r",
                                           "\t", "\n", "\x01", "\x7f", "\xC3\xA9", "\xE2\x80\x99", "\xC3", "\x80",
                                           "\xEF\xBF\xBE", "\xED\xA0\x80", "&amp;"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 8), count(1, 4);
  auto random_item = [&] {
    std::string item;
    for (std::size_t n = length(random); n > 0; --n) item += pieces[pick(random)];
    return item;
  };
  for (int round = 0; round < 3000; ++round) {
    ValueListEncoder plain, xml(ValueListEncoder::Output::XmlEscaped);
    for (std::size_t n = count(random); n > 0; --n) {
      if (random() % 2) {
        const std::string item = random_item();
        plain.add(item);
        xml.add(item);
      } else {
        const std::string doc = random_item(), text = random_item();
        plain.add_sourced(doc, text);
        xml.add_sourced(doc, text);
      }
    }
    INFO("list: ", plain.text());
    REQUIRE(xml.text() == kgx::xml_escaped(plain.text()));
  }
  ValueListEncoder xml(ValueListEncoder::Output::XmlEscaped);
  xml.add("Tom & Jerry's \"AC|DC\"");
  xml.add_sourced("doc:1", "a<b>");
  CHECK(xml.text() == "Tom &amp; Jerry&apos;s &quot;AC\\|DC&quot;|doc\\:1: a&lt;b&gt;");
}
