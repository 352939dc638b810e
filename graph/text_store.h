// Append-only storage for many short texts (a graph's evidence sentences):
// one large block holds thousands of them, where a std::string each would
// cost a 32-byte header and an allocation rounded up to the allocator's
// size class. Stored text never moves, so the views handed out stay valid
// for the store's life, and across moves of the store.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace kgx {

class TextStore {
 public:
  TextStore() = default;
  // A moved-from store is empty (it must not go on filling a block it gave away).
  TextStore(TextStore&& other) noexcept;
  TextStore& operator=(TextStore&& other) noexcept;
  // A copy would hand out views into the original.
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;

  // A view of a stored copy of `text`.
  std::string_view add(std::string_view text);
  // Takes over the other store's blocks: views into them stay valid.
  void adopt(TextStore&& other);
  std::size_t bytes_reserved() const { return reserved_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // in the newest block
  std::size_t free_size_ = 0;
  std::size_t reserved_ = 0;
};

}  // namespace kgx
