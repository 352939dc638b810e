#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "extract/text.h"

using namespace kgx;

namespace {

// Everything an Extraction says, in one comparable string.
std::string describe(const Extraction& x) {
  std::string out = x.doc_id + "\n";
  for (const ExtractedEntity& e : x.entities) {
    out += std::string(to_string(e.type)) + " " + e.label + " x" + std::to_string(e.mentions);
    for (const std::string& alias : e.aliases) out += " / " + alias;
    out += "\n";
  }
  for (const ExtractedRelation& r : x.relations)
    out += std::string(to_string(r.relation)) + " " + std::to_string(r.source) + " " + std::to_string(r.target) +
           " " + r.date + " " + r.place + " @" + std::to_string(r.evidence.begin) + ": " + r.evidence.sentence + "\n";
  for (const std::string& warning : x.warnings) out += "warning: " + warning + "\n";
  return out;
}

// The entity of an Extraction with that label, or nullptr.
const ExtractedEntity* labelled(const Extraction& x, const std::string& label) {
  for (const ExtractedEntity& e : x.entities)
    if (e.label == label) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("a batch extracts every document as extract_document does, in order") {
  const std::vector<SourceDocument> documents = {
      {"wedding", "Lena Ortiz married Paulo Reis in Lisbon in 2012. She met him at a gala."},
      {"empty", ""},
      {"broken", std::string("Ana Ruiz and her husband Tom Berg arrived.\xff ok", 46)},
      {"family", "Kai Nakamura is the son of Mia Nakamura. His sister Yuki Nakamura was there."},
  };
  StageTimes times;
  std::vector<ExtractOutcome> outcomes = extract_documents(documents, times);
  REQUIRE(outcomes.size() == documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    CAPTURE(documents[i].id);
    REQUIRE_FALSE(outcomes[i].failure);
    REQUIRE(outcomes[i].extraction);
    CHECK(describe(*outcomes[i].extraction) == describe(extract_document(documents[i].id, documents[i].text)));
  }
  const Extraction& wedding = *outcomes[0].extraction;
  REQUIRE(wedding.relations.size() >= 1);
  CHECK(wedding.relations[0].relation == Relation::Married);
  CHECK(wedding.entities[wedding.relations[0].source].label == "Lena Ortiz");
  CHECK(wedding.entities[wedding.relations[0].target].label == "Paulo Reis");
  CHECK(outcomes[1].extraction->entities.empty());
  REQUIRE(outcomes[2].extraction->warnings.size() == 1);
  CHECK(outcomes[2].extraction->warnings[0].find("invalid UTF-8") != std::string::npos);
  CHECK(outcomes[3].extraction->doc_id == "family");
}

TEST_CASE("an empty batch gives no outcome") {
  StageTimes times;
  CHECK(extract_documents({}, times).empty());
}

TEST_CASE("every entity carries its label's fold, so that the merge need not fold it again") {
  const Extraction x = extract_document(
      "folds", "Beyonc\xC3\xA9 Knowles sang. BEYONC\xC3\x89 KNOWLES's show sold out at Madison Square Garden. "
               "Ana  Ruiz married Tom Berg in Paris. Ruiz smiled.");
  REQUIRE(x.entities.size() >= 4);
  // The label is the form used most, not the first seen ("Ana Ruiz Ortega"):
  // the fold must be the label's own.
  const Extraction y = extract_document(
      "label later", "Ana Ruiz Ortega spoke first. Ana Ruiz married Tom Berg in Paris. Ana Ruiz smiled.");
  bool label_is_later_form = false;
  for (const Extraction* extraction : {&x, &y}) {
    for (const ExtractedEntity& e : extraction->entities) {
      CAPTURE(e.label);
      CHECK_FALSE(e.folded_label.empty());
      CHECK(e.folded_label == fold_name(e.label));
      label_is_later_form |= e.label == "Ana Ruiz" && !e.aliases.empty() && e.aliases[0] == "Ana Ruiz Ortega";
    }
  }
  CHECK(label_is_later_form);
}

TEST_CASE("a person named by one word after a title carries the titled name; a full name carries none") {
  const Extraction x = extract_document(
      "titles", "King Frederick married Queen Ingrid in 1935. Ingrid was born in Oslo. Tom Berg met Mr Berg's son.");
  auto find = [&](const std::string& label) { return labelled(x, label); };
  REQUIRE(find("Frederick") != nullptr);
  CHECK(find("Frederick")->titled_label == "King Frederick");
  REQUIRE(find("Ingrid") != nullptr);
  CHECK(find("Ingrid")->titled_label == "Queen Ingrid");
  CHECK(find("Ingrid")->folded_label == "ingrid");  // the merge's key stays the word's
  REQUIRE(find("Tom Berg") != nullptr);
  CHECK(find("Tom Berg")->titled_label.empty());
}

TEST_CASE("a given name alone before 'and' and a full name shares its surname") {
  const Extraction x = extract_document(
      "couple", "Ruth and Malcolm Pryce celebrated their anniversary. Ian and Fiona Mcallister sent a card.");
  auto find = [&](const std::string& label) { return labelled(x, label); };
  REQUIRE(find("Ruth Pryce") != nullptr);
  CHECK(find("Ruth Pryce")->folded_label == "ruth pryce");
  CHECK(find("Ruth Pryce")->aliases == std::vector<std::string>{"Ruth"});
  CHECK(find("Ian Mcallister") != nullptr);
}

TEST_CASE("a relation's date and place are those of the clause that states it") {
  // "married|2007|" for the first relation of that name, "" if none.
  auto qualifiers = [](const std::string& text, Relation relation) {
    const Extraction x = extract_document("qualifiers", text);
    for (const ExtractedRelation& r : x.relations)
      if (r.relation == relation) return std::string(to_string(relation)) + "|" + r.date + "|" + r.place;
    return std::string();
  };
  // A first verb the match runs through keeps its own date and place.
  CHECK(qualifiers("Anna Berg and Tom Reyes met at a party in Leeds in 2004 and married in 2007.", Relation::Married) ==
        "married|2007|");
  CHECK(qualifiers("Anna Berg and Tom Reyes met at a party in Leeds in 2004 and married in 2007.", Relation::MetAt) ==
        "met_at|2004|Leeds");
  CHECK(qualifiers("Anna Berg met Tom Reyes at Oxford University in 2004 and married him three years later in Paris.",
                   Relation::Married) == "married||Paris");
  CHECK(qualifiers("Anna Berg, who was born in 1970, married Tom Reyes.", Relation::Married) == "married||");
  // A partner named by a noun takes no date of the sentence's verb ...
  CHECK(qualifiers("Anna Berg met her husband, Tom Reyes, at a gala in Rome in 1999.", Relation::Married) == "married||");
  CHECK(qualifiers("Her husband, Tom Reyes, said on Wednesday in Leeds that Anna Berg was well.", Relation::Married) ==
        "married||");
  // ... but that of its event's word after it.
  CHECK(qualifiers("Walt Jones, 42, and his wife, Linda, of Dayton, were married in 2004.", Relation::Married) ==
        "married|2004|");
  // A joint of the pattern's own words starts no clause ("husband and wife").
  CHECK(qualifiers("In 2010, Odette Quennell and Theo Marchbanks became husband and wife.", Relation::Married) ==
        "married|2010|");
  // Unchanged: one clause, and a year before the match when none follows.
  CHECK(qualifiers("Anna Berg married Tom Reyes in Lisbon in 2004.", Relation::Married) == "married|2004|Lisbon");
  CHECK(qualifiers("In 2004, Anna Berg married Tom Reyes.", Relation::Married) == "married|2004|");
  CHECK(qualifiers("Anna Berg's marriage to Tom Reyes in Paris in 2004 ended.", Relation::Married) == "married|2004|Paris");
}

TEST_CASE("a spouse's given name with the other spouse's surname is the spouse's married name") {
  const Extraction x = extract_document(
      "tully", "Ron Tully married Maureen Pike in 1974. Maureen Tully said the shop was hard work. Ron Tully agreed.");
  REQUIRE(x.entities.size() == 2);
  const ExtractedEntity* maureen = labelled(x, "Maureen Pike");
  REQUIRE(maureen != nullptr);
  CHECK(maureen->aliases == std::vector<std::string>{"Maureen Tully"});
  CHECK(maureen->mentions == 2);
  REQUIRE(x.relations.size() == 1);
  CHECK(x.relations[0].relation == Relation::Married);
}

TEST_CASE("a daughter named after her mother keeps her own node") {
  const Extraction x = extract_document(
      "tully", "Ron Tully married Maureen Pike in 1974. Their daughter is Maureen Tully. Maureen Tully is 40.");
  CHECK(labelled(x, "Maureen Tully") != nullptr);
  CHECK(labelled(x, "Maureen Pike") != nullptr);
}

TEST_CASE("married names that would each join the other close no cycle") {
  const Extraction x =
      extract_document("swap", "Ann Lee married Bo Kim in 1990. Ann Kim married Bo Lee in 1991. Ann Lee and Ann Kim met.");
  CHECK(labelled(x, "Ann Lee") != nullptr);
  CHECK(labelled(x, "Ann Kim") != nullptr);
  CHECK(x.entities.size() == 3);
}
