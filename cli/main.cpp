// The kgx command line: parses flags and hands them to the subcommands;
// no extraction, graph or format logic lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <thread>

#include "cli/exit_codes.h"
#include "cli/extract_command.h"

#ifndef KGX_VERSION
#error "KGX_VERSION must be defined by the build (cli/CMakeLists.txt)"
#endif

namespace {

using kgx::cli::ExtractOptions;

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
  return extract;
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
      "Exit codes: 0 success, 2 bad usage or unusable input/output (the message says which file and "
      "what to do), 3 internal error.\nDiagnostics go to standard error; standard output carries "
      "only the graph.");

  ExtractFlags extract_flags;
  extract_flags.options.jobs = default_jobs();
  CLI::App* extract = add_extract_command(app, extract_flags);

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
  } catch (const std::bad_alloc&) {
    std::cerr << "kgx: error: out of memory; try fewer jobs (-j 1) or smaller inputs\n";
    return kgx::cli::kExitInternal;
  } catch (const std::exception& error) {
    std::cerr << "kgx: error: internal error: " << error.what() << "; please report it\n";
    return kgx::cli::kExitInternal;
  }
  return kgx::cli::kExitUsage;  // unreachable: require_subcommand(1)
}
