// Hands memory the allocator keeps for reuse back to the system between the
// phases of a run, when the next phase will not reuse it.
#pragma once

namespace kgx::cli {

// With jemalloc linked (the Release kgx binary), purges every arena's
// unused pages; with any other allocator it does nothing.
void release_unused_memory();

}  // namespace kgx::cli
