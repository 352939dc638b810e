// Hands memory the allocator keeps for reuse back to the system between the
// phases of a run, when the next phase will not reuse it: memory freed by
// one thread (or for objects of one size) is kept for that thread's arena
// (or that size), and what the next phase allocates takes fresh pages.
#pragma once

namespace kgx {

// With jemalloc linked (the Release kgx binary), purges every arena's
// unused pages; with any other allocator it does nothing.
void release_unused_memory();

}  // namespace kgx
