#include "test_support.h"

#include "extract/name_variants.h"

using namespace kgx;

TEST_CASE("nicknames: clippings of the name and listed pet forms, in one direction") {
  CHECK(is_nickname_of("tommy", "tom"));
  CHECK(is_nickname_of("dani", "daniel"));
  CHECK(is_nickname_of("peggy", "margaret"));
  CHECK(is_nickname_of("pippa", "philippa"));
  CHECK_FALSE(is_nickname_of("margaret", "peggy"));
  CHECK_FALSE(is_nickname_of("mila", "mia"));
  // A misspelling is a name variant but no nickname.
  CHECK(is_name_variant("jonh", "john"));
  CHECK_FALSE(is_nickname_of("jonh", "john"));
}

TEST_CASE("nicknames: the listed pet forms of other languages' names") {
  CHECK(is_nickname_of("katya", "yekaterina"));
  CHECK(is_nickname_of("tomek", "tomasz"));
  CHECK(is_nickname_of("gosia", "malgorzata"));  // Małgorzata, as fold_name spells it
  CHECK(is_nickname_of("pepe", "jose"));
  CHECK_FALSE(is_nickname_of("katya", "tomasz"));
}

TEST_CASE("romanisations of one name are variants of it") {
  CHECK(is_name_variant("alexei", "aleksei"));
  CHECK(is_name_variant("ekaterina", "yekaterina"));
  CHECK(is_name_variant("dmitri", "dmitry"));
  CHECK(is_name_variant("dmitriy", "dmitri"));
  CHECK_FALSE(is_name_variant("alexa", "aleksei"));
  CHECK_FALSE(is_nickname_of("alexei", "aleksei"));  // a spelling, no pet form
}

TEST_CASE("nicknames: a clipping may end inside the shared letters or double its last consonant") {
  CHECK(is_nickname_of("ferdie", "ferdinand"));  // ferd|ie, not ferdi|e
  CHECK(is_nickname_of("freddie", "frederick"));
  CHECK(is_nickname_of("robbie", "robert"));
  CHECK_FALSE(is_nickname_of("dana", "daniel"));
  CHECK_FALSE(is_nickname_of("ferde", "ferdinand"));  // no diminutive ending
  CHECK_FALSE(is_nickname_of("freddo", "frederick"));
  // ... where the name lists do not give the two names different genders.
  CHECK_FALSE(is_nickname_of("patty", "patrick"));
  CHECK_FALSE(is_nickname_of("nellie", "nelson"));
}

TEST_CASE("surname misspellings: near misses and clippings, never a given name's pet form") {
  CHECK(is_surname_misspelling("smyth", "smith"));
  CHECK_FALSE(is_surname_misspelling("frank", "francis"));
}

TEST_CASE("a quoted nickname: the name without it and the nickname with the surname") {
  CHECK(names_around_quoted_nickname("Katherine \"Kate\" Moreno") ==
        std::vector<std::string>{"Katherine Moreno", "Kate Moreno"});
  CHECK(names_around_quoted_nickname("Robert \u201cBobby\u201d Kane Jr") ==
        std::vector<std::string>{"Robert Kane Jr", "Bobby Kane Jr"});
  CHECK(names_around_quoted_nickname("Cornelius 'Neil' Abernathy") ==
        std::vector<std::string>{"Cornelius Abernathy", "Neil Abernathy"});
  CHECK(names_around_quoted_nickname("Kate Moreno").empty());
  CHECK(names_around_quoted_nickname("\"Kate\" Moreno").empty());  // no given name before it
  CHECK(names_around_quoted_nickname("Katherine \"Kate\"").empty());  // no surname after it
  CHECK(names_around_quoted_nickname("Anne O'Neill").empty());
}

TEST_CASE("a surname's Gaelic prefix respelt: 'Mc' for 'Mac' and back, nothing for 'Mack' or 'Macy'") {
  CHECK(mac_prefix_respelt("mcnamara") == "macnamara");
  CHECK(mac_prefix_respelt("macleod") == "mcleod");
  CHECK(mac_prefix_respelt("mack") == "");
  CHECK(mac_prefix_respelt("macy") == "");
  CHECK(mac_prefix_respelt("smith") == "");
}
