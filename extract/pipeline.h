// The whole extract stage: text of a document -> Extraction.
// Pure: the same text always gives the same Extraction; safe to call from
// several threads at once (the lexicons are immutable after first use).
#pragma once

#include <chrono>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "extract/extraction.h"

namespace kgx {

Extraction extract_document(std::string doc_id, std::string text);

// Seconds spent in each stage, for benchmarks (kgx extract --timings).
struct StageTimes {
  double segment = 0, layout = 0, entities = 0, coreference = 0, relations = 0;
  StageTimes& operator+=(const StageTimes& other);
};

// Seconds of the steady clock since `start`: how the stages are timed.
double seconds_since(std::chrono::steady_clock::time_point start);

struct SourceDocument {
  std::string id;
  std::string text;
};

// What became of one document of a batch: its Extraction, or the exception a
// stage threw on it (the batch's other documents are not affected).
struct ExtractOutcome {
  std::optional<Extraction> extraction;
  std::exception_ptr failure;
};

// Several documents, stage by stage: all are segmented (each given its
// layout straight after, while its tokens are in the cache), then all get
// their names, and so on, so that a stage's tables (lexicon, pattern
// automata) stay in the cache from one document to the next. One outcome
// per document, in order, each the same as extract_document's.
std::vector<ExtractOutcome> extract_documents(std::vector<SourceDocument> documents, StageTimes& times);

}  // namespace kgx
