#include "test_support.h"

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/segment.h"

using namespace kgx;

namespace {

Document segmented(std::string text) {
  Document doc;
  doc.text = std::move(text);
  segment(doc);
  return doc;
}

std::vector<std::string> sentences_of(const std::string& text) {
  Document doc = segmented(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.span_text(s.begin, s.end));
  return out;
}

std::vector<std::string> tokens_of(const std::string& text) {
  Document doc = segmented(text);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.token_text(t));
  return out;
}

}  // namespace

TEST_CASE("sentences end at . ! ? but not after abbreviations or initials") {
  CHECK(sentences_of("Mr. Smith met Dr. Jones on Oct. 6. They talked.") ==
        std::vector<std::string>{"Mr. Smith met Dr. Jones on Oct. 6.", "They talked."});
  CHECK(sentences_of("J. R. R. Tolkien wrote it. It sold well!") ==
        std::vector<std::string>{"J. R. R. Tolkien wrote it.", "It sold well!"});
  CHECK(sentences_of("Is it true? Yes.") == std::vector<std::string>{"Is it true?", "Yes."});
}

TEST_CASE("an initial's or abbreviation's period before a capitalised closed-class word ends the sentence") {
  CHECK(sentences_of("She is from Scarsdale, N.Y. The bride's mother is a judge.") ==
        std::vector<std::string>{"She is from Scarsdale, N.Y.", "The bride's mother is a judge."});
  CHECK(sentences_of("So was I. We got married in 2014.") ==
        std::vector<std::string>{"So was I.", "We got married in 2014."});
  // Not before a given name, an initial, or after a title.
  CHECK(sentences_of("He met Mr. Will Smith and J. A. Smith.") == std::vector<std::string>{"He met Mr. Will Smith and J. A. Smith."});
}

TEST_CASE("a period or comma between digits is the number's, not a sentence's end") {
  CHECK(sentences_of("She has 2.1 million followers. It cost $4.5m in 2001.Then it sold.") ==
        std::vector<std::string>{"She has 2.1 million followers.", "It cost $4.5m in 2001.", "Then it sold."});
  CHECK(tokens_of("10,000 fans, 3.") == std::vector<std::string>{"10,000", "fans", ",", "3", "."});
}

TEST_CASE("a quotation that ends a sentence stays with it; attribution continues it") {
  CHECK(sentences_of("\xE2\x80\x9CIt was right,\xE2\x80\x9D she said. Then she left.") ==
        std::vector<std::string>{"\xE2\x80\x9CIt was right,\xE2\x80\x9D she said.", "Then she left."});
  CHECK(sentences_of("He asked, \"Why not?\" and she laughed.") ==
        std::vector<std::string>{"He asked, \"Why not?\" and she laughed."});
  CHECK(sentences_of("She said: \"I agree.\" He left.") ==
        std::vector<std::string>{"She said: \"I agree.\"", "He left."});
}

TEST_CASE("a class year after a name is no token; a decade and a quotation's year are") {
  CHECK(tokens_of("Naomi Farrow '98 and Liam Castillo \xE2\x80\x99" "97 met.") ==
        std::vector<std::string>{"Naomi", "Farrow", "and", "Liam", "Castillo", "met", "."});
  // Before a capital the year stays, or the name would run on: "Sarah Kim '05 MD".
  CHECK(tokens_of("Sarah Kim '05 MD") == std::vector<std::string>{"Sarah", "Kim", "'", "05", "MD"});
  CHECK(tokens_of("In the '90s she said '74 was good.") ==
        std::vector<std::string>{"In", "the", "'", "90s", "she", "said", "'", "74", "was", "good", "."});
}

TEST_CASE("line breaks end sentences; CRLF is white space") {
  CHECK(sentences_of("Headline Without Period\r\n\r\nBody text here.\r\n") ==
        std::vector<std::string>{"Headline Without Period", "Body text here."});
}

TEST_CASE("\"E!\" does not end a sentence") {
  CHECK(sentences_of("On Monday, E! released a special. It aired.") ==
        std::vector<std::string>{"On Monday, E! released a special.", "It aired."});
}

TEST_CASE("possessives and contractions split off, curly or straight") {
  CHECK(tokens_of("Ana\xE2\x80\x99s dog didn't bark") ==
        std::vector<std::string>{"Ana", "\xE2\x80\x99s", "dog", "did", "n't", "bark"});
  CHECK(tokens_of("now-husband, 34-year-old") == std::vector<std::string>{"now-husband", ",", "34-year-old"});
  Document doc = segmented("Ana\xE2\x80\x99s");
  REQUIRE(doc.tokens.size() == 2);
  CHECK(doc.tokens[1].lower == "'s");
  CHECK(doc.tokens[1].has(kClitic));
}

TEST_CASE("words joined across - ' * & are marked, so only they are searched for inner punctuation") {
  Document doc = segmented("Vice-President O'Hara met AT&T's sh*t Ann \xE2\x80\x94 then left.");
  std::vector<std::string> joined;
  for (const Token& t : doc.tokens)
    if (t.has(kJoined)) joined.emplace_back(doc.token_text(t));
  CHECK(joined == std::vector<std::string>{"Vice-President", "O'Hara", "AT&T", "sh*t"});
  CHECK(&head_word(doc.tokens[0]) != &doc.tokens[0].word);  // "president", looked up on its own
}

