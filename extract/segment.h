// Tokens and sentences with byte offsets into the original text. Handles
// curly quotes and apostrophes, dashes, CRLF, possessives and contractions,
// abbreviations (Mr. Oct. U.S.), initials, and quotations that end a sentence.
#pragma once

#include <string>

#include "extract/document.h"

namespace kgx {

// Fills doc.tokens and doc.sentences from doc.text (which must be valid UTF-8).
void segment(Document& doc);

}  // namespace kgx
