// Runs produce(i) for i = 0..count-1 on `threads` threads and hands every
// result to consume(i, result) on the calling thread, strictly in index
// order. The calling thread is one of the `threads`: while the result it
// must consume next is not ready, it produces the next unclaimed index
// itself (possibly a later one, which then waits its turn). So -j1 really is
// one thread (nothing is started), and -jN keeps N cores busy without a
// merging thread that competes with N producers for them. At most `window`
// results exist at once (being produced or waiting for their turn), so
// memory stays bounded however long the input is, and the consumer sees
// exactly the same sequence whatever the thread count.
//
// If produce or consume throws, the other threads stop claiming work, every
// thread is joined and the first exception is rethrown to the caller.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace kgx::cli {

template <class Result, class Produce, class Consume>
void run_in_order(std::size_t count, std::size_t threads, std::size_t window, Produce produce,
                  Consume consume) {
  if (count == 0) return;
  threads = std::clamp<std::size_t>(threads, 1, count);
  window = std::max(window, threads);

  std::mutex mutex;
  std::condition_variable slot_freed;    // helpers wait for room in the window
  std::condition_variable result_ready;  // the consumer waits for its next index
  std::vector<std::optional<Result>> slots(window);  // index i lives in slots[i % window]
  std::size_t next_to_claim = 0;
  std::size_t next_to_consume = 0;
  bool stopping = false;
  std::exception_ptr failure;

  auto fail = [&](std::exception_ptr error) {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::move(error);
    stopping = true;
    slot_freed.notify_all();
    result_ready.notify_all();
  };
  // Called with the mutex held. A thread may run ahead of the consumer by at
  // most `window` indices: slot index % window is then guaranteed to be empty.
  auto can_claim = [&] { return !stopping && next_to_claim < count && next_to_claim < next_to_consume + window; };
  // Called without the mutex; false when produce threw.
  auto produce_into_slot = [&](std::size_t index) {
    try {
      Result result = produce(index);
      std::lock_guard lock(mutex);
      slots[index % window].emplace(std::move(result));
      result_ready.notify_all();
      return true;
    } catch (...) {
      fail(std::current_exception());
      return false;
    }
  };

  auto help = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        slot_freed.wait(lock, [&] { return stopping || next_to_claim >= count || can_claim(); });
        if (!can_claim()) return;
        index = next_to_claim++;
      }
      if (!produce_into_slot(index)) return;
    }
  };

  std::vector<std::thread> helpers;
  try {
    helpers.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(help);
  } catch (...) {  // no thread to be had: those started are stopped and joined below
    fail(std::current_exception());
  }

  for (std::size_t index = 0; index < count; ++index) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      for (;;) {
        if (stopping) break;
        if (slots[index % window].has_value()) {
          result.swap(slots[index % window]);
          ++next_to_consume;
          slot_freed.notify_all();
          break;
        }
        if (can_claim()) {
          const std::size_t claimed = next_to_claim++;
          lock.unlock();
          const bool produced = produce_into_slot(claimed);
          lock.lock();
          if (!produced) break;
          continue;
        }
        result_ready.wait(lock);
      }
    }
    if (!result) break;
    try {
      consume(index, std::move(*result));
    } catch (...) {
      fail(std::current_exception());
      break;
    }
  }

  for (auto& helper : helpers) helper.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kgx::cli