TEST_CASE("words in capitals are marked; a word with a lower-case letter is not") {
  Document doc = segmented("NASA and AT&T met at&t, 2PM, R2D2, \xC3\x89" "LYS\xC3\x89" "E, \xC3\xA9" "LYS\xC3\xA9" "E, nASA, NaSA, A.");
  std::vector<std::string> caps;
  for (const Token& t : doc.tokens)
    if (t.has(kAllCaps)) caps.emplace_back(doc.token_text(t));
  CHECK(caps == std::vector<std::string>{"NASA", "AT&T", "2PM", "R2D2", "\xC3\x89" "LYS\xC3\x89" "E"});
  // Only a word in capitals joins across &.
  CHECK(tokens_of("at&t") == std::vector<std::string>{"at", "&", "t"});
  CHECK(tokens_of("aT&T") == std::vector<std::string>{"aT", "&", "T"});
}

TEST_CASE("long words end and count their capitals wherever a 16-byte block ends") {
  // The word scan reads 16 bytes at a time: words of 15 to 33 bytes, a
  // lower-case letter or a digit at every place, and words that end the text.
  for (std::size_t length = 15; length <= 33; ++length) {
    const std::string caps(length, 'Q');
    for (std::size_t at = 0; at < length; ++at) {
      std::string mixed = caps;
      mixed[at] = 'q';
      std::string digit = caps;
      digit[at] = '7';
      const std::string text = caps + ". " + mixed + " " + digit + "\xC3\x89" + ", " + caps;
      INFO("length ", length, ", changed at ", at);
      const Document doc = segmented(text);
      REQUIRE(doc.tokens.size() == 6);
      CHECK(doc.token_text(doc.tokens[0]) == caps);
      CHECK(doc.tokens[0].has(kAllCaps));
      CHECK(doc.token_text(doc.tokens[2]) == mixed);
      CHECK(doc.tokens[2].has(kAllCaps) == false);
      CHECK(doc.tokens[2].has(kCapitalized) == (at != 0));
      CHECK(doc.token_text(doc.tokens[3]) == digit + "\xC3\x89");  // a letter beyond ASCII goes on the word
      CHECK(doc.tokens[3].has(kAllCaps));
      CHECK(doc.token_text(doc.tokens[5]) == caps);
      CHECK(doc.tokens[5].end == text.size());
    }
  }
}

TEST_CASE("token offsets cut the original bytes, multi-byte text included") {
  std::string text = "Zo\xC3\xAB met Jos\xC3\xA9 \xE2\x80\x94 twice.";
  Document doc = segmented(text);
  for (const Token& t : doc.tokens) CHECK(text.substr(t.begin, t.end - t.begin) == std::string(doc.token_text(t)));
  CHECK(tokens_of(text) == std::vector<std::string>{"Zo\xC3\xAB", "met", "Jos\xC3\xA9", "\xE2\x80\x94", "twice", "."});
  CHECK(doc.tokens[3].lower == "-");
  CHECK(doc.tokens[0].has(kCapitalized));
}

TEST_CASE("empty and white-space-only text give no sentences") {
  CHECK(segmented("").sentences.empty());
  CHECK(segmented(" \n\t\r\n").sentences.empty());
}

TEST_CASE("lower-case forms are views that survive moving the document, longer forms included") {
  // U+023A lower-cases to U+2C65: two bytes become three, so the lower-case
  // buffer must be larger than the text (an overflow shows under ASan).
  std::string wide;
  for (int k = 0; k < 16; ++k) wide += "\xC8\xBA";
  Document doc = segmented("ANNA and Bo. " + wide);
  std::vector<Document> moved;
  moved.push_back(std::move(doc));
  moved.emplace_back();  // the vector grows: the document moves again
  const Document& kept = moved.front();
  std::string wide_lower;
  for (int k = 0; k < 16; ++k) wide_lower += "\xE2\xB1\xA5";
  std::vector<std::string> lower;
  for (const Token& t : kept.tokens) lower.emplace_back(t.lower);
  CHECK(lower == std::vector<std::string>{"anna", "and", "bo", ".", wide_lower});
  CHECK(kept.tokens[0].is(kFirstNameWord));  // looked up by its lower-case form
}

TEST_CASE("a possessive glued to an abbreviation's period is a clitic") {
  CHECK(tokens_of("Keane Jr.'s wife") == std::vector<std::string>{"Keane", "Jr", ".", "'s", "wife"});
  CHECK(tokens_of("Keane Jr.\xE2\x80\x99s wife") == std::vector<std::string>{"Keane", "Jr", ".", "\xE2\x80\x99s", "wife"});
  // Not a quotation after a sentence's stop.
  CHECK(tokens_of("He left.'Sure'") == std::vector<std::string>{"He", "left", ".", "'", "Sure", "'"});
}
