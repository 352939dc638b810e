#include "cli/console.h"

#include <cstdio>
#include <ostream>

namespace kgx::cli {
namespace {

using namespace std::chrono_literals;

// Runs shorter than this never show a bar: it would only flicker.
constexpr auto kBarDelay = 500ms;
constexpr auto kBarInterval = 100ms;
constexpr std::size_t kBarWidth = 30;

// Carriage return, then "erase to end of line": the bar is rewritten in place.
constexpr std::string_view kClearLine = "\r\x1B[K";

}  // namespace

std::string count_of(std::size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

Console::Console(std::ostream& err, ConsoleOptions options) : err_(err), options_(options) {}

void Console::warning(std::string_view message) {
  clear_progress();
  err_ << "kgx: warning: " << message << '\n';
  err_.flush();
  ++warnings_;
}

void Console::note(std::string_view message) {
  if (options_.quiet) return;
  clear_progress();
  err_ << "kgx: " << message << '\n';
  err_.flush();
}

void Console::error(std::string_view message) {
  clear_progress();
  err_ << "kgx: error: " << message << '\n';
  err_.flush();
}

void Console::progress(std::size_t done, std::size_t total, std::uintmax_t bytes_done) {
  if (options_.quiet || !options_.is_terminal || total == 0) return;
  const auto now = Clock::now();
  if (now - started_ < kBarDelay) return;
  if (bar_visible_ && now - last_drawn_ < kBarInterval && done != total) return;
  last_drawn_ = now;

  const double seconds = std::chrono::duration<double>(now - started_).count();
  const double megabytes_per_second = seconds > 0 ? static_cast<double>(bytes_done) / 1e6 / seconds : 0;
  const std::size_t filled = total ? done * kBarWidth / total : kBarWidth;
  std::string bar(filled, '#');
  bar.append(kBarWidth - filled, '-');
  char rate[32];
  std::snprintf(rate, sizeof rate, "%.1f", megabytes_per_second);
  err_ << kClearLine << "kgx: [" << bar << "] " << done << '/' << total << " documents, " << rate
       << " MB/s";
  err_.flush();
  bar_visible_ = true;
}

void Console::clear_progress() {
  if (!bar_visible_) return;
  err_ << kClearLine;
  err_.flush();
  bar_visible_ = false;
}

void Console::summary(const RunSummary& run) {
  clear_progress();
  if (options_.quiet) return;
  err_ << "kgx: " << count_of(run.documents, "document", "documents") << ", "
       << count_of(run.entities, "entity", "entities") << ", "
       << count_of(run.relations, "relation", "relations") << ", "
       << count_of(warnings_, "warning", "warnings") << " -> " << run.destination << '\n';
  err_.flush();
}

}  // namespace kgx::cli
