#include "extract/qualifiers.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

#include "extract/lexicon.h"
#include "extract/string_map.h"

namespace kgx {
namespace {

using namespace std::string_view_literals;

// The bytes RE2's \b counts as word bytes.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> word{};
  for (int c = '0'; c <= '9'; ++c) word[static_cast<std::size_t>(c)] = true;
  for (int c = 'a'; c <= 'z'; ++c) word[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) word[static_cast<std::size_t>(c)] = true;
  word['_'] = true;
  return word;
}();

bool is_word_byte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }

// Whether \b holds between text[at - 1] and text[at] (outside text: no word byte).
bool is_boundary(std::string_view text, std::size_t at) {
  const bool before = at > 0 && is_word_byte(text[at - 1]);
  const bool after = at < text.size() && is_word_byte(text[at]);
  return before != after;
}

// Whether the word "may" at [begin, end) of a tagged sentence is the month:
// a number right after it or right before it ("May 2022: She filed for
// divorce", "on 5 May"), not the modal of "may marry" (nor of "P1 may",
// whose digits are a slot's).
bool is_month_may(std::string_view text, std::size_t begin, std::size_t end) {
  if (text.substr(begin, end - begin) != "may") return false;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (end + 1 < text.size() && text[end] == ' ' && digit(text[end + 1])) return true;
  if (begin < 2 || text[begin - 1] != ' ' || !digit(text[begin - 2])) return false;
  std::size_t number = begin - 2;
  while (number > 0 && digit(text[number - 1])) --number;
  return number == 0 || !is_word_byte(text[number - 1]);
}

// hedge_cues.txt, sorted by how a cue starts: a word ("never") or a phrase
// that starts with a word ("going to", "n't"). A cue that starts with
// another byte ("'ll") is refused on loading: only a word right before it
// could bound it, as RE2's \b did, and in the tagged text a clitic is a
// token of its own after a space, when the tagger does not spell it out.
class HedgeCues {
 public:
  static const HedgeCues& get() {
    static const HedgeCues cues;
    return cues;
  }
  bool found_in(std::string_view text) const {
    std::size_t at = 0;
    while (at < text.size()) {
      if (!is_word_byte(text[at])) {
        ++at;
        continue;
      }
      const std::size_t begin = at;
      while (at < text.size() && is_word_byte(text[at])) ++at;
      const std::string_view word = text.substr(begin, at - begin);
      // Most words are told no by their length and first byte.
      if (word.size() < kLengths && (starts_[word.size()] >> (word[0] & 63) & 1)) {
        if (words_.find(word) != words_.end() && !is_month_may(text, begin, at)) return true;
        for (const auto& [lead, phrase] : word_led_) {
          if (word == lead && text.substr(begin).starts_with(phrase) && is_boundary(text, begin + phrase.size()))
            return true;
        }
      }
    }
    return false;
  }

