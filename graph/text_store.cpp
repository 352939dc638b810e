#include "graph/text_store.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace kgx {
namespace {

// Large enough that the block allocations do not matter, small enough that
// the unused tail of the last block does not either.
constexpr std::size_t kBlockSize = std::size_t{1} << 20;

}  // namespace

TextStore::TextStore(TextStore&& other) noexcept { *this = std::move(other); }

TextStore& TextStore::operator=(TextStore&& other) noexcept {
  if (this != &other) {
    blocks_ = std::exchange(other.blocks_, {});
    free_ = std::exchange(other.free_, nullptr);
    free_size_ = std::exchange(other.free_size_, 0);
    reserved_ = std::exchange(other.reserved_, 0);
  }
  return *this;
}

std::string_view TextStore::add(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > free_size_) {
    // A text longer than a block gets a block of its own, and the current
    // block stays the one being filled.
    const std::size_t size = std::max(kBlockSize, text.size());
    auto block = std::make_unique_for_overwrite<char[]>(size);
    char* start = block.get();
    blocks_.push_back(std::move(block));
    reserved_ += size;
    if (size > kBlockSize) {
      std::memcpy(start, text.data(), text.size());
      return {start, text.size()};
    }
    free_ = start;
    free_size_ = size;
  }
  std::memcpy(free_, text.data(), text.size());
  std::string_view stored(free_, text.size());
  free_ += text.size();
  free_size_ -= text.size();
  return stored;
}

void TextStore::adopt(TextStore&& other) {
  if (other.blocks_.empty()) return;
  blocks_.insert(blocks_.end(), std::make_move_iterator(other.blocks_.begin()),
                 std::make_move_iterator(other.blocks_.end()));
  if (free_size_ < other.free_size_) {  // fill whichever block has more room
    free_ = other.free_;
    free_size_ = other.free_size_;
  }
  reserved_ += other.reserved_;
  other = TextStore();
}

}  // namespace kgx
