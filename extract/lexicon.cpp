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
  for (char& c : out) c = ascii_lower(c);
  return out;
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
  // Sized once for the files compiled in (about 100,000 words), so that
  // loading does not rehash as it grows.
  words_.reserve(lexicon_file("first_names.tsv").size() / 8 + lexicon_file("common_words.txt").size() / 8 + 4096);
  auto mark = [this](std::string_view file, WordClass word_class) {
    for (const auto& row : lexicon_rows(file)) words_[lower_ascii(row[0])].classes |= word_class;
  };
  for (const auto& row : lexicon_rows("first_names.tsv")) {
    WordInfo& info = words_[lower_ascii(row[0])];
    info.classes |= kFirstNameWord;
    info.first_name_gender = row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown;
  }
  for (const auto& row : lexicon_rows("honorifics.tsv")) {
    WordInfo& info = words_[lower_ascii(row[0])];
    info.classes |= kHonorific;
    info.honorific_gender = row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown;
  }
  for (const auto& row : lexicon_rows("gendered_nouns.tsv")) {
    WordInfo& info = words_[lower_ascii(row[0])];
    info.classes |= kGenderedNoun;
    info.noun_gender = row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown;
  }
  mark("never_names.txt", kNeverName);
  mark("common_words.txt", kCommonWord);
  mark("function_words.txt", kFunctionWord);
  mark("demonyms.txt", kDemonym);
  mark("abbreviations.txt", kAbbreviation);
  mark("role_nouns.txt", kRoleNoun);
  mark("org_cues.txt", kOrgCue);
  mark("work_cues.txt", kWorkCue);
  mark("event_cues.txt", kEventCue);
  mark("speech_verbs.txt", kSpeechVerb);
  mark("pronouns.tsv", kPronoun);
  for (const auto& row : lexicon_rows("locations.tsv")) {
    std::string folded = fold_name(row[0]);
    longest_place_words_ = std::max(longest_place_words_, words_in(folded));
    if (words_in(folded) == 1) words_[folded].classes |= kPlaceWord;
    locations_.insert(std::move(folded));
  }
  for (const auto& row : lexicon_rows("media_orgs.txt")) {
    std::string folded = fold_name(row[0]);
    longest_place_words_ = std::max(longest_place_words_, words_in(folded));
    media_orgs_.insert(std::move(folded));
  }
}

const WordInfo& Lexicon::word(std::string_view lower) const {
  static const WordInfo kUnknown;
  auto it = words_.find(lower);
  return it == words_.end() ? kUnknown : it->second;
}

}  // namespace kgx
