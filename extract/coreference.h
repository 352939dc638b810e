// One entity, one node, inside a document: groups the named mentions of a
// document into entities (full names, first names, surnames, longer married
// names, near-miss misspellings and nicknames of a name), infers each
// person's gender, and resolves pronouns: he/she/him/her/his to the most
// recent compatible person, I/me/my inside a quotation to its speaker, and
// they/we/their to the pair of people in focus.
#pragma once

#include "extract/document.h"

namespace kgx {

// Fills doc.entities, sets Mention::entity on every named mention, and adds
// the resolved pronoun mentions to doc.mentions (kept in text order).
void resolve_coreference(Document& doc);

}  // namespace kgx
