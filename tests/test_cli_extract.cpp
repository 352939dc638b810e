// End-to-end tests of the kgx binary: each runs KGX_BINARY in a fresh
// temporary directory and checks its exit code, standard output, standard
// error and the files it leaves behind.
#include <doctest/doctest.h>
#include <re2/re2.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_harness.h"

namespace fs = std::filesystem;
using namespace std::string_literals;
using namespace kgx_test;

namespace {

const std::string kFirstExampleId = "000_50578028c751e179";

std::string last_line(const std::string& text) {
  auto lines = lines_of(text);
  return lines.empty() ? std::string() : lines.back();
}

bool has_line(const std::string& text, const std::string& line) {
  auto lines = lines_of(text);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// UTF-16LE with a byte-order mark, for ASCII text.
std::string utf16le(const std::string& ascii) {
  std::string bytes = "\xFF\xFE";
  for (char c : ascii) {
    bytes += c;
    bytes += '\0';
  }
  return bytes;
}

const std::string kArticle =
    "Kim Kardashian married Kanye West in Florence, Italy in 2014. Kim Kardashian and Kanye West "
    "have four children.\n";

}  // namespace

TEST_CASE("kgx --help and --version exit 0 and print on standard output only") {
  TempDir dir;
  Run help = run_kgx(dir.path(), "--help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("extract") != std::string::npos);
  CHECK(help.out.find("Exit codes") != std::string::npos);
  CHECK(help.err.empty());

  Run extract_help = run_kgx(dir.path(), "extract --help");
  CHECK(extract_help.exit_code == 0);
  for (const char* flag : {"--output", "--format", "--directed", "--jobs", "--max-evidence", "--quiet"}) {
    CAPTURE(flag);
    CHECK(extract_help.out.find(flag) != std::string::npos);
  }

  Run version = run_kgx(dir.path(), "--version");
  CHECK(version.exit_code == 0);
  CHECK(RE2::FullMatch(version.out, "kgx [0-9]+\\.[0-9]+\\.[0-9]+\n"));
  CHECK(version.err.empty());
}

TEST_CASE("bad usage exits 2 with a message on standard error") {
  TempDir dir;
  write_file(dir / "a.txt", kArticle);
  for (const char* args : {"", "extract", "frobnicate a.txt", "extract a.txt --format gexf",
                           "extract a.txt -j 0", "extract a.txt --no-such-flag", "extract - -"}) {
    CAPTURE(args);
    Run run = run_kgx(dir.path(), args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_FALSE(run.err.empty());
  }
  Run twice = run_kgx(dir.path(), "extract - -");
  CHECK(twice.err == "kgx: error: standard input (-) is given more than once; give - once\n");
}

TEST_CASE("a path that does not exist exits 2 and leaves an existing output byte-identical") {
  TempDir dir;
  const std::string previous = "<?xml version=\"1.0\"?>\n<graphml>previous run</graphml>\n";
  write_file(dir / "existing.graphml", previous);
  const auto before = dir.listing();

  Run run = run_kgx(dir.path(), "extract no/such/path -o existing.graphml");
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == "kgx: error: no/such/path: no such file or directory; check the path\n");
  CHECK(read_file(dir / "existing.graphml") == previous);
  CHECK(dir.listing() == before);  // no temporary file left behind either
}

TEST_CASE("bad files in a folder are skipped one by one, each named on standard error") {
  TempDir dir;
  write_file(dir / "data/good.txt", read_file(kExamples / (kFirstExampleId + ".txt")));
  write_file(dir / "data/empty.txt", "");
  write_file(dir / "data/binary.txt", "abcdefghijkl\0mn\n"s);
  write_file(dir / "data/invalid.txt", "Kim Kardashian\xFF married Kanye West in 2014.\n");
  write_file(dir / "data/utf16.txt", utf16le(kArticle));
  write_file(dir / "data/report.txt", "%PDF-1.4\n1 0 obj\n");
  write_file(dir / "data/notes.md", "not an article: not a .txt file\n");

  Run run = run_kgx(dir.path(), "extract data -o graph.graphml");
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  const std::vector<std::string> expected = {
      "kgx: warning: data/binary.txt: skipped, binary file (NUL byte at 12)",
      "kgx: warning: data/empty.txt: skipped, empty file",
      "kgx: warning: data/invalid.txt: invalid UTF-8 at byte 14, replaced by U+FFFD (1 sequence)",
      "kgx: warning: data/report.txt: skipped, binary file (PDF document)",
      "kgx: warning: data/utf16.txt: converted from UTF-16LE to UTF-8",
  };
  // Each named once, in input (sorted path) order.
  std::size_t previous_position = 0;
  for (const std::string& line : expected) {
    CAPTURE(line);
    CHECK(has_line(run.err, line));
    const std::size_t position = run.err.find(line);
    CHECK(position >= previous_position);
    previous_position = position;
  }
  CHECK(run.err.find("notes.md") == std::string::npos);
  CHECK(run.err.find("good.txt") == std::string::npos);

  // good, invalid and utf16 were used; the summary is the last line.
  CHECK(RE2::FullMatch(last_line(run.err),
                         ("kgx: 3 documents, [0-9]+ entit(y|ies), [0-9]+ relations?, "
                                    "[0-9]+ warnings -> graph\\.graphml")));
  CHECK(read_file(dir / "graph.graphml").starts_with("<?xml"));
  CHECK(dir.listing().count("graph.graphml") == 1);
  CHECK(dir.listing().size() == 9);  // data/, its 7 files, graph.graphml: no temporary left

  // The good article's people are in the graph, and the graph is schema-valid.
  const std::string graph = read_file(dir / "graph.graphml");
  CHECK(graph.find(">Kim Kardashian<") != std::string::npos);
  CHECK(graph.find(">Kanye West<") != std::string::npos);
  CHECK(graph.find(">Kris Humphries<") != std::string::npos);
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    const std::string validate = "xmllint --noout --nonet --schema " KGX_SOURCE_DIR
                                 "/../shared/graphml-xsd/graphml-gephi.xsd " +
                                 (dir / "graph.graphml").string() + " 2>/dev/null";
    if (std::filesystem::exists(KGX_SOURCE_DIR "/../shared/graphml-xsd/graphml-gephi.xsd"))
      CHECK(std::system(validate.c_str()) == 0);
    else
      MESSAGE("../shared/graphml-xsd not found: schema validation skipped");
  } else {
    MESSAGE("xmllint not installed: schema validation skipped");
  }
}

TEST_CASE("a symlink loop and a folder without .txt files beside good articles") {
  TempDir dir;
  write_file(dir / "data/good.txt", read_file(kExamples / (kFirstExampleId + ".txt")));
  std::filesystem::create_directories(dir / "data/images");
  write_file(dir / "data/images/photo.jpg", "\xFF\xD8\xFF\xE0 not text");
  std::filesystem::create_directory_symlink("..", dir / "data/images/loop");
  Run run = run_kgx(dir.path(), "extract data -o graph.graphml");
  CHECK(run.exit_code == 0);
  CHECK(read_file(dir / "graph.graphml").find(">Kim Kardashian<") != std::string::npos);
  Run empty = run_kgx(dir.path(), "extract data/images -o images.graphml");
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.find("data/images") != std::string::npos);
}

