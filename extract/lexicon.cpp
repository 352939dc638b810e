#include "extract/lexicon.h"

#include <algorithm>
#include <bit>
#include <cstring>

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

static_assert(std::endian::native == std::endian::little, "short_word_key packs bytes little-endian");

// A word of 1 to 7 bytes as one integer: its bytes, and its length in the
// top byte (so "a" and "a\0" differ and no key is 0); 0 for any other word.
std::uint64_t short_word_key(std::string_view word) {
  const std::size_t n = word.size();
  if (n == 0 || n > 7) return 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(word.data());
  std::uint64_t key;
  if (n >= 4) {  // two 4-byte loads, overlapping when n < 8: no call to memcpy
    std::uint32_t low, high;
    std::memcpy(&low, bytes, 4);
    std::memcpy(&high, bytes + n - 4, 4);
    key = low | std::uint64_t{high} << (8 * (n - 4));
  } else {
    key = bytes[0] | std::uint64_t{bytes[n / 2]} << (8 * (n / 2)) | std::uint64_t{bytes[n - 1]} << (8 * (n - 1));
  }
  return key | std::uint64_t{n} << 56;
}

// Fibonacci hashing: the top bits of the key times 2^64 / phi.
std::size_t short_word_slot(std::uint64_t key, int shift) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
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
    const std::string title = lower_ascii(row[0]);
    WordInfo& info = words_[title];
    info.classes |= row.size() > 2 && row[2] == "after" ? kTitleAfterName : kHonorific;
    if (row.size() > 2 && row[2] == "style") info.classes |= kPeerStyle;
    info.honorific_gender = row.size() > 1 ? parse_gender(row[1]) : Gender::Unknown;
    if (const std::size_t space = title.find(' '); space != std::string::npos)
      words_[title.substr(space + 1)].classes |= kTitleSecondWord;
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
  mark("legal_parties.txt", kLegalParty);
  mark("legal_parties.txt", kRoleNoun);  // "defendant Tom Hale", "Tom Hale, the petitioner,"
  for (const auto& row : lexicon_rows("kin_titles.txt")) {
    WordInfo& info = words_[lower_ascii(row[0])];
    info.classes |= kKinTitle;
    if (row.size() > 1) info.noun_gender = parse_gender(row[1]);
  }
  for (const auto& row : lexicon_rows("org_cues.txt")) {
    WordInfo& info = words_[lower_ascii(row[0])];
    info.classes |= kOrgCue;
    if (row.size() > 1 && row[1] == "institution") info.classes |= kInstitutionCue;
  }
  mark("work_cues.txt", kWorkCue);
  mark("event_cues.txt", kEventCue);
  mark("speech_verbs.txt", kSpeechVerb);
  for (const auto& row : lexicon_rows("pronouns.tsv")) {
    words_[lower_ascii(row[0])].classes |= kPronoun;
    PronounInfo& info = pronouns_[lower_ascii(row[0])];
    info.person = row.size() > 1 && row[1] == "1" ? 1 : row.size() > 1 && row[1] == "2" ? 2 : 3;
    info.plural = row.size() > 2 && row[2] == "P";
    info.gender = row.size() > 3 ? parse_gender(row[3]) : Gender::Unknown;
  }
  mark("title_small_words.txt", kTitleSmallWord);
  mark("past_participles.txt", kPastParticiple);
  mark("adverbs.txt", kAdverb);
  mark("place_nouns.txt", kPlaceNoun);
  for (const auto& row : lexicon_rows("building_cues.txt")) {
    WordInfo& info = words_[lower_ascii(row[0])];
    info.classes |= kBuildingCue;
    if (row.size() > 1 && row[1] == "place") info.classes |= kPlaceOnlyCue;
    if (row.size() > 1 && row[1] == "street") info.classes |= kStreetCue;
  }
  mark("prepositions.txt", kPreposition);
  mark("child_nouns.txt", kChildNoun);
  mark("number_words.txt", kNumberWord);
  mark("clause_openers.txt", kClauseOpener);
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
  for (const auto& row : lexicon_rows("nicknames.tsv")) {
    if (row.size() < 2) continue;
    std::vector<std::string>& given = nicknames_[std::string(row[0])];
    std::string_view names = row[1];
    while (!names.empty()) {
      const std::size_t comma = names.find(',');
      given.emplace_back(names.substr(0, comma));
      names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
    }
  }
  for (const auto& row : lexicon_rows("title_abbreviations.tsv"))
    if (row.size() == 2) title_roles_.emplace(row[0], row[1]);
  // The short words move into their own table.
  std::size_t short_count = 0;
  for (const auto& [text, info] : words_) short_count += short_word_key(text) != 0;
  std::size_t slots = 64;
  short_shift_ = 58;
  while (slots < 2 * short_count) slots *= 2, --short_shift_;
  short_words_.assign(slots, ShortWord{});
  StringMap<WordInfo> longer;
  for (const auto& [text, info] : words_) {
    const std::uint64_t key = short_word_key(text);
    if (key == 0) {
      longer.emplace(text, info);
      continue;
    }
    std::size_t slot = short_word_slot(key, short_shift_);
    while (short_words_[slot].key != 0) slot = (slot + 1) & (slots - 1);
    short_words_[slot] = {key, info};
  }
  words_ = std::move(longer);
}

