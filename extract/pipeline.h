// The whole extract stage: text of one document -> Extraction.
// Pure: the same text always gives the same Extraction; safe to call from
// several threads at once (the lexicons are immutable after first use).
#pragma once

#include <string>

#include "extract/extraction.h"

namespace kgx {

Extraction extract_document(std::string doc_id, std::string text);

// Seconds spent in each stage, for benchmarks (kgx extract --timings).
struct StageTimes {
  double segment = 0, layout = 0, entities = 0, coreference = 0, relations = 0;
  StageTimes& operator+=(const StageTimes& other);
};

// The same, adding the time of each stage to *times.
Extraction extract_document(std::string doc_id, std::string text, StageTimes& times);

}  // namespace kgx
