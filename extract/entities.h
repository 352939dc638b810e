// Named-entity mentions from capitalisation, lexicons and context:
// PERSON, ORG, LOCATION, WORK and EVENT, with sentence-initial and title-case
// capitals handled, honorifics stripped from names (their gender kept), and
// quoted titles taken as works.
#pragma once

#include "extract/document.h"

namespace kgx {

// Appends the named mentions of a segmented, laid-out document to
// doc.mentions, in text order (pronouns are added by coreference).
void find_named_mentions(Document& doc);

// The honorific right in front of a mention ("Mrs", "Dr.", "King"), or null.
const Token* honorific_before(const Document& doc, const Mention& mention);

// Gender an honorific in front of a mention gives ("Mrs", "King"), if any;
// none for a couple's ("Mr and Mrs Lee").
Gender honorific_gender_before(const Document& doc, const Mention& mention);

}  // namespace kgx
