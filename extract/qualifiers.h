// What the words around a relation say about it, read from the lower-case
// entity-tagged sentence the relation patterns match (relations.h): whether
// the clause takes it back ("would marry", "never dated"), and when it
// happened ("in May 2015"). Plain scans: they are asked about most matches,
// and an RE2 call costs more than reading the few words involved. (Where it
// happened stays in relations.cpp: a place is a location's slot, which only
// the tagger knows.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kgx {

// Whether `text` holds a cue of extract/lexicon/hedge_cues.txt as a whole
// word or phrase: bounded on both sides the way RE2's \b bounds it (ASCII
// letters, digits and '_' are word bytes; the ends of `text` are bounds, so
// a cue cut out of a longer word at the start of `text` counts).
bool has_hedge_cue(std::string_view text);

// The first year (1000-2099, a whole number) in text[from, end), or else in
// the whole text, with the month right before it and a second year after
// "or": "2014", "May 2015", "2002 or 2003" ("2002 and 2003" gives "2002").
// Empty when there is none.
std::string find_year_date(std::string_view text, std::size_t from);

// find_year_date for many `from` in one text: the places years can start
// are found once, so that a sentence of many matches is not read again
// for each (it was, to its end: quadratic in a sentence of thousands of
// clauses). `text` must outlive the object.
class YearDates {
 public:
  explicit YearDates(std::string_view text);
  // find_year_date(text, from); with `before` false, only a year at or
  // after `from`.
  std::string find(std::size_t from, bool before = true) const;

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;  // where a word of a year's four digits begins, in order
};

}  // namespace kgx
