#include "cli/interrupt_guard.h"

#include <unistd.h>

#include <cstdlib>

namespace kgx::cli {

InterruptGuard::InterruptGuard(std::function<void()> cleanup, std::string message)
    : cleanup_(std::move(cleanup)), message_(std::move(message)) {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGTERM);
  sigaddset(&signals_, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals_, &previous_mask_);
  watcher_ = std::thread([this] { watch(); });
}

InterruptGuard::~InterruptGuard() {
  // Wake the watcher with one of its own signals; it sees stopping_ and
  // returns without cleaning up.
  stopping_ = true;
  pthread_kill(watcher_.native_handle(), SIGHUP);
  watcher_.join();
  // A signal that arrives from here on gets its default action again: the
  // output is complete (or already removed), so there is nothing to undo.
  pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

void InterruptGuard::watch() {
  for (;;) {
    int signal_number = 0;
    if (sigwait(&signals_, &signal_number) != 0) continue;
    if (stopping_) return;
    cleanup_();
    const std::string line = "\nkgx: " + message_ + "\n";
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, line.data(), line.size());
    // _Exit: workers may be blocked reading a pipe, and nothing else needs
    // flushing: the output is gone.
    std::_Exit(128 + signal_number);
  }
}

}  // namespace kgx::cli
