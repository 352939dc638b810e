#include "test_support.h"

#include <string_view>

#include "extract/lexicon.h"

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

TEST_CASE("a word the lexicon lacks is unknown, however close to one it has") {
  const Lexicon& lexicon = Lexicon::get();
  for (std::string_view unknown : {"qx"sv, "mothe"sv, "husban"sv, "daughte"sv, "zzzzzzz"sv, "zzzzzzzz"sv, ""sv})
    CHECK(lexicon.word(unknown).classes == 0);
  // The length is part of a short word's key: "a" followed by a NUL is not "a".
  CHECK(lexicon.word("a\0"sv).classes == 0);
  CHECK(lexicon.word("husband\0"sv).classes == 0);
}
