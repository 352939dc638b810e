// The whole extract stage: text of one document -> Extraction.
// Pure: the same text always gives the same Extraction; safe to call from
// several threads at once (the lexicons are immutable after first use).
#pragma once

#include <string>

#include "extract/extraction.h"

namespace kgx {

Extraction extract_document(std::string doc_id, std::string text);

}  // namespace kgx
