#include "test_support.h"

#include <string>
#include <string_view>

#include "extract/lexicon.h"
#include "extract/text.h"

using namespace kgx;
using namespace std::string_view_literals;

TEST_CASE("the lexicon answers for words of every length, up to 7 bytes and past it alike") {
  const Lexicon& lexicon = Lexicon::get();
  CHECK(lexicon.word("a").has(kFunctionWord));
  CHECK(lexicon.word("he").has(kPronoun));
  CHECK(lexicon.word("mrs").honorific_gender == Gender::Female);
  CHECK(lexicon.word("mother").noun_gender == Gender::Female);
  CHECK(lexicon.word("husband").noun_gender == Gender::Male);    // 7 bytes: the last short word
  CHECK(lexicon.word("daughter").noun_gender == Gender::Female);  // 8 bytes: the first longer one
  CHECK(lexicon.word("president").has(kHonorific));
  CHECK(lexicon.word("via").has(kTitleSmallWord));
  CHECK_FALSE(lexicon.word("then").has(kTitleSmallWord));
}

TEST_CASE("every entry of a lexicon file is found, whatever its length") {
  const Lexicon& lexicon = Lexicon::get();
  // 4 to 7 bytes is where a short word's key is built from two overlapping loads.
  for (std::string_view word : {"said"sv, "told"sv, "wife"sv, "niece"sv, "mother"sv, "husband"sv}) {
    CAPTURE(word);
    CHECK(lexicon.word(word).classes != 0);
  }
  std::size_t rows = 0;
  for (const auto& row : lexicon_rows("gendered_nouns.tsv")) {
    CAPTURE(row[0]);
    CHECK(lexicon.word(row[0]).has(kGenderedNoun));
    ++rows;
  }
  CHECK(rows > 20);
}

TEST_CASE("changing any one byte of a known word gives an unknown word") {
  const Lexicon& lexicon = Lexicon::get();
  for (std::string word : {"he", "she", "wife", "niece", "mother", "husband", "daughter"}) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      std::string changed = word;
      changed[i] = '#';  // in no lexicon word
      CAPTURE(changed);
      CHECK(lexicon.word(changed).classes == 0);
    }
  }
}

TEST_CASE("a word the lexicon lacks is unknown, however close to one it has") {
  const Lexicon& lexicon = Lexicon::get();
  for (std::string_view unknown : {"qx"sv, "mothe"sv, "husban"sv, "daughte"sv, "zzzzzzz"sv, "zzzzzzzz"sv, ""sv})
    CHECK(lexicon.word(unknown).classes == 0);
  // The length is part of a short word's key: "a" followed by a NUL is not "a".
  CHECK(lexicon.word("a\0"sv).classes == 0);
  CHECK(lexicon.word("husband\0"sv).classes == 0);
}

TEST_CASE("every place and medium of the lexicon files is found past the filter") {
  const Lexicon& lexicon = Lexicon::get();
  std::size_t places = 0;
  for (const auto& row : lexicon_rows("locations.tsv")) {
    CAPTURE(row[0]);
    REQUIRE(lexicon.is_location(fold_name(row[0])));
    ++places;
  }
  CHECK(places > 5000);
  for (const auto& row : lexicon_rows("media_orgs.txt")) {
    CAPTURE(row[0]);
    REQUIRE(lexicon.is_media_org(fold_name(row[0])));
  }
  CHECK(lexicon.is_location("new york city"));
  CHECK_FALSE(lexicon.is_location("new york cit"));
  CHECK_FALSE(lexicon.is_location("ann lee"));
  CHECK_FALSE(lexicon.is_media_org("paris"));
  CHECK_FALSE(lexicon.is_location(""));
}
