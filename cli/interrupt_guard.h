// While an InterruptGuard is alive, SIGINT, SIGTERM and SIGHUP run its
// cleanup (removing an unfinished output file) and end the process with the
// shell's usual 128 + signal, instead of leaving a temporary file behind.
//
// It must be created before any other thread is started: the signals are
// blocked in the creating thread, every thread started afterwards inherits
// that, and one dedicated thread waits for them with sigwait. No signal
// handler, no global state.
#pragma once

#include <atomic>
#include <functional>
#include <signal.h>
#include <string>
#include <thread>

namespace kgx::cli {

class InterruptGuard {
 public:
  // `cleanup` runs on the guard's thread and must be safe to run while the
  // others are still working (removing a file is); `message` goes to stderr.
  InterruptGuard(std::function<void()> cleanup, std::string message);
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  void watch();

  std::function<void()> cleanup_;
  std::string message_;
  sigset_t signals_{};
  sigset_t previous_mask_{};
  std::atomic<bool> stopping_{false};
  std::thread watcher_;
};

}  // namespace kgx::cli
