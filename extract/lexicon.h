// General knowledge the extractor looks words up in: first names with their
// usual gender, places, titles, cue words, ordinary vocabulary, patterns.
// The files live in extract/lexicon/ (sources and licences in its README)
// and are compiled into the binary; they are parsed once, on first use, and
// never change afterwards, so lookups are safe from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "extract/ontology.h"
#include "extract/string_map.h"

namespace kgx {

// The raw bytes of a lexicon file by name ("first_names.tsv"), empty if none.
std::string_view lexicon_file(std::string_view name);

// Non-comment, non-empty lines of a lexicon file, split at tabs.
std::vector<std::vector<std::string_view>> lexicon_rows(std::string_view name);

// What the lexicons say about one lower-cased word, gathered in one entry so
// that a token is looked up once (segment() stores it on the Token) and every
// later question about it is a bit test.
enum WordClass : std::uint32_t {
  kFirstNameWord = 1u << 0,
  kCommonWord = 1u << 1,    // ordinary English vocabulary
  kFunctionWord = 1u << 2,  // closed class: the, when, although ...
  kDemonym = 1u << 3,
  kAbbreviation = 1u << 4,  // its period does not end a sentence
  kRoleNoun = 1u << 5,      // rapper, actress, winner ...
  kOrgCue = 1u << 6,
  kWorkCue = 1u << 7,
  kEventCue = 1u << 8,
  kSpeechVerb = 1u << 9,
  kHonorific = 1u << 10,
  kNeverName = 1u << 11,    // months, weekdays, Jr, PhD
  kGenderedNoun = 1u << 12, // husband, actress ...
  kPlaceWord = 1u << 13,    // a one-word place name (folded)
  kPronoun = 1u << 14,      // a personal pronoun coreference resolves (pronouns.tsv)
  kTitleSmallWord = 1u << 15,  // left in lower case by title-case lines (title_small_words.txt)
  kPastParticiple = 1u << 16,  // an irregular one (past_participles.txt): "she'd met" is "she had met"
  kAdverb = 1u << 17,          // after an object or opening a verb phrase (adverbs.txt): "invited her onstage"
  kPlaceNoun = 1u << 18,       // a kind of place (place_nouns.txt): "the town of Dunford"
  kPreposition = 1u << 19,     // opens a noun phrase (prepositions.txt): "with Ann", "in an interview"
  kBuildingCue = 1u << 20,     // a house, estate or street (building_cues.txt): "Gullhaven House"
  kChildNoun = 1u << 21,       // someone's child (child_nouns.txt): "son", "daughters", "stepson"
  kNumberWord = 1u << 22,      // a number spelled out (number_words.txt): "nine", "forty-two"
  kClauseOpener = 1u << 23,    // opens a clause inside a clause (clause_openers.txt): "that", "because", "to"
  kPlaceOnlyCue = 1u << 24,    // a building cue no surname is (building_cues.txt "place"): "island", "chapel"
  kStreetCue = 1u << 25,       // an address's building cue (building_cues.txt "street"): "road", "street"
  kInstitutionCue = 1u << 26,  // an organisation's cue no surname is (org_cues.txt "institution"): "university"
  kLegalParty = 1u << 27,      // a court filing's name for a party (legal_parties.txt): "petitioner", "defendant"
  kKinTitle = 1u << 28,        // a relative's word written as a title before a given name (kin_titles.txt): "Nanny Rua"
  kTitleAfterName = 1u << 29,  // a title written after a given name (honorifics.tsv "after"): "Elif Hanım", "Haluk Bey"
  kTitleSecondWord = 1u << 30, // the second word of a two-word title (honorifics.tsv): "sri" of "tan sri"
  kPeerStyle = 1u << 31,       // a title that makes a style with a territory (honorifics.tsv "style"): "Earl" of "the Earl of Caverlow"
};

struct WordInfo {
  std::uint32_t classes = 0;
  Gender first_name_gender = Gender::Unknown;
  Gender honorific_gender = Gender::Unknown;
  Gender noun_gender = Gender::Unknown;
  bool has(std::uint32_t word_class) const { return (classes & word_class) != 0; }
};

// A personal pronoun as pronouns.tsv describes it: "he" 3rd person singular
// male, "we" 1st person plural.
struct PronounInfo {
  int person = 3;
  bool plural = false;
  Gender gender = Gender::Unknown;
};

class Lexicon {
 public:
  static const Lexicon& get();

