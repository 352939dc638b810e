// Everything kgx says on standard error: warnings, errors, the progress bar
// and the closing summary. Standard output is kept for the graph alone.
//
// One thread owns a Console and is the only one that writes through it, so
// lines never interleave and their order is the input order.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace kgx::cli {

struct ConsoleOptions {
  bool quiet = false;          // --quiet: no progress bar, no summary (warnings still shown)
  bool is_terminal = false;    // the progress bar is drawn only on a terminal
};

struct RunSummary {
  std::size_t documents = 0;
  std::size_t entities = 0;
  std::size_t relations = 0;
  std::string destination;  // the -o path, or "standard output"
};

class Console {
 public:
  Console(std::ostream& err, ConsoleOptions options);

  // "kgx: warning: MESSAGE"; counted for the summary.
  void warning(std::string_view message);
  // "kgx: MESSAGE", a hint for a person at the terminal; silent when quiet.
  void note(std::string_view message);
  // "kgx: error: MESSAGE".
  void error(std::string_view message);

  // Progress after each document. The bar appears only once the run has
  // lasted a moment (short runs stay quiet) and is redrawn a few times a
  // second at most.
  void progress(std::size_t done, std::size_t total, std::uintmax_t bytes_done);
  void clear_progress();

  // "kgx: 5 documents, 31 entities, 14 relations, 2 warnings -> graph.graphml"
  void summary(const RunSummary& run);

  std::size_t warning_count() const { return warnings_; }

 private:
  using Clock = std::chrono::steady_clock;

  std::ostream& err_;
  ConsoleOptions options_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_drawn_{};
  bool bar_visible_ = false;
  std::size_t warnings_ = 0;
};

// "1 document", "2 documents".
std::string count_of(std::size_t n, std::string_view singular, std::string_view plural);

}  // namespace kgx::cli
