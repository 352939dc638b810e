// Runs produce(i) for i = 0..count-1 on `workers` threads and hands every
// result to consume(i, result) on the calling thread, strictly in index
// order. At most `window` results exist at once (being produced or waiting
// for their turn), so memory stays bounded however long the input is, and
// the consumer sees exactly the same sequence whatever the thread count.
//
// If produce or consume throws, the other workers stop claiming work, every
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
void run_in_order(std::size_t count, std::size_t workers, std::size_t window, Produce produce,
                  Consume consume) {
  if (count == 0) return;
  workers = std::clamp<std::size_t>(workers, 1, count);
  window = std::max(window, workers);

  std::mutex mutex;
  std::condition_variable slot_freed;    // workers wait for room in the window
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

  auto work = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        // A worker may run ahead of the consumer by at most `window` indices:
        // slot index % window is then guaranteed to be empty.
        slot_freed.wait(lock, [&] {
          return stopping || next_to_claim >= count || next_to_claim < next_to_consume + window;
        });
        if (stopping || next_to_claim >= count) return;
        index = next_to_claim++;
      }
      try {
        Result result = produce(index);
        std::lock_guard lock(mutex);
        slots[index % window].emplace(std::move(result));
        result_ready.notify_all();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (std::size_t t = 0; t < workers; ++t) threads.emplace_back(work);

  for (std::size_t index = 0; index < count; ++index) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      result_ready.wait(lock, [&] { return stopping || slots[index % window].has_value(); });
      if (stopping) break;
      result.swap(slots[index % window]);
      ++next_to_consume;
      slot_freed.notify_all();
    }
    try {
      consume(index, std::move(*result));
    } catch (...) {
      fail(std::current_exception());
      break;
    }
  }

  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kgx::cli
