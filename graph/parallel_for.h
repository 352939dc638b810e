// A loop over indices split across threads, for work whose items are
// independent: each thread takes one contiguous block, each item writes only
// its own slot, so the result does not depend on the number of threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace kgx {

// Runs body(i) for every i in [0, count) on up to `threads` threads (fewer
// when a thread would get under `min_per_thread` items: starting one costs
// more than small work saves) and returns when all are done. The first
// exception a body throws is rethrown here, after every thread has ended.
template <class Body>
void parallel_for(std::size_t count, std::size_t threads, std::size_t min_per_thread, const Body& body) {
  threads = std::min(threads, count / std::max<std::size_t>(1, min_per_thread));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::vector<std::exception_ptr> errors(threads);
  {
    std::vector<std::jthread> pool;
    for (std::size_t t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        try {
          for (std::size_t i = count * t / threads; i < count * (t + 1) / threads; ++i) body(i);
        } catch (...) {
          errors[t] = std::current_exception();
        }
      });
  }
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

}  // namespace kgx
