// General knowledge the extractor looks words up in: first names with their
// usual gender, places, titles, cue words, ordinary vocabulary, patterns.
// The files live in extract/lexicon/ (sources and licences in its README)
// and are compiled into the binary; they are parsed once, on first use, and
// never change afterwards, so lookups are safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extraction.h"
#include "extract/ontology.h"

namespace kgx {

// The raw bytes of a lexicon file by name ("first_names.tsv"), empty if none.
std::string_view lexicon_file(std::string_view name);

// Non-comment, non-empty lines of a lexicon file, split at tabs.
std::vector<std::vector<std::string_view>> lexicon_rows(std::string_view name);

class Lexicon {
 public:
  static const Lexicon& get();

  // All lookups take lower-cased words unless they say otherwise.
  bool is_first_name(std::string_view lower) const { return first_names_.count(std::string(lower)) > 0; }
  Gender first_name_gender(std::string_view lower) const;
  bool is_common_word(std::string_view lower) const { return common_words_.count(std::string(lower)) > 0; }
  bool is_function_word(std::string_view lower) const { return function_words_.count(std::string(lower)) > 0; }
  bool is_demonym(std::string_view lower) const { return demonyms_.count(std::string(lower)) > 0; }
  bool is_abbreviation(std::string_view lower) const { return abbreviations_.count(std::string(lower)) > 0; }
  bool is_role_noun(std::string_view lower) const { return role_nouns_.count(std::string(lower)) > 0; }
  bool is_org_cue(std::string_view lower) const { return org_cues_.count(std::string(lower)) > 0; }
  bool is_work_cue(std::string_view lower) const { return work_cues_.count(std::string(lower)) > 0; }
  bool is_event_cue(std::string_view lower) const { return event_cues_.count(std::string(lower)) > 0; }
  bool is_speech_verb(std::string_view lower) const { return speech_verbs_.count(std::string(lower)) > 0; }
  // Honorific before a name ("mrs", "king"); gender Unknown if it says none.
  bool is_honorific(std::string_view lower) const { return honorifics_.count(std::string(lower)) > 0; }
  Gender honorific_gender(std::string_view lower) const;
  // Nouns that say a person's gender: husband, actress, daughter.
  Gender gendered_noun(std::string_view lower) const;
  // Month and weekday names and other capitalised words that never name an entity.
  bool is_never_a_name(std::string_view lower) const { return never_names_.count(std::string(lower)) > 0; }
  // Whole names, folded (see fold_name): "paris", "new york city".
  bool is_location(std::string_view folded) const { return locations_.count(std::string(folded)) > 0; }
  bool is_media_org(std::string_view folded) const { return media_orgs_.count(std::string(folded)) > 0; }
  // Longest number of words of any multi-word location or media name, for matching.
  std::size_t longest_place_words() const { return longest_place_words_; }

 private:
  Lexicon();
  std::unordered_map<std::string, Gender> first_names_;
  std::unordered_map<std::string, Gender> honorifics_;
  std::unordered_map<std::string, Gender> gendered_nouns_;
  std::unordered_set<std::string> never_names_;
  std::unordered_set<std::string> common_words_, function_words_, demonyms_, abbreviations_,
      role_nouns_, org_cues_, work_cues_, event_cues_, speech_verbs_, locations_, media_orgs_;
  std::size_t longest_place_words_ = 1;
};

}  // namespace kgx
