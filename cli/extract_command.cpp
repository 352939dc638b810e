#include "cli/extract_command.h"

#include <unistd.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <ostream>
#include <utility>

#include "cli/console.h"
#include "cli/document_reader.h"
#include "cli/exit_codes.h"
#include "graph/free_memory.h"
#include "cli/inputs.h"
#include "cli/interrupt_guard.h"
#include "cli/ordered_parallel.h"
#include "export/graphml.h"
#include "export/json.h"
#include "extract/pipeline.h"
#include "graph/build.h"

#include <chrono>
#include <cstdio>

namespace kgx::cli {
namespace {

// One document's outcome, carried from its worker to the merging thread.
struct ProcessedDocument {
  std::vector<std::string> warnings;     // complete messages, "NAME: what happened"
  std::optional<Extraction> extraction;  // absent when the document was skipped
  std::uintmax_t bytes = 0;
};

// A batch of consecutive documents, in order, and what its work cost.
struct ProcessedBatch {
  std::vector<ProcessedDocument> documents;
  StageTimes times;
  double read_seconds = 0;
};

// Reads documents [begin, end), then extracts those that could be read, all
// at once (extract_documents runs each stage over the whole batch).
ProcessedBatch process(const std::vector<DocumentSource>& documents, std::size_t begin, std::size_t end) {
  ProcessedBatch batch;
  batch.documents.resize(end - begin);
  std::vector<SourceDocument> texts;
  std::vector<std::size_t> text_of;  // batch position of each entry of `texts`
  auto start = std::chrono::steady_clock::now();
  for (std::size_t i = begin; i < end; ++i) {
    const DocumentSource& source = documents[i];
    ProcessedDocument& done = batch.documents[i - begin];
    DocumentText text = read_document(source);
    done.bytes = text.bytes_read;
    for (const std::string& note : text.notes) done.warnings.push_back(source.display_name() + ": " + note);
    if (text.skip_reason) {
      done.warnings.push_back(source.display_name() + ": skipped, " + *text.skip_reason);
      continue;
    }
    texts.push_back({source.doc_id, std::move(text.text)});
    text_of.push_back(i - begin);
  }
  batch.read_seconds = seconds_since(start);
  std::vector<ExtractOutcome> outcomes = extract_documents(std::move(texts), batch.times);
  for (std::size_t k = 0; k < outcomes.size(); ++k) {
    ProcessedDocument& done = batch.documents[text_of[k]];
    const std::string name = documents[begin + text_of[k]].display_name();
    // One document that trips the extractor must not cost the whole corpus.
    if (outcomes[k].failure) {
      try {
        std::rethrow_exception(outcomes[k].failure);
      } catch (const std::exception& failure) {
        done.warnings.push_back(name + ": skipped, extraction failed (" + failure.what() +
                                "); please report this document");
      }
      continue;
    }
    for (const std::string& warning : outcomes[k].extraction->warnings) done.warnings.push_back(name + ": " + warning);
    done.extraction = std::move(outcomes[k].extraction);
  }
  return batch;
}

// Consecutive documents handed to a worker at once, so that threads meet
// once per batch instead of once per document (a wake-up costs tens of
// microseconds here, a short article a few hundred), and so that each
// extraction stage runs over many documents while its tables are in the
// cache (1 MB batches took ~4% less CPU than 256 KB ones at 20 MB). A batch
// ends after about 1 MB or 256 documents; a big document is a batch of its
// own.
std::vector<std::size_t> batch_starts(const std::vector<DocumentSource>& documents) {
  constexpr std::uintmax_t kBatchBytes = 1024 * 1024;
  constexpr std::size_t kBatchDocuments = 256;
  std::vector<std::size_t> starts;
  std::uintmax_t bytes = 0;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (starts.empty() || bytes >= kBatchBytes || i - starts.back() >= kBatchDocuments) {
      starts.push_back(i);
      bytes = 0;
    }
    bytes += std::max<std::uintmax_t>(documents[i].size_hint, 1024);
  }
  starts.push_back(documents.size());
  return starts;
}

void write_graph(const KnowledgeGraph& graph, OutputFormat format, bool directed, std::size_t jobs,
                 std::ostream& out) {
  switch (format) {
    case OutputFormat::Graphml:
      write_graphml(graph, out, GraphmlOptions{.directed = directed, .threads = jobs});
      break;
    case OutputFormat::Json:
      write_json(graph, out);
      break;
  }
}

}  // namespace

