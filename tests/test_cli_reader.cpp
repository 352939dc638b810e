// Unit tests of the command line's building blocks: document decoding, the
// UTF-16 converter, output format choice and the ordered worker pool.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "cli/document_reader.h"
#include "cli/ordered_parallel.h"
#include "cli/output.h"
#include "cli_harness.h"

#include <fcntl.h>

using namespace std::string_literals;
using kgx::cli::decode_document;
using kgx::cli::utf16_to_utf8;
using kgx_test::read_file;
using kgx_test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("utf16_to_utf8 converts hand-checked code points") {
  std::size_t replaced = 0;
  // U+0041 'A', U+00E9 'é', U+20AC '€', U+1F600 (surrogate pair D83D DE00).
  const std::string little = "\x41\x00\xE9\x00\xAC\x20\x3D\xD8\x00\xDE"s;
  CHECK(utf16_to_utf8(little, false, replaced) == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  CHECK(replaced == 0);
  const std::string big = "\x00\x41\x00\xE9\x20\xAC\xD8\x3D\xDE\x00"s;
  CHECK(utf16_to_utf8(big, true, replaced) == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  CHECK(replaced == 0);
  // U+07FF and U+0800: the edges between 2- and 3-byte sequences.
  CHECK(utf16_to_utf8("\xFF\x07\x00\x08"s, false, replaced) == "\xDF\xBF\xE0\xA0\x80");
}

TEST_CASE("utf16_to_utf8 replaces what is not text") {
  std::size_t replaced = 0;
  const std::string fffd = "\xEF\xBF\xBD";
  SUBCASE("a high surrogate followed by a letter") {
    CHECK(utf16_to_utf8("\x3D\xD8\x41\x00"s, false, replaced) == fffd + "A");
    CHECK(replaced == 1);
  }
  SUBCASE("a lone low surrogate") {
    CHECK(utf16_to_utf8("\x00\xDE\x41\x00"s, false, replaced) == fffd + "A");
    CHECK(replaced == 1);
  }
  SUBCASE("a high surrogate at the very end") {
    CHECK(utf16_to_utf8("\x41\x00\x3D\xD8"s, false, replaced) == "A" + fffd);
    CHECK(replaced == 1);
  }
  SUBCASE("NUL and an odd trailing byte") {
    CHECK(utf16_to_utf8("\x00\x00\x41\x00\x42"s, false, replaced) == fffd + "A" + fffd);
    CHECK(replaced == 2);
  }
}

TEST_CASE("decode_document: what is skipped, and why") {
  auto reason = [](std::string bytes) {
    auto decoded = decode_document(std::move(bytes));
    return decoded.skip_reason.value_or("(not skipped)");
  };
  CHECK(reason("") == "empty file");
  CHECK(reason("\xEF\xBB\xBF") == "empty file");
  CHECK(reason(" \n\t\r\n") == "empty file (white space only)");
  CHECK(reason("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == "binary file (PDF document)");
  CHECK(reason("\x89PNG\r\n\x1A\n\x00\x00"s) == "binary file (PNG image)");
  CHECK(reason("PK\x03\x04\x14\x00"s) == "binary file (ZIP archive, e.g. .docx or .epub)");
  CHECK(reason("\xFF\xD8\xFF\xE0") == "binary file (JPEG image)");
  CHECK(reason("abcdefghijkl\0mn"s) == "binary file (NUL byte at 12)");
  CHECK(reason("K\0i\0m\0 \0K\0a\0r\0d\0"s) ==
        "binary file (NUL byte at 1); if it is UTF-16LE text without a byte-order mark, convert it: "
        "iconv -f UTF-16LE -t UTF-8");
  CHECK(reason("\xFF\xFE\0\0K\0\0\0"s) == "UTF-32 text, not supported (convert it: iconv -f UTF-32LE -t UTF-8)");
  CHECK(reason("Kim married Kanye.") == "(not skipped)");
}

TEST_CASE("decode_document: a NUL after the first 8 KB is repaired, not a reason to skip") {
  std::string bytes(kgx::cli::kBinarySniffBytes + 10, 'a');
  bytes[kgx::cli::kBinarySniffBytes + 5] = '\0';
  auto decoded = decode_document(bytes);
  REQUIRE_FALSE(decoded.skip_reason);
  CHECK(decoded.text.find('\0') == std::string::npos);
  REQUIRE(decoded.notes.size() == 1);
  CHECK(decoded.notes[0] == "invalid UTF-8 at byte 8197, replaced by U+FFFD (1 sequence)");
}

TEST_CASE("decode_document: text that is kept") {
  SUBCASE("valid UTF-8 is left byte for byte") {
    auto decoded = decode_document("Beyonc\xC3\xA9 and Jay-Z.\n");
    CHECK(decoded.text == "Beyonc\xC3\xA9 and Jay-Z.\n");
    CHECK(decoded.notes.empty());
    CHECK(decoded.bytes_read == 20);
  }
  SUBCASE("a UTF-8 byte-order mark is stripped silently") {
    auto decoded = decode_document("\xEF\xBB\xBFKim.");
    CHECK(decoded.text == "Kim.");
    CHECK(decoded.notes.empty());
  }
  SUBCASE("invalid UTF-8 is repaired; the offset is the file's, BOM included") {
    auto decoded = decode_document("\xEF\xBB\xBF" "ab\xFF" "cd\xC3");
    REQUIRE_FALSE(decoded.skip_reason);
    CHECK(decoded.text == "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
    REQUIRE(decoded.notes.size() == 1);
    CHECK(decoded.notes[0] == "invalid UTF-8 at byte 5, replaced by U+FFFD (2 sequences)");
  }
  SUBCASE("UTF-16LE with a BOM is converted and noted") {
    auto decoded = decode_document("\xFF\xFEK\0i\0m\0 \0\xE9\0"s);
    CHECK(decoded.text == "Kim \xC3\xA9");
    REQUIRE(decoded.notes.size() == 1);
    CHECK(decoded.notes[0] == "converted from UTF-16LE to UTF-8");
  }
  SUBCASE("UTF-16BE with a BOM and a broken surrogate") {
    auto decoded = decode_document("\xFE\xFF\0K\xD8\x3D\0i"s);
    CHECK(decoded.text == "K\xEF\xBF\xBDi");
    REQUIRE(decoded.notes.size() == 1);
    CHECK(decoded.notes[0] == "converted from UTF-16BE to UTF-8, 1 invalid code unit replaced by U+FFFD");
  }
}

TEST_CASE("read_document reads a file whole, whatever its size says") {
  using kgx::cli::read_document;
  auto source = [](const fs::path& path) {
    kgx::cli::DocumentSource s;
    s.path = path.string();
    s.doc_id = path.stem().string();
    return s;
  };
  TempDir dir;
  // Sizes around the reader's 64 KB step; each is read in its one read.
  for (std::size_t size : {std::size_t{1}, std::size_t{4095}, std::size_t{65536}, std::size_t{65537}, std::size_t{200000}}) {
    CAPTURE(size);
    std::string bytes(size, 'a');
    for (std::size_t i = 80; i < size; i += 81) bytes[i] = '\n';
    kgx_test::write_file(dir / "doc.txt", bytes);
    auto read = read_document(source(dir / "doc.txt"));
    CHECK_FALSE(read.skip_reason.has_value());
    CHECK(read.bytes_read == size);
    CHECK(read.text == bytes);
  }
  // /proc files are regular files of size 0 whose text comes a few KB per
  // read: a reader that took a short read for the end would cut this one.
  auto smaps = read_document(source("/proc/self/smaps"));
  REQUIRE_FALSE(smaps.skip_reason.has_value());
  CHECK(smaps.text.size() > 16384);
  CHECK(smaps.text.back() == '\n');
}

TEST_CASE("output format from the extension") {
  using kgx::cli::OutputFormat;
  using kgx::cli::format_from_extension;
  CHECK(format_from_extension("out/graph.graphml") == OutputFormat::Graphml);
  CHECK(format_from_extension("graph.XML") == OutputFormat::Graphml);
  CHECK(format_from_extension("graph.json") == OutputFormat::Json);
  CHECK_FALSE(format_from_extension("graph.txt").has_value());
  CHECK_FALSE(format_from_extension("graph").has_value());
  CHECK(kgx::cli::parse_output_format("json") == OutputFormat::Json);
  CHECK_FALSE(kgx::cli::parse_output_format("gexf").has_value());
}

TEST_CASE("run_in_order hands results over in input order, within the window") {
  for (std::size_t workers : {1u, 2u, 4u, 9u}) {
    CAPTURE(workers);
    const std::size_t count = 200;
    const std::size_t window = 2 * workers;
    std::atomic<std::size_t> alive{0};  // results produced (or in production) not yet consumed
    std::atomic<std::size_t> most_alive{0};
    std::vector<std::size_t> seen;
    kgx::cli::run_in_order<std::size_t>(
        count, workers, window,
        [&](std::size_t i) {
          std::size_t now = ++alive;
          std::size_t before = most_alive.load();
          while (now > before && !most_alive.compare_exchange_weak(before, now)) {
          }
          // Uneven durations so that later indices often finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 300));
          return i * 3;
        },
        [&](std::size_t i, std::size_t&& result) {
          CHECK(result == i * 3);
          seen.push_back(i);
          --alive;
        });
    REQUIRE(seen.size() == count);
    for (std::size_t i = 0; i < count; ++i) CHECK(seen[i] == i);
    // +1: the result being consumed still counts while the next claim starts.
    CHECK(most_alive.load() <= window + 1);
  }
}

TEST_CASE("run_in_order runs on at most the threads it is given, the caller among them") {
  for (std::size_t threads : {1u, 2u, 3u}) {
    CAPTURE(threads);
    std::mutex mutex;
    std::set<std::thread::id> producers;
    std::set<std::thread::id> consumers;
    kgx::cli::run_in_order<int>(
        64, threads, 2 * threads,
        [&](std::size_t i) {
          // Long enough that every thread gets to claim something.
          std::this_thread::sleep_for(std::chrono::microseconds(200 + (i * 7919) % 300));
          std::lock_guard lock(mutex);
          producers.insert(std::this_thread::get_id());
          return 0;
        },
        [&](std::size_t, int&&) { consumers.insert(std::this_thread::get_id()); });
    CHECK(consumers == std::set<std::thread::id>{std::this_thread::get_id()});
    CHECK(producers.size() <= threads);
    // One thread means no thread started: -j1 runs on the caller alone.
    if (threads == 1) CHECK(producers == consumers);
    else CHECK(producers.count(std::this_thread::get_id()) == 1);
  }
}

TEST_CASE("run_in_order rethrows the first failure and stops") {
  std::atomic<std::size_t> produced{0};
  CHECK_THROWS_WITH_AS(kgx::cli::run_in_order<int>(
                           1000, 3, 6,
                           [&](std::size_t i) {
                             ++produced;
                             if (i == 10) throw std::runtime_error("document 10 failed");
                             return 0;
                           },
                           [](std::size_t, int&&) {}),
                       "document 10 failed", std::runtime_error);
  CHECK(produced.load() < 1000);

  // On one thread the caller itself produces, and its failure ends the run.
  std::vector<std::size_t> consumed_alone;
  CHECK_THROWS_WITH_AS(kgx::cli::run_in_order<int>(
                           100, 1, 2,
                           [](std::size_t i) {
                             if (i == 3) throw std::runtime_error("document 3 failed");
                             return 0;
                           },
                           [&](std::size_t i, int&&) { consumed_alone.push_back(i); }),
                       "document 3 failed", std::runtime_error);
  CHECK(consumed_alone == std::vector<std::size_t>{0, 1, 2});

  std::vector<std::size_t> consumed;
  CHECK_THROWS_AS(kgx::cli::run_in_order<int>(
                      50, 2, 4, [](std::size_t) { return 1; },
                      [&](std::size_t i, int&&) {
                        consumed.push_back(i);
                        if (i == 5) throw std::logic_error("merge failed");
                      }),
                  std::logic_error);
  CHECK(consumed.size() == 6);
}

TEST_CASE("run_in_order with nothing to do calls nothing") {
  bool called = false;
  kgx::cli::run_in_order<int>(
      0, 4, 8, [&](std::size_t) { called = true; return 0; }, [&](std::size_t, int&&) { called = true; });
  CHECK_FALSE(called);
}

TEST_CASE("the output file buffer writes every byte, in order, across its 1 MB buffer and 8 MB disk steps") {
  using Disk = kgx::cli::FileOutputBuffer::Disk;
  for (Disk disk : {Disk::Buffered, Disk::Direct}) {
    CAPTURE(disk == Disk::Direct);
    TempDir dir;
    const auto path = dir / "out.bin";
    std::string expected;
    {
      kgx::cli::FileOutputBuffer buffer;
      REQUIRE(buffer.open(path, O_TRUNC | O_CREAT, disk));
      if (disk == Disk::Buffered) CHECK_FALSE(buffer.direct());
      std::ostream out(&buffer);
      // Single characters, short pieces, flushes mid-block and blocks larger
      // than the buffer, to 20 MB (not a whole number of 4 KB blocks): every
      // path of the buffer, two disk hand-overs, and direct mode's held-back
      // partial block.
      // The block's bytes differ from one another, so that bytes moved to
      // the wrong place in the buffer show.
      std::string block(3 << 20, ' ');
      for (std::size_t i = 0; i < block.size(); ++i) block[i] = static_cast<char>('!' + i % 89);
      for (int round = 0; expected.size() < (20u << 20); ++round) {
        std::string piece = "piece " + std::to_string(round) + "\n";
        out << piece;
        out.put('x');
        expected += piece + 'x';
        if (round % 1000 == 999) {
          block[0] = static_cast<char>('a' + round % 26);
          out.write(block.data(), static_cast<std::streamsize>(block.size()));
          expected += block;
          out.flush();
        }
      }
      REQUIRE(expected.size() % 4096 != 0);
      out.flush();
      CHECK(out.good());
      CHECK(buffer.flush_to_disk());
      CHECK_FALSE(buffer.direct());  // the last partial block went through the page cache
      CHECK(buffer.close());
    }
    CHECK(read_file(path) == expected);
  }
}

TEST_CASE("the output file buffer reports a device that refuses the bytes") {
  if (!fs::exists("/dev/full")) return;
  kgx::cli::FileOutputBuffer buffer;
  REQUIRE(buffer.open("/dev/full", 0));
  std::ostream out(&buffer);
  out << std::string(3 << 20, 'x');  // bigger than the buffer: written at once
  CHECK_FALSE(out.good());
  CHECK_FALSE(buffer.close());
}
