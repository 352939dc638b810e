#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "extract/document.h"
#include "extract/layout.h"
#include "extract/segment.h"

using namespace kgx;

namespace {

// `text` segmented and laid out.
Document laid_out(std::string text) {
  Document doc;
  doc.text = std::move(text);
  segment(doc);
  mark_layout(doc);
  return doc;
}

// The zone of the sentence that starts with `start`.
Zone zone_of(const std::string& text, const std::string& start) {
  const Document doc = laid_out(text);
  for (const Sentence& s : doc.sentences)
    if (doc.span_text(s.begin, s.end).substr(0, start.size()) == start) return s.zone;
  FAIL("no sentence starts with " << start);
  return Zone::Story;
}

const std::string kPage =
    "Ana Lopez Marries Tom Berg\n"
    "\n"
    "By Jane Doe | 3 years ago\n"
    "Ana Lopez married Tom Berg in Lisbon.\n"
    "Paul Smith/Getty Images\n"
    "Photo Source: Instagram/Ana Lopez\n"
    "View this post on Instagram\n"
    "More From The Daily Planet: Rita Moreno Weds Carl Jung\n"
    "The couple met in 2010.\n"
    "Related stories\n"
    "Rita Moreno begs Carl Jung: save my marriage\n"
    "About the author\n"
    "Jane writes about film.\n";

}  // namespace

TEST_CASE("boilerplate lines are recognised and kept out of the story") {
  CHECK(zone_of(kPage, "Ana Lopez Marries") == Zone::Title);
  CHECK(zone_of(kPage, "By Jane Doe") == Zone::Byline);
  CHECK(zone_of(kPage, "Ana Lopez married") == Zone::Story);
  CHECK(zone_of(kPage, "Paul Smith/Getty") == Zone::Credit);
  CHECK(zone_of(kPage, "Photo Source") == Zone::Credit);
  CHECK(zone_of(kPage, "View this post") == Zone::Widget);
  CHECK(zone_of(kPage, "More From") == Zone::Related);
  CHECK(zone_of(kPage, "The couple met") == Zone::Story);
  CHECK(zone_of(kPage, "Related stories") == Zone::Related);
  CHECK(zone_of(kPage, "Rita Moreno begs") == Zone::Related);
  CHECK(zone_of(kPage, "Jane writes") == Zone::AuthorBio);  // a later block starts its own zone
}

TEST_CASE("a \"More from X:\" line of its own starts a related block; with a headline it is one line") {
  const std::string text =
      "A Title\nAna Lopez signed for Rovers.\nMore from Sport:\nTom Berg and wife Ines expecting third child\n";
  CHECK(zone_of(text, "Ana Lopez signed") == Zone::Story);
  CHECK(zone_of(text, "More from Sport") == Zone::Related);
  CHECK(zone_of(text, "Tom Berg and wife") == Zone::Related);
  const std::string link = "A Title\nMore from Sport: Tom Berg weds Ines\nAna Lopez signed for Rovers.\n";
  CHECK(zone_of(link, "More from Sport") == Zone::Related);
  CHECK(zone_of(link, "Ana Lopez signed") == Zone::Story);
}

TEST_CASE("a \"MORE ON THIS\" heading starts a related block") {
  const std::string text = "A Title\nAna Lopez signed for Rovers.\n\nMORE ON THIS\n- Baker Heddie Rook's secret wedding to DJ Ravi Kell\n";
  CHECK(zone_of(text, "Ana Lopez signed") == Zone::Story);
  CHECK(zone_of(text, "MORE ON THIS") == Zone::Related);
  CHECK(zone_of(text, "- Baker Heddie") == Zone::Related);
}

TEST_CASE("a \"Read more\" heading starts related headlines, up to a line that reads as a paragraph") {
  const std::string block =
      "A Title\nAna Lopez married Tom Berg.\nRead more\n- Mia Lund and Karl Stein are engaged, sources say\n"
      "Read more obituaries\nOtto Berg dies at 90\n";
  CHECK(zone_of(block, "Ana Lopez married") == Zone::Story);
  CHECK(zone_of(block, "Read more") == Zone::Related);
  CHECK(zone_of(block, "- Mia Lund") == Zone::Related);
  CHECK(zone_of(block, "Otto Berg dies") == Zone::Related);
  // A "Read more" link inside the story: the story goes on.
  const std::string link =
      "A Title\nAna Lopez opened a restaurant.\nRead more\nAna Lopez, who married Tom Berg in 2001, said on "
      "Tuesday that the couple would open a second restaurant in Lisbon next spring.\n";
  CHECK(zone_of(link, "Ana Lopez, who married") == Zone::Story);
}

TEST_CASE("an author bio runs to the end of the page") {
  std::string text = "A Title\nStory text here.\nAbout the author\nJane Doe lives in Rome. She writes.\n";
  CHECK(zone_of(text, "Story text") == Zone::Story);
  CHECK(zone_of(text, "Jane Doe lives") == Zone::AuthorBio);
  CHECK(zone_of(text, "She writes") == Zone::AuthorBio);
}

TEST_CASE("a line under the title that is only a person's name is the byline") {
  const std::string page = "THE PEARL LUGGERS: BROOME AND THE SEA\nMatthew Kerrigan\n\nIt took eleven years.\n";
  CHECK(zone_of(page, "Matthew Kerrigan") == Zone::Byline);
  // Not a later line, nor words that are no name.
  CHECK(zone_of("Storm Hits Coast\nHeavy Rain Expected\n\nIt rained.\n", "Heavy Rain") == Zone::Story);
  CHECK(zone_of("Storm Hits Coast\nThe sea rose.\nMatthew Kerrigan\n", "Matthew Kerrigan") == Zone::Story);
}