void Lexicon::FilteredSet::insert(std::string key) {
  const std::size_t bit = filter_bit(StringHash()(key));
  filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  set_.insert(std::move(key));
}

bool Lexicon::FilteredSet::contains(std::string_view key) const {
  const std::size_t hash = StringHash()(key);
  const std::size_t bit = filter_bit(hash);
  if (!(filter_[bit / 64] >> (bit % 64) & 1)) return false;
  return set_.find(key, hash) != set_.end();
}

// What the lexicon says of a word it lacks.
constexpr WordInfo kUnknown{};

bool Lexicon::is_two_word_title(std::string_view first, std::string_view second) const {
  std::string pair;
  pair.reserve(first.size() + 1 + second.size());
  pair.append(first).append(" ").append(second);
  return word(pair).has(kHonorific);
}

const WordInfo& Lexicon::word(std::string_view lower) const {
  if (const std::uint64_t key = short_word_key(lower)) {
    const std::size_t mask = short_words_.size() - 1;
    for (std::size_t slot = short_word_slot(key, short_shift_);; slot = (slot + 1) & mask) {
      const ShortWord& entry = short_words_[slot];
      if (entry.key == key) return entry.info;
      if (entry.key == 0) return kUnknown;
    }
  }
  auto it = words_.find(lower);
  return it == words_.end() ? kUnknown : it->second;
}

const WordInfo& Lexicon::hyphenated_compound(std::string_view lower) const {
  // "Four-year-old fawn of lovely outline": an age, an ordinary word.
  if (lower.ends_with("-year-old") || lower.ends_with("-years-old") || lower.ends_with("-month-old")) {
    static const WordInfo kAge{kCommonWord, Gender::Unknown, Gender::Unknown, Gender::Unknown};
    return kAge;
  }
  const std::size_t hyphen = lower.find('-');
  if (hyphen == 0 || hyphen == std::string_view::npos || hyphen + 1 >= lower.size() ||
      lower.find('-', hyphen + 1) != std::string_view::npos)
    return kUnknown;
  const WordInfo& first = word(lower.substr(0, hyphen));
  const WordInfo& second = word(lower.substr(hyphen + 1));
  // Names of either sex are as often surnames ("the Quince-Arliss
  // Quintet"), and names that are words or months are words ("the
  // April-June quarter", "the Autumn-Winter collection").
  auto given_name = [](const WordInfo& part) {
    return part.has(kFirstNameWord) && part.first_name_gender != Gender::Unknown && !part.has(kCommonWord) &&
           !part.has(kNeverName);
  };
  if (first.has(kDemonym) && second.has(kDemonym)) {
    static const WordInfo kDemonymPair{kDemonym, Gender::Unknown, Gender::Unknown, Gender::Unknown};
    return kDemonymPair;
  }
  if (!given_name(first) || !given_name(second)) return kUnknown;
  // Its sex is left open: the lists are English ("Jean" is a woman's name
  // there), and neither part tells it ("Jean-Luc", "Jean-Marie",
  // "Marie-Claude").
  static const WordInfo kGivenName{kFirstNameWord, Gender::Unknown, Gender::Unknown, Gender::Unknown};
  return kGivenName;
}

bool Lexicon::is_listed_nickname(std::string_view nickname, std::string_view name) const {
  const std::vector<std::string>& names = names_of_nickname(nickname);
  return std::find(names.begin(), names.end(), name) != names.end();
}

const PronounInfo* Lexicon::pronoun(std::string_view lower) const {
  auto it = pronouns_.find(lower);
  return it == pronouns_.end() ? nullptr : &it->second;
}

std::string_view Lexicon::role_of_title_abbreviation(std::string_view abbreviation) const {
  auto it = title_roles_.find(abbreviation);
  return it == title_roles_.end() ? std::string_view() : it->second;
}

const std::vector<std::string>& Lexicon::names_of_nickname(std::string_view nickname) const {
  auto it = nicknames_.find(nickname);
  return it == nicknames_.end() ? no_names_ : it->second;
}

}  // namespace kgx
