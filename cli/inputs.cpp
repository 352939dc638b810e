#include "cli/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <unordered_set>
#include <system_error>

namespace kgx::cli {
namespace fs = std::filesystem;

namespace {

std::string reason_of(const std::error_code& error) { return error.message(); }

// recursive_directory_iterator with skip_permission_denied skips an
// unreadable directory without a word; opening it once ourselves is how we
// learn that it happened, so that the user hears about it.
std::optional<std::string> cannot_list(const fs::path& directory) {
  std::error_code error;
  fs::directory_iterator probe(directory, error);
  if (error) return reason_of(error);
  return std::nullopt;
}

// One stat per file (it follows symlinks): its size for the progress bar
// and its device and inode, so that examples/a.txt, ./examples/a.txt and a
// symlink to it count as one file. A file that cannot be stat'ed keeps its
// path as identity; reading it later says what is wrong with it.
DocumentSource file_source(const fs::path& path) {
  DocumentSource source;
  source.path = path.native();
  source.display_name = path.string();
  source.doc_id = path.stem().string();
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISREG(info.st_mode)) source.size_hint = static_cast<std::uintmax_t>(info.st_size);
    source.identity = std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
  } else {
    source.identity = "path:" + path.string();
  }
  return source;
}

bool is_text_file_name(const fs::path& path) { return path.extension() == ".txt"; }

// Every *.txt below `root`, sorted by path. Entries named *.txt that are not
// directories are kept even when they cannot be stat'ed (a dangling symlink,
// say): reading them later produces a warning naming them, which beats
// leaving them out silently.
std::vector<DocumentSource> list_directory(const fs::path& root, std::vector<std::string>& warnings) {
  std::vector<DocumentSource> found;
  if (auto reason = cannot_list(root)) {
    warnings.push_back(root.string() + ": skipped, cannot list this directory (" + *reason + ")");
    return found;
  }
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  const fs::recursive_directory_iterator end;
  while (!error && it != end) {
    const fs::directory_entry& entry = *it;
    std::error_code status_error;
    const bool is_symlink = entry.is_symlink(status_error);
    const bool is_directory = entry.is_directory(status_error);
    if (is_directory && !is_symlink) {
      if (auto reason = cannot_list(entry.path())) {
        warnings.push_back(entry.path().string() + ": skipped, cannot list this directory (" +
                           *reason + ")");
      }
    } else if (!is_directory && is_text_file_name(entry.path())) {
      found.push_back(file_source(entry.path()));
    }
    it.increment(error);
  }
  if (error) {
    warnings.push_back(root.string() + ": listing stopped early (" + reason_of(error) +
                       "); the files found so far are used");
  }
  // Byte order of the path strings: as deterministic as path order and far
  // cheaper than comparing component by component on a big tree.
  std::sort(found.begin(), found.end(),
            [](const DocumentSource& a, const DocumentSource& b) { return a.path < b.path; });
  if (found.empty()) warnings.push_back(root.string() + ": skipped, no .txt file below this directory");
  return found;
}

}  // namespace

InputListing list_inputs(const std::vector<std::string>& command_line_paths) {
  InputListing listing;
  std::vector<DocumentSource> candidates;
  bool stdin_seen = false;

  for (const std::string& argument : command_line_paths) {
    if (argument == "-") {
      if (stdin_seen) {
        listing.fatal = "standard input (-) is given more than once; give - once";
        return listing;
      }
      stdin_seen = true;
      DocumentSource source;
      source.display_name = kStdinDisplayName;
      source.doc_id = kStdinDocId;
      candidates.push_back(std::move(source));
      continue;
    }
    if (argument.empty()) {
      listing.fatal = "an empty PATH was given; give a text file, a directory or - for standard input";
      return listing;
    }
    const fs::path path(argument);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
      listing.fatal = argument + ": no such file or directory; check the path";
      return listing;
    }
    if (error) {
      // It exists (or may) but cannot even be looked at: one unusable input,
      // not a reason to drop the others.
      listing.warnings.push_back(argument + ": skipped, cannot access it (" + reason_of(error) + ")");
      continue;
    }
    if (fs::is_directory(status)) {
      auto files = list_directory(path, listing.warnings);
      candidates.insert(candidates.end(), std::make_move_iterator(files.begin()),
                        std::make_move_iterator(files.end()));
    } else {
      candidates.push_back(file_source(path));
    }
  }

  // Reading a file twice would double its mentions and evidence weights.
  std::unordered_set<std::string> seen_files;
  std::map<std::string, std::string> first_name_of_id;
  for (DocumentSource& source : candidates) {
    if (!source.is_stdin() && !seen_files.insert(source.identity).second) {
      listing.warnings.push_back(source.display_name + ": listed more than once; read once");
      continue;
    }
    auto [it, inserted] = first_name_of_id.emplace(source.doc_id, source.display_name);
    if (!inserted) {
      listing.warnings.push_back(source.display_name + ": same document id \"" + source.doc_id +
                                 "\" as " + it->second + "; their evidence shares that id");
    }
    listing.documents.push_back(std::move(source));
  }
  return listing;
}

}  // namespace kgx::cli