TEST_CASE("title-case lines are headings, sentences are not") {
  const Document doc = laid_out("Ana Lopez Opens Up About Her Wedding\nAna Lopez opened up about her wedding.\n");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].heading);
  CHECK_FALSE(doc.sentences[1].heading);
}

TEST_CASE("title words left in lower case are the short function words only") {
  // and, the, of are skipped: four words, all capitalised. "then" and
  // "more" are not function words: two of seven words in lower case.
  const Document doc = laid_out("Ana Lopez and the Band of Gold\nAna Lopez then Left the Band Once more\n");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].heading);
  CHECK_FALSE(doc.sentences[1].heading);
}

TEST_CASE("a form feed starts a new article: a related block ends there") {
  std::string text =
      "First Title\nAna Ruiz married Tom Berg.\nRelated stories\nOther couple splits\n\f\n"
      "Second Title\nLena Ortiz married Paulo Reis.\n";
  CHECK(zone_of(text, "Other couple") == Zone::Related);
  CHECK(zone_of(text, "Second Title") == Zone::Title);
  CHECK(zone_of(text, "Lena Ortiz") == Zone::Story);
}

TEST_CASE("a credit rule's length limit holds: a long line naming an agency stays in the story") {
  // boilerplate.tsv allows at most 100 characters before "/Getty"; the line
  // preselection widens that bound, the rule itself must still apply it.
  std::string words;
  while (words.size() < 120) words += "word after word ";
  std::string text = "A Title\nStory text here.\n" + words + "as filed by Paul Smith/Getty Images\nPaul Smith/Getty Images\n";
  CHECK(zone_of(text, "word after word") == Zone::Story);
  CHECK(zone_of(text, "Paul Smith/Getty") == Zone::Credit);
}

TEST_CASE("a question with a content word in lower case is a sentence, not a title-case heading") {
  const std::string text =
      "Every Friday we ask.\n\n"
      "Have Tamsin Reeve and Oskar Lindqvist split?\n"
      "The internet thinks so.\n";
  Document doc;
  doc.text = text;
  segment(doc);
  mark_layout(doc);
  bool found = false;
  for (const Sentence& s : doc.sentences) {
    if (doc.text.compare(s.begin, 4, "Have") != 0) continue;
    found = true;
    CHECK_FALSE(s.heading);
  }
  CHECK(found);
  // In title case it is one.
  Document title;
  title.text = "Every Friday we ask.\n\nHave Tamsin Reeve and Oskar Lindqvist Split?\nThe internet thinks so.\n";
  segment(title);
  mark_layout(title);
  for (const Sentence& s : title.sentences)
    if (title.text.compare(s.begin, 4, "Have") == 0) CHECK(s.heading);
}

TEST_CASE("a masthead in capitals before a section's name names its publication; a section alone does not") {
  const Document doc = laid_out("A Title\n\nRIBBLE VALLEY COURIER | Saturday Feature\nAna Lopez signed for Rovers.\n");
  CHECK(zone_of("A Title\n\nRIBBLE VALLEY COURIER | Saturday Feature\nAna Lopez signed.\n", "RIBBLE") == Zone::Widget);
  REQUIRE(doc.mentions.size() == 1);
  CHECK(doc.mentions[0].type == EntityType::Org);
  CHECK(doc.surface(doc.mentions[0]) == "RIBBLE VALLEY COURIER");
  const Document section = laid_out("A Title\n\nMUSIC | THE LONG READ\nAna Lopez signed for Rovers.\n");
  CHECK(section.mentions.empty());
}

TEST_CASE("a two-language heading, the languages parted by a middle dot, starts a related block") {
  const std::string text =
      "A Title\nAna Lopez signed for Rovers.\n\nHURRENGO EKITALDIAK · COMING UP\n• 8 February: class with the sisters Ane and "
      "Irati Lasa\n";
  CHECK(zone_of(text, "Ana Lopez signed") == Zone::Story);
  CHECK(zone_of(text, "HURRENGO") == Zone::Related);
  CHECK(zone_of(text, "• 8 February") == Zone::Related);
  CHECK(zone_of("A Title\nAna Lopez signed.\nHEFYD / ALSO IN THE HERALD\n- Tom Berg weds\n", "- Tom Berg") == Zone::Related);
  // A dot inside a story's line is no such heading.
  CHECK(zone_of("A Title\nAna Lopez · coming up.\nTom Berg signed.\n", "Tom Berg") == Zone::Story);
  // A byline after a date is one; a credit after its first language's word is not read as one.
  CHECK(zone_of("A Title\nAna Lopez signed.\nMarch 2 · by Kalia Xiong\nTom Berg signed.\n", "March 2") == Zone::Byline);
  CHECK(zone_of("A Title\nAna Lopez signed.\nLluniau / Photos: Rhodri Bevan\n", "Lluniau") == Zone::Story);
}

TEST_CASE("'MOST READ', 'MOST POPULAR' and 'EDITOR'S PICKS' open a block of other stories") {
  const std::string text = "A Title\nAna Lopez signed for Rovers.\n\nMOST READ\n- Pop star Ava Quinn and fiance Jordan Pace call off "
                           "wedding\n";
  CHECK(zone_of(text, "Ana Lopez signed") == Zone::Story);
  CHECK(zone_of(text, "- Pop star") == Zone::Related);
  CHECK(zone_of("A Title\nAna Lopez signed.\n\nEditor's Picks\n- Tom Berg weds\n", "- Tom Berg") == Zone::Related);
  // Not a story's sentence that opens with the words.
  CHECK(zone_of("A Title\nAna Lopez signed.\nMost read by women\nTom Berg signed.\n", "Tom Berg") == Zone::Story);
}
