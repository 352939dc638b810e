// Relations asserted between people, from RE2 patterns over entity-tagged
// sentences (extract/lexicon/relation_patterns.tsv), with date and place
// qualifiers. Negated, hypothetical, future and questioned statements and
// boilerplate (credits, bylines, related stories) yield nothing.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"

namespace kgx {

// One relation between two entities of doc.entities, with the sentence.
struct FoundRelation {
  Relation relation;
  int source;
  int target;
  std::string date;
  std::string place;
  std::uint32_t sentence;
};

std::vector<FoundRelation> find_relations(const Document& doc);

// The tagged form of one sentence (exposed for tests and debugging).
std::string tagged_sentence(const Document& doc, std::size_t sentence);

}  // namespace kgx
