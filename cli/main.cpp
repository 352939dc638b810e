// The kgx command line: parses flags and hands them to the subcommands;
// no extraction, graph or format logic lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "cli/exit_codes.h"
#include "cli/extract_command.h"
#include "cli/query_command.h"
#include "cli/stats_command.h"
#include "extract/ontology.h"

#ifndef KGX_VERSION
#error "KGX_VERSION must be defined by the build (cli/CMakeLists.txt)"
#endif

namespace {

using kgx::cli::ExtractOptions;
using kgx::cli::QueryOptions;
using kgx::cli::StatsOptions;

std::size_t default_jobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;  // 0 means "unknown"
}

struct ExtractFlags {
  ExtractOptions options;
  std::string format;
};

CLI::App* add_extract_command(CLI::App& app, ExtractFlags& flags) {
  CLI::App* extract = app.add_subcommand(
      "extract", "Build a knowledge graph from articles (text files, directories of *.txt, or - for stdin)");
  extract->add_option("PATH", flags.options.paths,
                      "A text file, a directory (every *.txt below it, sorted by path), or - for "
                      "standard input (one document, id \"stdin\")")
      ->required()
      ->type_name("");
  extract->add_option("-o,--output", flags.options.output,
                      "Write the graph to OUT (replaced only when complete); default: GraphML on "
                      "standard output")
      ->type_name("OUT");
  extract->add_option("--format", flags.format,
                      "graphml or json; default: from OUT's extension (.graphml/.xml, .json), else graphml")
      ->check(CLI::IsMember({"graphml", "json"}))
      ->type_name("FORMAT");
  extract->add_flag("--directed", flags.options.directed,
                    "GraphML with edgedefault=\"directed\" (for networkx); default: a mixed graph for Gephi");
  extract->add_option("-j,--jobs", flags.options.jobs,
                      "Extract on N threads; the output is identical for any N")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1024}))
      ->type_name("N")
      ->capture_default_str();
  extract->add_option("--max-evidence", flags.options.max_evidence,
                      "Keep at most N supporting sentences per edge (all of them count in its weight)")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N")
      ->capture_default_str();
  extract->add_flag("-q,--quiet", flags.options.quiet,
                    "No progress bar and no summary line (warnings and errors are still shown)");
  extract->add_flag("--timings", flags.options.timings,
                    "Print the seconds spent in each stage (read, segment, ..., export) on standard error");
  return extract;
}

struct QueryFlags {
  QueryOptions options;
  // NAME may come in several words: `kgx query G Ada Lovelace` needs no quotes.
  std::vector<std::string> name_words;
  std::string relation;
  std::string type;
};

CLI::App* add_query_command(CLI::App& app, QueryFlags& flags) {
  CLI::App* query = app.add_subcommand(
      "query", "Answer a question about a graph written by kgx extract: an entity, a relation, a path");
  query->add_option("GRAPH", flags.options.graph_path, "A GraphML file written by kgx extract, or - for standard input")
      ->required()
      ->type_name("");
  query->add_option("NAME", flags.name_words,
                    "An entity's label or any alias, in any case, accents optional: shows the entity and "
                    "its relations")
      ->type_name("");
  std::string relations;  // from the ontology, so the help cannot fall behind it
  for (int r = 0; r < kgx::kRelationCount; ++r)
    relations += std::string(r == 0 ? "" : ", ") + std::string(kgx::to_string(static_cast<kgx::Relation>(r)));
  query->add_option("--relation", flags.relation,
                    "Only this relation (with NAME), or every edge of it (alone): " + relations)
      ->type_name("REL");
  CLI::Option* path = query->add_option("--path", flags.options.path,
                                        "The shortest chain of relations from A to B, walked either way")
                          ->expected(2)
                          ->type_name("NAME");
  query->add_option("--max-hops", flags.options.max_hops, "With --path: at most N relations in the chain")
      ->needs(path)
      ->check(CLI::PositiveNumber)
      ->type_name("N")
      ->capture_default_str();
  query->add_option("--type", flags.type,
                    "PERSON, ORG, LOCATION, WORK or EVENT: alone, list the entities of that type; with "
                    "NAME or --relation, only counterparts of that type; with --path, only through it")
      ->type_name("TYPE");
  query->add_option("--min-weight", flags.options.min_weight,
                    "Only edges with at least N supporting sentences")
      ->type_name("N");
  query->add_flag("--evidence", flags.options.evidence, "Show the supporting sentences with their document ids");
  query->add_flag("--json", flags.options.json,
                  "Print the answer as a JSON array, one {source, relation, target, weight, date, place, "
                  "evidence} object per edge");
  return query;
}

