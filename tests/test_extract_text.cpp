#include "test_support.h"

#include "extract/text.h"

using namespace kgx;

TEST_CASE("fold_name makes spellings of one name equal") {
  CHECK(fold_name("Ann  Lee") == "ann lee");
  CHECK(fold_name("\tAnn\r\nLee ") == "ann lee");
  CHECK(fold_name("The Beatles") == "beatles");
  CHECK(fold_name("Ann Lee's") == "ann lee");
  CHECK(fold_name("The  Beyoncé's") == "beyonce");
  CHECK(fold_name("O\xE2\x80\x99Neil") == "o'neil");
  CHECK(fold_name("Theo") == "theo");  // "the" only as a word
  CHECK(fold_name("") == "");
}

TEST_CASE("fold_name spells letters without an accent to strip as English text does") {
  CHECK(fold_name("Gu\xC3\xB0r\xC3\xBAn \xC3\x9E\xC3\xB3rsd\xC3\xB3ttir") == "gudrun thorsdottir");  // Guðrún Þórsdóttir
  CHECK(fold_name("\xC5\x81ukasz Kie\xC5\x82") == "lukasz kiel");                                  // Łukasz Kieł
  CHECK(fold_name("S\xC3\xB8ren \xC3\x86rl\xC3\xB8") == "soren aerlo");                          // Søren Ærlø
  // A Cyrillic "а" typed inside a Latin name is an "a"; a Cyrillic name keeps its letters.
  CHECK(fold_name("Volkov\xD0\xB0") == "volkova");
  CHECK(fold_name("\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0") == "\xD0\xB0\xD0\xBD\xD0\xBD\xD0\xB0");  // Анна -> анна
}

TEST_CASE("fold_name folds names of any length") {
  // Names shorter than 256 bytes are folded on the stack, longer ones in place.
  for (std::size_t bytes : {12, 254, 255, 256, 257, 400}) {
    CAPTURE(bytes);
    const std::size_t qs = bytes - 11;  // "The " and "  Lee's" around them
    const std::string name = "The " + std::string(qs, 'Q') + "  Lee's";
    REQUIRE(name.size() == bytes);
    CHECK(fold_name(name) == std::string(qs, 'q') + " lee");
    CHECK(fold_name("The " + std::string(qs, 'Q') + "  Beyonc\xC3\xA9's") == std::string(qs, 'q') + " beyonce");
  }
}

TEST_CASE("a growing fold gives fold_name of every prefix it was given") {
  const std::string text = "The  Ann\tLEE 's Band of Bo's";
  // Cut after every byte: each prefix is folded as fold_name folds it,
  // whatever the pieces it arrived in.
  for (std::size_t step = 1; step <= 4; ++step) {
    CAPTURE(step);
    GrowingFold fold;
    for (std::size_t start = 0; start < text.size(); start += step) {
      const std::string_view piece = std::string_view(text).substr(start, step);
      REQUIRE(fold.append(piece));
      CHECK(fold.folded() == fold_name(std::string_view(text).substr(0, start + piece.size())));
    }
  }
}

TEST_CASE("a growing fold stops at the first non-ASCII byte") {
  GrowingFold fold;
  CHECK(fold.append("The Zoe "));
  CHECK(fold.folded() == "zoe");
  CHECK_FALSE(fold.append("Sald\xC3\xB1"));
  CHECK_FALSE(fold.append("a"));  // still refused: the caller folds the whole with fold_name
  fold.clear();
  CHECK(fold.folded() == "");
  CHECK(fold.append("The Ann Lee's"));
  CHECK(fold.folded() == "ann lee");
}