  // Everything known about a lower-cased word (an empty entry if nothing).
  // Tokens carry their entry (Token::word, head_word in document.h); the
  // two questions below are for words that are not tokens of a document.
  const WordInfo& word(std::string_view lower) const;
  bool is_common_word(std::string_view lower) const { return word(lower).has(kCommonWord); }
  bool is_role_noun(std::string_view lower) const { return word(lower).has(kRoleNoun); }
  // "tan" "sri", "datuk" "seri": a title of two words (honorifics.tsv).
  // Callers ask only where the second word is a kTitleSecondWord.
  bool is_two_word_title(std::string_view first, std::string_view second) const;
  // What a hyphenated word the lists lack is: a pair of first names of
  // known sex, no ordinary word or month among them ("jean-luc",
  // "anne-sophie"), is a first name of either sex; a pair of demonyms
  // ("korean-english", "irish-american") a demonym; an age ("four-year-old")
  // an ordinary word; anything else, nothing.
  // The tokenizer asks it of its joined words.
  const WordInfo& hyphenated_compound(std::string_view lower) const;
  // Whole names, folded (see fold_name): "paris", "new york city".
  bool is_location(std::string_view folded) const { return locations_.contains(folded); }
  bool is_media_org(std::string_view folded) const { return media_orgs_.contains(folded); }
  // Whether `nickname` is a pet form of given name `name` that is no
  // clipping of it ("peggy" of "margaret"; nicknames.tsv). Lower case.
  bool is_listed_nickname(std::string_view nickname, std::string_view name) const;
  // The given names nicknames.tsv lists for a nickname (none if unlisted).
  const std::vector<std::string>& names_of_nickname(std::string_view nickname) const;
  // The role noun an abbreviated title stands for ("sen": "senator";
  // title_abbreviations.tsv), or an empty view.
  std::string_view role_of_title_abbreviation(std::string_view abbreviation) const;
  // A personal pronoun's person, number and gender (nullptr for any other
  // word; tokens say which words are pronouns: kPronoun).
  const PronounInfo* pronoun(std::string_view lower) const;
  // Longest number of words of any multi-word location or media name, for matching.
  std::size_t longest_place_words() const { return longest_place_words_; }

 private:
  Lexicon();
  // Words of 1 to 7 bytes, most of a text's tokens, by their bytes and
  // length packed into one integer (see short_word_key): a lookup is one
  // multiply and usually one 16-byte probe, with no string compared. Open
  // addressing, linear probing, at most half full; key 0 marks a free slot.
  struct ShortWord {
    std::uint64_t key = 0;
    WordInfo info;
  };
  std::vector<ShortWord> short_words_;
  int short_shift_ = 58;  // 64 - log2(short_words_.size())
  StringMap<WordInfo> words_;  // while loading, every word; after, the longer ones
  // Every candidate name is asked whether it is a place or a medium, and
  // almost none is: a bit per hash value, in the first-level cache, says no
  // to most without a probe of the table, which is not.
  class FilteredSet {
   public:
    void insert(std::string key);
    bool contains(std::string_view key) const;

   private:
    static constexpr std::size_t kFilterWords = 1024;  // 64 Ki bits, 8 KB
    // Sixteen bits of the hash remixed, so that they do not follow the low
    // bits the table takes its bucket from.
    static std::size_t filter_bit(std::size_t hash) {
      return static_cast<std::size_t>((std::uint64_t{hash} * 0x9E3779B97F4A7C15ull) >> 48);
    }
    static_assert(kFilterWords * 64 == std::size_t{1} << 16, "filter_bit gives 16 bits");
    std::array<std::uint64_t, kFilterWords> filter_{};
    StringSet set_;
  };
  FilteredSet locations_, media_orgs_;
  StringMap<std::vector<std::string>> nicknames_;  // nickname -> given names
  StringViewMap<std::string_view> title_roles_;  // abbreviation -> role noun, views of the compiled-in table
  StringMap<PronounInfo> pronouns_;
  std::vector<std::string> no_names_;
  std::size_t longest_place_words_ = 1;
};

}  // namespace kgx