CLI::App* add_stats_command(CLI::App& app, StatsOptions& options) {
  CLI::App* stats = app.add_subcommand(
      "stats", "Summarize a graph written by kgx extract: entities by type, relations by type, "
               "documents, the most connected entities");
  stats->add_option("GRAPH", options.graph_path, "A GraphML file written by kgx extract, or - for standard input")
      ->required()
      ->type_name("");
  stats->add_option("--top", options.top, "List the N most connected entities")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N")
      ->capture_default_str();
  stats->add_flag("--json", options.json, "Print the summary as one JSON object");
  return stats;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "kgx: extracts a knowledge graph (people, organisations, places, works, events and the "
      "relations between them) from news articles.",
      "kgx"};
  app.set_version_flag("--version", std::string("kgx ") + KGX_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success, 1 kgx query found nothing, 2 bad usage or unusable input/output (the "
      "message says which file and what to do), 3 internal error.\nDiagnostics go to standard error; "
      "standard output carries only the graph or the answer.");

  ExtractFlags extract_flags;
  extract_flags.options.jobs = default_jobs();
  CLI::App* extract = add_extract_command(app, extract_flags);
  QueryFlags query_flags;
  CLI::App* query = add_query_command(app, query_flags);
  StatsOptions stats_options;
  CLI::App* stats = add_stats_command(app, stats_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help and --version end here too, with exit code 0.
    const int code = app.exit(error);
    return code == 0 ? kgx::cli::kExitSuccess : kgx::cli::kExitUsage;
  }

  try {
    if (*extract) {
      if (!extract_flags.format.empty()) {
        extract_flags.options.format = kgx::cli::parse_output_format(extract_flags.format);
      }
      return kgx::cli::run_extract(extract_flags.options,
                                   kgx::cli::Terminal{.out = std::cout,
                                                      .err = std::cerr,
                                                      .err_is_terminal = ::isatty(STDERR_FILENO) == 1,
                                                      .in_is_terminal = ::isatty(STDIN_FILENO) == 1});
    }
    if (*query) {
      QueryOptions& options = query_flags.options;
      if (!query_flags.name_words.empty()) {
        options.name = query_flags.name_words.front();
        for (std::size_t i = 1; i < query_flags.name_words.size(); ++i) *options.name += " " + query_flags.name_words[i];
      }
      if (query->count("--relation")) options.relation = query_flags.relation;
      if (query->count("--type")) options.type = query_flags.type;
      return kgx::cli::run_query(options, std::cin, std::cout, std::cerr);
    }
    if (*stats) return kgx::cli::run_stats(stats_options, std::cin, std::cout, std::cerr);
  } catch (const std::bad_alloc&) {
    std::cerr << "kgx: error: out of memory; try fewer jobs (-j 1) or smaller inputs\n";
    return kgx::cli::kExitInternal;
  } catch (const std::exception& error) {
    std::cerr << "kgx: error: internal error: " << error.what() << "; please report it\n";
    return kgx::cli::kExitInternal;
  }
  return kgx::cli::kExitUsage;  // unreachable: require_subcommand(1)
}