 private:
  HedgeCues() {
    auto note_start = [&](std::string_view word) {
      if (word.size() >= kLengths) throw std::logic_error("hedge_cues.txt: a word too long: " + std::string(word));
      starts_[word.size()] |= std::uint64_t{1} << (word[0] & 63);
    };
    for (const auto& row : lexicon_rows("hedge_cues.txt")) {
      const std::string_view cue = row[0];
      // The tagged text is lower case: a cue with a capital could never match.
      if (cue.empty() || std::any_of(cue.begin(), cue.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        throw std::logic_error("hedge_cues.txt: a cue must be lower case and not empty: " + std::string(cue));
      const auto lead_end = static_cast<std::size_t>(std::find_if_not(cue.begin(), cue.end(), is_word_byte) - cue.begin());
      if (lead_end == cue.size()) {
        words_.insert(cue);
        note_start(cue);
      } else if (lead_end > 0) {
        word_led_.emplace_back(cue.substr(0, lead_end), cue);
        note_start(cue.substr(0, lead_end));
      } else {
        throw std::logic_error("hedge_cues.txt: a cue must start with a letter (it could never count): " +
                               std::string(cue));
      }
    }
  }
  static constexpr std::size_t kLengths = 24;
  StringViewSet words_;  // views of the compiled-in file
  std::vector<std::pair<std::string_view, std::string_view>> word_led_;  // the word it starts with, the cue
  // starts_[n] has bit (b & 63) set when a word or a phrase's first word of
  // n bytes starts with byte b.
  std::array<std::uint64_t, kLengths> starts_{};
};

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Four digits from 1000 to 2099 at text[at].
bool is_year_at(std::string_view text, std::size_t at) {
  return at + 4 <= text.size() && (text[at] == '1' || (text[at] == '2' && text[at + 1] == '0')) &&
         is_digit(text[at + 1]) && is_digit(text[at + 2]) && is_digit(text[at + 3]);
}

std::string capitalise(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// The first whole year in `text` that starts before `before`, with its
// month and an "or" year, or empty. `starts`: where in `text` years may
// begin, in order, each `shift` bytes further on (the places of a longer
// text that `text` ends); nothing else is tried.
std::string first_year_date(std::string_view text, std::size_t before, std::span<const std::uint32_t> starts,
                            std::uint32_t shift = 0) {
  for (std::uint32_t start : starts) {
    const std::size_t year = start - shift;
    if (year >= before) break;
    if (!is_boundary(text, year)) continue;
    std::size_t end = year + 4;
    std::string_view second;
    bool or_year = false;
    for (std::string_view conjunction : {" or "sv, " and "sv}) {
      const std::size_t next = end + conjunction.size();
      if (text.substr(end).starts_with(conjunction) && is_year_at(text, next) && is_boundary(text, next + 4)) {
        second = text.substr(next, 4);
        or_year = conjunction == " or "sv;
        break;
      }
    }
    if (second.empty() && !is_boundary(text, end)) continue;
    std::string date;
    // A month is the whole word before the year, one space away.
    if (year >= 4 && text[year - 1] == ' ') {  // "may" and a space at least
      std::size_t month_begin = year - 1;
      while (month_begin > 0 && is_word_byte(text[month_begin - 1])) --month_begin;
      const std::string_view month = text.substr(month_begin, year - 1 - month_begin);
      if (std::find(std::begin(kMonths), std::end(kMonths), month) != std::end(kMonths))
        date = capitalise(month) + " ";
    }
    date += text.substr(year, 4);
    if (or_year) (date += " or ") += second;
    return date;
  }
  return {};
}

}  // namespace

bool has_hedge_cue(std::string_view text) { return HedgeCues::get().found_in(text); }

YearDates::YearDates(std::string_view text) : text_(text) {
  // Only where a word starts: the digits of slot names ("P2014") never
  // begin a year, and a sentence of thousands of slots would list them all.
  for (std::size_t at = 0; at + 4 <= text.size(); ++at)
    if (is_year_at(text, at) && is_boundary(text, at)) starts_.push_back(static_cast<std::uint32_t>(at));
}

std::string YearDates::find(std::size_t from, bool before) const {
  from = std::min(from, text_.size());
  // From `from` on, as if the text began there: the years found from it
  // (is_year_at reads only forward, so they are the same years), after one
  // right at `from`, which the cut bounds whatever stands before it.
  const auto later = std::lower_bound(starts_.begin(), starts_.end(), from);
  const std::string_view tail = text_.substr(from);
  const auto shift = static_cast<std::uint32_t>(from);
  std::string date;
  if (is_year_at(text_, from) && (later == starts_.end() || *later != from))
    date = first_year_date(tail, std::string_view::npos, std::span(&shift, 1), shift);
  if (date.empty()) date = first_year_date(tail, std::string_view::npos, std::span(later, starts_.end()), shift);
  // Searched again from the start, only a year that starts before `from`
  // can be new: one that starts later sees the same bytes around it in
  // both searches (one that starts at `from` itself had its edge bound it
  // in the first and has to have a non-word byte before it now).
  return date.empty() && from > 0 && before ? first_year_date(text_, from, starts_) : date;
}

std::string find_year_date(std::string_view text, std::size_t from) { return YearDates(text).find(from); }

}  // namespace kgx
