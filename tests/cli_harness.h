// Shared by the end-to-end tests: run the built kgx binary (KGX_BINARY) in
// a throw-away directory and capture its exit code, standard output and
// standard error; small file helpers around it.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace kgx_test {

namespace fs = std::filesystem;

inline const fs::path kExamples = fs::path(KGX_SOURCE_DIR) / "examples";

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// A per-process unique name in the temporary directory; tests in one
// executable run one after another, ctest runs executables in parallel.
inline fs::path unique_temp_path(const std::string& prefix) {
  static std::atomic<int> counter{0};
  return fs::temp_directory_path() /
         (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

// A fresh directory that disappears with the test.
class TempDir {
 public:
  TempDir() : path_(unique_temp_path("kgx-test")) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

  // Every file name below the directory, relative, sorted.
  std::set<std::string> listing() const {
    std::set<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(path_)) {
      names.insert(fs::relative(entry.path(), path_).string());
    }
    return names;
  }

 private:
  fs::path path_;
};

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `kgx ARGS` with `cwd` as working directory; standard input from a
// file if given, else empty.
inline Run run_kgx(const fs::path& cwd, const std::string& args, const std::string& stdin_file = "") {
  const fs::path capture = unique_temp_path("kgx-capture");
  const std::string out_file = capture.string() + ".out";
  const std::string err_file = capture.string() + ".err";
  // timeout(1): a hung kgx fails its test (exit 124) instead of hanging the suite.
  std::string command = "cd " + shell_quote(cwd.string()) + " && timeout 120 " + shell_quote(KGX_BINARY) + " " +
                        args + " >" + shell_quote(out_file) + " 2>" + shell_quote(err_file);
  command += stdin_file.empty() ? " </dev/null" : " <" + shell_quote(stdin_file);
  const int status = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(out_file);
  run.err = read_file(err_file);
  fs::remove(out_file);
  fs::remove(err_file);
  return run;
}

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace kgx_test