TEST_CASE("files named on the command line are isolated too") {
  TempDir dir;
  write_file(dir / "bin.txt", "GIF89a\x01\x02");
  write_file(dir / "a.txt", kArticle);
  Run run = run_kgx(dir.path(), "extract bin.txt a.txt missing-dir-is-not-here/ --quiet");
  CHECK(run.exit_code == 2);  // a missing path is a typo: stop before doing anything
  CHECK(run.err == "kgx: error: missing-dir-is-not-here/: no such file or directory; check the path\n");

  run = run_kgx(dir.path(), "extract bin.txt a.txt --quiet");
  CHECK(run.exit_code == 0);
  CHECK(run.err == "kgx: warning: bin.txt: skipped, binary file (GIF image)\n");
  CHECK(run.out.starts_with("<?xml"));
}

TEST_CASE("diagnostics never reach standard output") {
  TempDir dir;
  write_file(dir / "in/a.txt", kArticle);
  write_file(dir / "in/b.txt", "bad \xC3 byte\n");
  write_file(dir / "in/c.txt", "");
  Run run = run_kgx(dir.path(), "extract in");
  CHECK(run.exit_code == 0);
  CHECK(run.out.starts_with("<?xml"));
  CHECK(run.out.find("kgx:") == std::string::npos);
  CHECK(run.out.find("warning") == std::string::npos);
  CHECK(has_line(run.err, "kgx: warning: in/b.txt: invalid UTF-8 at byte 4, replaced by U+FFFD (1 sequence)"));
  CHECK(has_line(run.err, "kgx: warning: in/c.txt: skipped, empty file"));
  CHECK(last_line(run.err).starts_with("kgx: 2 documents, "));
  CHECK(last_line(run.err).ends_with(" -> standard output"));
  // Not a terminal: no progress bar, so no carriage returns or escapes.
  CHECK(run.err.find('\r') == std::string::npos);
  CHECK(run.err.find('\x1B') == std::string::npos);
}

