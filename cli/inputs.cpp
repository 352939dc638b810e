#include "cli/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <system_error>

#include "extract/string_map.h"

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

// The file name without its extension, as std::filesystem::path::stem()
// has it ("a.b.txt" -> "a.b", ".txt" -> ".txt"), without parsing the path
// into components (a heap allocation per component, per file).
std::string stem_of(std::string_view path) {
  std::string_view name = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
  if (name == "." || name == "..") return std::string(name);
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return std::string(name);
  return std::string(name.substr(0, dot));
}

// With `identify`, one stat per file (it follows symlinks): its size, for
// balancing the work, and its device and inode, so that examples/a.txt,
// ./examples/a.txt and a symlink to it count as one file. A file that cannot
// be stat'ed, or is not stat'ed, is known by its path; reading it later says
// what is wrong with it.
DocumentSource file_source(std::string path, bool identify) {
  DocumentSource source;
  source.doc_id = stem_of(path);
  source.path = std::move(path);
  struct stat info {};
  if (identify && ::stat(source.path.c_str(), &info) == 0) {
    if (S_ISREG(info.st_mode)) source.size_hint = static_cast<std::uintmax_t>(info.st_size);
    source.identity = std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
  }
  return source;
}

bool is_text_file_name(const fs::path& path) { return path.extension() == ".txt"; }

// Every *.txt below `root`, sorted by path. Entries named *.txt that are not
// directories are kept even when they cannot be stat'ed (a dangling symlink,
// say): reading them later produces a warning naming them, which beats
// leaving them out silently. The files are stat'ed only when the same file
// could be listed twice: several command-line paths (`identify_files`), or
// a symlink below the directory. A walk that follows no directory symlink
// meets every other file once, and a stat per file is most of the listing's
// time on a big tree.
std::vector<DocumentSource> list_directory(const fs::path& root, bool identify_files,
                                           std::vector<std::string>& warnings) {
  std::vector<DocumentSource> found;
  if (auto reason = cannot_list(root)) {
    warnings.push_back(root.string() + ": skipped, cannot list this directory (" + *reason + ")");
    return found;
  }
  std::vector<std::string> paths;
  bool symlink_seen = false;
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
      symlink_seen = symlink_seen || is_symlink;
      paths.push_back(entry.path().native());
    }
    it.increment(error);
  }
  if (error) {
    warnings.push_back(root.string() + ": listing stopped early (" + reason_of(error) +
                       "); the files found so far are used");
  }
  // Byte order of the path strings: as deterministic as path order and far
  // cheaper than comparing component by component on a big tree.
  std::sort(paths.begin(), paths.end());
  found.reserve(paths.size());
  for (std::string& path : paths) found.push_back(file_source(std::move(path), identify_files || symlink_seen));
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
      auto files = list_directory(path, command_line_paths.size() > 1, listing.warnings);
      candidates.insert(candidates.end(), std::make_move_iterator(files.begin()),
                        std::make_move_iterator(files.end()));
    } else {
      candidates.push_back(file_source(argument, /*identify=*/true));
    }
  }

  // Reading a file twice would double its mentions and evidence weights.
  // Files are known by device:inode when stat'ed, else by path: two sets, so
  // that the two kinds of name never compare. The sets view strings of the
  // documents kept: `documents` is reserved up front, so they never move.
  listing.documents.reserve(candidates.size());
  StringViewSet seen_inodes, seen_paths;
  auto seen_set = [&](const DocumentSource& source) -> StringViewSet& {
    return source.identity.empty() ? seen_paths : seen_inodes;
  };
  auto key = [](const DocumentSource& source) -> std::string_view {
    return source.identity.empty() ? source.path : source.identity;
  };
  StringViewMap<std::size_t> first_with_id;  // doc id -> its first document
  for (DocumentSource& source : candidates) {
    if (!source.is_stdin() && seen_set(source).count(key(source))) {
      listing.warnings.push_back(source.display_name() + ": listed more than once; read once");
      continue;
    }
    if (auto first = first_with_id.find(source.doc_id); first != first_with_id.end()) {
      listing.warnings.push_back(source.display_name() + ": same document id \"" + source.doc_id + "\" as " +
                                 listing.documents[first->second].display_name() +
                                 "; their evidence shares that id");
    }
    const DocumentSource& kept = listing.documents.emplace_back(std::move(source));
    if (!kept.is_stdin()) seen_set(kept).insert(key(kept));
    first_with_id.try_emplace(kept.doc_id, listing.documents.size() - 1);
  }
  return listing;
}

}  // namespace kgx::cli
