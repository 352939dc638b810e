#include "extract/lexicon.h"

#include <algorithm>

#include "extract/text.h"

namespace kgx {

std::vector<std::vector<std::string_view>> lexicon_rows(std::string_view name) {
  std::vector<std::vector<std::string_view>> rows;
  std::string_view data = lexicon_file(name);
  while (!data.empty()) {
    std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    while (true) {
      std::size_t tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

namespace {

Gender parse_gender(std::string_view g) {
  if (g == "F") return Gender::Female;
  if (g == "M") return Gender::Male;
  return Gender::Unknown;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void load_words(std::unordered_set<std::string>& into, std::string_view file, bool fold) {
  for (const auto& row : lexicon_rows(file)) into.insert(fold ? fold_name(row[0]) : lower_ascii(row[0]));
}

std::size_t words_in(std::string_view folded) {
  return 1 + static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' '));
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon instance;  // immutable once built; C++ makes the first call thread-safe
  return instance;
}

Lexicon::Lexicon() {
  for (const auto& row : lexicon_rows("first_names.tsv"))
    first_names_.emplace(lower_ascii(row[0]), row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown);
  for (const auto& row : lexicon_rows("honorifics.tsv"))
    honorifics_.emplace(lower_ascii(row[0]), row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown);
  for (const auto& row : lexicon_rows("gendered_nouns.tsv"))
    gendered_nouns_.emplace(lower_ascii(row[0]), row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown);
  load_words(never_names_, "never_names.txt", false);
  load_words(common_words_, "common_words.txt", false);
  load_words(function_words_, "function_words.txt", false);
  load_words(demonyms_, "demonyms.txt", false);
  load_words(abbreviations_, "abbreviations.txt", false);
  load_words(role_nouns_, "role_nouns.txt", false);
  load_words(org_cues_, "org_cues.txt", false);
  load_words(work_cues_, "work_cues.txt", false);
  load_words(event_cues_, "event_cues.txt", false);
  load_words(speech_verbs_, "speech_verbs.txt", false);
  for (const auto& row : lexicon_rows("locations.tsv")) {
    std::string folded = fold_name(row[0]);
    longest_place_words_ = std::max(longest_place_words_, words_in(folded));
    locations_.insert(std::move(folded));
  }
  for (const auto& row : lexicon_rows("media_orgs.txt")) {
    std::string folded = fold_name(row[0]);
    longest_place_words_ = std::max(longest_place_words_, words_in(folded));
    media_orgs_.insert(std::move(folded));
  }
}

Gender Lexicon::first_name_gender(std::string_view lower) const {
  auto it = first_names_.find(std::string(lower));
  return it == first_names_.end() ? Gender::Unknown : it->second;
}

Gender Lexicon::gendered_noun(std::string_view lower) const {
  auto it = gendered_nouns_.find(std::string(lower));
  return it == gendered_nouns_.end() ? Gender::Unknown : it->second;
}

Gender Lexicon::honorific_gender(std::string_view lower) const {
  auto it = honorifics_.find(std::string(lower));
  return it == honorifics_.end() ? Gender::Unknown : it->second;
}

}  // namespace kgx
