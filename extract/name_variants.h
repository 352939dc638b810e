// When two spellings name one person: nicknames built from a name ("Tommy"
// from "Tom", "Dani" from "Daniel"), near-miss misspellings ("Jonh" for
// "John") and romanisations of one name ("Alexei", "Aleksei"). Inputs are
// folded names (see fold_name).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kgx {

// Damerau-Levenshtein distance (adjacent transpositions count as one edit),
// giving up early: returns limit + 1 as soon as the distance exceeds limit.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// True if one-word name `variant` is a nickname or misspelling of one-word
// name `name` (and not the same word).
bool is_name_variant(std::string_view variant, std::string_view name);

// True if `variant` is a nickname of `name`, built from it ("tommy" of
// "tom", "dani" of "daniel") or listed (nicknames.tsv: "peggy" of
// "margaret"): the part of is_name_variant that is no misspelling.
bool is_nickname_of(std::string_view variant, std::string_view name);

// True if one-word names `a` and `b` are one given name, short and full, in
// either order: "dex" and "dexter", "jo" and "jolene" (a clipping of two
// letters too). Both must be listed first names of one sex ("Lava" is no
// "Lavapuri"). For a lone name and the first name of a full one, which
// may be the shorter.
bool is_short_and_full_form(std::string_view a, std::string_view b);

// The surname with its Gaelic prefix spelt the other way ("macnamara" for
// "mcnamara", and back), or an empty string if it has none: clerks and
// papers spell one family both ways.
std::string mac_prefix_respelt(std::string_view surname);

// True if surname `variant` is a plausible misspelling of `name` when the
// first names already agree ("kardajan" for a long surname with the same start).
bool is_surname_misspelling(std::string_view variant, std::string_view name);

// True if folded form `folded` is a peer's or royal style, not a name:
// "earl of caverlow", "dowager countess of wrexley" (a title honorifics.tsv
// marks "style", "of", a territory). A person's name ranks before it as a label.
bool is_peer_style(std::string_view folded);

// True if folded word `word` names a parent by the first child's name
// ("abu", "umm", "iya": "Abu Joe", "Um Joe" are Joe's father and mother): the word
// after it is the child's name, not the parent's surname.
bool names_parent_by_child(std::string_view word);

// The names a form with a quoted nickname also goes by:
// `Katherine "Kate" Moreno` -> "Katherine Moreno", "Kate Moreno" (any of
// the quotation marks " “ ” ‘ ’ ', or brackets: "Robert (Bert) Strachan").
// Empty for a form without one.
std::vector<std::string> names_around_quoted_nickname(std::string_view form);

}  // namespace kgx