TEST_CASE("the output is byte-identical whatever the number of jobs") {
  TempDir dir;
  const std::string examples = shell_quote(kExamples.string());
  for (const char* format : {"graphml", "json"}) {
    for (const char* directed : {"", " --directed"}) {
      CAPTURE(format);
      CAPTURE(directed);
      const std::string flags = " --quiet --format "s + format + directed;
      Run one = run_kgx(dir.path(), "extract " + examples + " -j 1" + flags);
      Run two = run_kgx(dir.path(), "extract " + examples + " -j 2" + flags);
      Run many = run_kgx(dir.path(), "extract " + examples + " -j 16" + flags);
      CHECK(one.exit_code == 0);
      CHECK(two.exit_code == 0);
      CHECK(many.exit_code == 0);
      CHECK_FALSE(one.out.empty());
      CHECK(one.out == two.out);
      CHECK(one.out == many.out);
      CHECK(one.err.empty());
    }
  }
  // Files: the same bytes as standard output.
  Run to_file = run_kgx(dir.path(), "extract " + examples + " -j 2 --quiet -o g.graphml");
  Run to_stdout = run_kgx(dir.path(), "extract " + examples + " -j 1 --quiet");
  CHECK(to_file.exit_code == 0);
  CHECK(read_file(dir / "g.graphml") == to_stdout.out);
}

TEST_CASE("standard input is one document with id \"stdin\"") {
  TempDir dir;
  const fs::path article = kExamples / (kFirstExampleId + ".txt");
  Run from_stdin = run_kgx(dir.path(), "extract -", article.string());
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out.starts_with("<?xml"));
  CHECK(RE2::FullMatch(last_line(from_stdin.err),
                         ("kgx: 1 document, [0-9]+ entit(y|ies), [0-9]+ relations?, 0 warnings "
                                    "-> standard output")));
  // The same article read from its file gives the same graph, up to the id.
  Run from_file = run_kgx(dir.path(), "extract " + shell_quote(article.string()) + " --quiet");
  CHECK(from_file.exit_code == 0);
  CHECK(replace_all(from_file.out, kFirstExampleId, "stdin") == from_stdin.out);
  // The article names people, so the graph must credit them to "stdin".
  CHECK(from_stdin.out.find(kFirstExampleId) == std::string::npos);
  CHECK(from_stdin.out.find("stdin") != std::string::npos);

  Run empty_stdin = run_kgx(dir.path(), "extract -");
  CHECK(empty_stdin.exit_code == 2);
  CHECK(empty_stdin.err ==
        "kgx: warning: <stdin>: skipped, empty file\n"
        "kgx: error: the document could not be used (see the warning above); give UTF-8 text\n");
}

