// Hash maps and sets keyed by std::string that are looked up with a
// string_view, so a lookup builds no std::string (transparent hashing).
// They are tsl::robin_map/robin_set (Debian robin-map-dev): open addressing
// with the hash stored beside each key, so a lookup is usually one cache
// line and a miss is decided without comparing strings. Unlike
// std::unordered_map, an insertion may move the elements: hold indices, not
// references, across insertions; change a value through it.value().
// Keys are hashed with XXH3 (Debian libxxhash-dev, used header-only), which
// hashes the short words and names kgx looks up about twice as fast as
// std::hash's MurmurHash.
#pragma once

#include <tsl/robin_map.h>
#include <tsl/robin_set.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace kgx {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(XXH3_64bits(s.data(), s.size())); }
};
template <typename Value>
using StringMap = tsl::robin_map<std::string, Value, StringHash, std::equal_to<>,
                                 std::allocator<std::pair<std::string, Value>>, /*StoreHash=*/true>;
using StringSet = tsl::robin_set<std::string, StringHash, std::equal_to<>, std::allocator<std::string>,
                                 /*StoreHash=*/true>;
// Keyed by views of strings that outlive the table (ids of a graph being
// written, paths and ids of a listing): nothing is copied, and the stored
// hash spares a look at the viewed bytes on every probe that cannot match.
using StringViewSet = tsl::robin_set<std::string_view, StringHash, std::equal_to<>,
                                     std::allocator<std::string_view>, /*StoreHash=*/true>;
template <typename Value>
using StringViewMap = tsl::robin_map<std::string_view, Value, StringHash, std::equal_to<>,
                                     std::allocator<std::pair<std::string_view, Value>>, /*StoreHash=*/true>;

}  // namespace kgx
