#include "graph/free_memory.h"

#include <cstddef>

// jemalloc's control interface, if jemalloc is linked: declared weak so that
// builds with another allocator (tests, sanitizers, fuzzing) link without
// it. Debian's jemalloc exports it unprefixed.
extern "C" int mallctl(const char* name, void* oldp, std::size_t* oldlenp, void* newp, std::size_t newlen)
    __attribute__((weak));

namespace kgx {

void release_unused_memory() {
  // "arena.<MALLCTL_ARENAS_ALL>.purge", MALLCTL_ARENAS_ALL being 4096.
  if (mallctl) mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0);
}

}  // namespace kgx