TEST_CASE("JSON output has the contract's shape") {
  TempDir dir;
  const std::string examples = shell_quote(kExamples.string());
  Run run = run_kgx(dir.path(), "extract " + examples + " -o graph.json");
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(last_line(run.err).ends_with(" -> graph.json"));
  nlohmann::json graph;
  REQUIRE_NOTHROW(graph = nlohmann::json::parse(read_file(dir / "graph.json")));
  REQUIRE(graph.is_object());
  CHECK(graph.contains("directed"));
  CHECK(graph["directed"].is_boolean());
  REQUIRE(graph.contains("nodes"));
  REQUIRE(graph.contains("edges"));
  CHECK(graph["nodes"].is_array());
  CHECK(graph["edges"].is_array());
  for (const auto& node : graph["nodes"]) {
    for (const char* key : {"id", "label", "type", "aliases", "mentions", "documents"}) {
      CAPTURE(key);
      CHECK(node.contains(key));
    }
  }
  for (const auto& edge : graph["edges"]) {
    for (const char* key : {"source", "target", "relation", "symmetric", "weight", "date", "place", "evidence"}) {
      CAPTURE(key);
      CHECK(edge.contains(key));
    }
  }

  // --format wins over the extension, and works on standard output.
  Run forced = run_kgx(dir.path(), "extract " + examples + " --format json --quiet");
  CHECK(forced.exit_code == 0);
  CHECK(nlohmann::json::parse(forced.out) == graph);
  Run odd_name = run_kgx(dir.path(), "extract " + examples + " --format json -o graph.out --quiet");
  CHECK(odd_name.exit_code == 0);
  CHECK(nlohmann::json::parse(read_file(dir / "graph.out")) == graph);
}

TEST_CASE("an output kgx cannot write or name exits 2 before any work") {
  TempDir dir;
  write_file(dir / "a.txt", kArticle);

  Run unknown = run_kgx(dir.path(), "extract a.txt -o graph.gexf");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "kgx: error: graph.gexf: cannot tell the output format from its extension; name it .graphml, "
        ".xml or .json, or give --format graphml|json\n");
  CHECK_FALSE(fs::exists(dir / "graph.gexf"));

  Run missing_dir = run_kgx(dir.path(), "extract a.txt -o missing/graph.graphml");
  CHECK(missing_dir.exit_code == 2);
  CHECK(missing_dir.err ==
        "kgx: error: missing/graph.graphml: cannot create the output (No such file or directory); "
        "create the directory first, or choose another -o\n");

  fs::create_directories(dir / "out.graphml");
  Run is_dir = run_kgx(dir.path(), "extract a.txt -o out.graphml");
  CHECK(is_dir.exit_code == 2);
  CHECK(is_dir.err ==
        "kgx: error: out.graphml: is a directory; give -o a file name, e.g. out.graphml/graph.graphml\n");
}

TEST_CASE("nothing usable exits 2 and leaves the existing output alone") {
  TempDir dir;
  write_file(dir / "junk/empty.txt", "");
  write_file(dir / "junk/zero.txt", "\0\0\0\0"s);
  write_file(dir / "graph.graphml", "old graph\n");
  Run run = run_kgx(dir.path(), "extract junk -o graph.graphml");
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "kgx: warning: junk/empty.txt: skipped, empty file\n"
        "kgx: warning: junk/zero.txt: skipped, binary file (NUL byte at 0)\n"
        "kgx: error: none of the 2 documents could be used (see the warnings above); give UTF-8 text "
        "files; graph.graphml is unchanged\n");
  CHECK(read_file(dir / "graph.graphml") == "old graph\n");
  CHECK(dir.listing().size() == 4);  // junk/, its two files, graph.graphml

  fs::create_directories(dir / "nothing/deeper");
  write_file(dir / "nothing/readme.md", "no text files here\n");
  Run no_txt = run_kgx(dir.path(), "extract nothing");
  CHECK(no_txt.exit_code == 2);
  CHECK(no_txt.out.empty());
  CHECK(no_txt.err ==
        "kgx: warning: nothing: skipped, no .txt file below this directory\n"
        "kgx: error: no document to read: give text files, directories holding *.txt files, or - for "
        "standard input\n");

  write_file(dir / "a.txt", kArticle);
  Run mixed = run_kgx(dir.path(), "extract nothing a.txt");
  CHECK(mixed.exit_code == 0);
  CHECK(has_line(mixed.err, "kgx: warning: nothing: skipped, no .txt file below this directory"));
}