int run_extract(const ExtractOptions& options, Terminal terminal) {
  Console console(terminal.err, ConsoleOptions{.quiet = options.quiet, .is_terminal = terminal.err_is_terminal});
  const bool to_stdout = options.output.empty() || options.output == "-";

  OutputFormat format = OutputFormat::Graphml;
  if (options.format) {
    format = *options.format;
  } else if (!to_stdout) {
    auto from_extension = format_from_extension(options.output);
    std::error_code ignored;
    const auto status = std::filesystem::status(options.output, ignored);
    const bool special_file = std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
                              !std::filesystem::is_directory(status);
    if (!from_extension && special_file) from_extension = OutputFormat::Graphml;  // -o /dev/null, as stdout
    if (!from_extension) {
      console.error(options.output +
                    ": cannot tell the output format from its extension; name it .graphml, .xml or "
                    ".json, or give --format graphml|json");
      return kExitUsage;
    }
    format = *from_extension;
  }

  const auto listing_start = std::chrono::steady_clock::now();
  InputListing listing = list_inputs(options.paths);
  const double listing_seconds = seconds_since(listing_start);
  for (const std::string& warning : listing.warnings) console.warning(warning);
  if (listing.fatal) {
    console.error(*listing.fatal);
    return kExitUsage;
  }
  // Moved out of the listing so that it can be freed once read (below).
  std::vector<DocumentSource> documents = std::move(listing.documents);
  if (documents.empty()) {
    console.error("no document to read: give text files, directories holding *.txt files, or - for "
                  "standard input");
    return kExitUsage;
  }

  // Opened before any work so that a bad -o fails fast, and before anything
  // could touch an existing file of that name.
  std::optional<AtomicOutputFile> output_file;
  if (!to_stdout) {
    try {
      output_file.emplace(options.output);
    } catch (const OutputError& failure) {
      console.error(failure.what());
      return kExitUsage;
    }
  }

  // Ctrl-C or a kill must not leave a temporary file next to OUT. Created
  // before the workers start, so that they inherit the blocked signals.
  std::optional<InterruptGuard> interrupt_guard;
  if (output_file && !output_file->temporary_path().empty()) {
    interrupt_guard.emplace(
        [temporary = output_file->temporary_path()] { ::unlink(temporary.c_str()); },
        "interrupted; " + options.output + " is unchanged");
  }

  if (terminal.in_is_terminal &&
      std::any_of(documents.begin(), documents.end(), [](const DocumentSource& d) { return d.is_stdin(); })) {
    console.note("reading the document from standard input; end it with Ctrl-D");
  }

  const std::size_t jobs = std::max<std::size_t>(1, options.jobs);
  GraphBuilder builder(BuildOptions{.max_evidence_per_edge = options.max_evidence, .threads = jobs});
  StageTimes stage_times;  // summed over documents (CPU seconds across workers)
  double read_seconds = 0, adding_seconds = 0, finish_seconds = 0, export_seconds = 0;
  std::size_t documents_used = 0;
  std::uintmax_t bytes_done = 0;
  const std::vector<std::size_t> starts = batch_starts(documents);
  // Twice the threads: each can start its next batch while the merge waits
  // for a slow one, and no more than that is ever held in memory. The merge
  // runs on this thread, between the batches it extracts itself.
  run_in_order<ProcessedBatch>(
      starts.size() - 1, jobs, 2 * jobs,
      [&](std::size_t batch) { return process(documents, starts[batch], starts[batch + 1]); },
      [&](std::size_t batch, ProcessedBatch&& batch_done) {
        stage_times += batch_done.times;
        read_seconds += batch_done.read_seconds;
        for (std::size_t k = 0; k < batch_done.documents.size(); ++k) {
          ProcessedDocument& done = batch_done.documents[k];
          for (const std::string& warning : done.warnings) console.warning(warning);
          if (done.extraction) {
            auto add_start = std::chrono::steady_clock::now();
            builder.add(std::move(*done.extraction));
            adding_seconds += seconds_since(add_start);
            ++documents_used;
          }
          bytes_done += done.bytes;
          console.progress(starts[batch] + k + 1, documents.size(), bytes_done);
        }
      });
  console.clear_progress();
  // The listing grows with the corpus, not the graph (a path, an id and a
  // file identity per document: ~60 MB for a 1 GB corpus of 330,000
  // files). Every document has been read; freed now, its pages take the
  // graph that finish builds, which is when memory peaks.
  const std::size_t listed = documents.size();
  std::vector<DocumentSource>().swap(documents);
  // The extraction threads' freed documents stay in the allocator's arenas
  // as dirty pages (tens of MB at 1 GB) while finish builds the graph in
  // new ones: returned now, they do not add to the peak.
  release_unused_memory();

  if (documents_used == 0) {
    std::string message =
        listed == 1
            ? std::string("the document could not be used (see the warning above); give UTF-8 text")
            : "none of the " + std::to_string(listed) +
                  " documents could be used (see the warnings above); give UTF-8 text files";
    if (!to_stdout) message += "; " + options.output + " is unchanged";
    console.error(message);
    return kExitUsage;
  }

  auto finish_start = std::chrono::steady_clock::now();
  const KnowledgeGraph graph = std::move(builder).finish();
  finish_seconds = seconds_since(finish_start);
  auto export_start = std::chrono::steady_clock::now();
  if (output_file) {
    write_graph(graph, format, options.directed, jobs, output_file->stream());
    try {
      output_file->commit();
    } catch (const OutputError& failure) {
      console.error(failure.what());
      return kExitUsage;
    }
  } else {
    write_graph(graph, format, options.directed, jobs, terminal.out);
    terminal.out.flush();
    if (!terminal.out) {
      console.error("cannot write the graph to standard output; give -o FILE instead");
      return kExitUsage;
    }
  }

  export_seconds = seconds_since(export_start);
  if (options.timings) {
    char line[400];
    std::snprintf(line, sizeof line,
                  "timings: list %.3f s, read %.3f s, segment %.3f s, layout %.3f s, entities %.3f s, coreference %.3f s, "
                  "relations %.3f s, merge %.3f s (adding documents %.3f s, clustering and edges %.3f s), "
                  "export %.3f s",
                  listing_seconds, read_seconds, stage_times.segment, stage_times.layout, stage_times.entities,
                  stage_times.coreference, stage_times.relations, adding_seconds + finish_seconds, adding_seconds,
                  finish_seconds, export_seconds);
    console.note(line);
  }
  console.summary(RunSummary{.documents = documents_used,
                             .entities = graph.entity_count(),
                             .relations = graph.relation_count(),
                             .destination = to_stdout ? std::string("standard output") : options.output});
  return kExitSuccess;
}

}  // namespace kgx::cli
