// Page layout of a scraped article: which lines are the story and which are
// boilerplate (photo credits, bylines, author bios, "Related stories" blocks,
// share widgets), and which lines are title-case headings. Patterns live in
// extract/lexicon/boilerplate.tsv (RE2, one per line, matched per line).
#pragma once

#include "extract/document.h"

namespace kgx {

// Sets Sentence::zone and Sentence::heading for every sentence of a
// segmented document.
void mark_layout(Document& doc);

// Whether sentences [first_sentence, end_sentence) are one line that is a
// name (after any titles) and a role of up to three words: a message's
// signature ("Ato Tesfaye Bekele, President"), not a heading in title case.
bool is_signature_line(const Document& doc, std::size_t first_sentence, std::size_t end_sentence);

}  // namespace kgx