TEST_CASE("directories are walked recursively, sorted, without following symlinks") {
  TempDir dir;
  write_file(dir / "corpus/b/x.txt", kArticle);
  write_file(dir / "corpus/a.txt", "Kanye West is a rapper.\n");
  write_file(dir / "corpus/b/c/deep.txt", "Kris Humphries plays basketball.\n");
  fs::create_directory_symlink("..", dir / "corpus/b/loop");        // a cycle
  fs::create_directory_symlink(dir.path(), dir / "corpus/outside");  // out of the tree
  fs::create_symlink("a.txt", dir / "corpus/same-as-a.txt");         // one file, two names
  fs::create_symlink("nowhere.txt", dir / "corpus/dangling.txt");
  write_file(dir / "corpus/b/a.txt", "Another a.\n");

  Run run = run_kgx(dir.path(), "extract corpus --format json");
  CHECK(run.exit_code == 0);
  const auto lines = lines_of(run.err);
  // Sorted by path: corpus/a.txt, corpus/b/a.txt, corpus/b/c/deep.txt,
  // corpus/b/x.txt, corpus/dangling.txt, corpus/same-as-a.txt.
  const std::vector<std::string> expected_warnings = {
      "kgx: warning: corpus/b/a.txt: same document id \"a\" as corpus/a.txt; their evidence shares that id",
      "kgx: warning: corpus/same-as-a.txt: listed more than once; read once",
      "kgx: warning: corpus/dangling.txt: skipped, cannot read it (No such file or directory)",
  };
  REQUIRE(lines.size() == expected_warnings.size() + 1);
  for (std::size_t i = 0; i < expected_warnings.size(); ++i) CHECK(lines[i] == expected_warnings[i]);
  CHECK(lines.back().starts_with("kgx: 4 documents, "));
}

