// Whether a relation pattern's captures can be read off its match without
// RE2's capture engine (which costs as much as finding the match).
//
// In a tagged sentence (see relations.h) the letters P and G only ever start
// a slot ("P3", "G0"). If every capturing group of a pattern is exactly one
// slot — "([PG]\d+)", "(P\d+)" or "(G\d+)" —, none sits under an
// alternation or a repetition (so each takes part in every match, once),
// and nothing outside them can match a P or a G, then a match holds exactly
// one slot per group, in the groups' order: group k is the k-th slot of the
// match.
#pragma once

#include <string_view>

namespace kgx {

// `regex`: RE2 syntax as the pattern files use it (groups, (?:...), |,
// ? * + {m,n} and their lazy forms, classes, escapes, . ^ $). `groups`: its
// number of capturing groups. Anything it does not understand answers false.
bool captures_are_ordered_slots(std::string_view regex, int groups);

}  // namespace kgx
