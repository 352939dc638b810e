// What the extract stage hands to the graph stage for one document: the
// document's entities (each already one node's worth of surface forms) and
// the relations asserted between them, each with its supporting sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/ontology.h"

namespace kgx {

enum class Gender : unsigned char { Unknown, Female, Male };

struct ExtractedEntity {
  std::string label;                 // most complete proper name in the document
  EntityType type = EntityType::Person;
  Gender gender = Gender::Unknown;
  std::vector<std::string> aliases;  // other surface forms, first-seen order, no label
  // "Queen Ingrid", "Mrs Klein": for a person the document names by one word
  // only, that word with the title before its first titled mention; else
  // empty. A better label than the bare word, but no key for the merge.
  // Equal to the label where the title is what tells the person from a
  // namesake in the document ("Mr and Mrs Klein"): the merge then treats
  // the label as a lone surname, not as a full name.
  std::string titled_label;
  std::uint32_t mentions = 0;        // named and pronoun mentions in the document
  // fold_name(label), which the extractor has already computed, or empty:
  // the merge keys records by it as given (and folds the label itself when
  // it is empty), so a producer that fills it must fill it exactly.
  std::string folded_label;
};

// A sentence of the document: byte offsets [begin, end) into the document
// text, so that text.substr(begin, end - begin) == sentence.
struct Evidence {
  std::string sentence;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct ExtractedRelation {
  Relation relation = Relation::Married;
  std::uint32_t source = 0;  // index into Extraction::entities (parent, host, subject)
  std::uint32_t target = 0;  // for symmetric relations the order carries no meaning
  std::string date;          // "2012", "October 2011", "2002 or 2003"; empty if unknown
  std::string place;         // "Paris", "Florence, Italy"; empty if unknown
  Evidence evidence;
};

struct Extraction {
  std::string doc_id;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedRelation> relations;
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 replaced at byte 812"
};

}  // namespace kgx