TEST_CASE("a successful run replaces the output atomically and quietly") {
  TempDir dir;
  write_file(dir / "a.txt", kArticle);
  write_file(dir / "graph.graphml", "old\n");
  fs::permissions(dir / "graph.graphml", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  Run run = run_kgx(dir.path(), "extract a.txt -o graph.graphml --quiet");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.empty());
  CHECK(read_file(dir / "graph.graphml").starts_with("<?xml"));
  CHECK(dir.listing() == std::set<std::string>{"a.txt", "graph.graphml"});
  CHECK(fs::status(dir / "graph.graphml").permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("a killed run leaves the existing output and no temporary file") {
  TempDir dir;
  write_file(dir / "a.txt", kArticle);
  write_file(dir / "graph.graphml", "old graph\n");
  // kgx blocks reading standard input from a FIFO whose writer stays open,
  // so it is surely mid-run when SIGTERM arrives.
  const std::string script =
      "mkfifo in.fifo && exec 3<>in.fifo && " + shell_quote(KGX_BINARY) +
      " extract a.txt - -o graph.graphml <in.fifo 2>err.txt & pid=$!; sleep 1; kill -TERM $pid; "
      "wait $pid; echo $? >rc.txt; exec 3>&-; rm -f in.fifo";
  const std::string command = "cd " + shell_quote(dir.path().string()) + " && sh -c " + shell_quote(script);
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(read_file(dir / "rc.txt") == "143\n");  // 128 + SIGTERM, as a shell reports it
  CHECK(read_file(dir / "err.txt") == "\nkgx: interrupted; graph.graphml is unchanged\n");
  CHECK(read_file(dir / "graph.graphml") == "old graph\n");
  CHECK(dir.listing() == std::set<std::string>{"a.txt", "err.txt", "graph.graphml", "rc.txt"});
}

TEST_CASE("an output that is a FIFO or a symlink is written through, never replaced") {
  TempDir dir;
  write_file(dir / "a.txt", kArticle);
  Run reference = run_kgx(dir.path(), "extract a.txt --quiet");
  REQUIRE(reference.exit_code == 0);

  // A FIFO (like /dev/null or /dev/stdout) cannot be renamed over: kgx
  // writes into it, and it is still a FIFO afterwards.
  const std::string script = "mkfifo out.fifo || exit 1; cat out.fifo >got.graphml & " +
                             shell_quote(KGX_BINARY) + " extract a.txt -o out.fifo --quiet; echo $? >rc.txt; wait";
  REQUIRE(std::system(("cd " + shell_quote(dir.path().string()) + " && sh -c " + shell_quote(script)).c_str()) == 0);
  CHECK(read_file(dir / "rc.txt") == "0\n");
  CHECK(fs::is_fifo(fs::symlink_status(dir / "out.fifo")));
  CHECK(read_file(dir / "got.graphml") == reference.out);

  // A symlinked output keeps its link; the file it points to is replaced.
  write_file(dir / "real/graph.graphml", "old\n");
  fs::create_symlink("real/graph.graphml", dir / "link.graphml");
  Run via_link = run_kgx(dir.path(), "extract a.txt -o link.graphml --quiet");
  CHECK(via_link.exit_code == 0);
  CHECK(fs::is_symlink(fs::symlink_status(dir / "link.graphml")));
  CHECK(read_file(dir / "real/graph.graphml") == reference.out);
}

TEST_CASE("many documents in several batches: the output is the same on 1 and 2 threads") {
  // Documents go to the workers in batches of up to 256: 800 documents make
  // several batches, so the threads really interleave.
  TempDir dir;
  fs::create_directories(dir / "corpus");
  std::vector<std::string> texts;
  for (const auto& entry : fs::directory_iterator(kExamples))
    if (entry.path().extension() == ".txt") texts.push_back(read_file(entry.path()));
  REQUIRE_FALSE(texts.empty());
  for (int i = 0; i < 800; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "doc%03d.txt", i);
    write_file(dir / "corpus" / name, texts[static_cast<std::size_t>(i) % texts.size()]);
  }
  Run one = run_kgx(dir.path(), "extract corpus -j 1 --quiet");
  Run two = run_kgx(dir.path(), "extract corpus -j 2 --quiet");
  CHECK(one.exit_code == 0);
  CHECK(two.exit_code == 0);
  CHECK(one.out.size() > 10000);
  CHECK(one.out == two.out);
}

TEST_CASE("--timings names every stage on standard error") {
  TempDir dir;
  Run run = run_kgx(dir.path(), "extract " + shell_quote(kExamples.string()) + " --timings -o g.graphml");
  CHECK(run.exit_code == 0);
  CHECK(RE2::PartialMatch(run.err,
                          "kgx: timings: list [0-9.]+ s, read [0-9.]+ s, segment [0-9.]+ s, layout [0-9.]+ s, "
                          "entities [0-9.]+ s, coreference [0-9.]+ s, relations [0-9.]+ s, merge [0-9.]+ s "
                          "\\(adding documents [0-9.]+ s, clustering and edges [0-9.]+ s\\), export [0-9.]+ s"));
}

TEST_CASE("a file named twice on the command line, as itself and inside its directory, is read once") {
  TempDir dir;
  write_file(dir / "corpus/a.txt", kArticle);
  write_file(dir / "corpus/b.txt", "Ana Ruiz married Tom Berg in 2012.\n");
  Run run = run_kgx(dir.path(), "extract corpus ./corpus/a.txt --format json");
  CHECK(run.exit_code == 0);
  const auto lines = lines_of(run.err);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "kgx: warning: ./corpus/a.txt: listed more than once; read once");
  CHECK(lines[1].starts_with("kgx: 2 documents, "));
}
