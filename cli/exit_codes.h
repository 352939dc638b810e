// The exit codes of ../shared/CONTRACT.md, plus one for bugs.
#pragma once

namespace kgx::cli {

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitNothingFound = 1;  // kgx query: the query matched nothing
inline constexpr int kExitUsage = 2;         // bad usage, unusable input or output (message names the file)
inline constexpr int kExitInternal = 3;      // an unexpected failure inside kgx: a bug

}  // namespace kgx::cli
