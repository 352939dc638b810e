// XmlPullReader: the events of well-formed documents, the refusal of
// documents that are not, and tokens that straddle the reader's blocks.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/xml_pull_reader.h"
#include "test_support.h"

using kgx::XmlPullReader;
using kgx::XmlSyntaxError;
using Event = XmlPullReader::Event;

namespace {

// One line per event: "<name a=v ...>" (the attributes asked for), "</name>",
// "text:..." (consecutive text joined), "end".
std::vector<std::string> events_of(const std::string& xml, const std::vector<std::string>& attributes = {}) {
  std::istringstream in(xml);
  XmlPullReader reader(in);
  std::vector<std::string> events;
  for (;;) {
    const Event event = reader.next();
    if (event == Event::EndOfDocument) {
      events.push_back("end");
      return events;
    }
    if (event == Event::StartElement) {
      std::string line = "<" + std::string(reader.name());
      for (const std::string& name : attributes)
        if (auto value = reader.attribute(name)) line += " " + name + "=" + std::string(*value);
      events.push_back(line + ">");
    } else if (event == Event::EndElement) {
      events.push_back("</" + std::string(reader.name()) + ">");
    } else if (!events.empty() && events.back().rfind("text:", 0) == 0) {
      events.back() += reader.text();
    } else {
      events.push_back("text:" + std::string(reader.text()));
    }
  }
}

// The message and line of the error reading `xml` raises, or "no error".
std::string error_of(const std::string& xml) {
  try {
    events_of(xml);
  } catch (const XmlSyntaxError& error) {
    return std::string(error.what()) + " @" + std::to_string(error.line);
  }
  return "no error";
}

}  // namespace

TEST_CASE("elements, attributes, empty elements and text come in document order") {
  CHECK(events_of(R"(<?xml version="1.0" encoding="UTF-8"?>
<g:root xmlns:g="x" id='r1'><a key="k">one</a><b/>two<c  key = "v" ></c ></g:root>
)",
                  {"id", "key"}) ==
        std::vector<std::string>{"<g:root id=r1>", "<a key=k>", "text:one", "</a>", "<b>", "</b>", "text:two",
                                 "<c key=v>", "</c>", "</g:root>", "end"});
}

TEST_CASE("comments, processing instructions, a DOCTYPE and CDATA") {
  CHECK(events_of("<!DOCTYPE r [ <!ENTITY x \"a > b\"> ]>\n<!-- c > d -->\n<r><?pi x?>a<![CDATA[<b>&amp;]]>c"
                  "<!-- inner --></r>\n<!-- after -->\n") ==
        std::vector<std::string>{"<r>", "text:a<b>&amp;c", "</r>", "end"});
}

TEST_CASE("references are decoded and line ends normalised") {
  CHECK(events_of("<r a=\"x&amp;y&#10;&#x263A;\t&lt;\">&lt;&gt;&amp;&quot;&apos;&#233;&#xE9;\r\nz\rw&#13;</r>",
                  {"a"}) ==
        std::vector<std::string>{"<r a=x&y\n\xE2\x98\xBA <>", "text:<>&\"'\xC3\xA9\xC3\xA9\nz\nw\r", "</r>",
                                 "end"});
  // A literal newline in an attribute value reads as a space.
  CHECK(events_of("<r a=\"1\n2\r\n3\"/>", {"a"}) == std::vector<std::string>{"<r a=1 2 3>", "</r>", "end"});
}

TEST_CASE("what is not well-formed is refused with its line") {
  CHECK(error_of("") == "no XML element found (empty input?) @1");
  CHECK(error_of("   \n") == "no XML element found (empty input?) @2");
  CHECK(error_of("<a>\n<b>\n</a>") == "</a> closes <b> @3");
  CHECK(error_of("<a>\n<b></b>") == "the input ends inside <a> @2");
  CHECK(error_of("<a/><b/>") == "a second root element <b> @1");
  CHECK(error_of("<a/>\ntext") == "text outside the root element: 'text' @2");
  CHECK(error_of("hello") == "text outside the root element: 'hello' @1");
  CHECK(error_of("</a>") == "end tag </a> without a start tag @1");
  CHECK(error_of("<a b=c/>") == "the value of attribute 'b' is not quoted @1");
  CHECK(error_of("<a b/>") == "attribute 'b' of <a> has no value @1");
  CHECK(error_of("<a b='1' b='2'/>") == "attribute 'b' given twice @1");
  CHECK(error_of("<a b='1'c='2'/>") == "attributes of <a> not separated by white space @1");
  CHECK(error_of("<a b='x<y'/>") == "'<' in an attribute value @1");
  CHECK(error_of("<a <b/>") == "'<' inside a tag @1");
  CHECK(error_of("<1a/>") == "bad element name '1a' @1");
  CHECK(error_of("<a>&nbsp;</a>") == "unknown or unterminated reference '&nbsp' @1");
  CHECK(error_of("<a>&#0;</a>") == "unknown or unterminated reference '&#0' @1");
  CHECK(error_of("<a>&#xD800;</a>") == "unknown or unterminated reference '&#xD800' @1");
  CHECK(error_of("<a>& b</a>") == "unknown or unterminated reference '& b' @1");
  CHECK(error_of("<a>\n<!-- never closed") == "the input ends inside markup '<!-- never closed' @2");
  CHECK(error_of("<a><![CDATA[x]]></a><![CDATA[y]]>") == "a CDATA section outside the root element @1");
  CHECK(error_of("<a/><!DOCTYPE a>") == "a DOCTYPE after the start of the document @1");
  CHECK(error_of("<a><!ELEMENT x></a>") == "unknown markup '<!ELEMENT x>' @1");
}

TEST_CASE("tokens longer than a block and documents of many blocks") {
  // The reader works in 1 MiB blocks: a text, an attribute value and a
  // comment of 3 MiB each cross several of them.
  const std::string long_text(3 << 20, 'x');
  const std::string xml = "<r>\n<a v=\"" + long_text + "\">" + long_text + "</a>\n<!--" + long_text + "-->\n<b/></r>";
  std::istringstream in(xml);
  XmlPullReader reader(in);
  REQUIRE(reader.next() == Event::StartElement);
  REQUIRE(reader.next() == Event::Text);
  REQUIRE(reader.next() == Event::StartElement);
  CHECK(reader.attribute("v")->size() == long_text.size());
  REQUIRE(reader.next() == Event::Text);
  CHECK(reader.text() == long_text);
  REQUIRE(reader.next() == Event::EndElement);
  REQUIRE(reader.next() == Event::Text);
  REQUIRE(reader.next() == Event::Text);  // the newline after the comment
  REQUIRE(reader.next() == Event::StartElement);
  CHECK(reader.name() == "b");

  // Lines are counted across blocks.
  std::string many_lines = "<r>\n";
  for (int i = 0; i < 200000; ++i) many_lines += "<e>line</e>\n";
  CHECK(error_of(many_lines + "</x>") == "</x> closes <r> @200002");
}
