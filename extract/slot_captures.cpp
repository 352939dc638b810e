#include "extract/slot_captures.h"

#include <cstddef>

namespace kgx {
namespace {

// Whether an escaped letter (\w, \S, \D ...) can match P or G; \d, \s
// and the word boundaries (a backspace inside a class) cannot, and an
// escaped punctuation mark is only itself.
bool escape_may_match_pg(char e) {
  const bool letter = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
  return letter && e != 'd' && e != 's' && e != 'b' && e != 'B';
}

// What a piece of a pattern does, as far as the question is concerned.
struct Shape {
  bool understood = true;    // false: give up, the pattern keeps RE2's captures
  int slot_groups = 0;       // capturing groups inside, each exactly one slot
  bool may_match_pg = false;  // something outside those groups can match 'P' or 'G'
};

// Recursive descent over the pattern, one piece per call.
class Reader {
 public:
  explicit Reader(std::string_view regex) : regex_(regex) {}

  Shape read_all() {
    Shape shape = alternation();
    if (at_ < regex_.size()) shape.understood = false;  // an unmatched ')'
    return shape;
  }

 private:
  static void add(Shape& into, const Shape& piece) {
    into.understood = into.understood && piece.understood;
    into.slot_groups += piece.slot_groups;
    into.may_match_pg = into.may_match_pg || piece.may_match_pg;
  }

  // Branches separated by '|', up to a ')' or the end. A group in one branch
  // of several does not take part in every match.
  Shape alternation() {
    Shape shape = sequence();
    bool branched = false;
    while (at_ < regex_.size() && regex_[at_] == '|') {
      ++at_;
      branched = true;
      add(shape, sequence());
    }
    if (branched && shape.slot_groups > 0) shape.understood = false;
    return shape;
  }

  Shape sequence() {
    Shape shape;
    while (at_ < regex_.size() && regex_[at_] != '|' && regex_[at_] != ')') {
      Shape piece = atom();
      if (repeated() && piece.slot_groups > 0) piece.understood = false;
      add(shape, piece);
      if (!shape.understood) return shape;
    }
    return shape;
  }

  // A quantifier after an atom (and its lazy '?'): whether it is anything but
  // "exactly once".
  bool repeated() {
    if (at_ >= regex_.size()) return false;
    char c = regex_[at_];
    bool other_than_once = false;
    if (c == '?' || c == '*' || c == '+') {
      ++at_;
      other_than_once = true;
    } else if (c == '{') {
      std::size_t close = regex_.find('}', at_);
      if (close == std::string_view::npos) return false;  // a literal '{'
      const std::string_view bounds = regex_.substr(at_, close - at_ + 1);
      other_than_once = bounds != "{1}" && bounds != "{1,1}";
      at_ = close + 1;
    } else {
      return false;
    }
    if (at_ < regex_.size() && regex_[at_] == '?') ++at_;
    return other_than_once;
  }

  Shape atom() {
    Shape shape;
    const char c = regex_[at_];
    if (c == '(') return group();
    if (c == '[') return char_class();
    if (c == '\\') {
      if (at_ + 1 >= regex_.size()) {
        shape.understood = false;
        return shape;
      }
      shape.may_match_pg = escape_may_match_pg(regex_[at_ + 1]);
      at_ += 2;
      return shape;
    }
    ++at_;
    if (c == '.' || c == 'P' || c == 'G') shape.may_match_pg = true;
    return shape;  // a literal, ^ or $
  }

  Shape group() {
    Shape shape;
    ++at_;  // '('
    const bool capturing = !(at_ < regex_.size() && regex_[at_] == '?');
    if (!capturing) {
      if (regex_.substr(at_, 2) != "?:") {  // lookarounds, flags, named groups: not ours
        shape.understood = false;
        return shape;
      }
      at_ += 2;
      shape = alternation();
    } else {
      const std::size_t begin = at_;
      Shape inside = alternation();
      const std::string_view body = regex_.substr(begin, at_ - begin);
      shape.understood = inside.understood && (body == "[PG]\\d+" || body == "P\\d+" || body == "G\\d+");
      shape.slot_groups = 1;
    }
    if (at_ >= regex_.size() || regex_[at_] != ')') {
      shape.understood = false;
      return shape;
    }
    ++at_;
    // A slot is followed by a space or the end of the sentence; a digit
    // straight after the group could take a slot's last digit, so only a
    // space, a word boundary or the end may follow it.
    if (capturing) {
      const std::string_view next = regex_.substr(at_);
      const bool clean_end =
          next.empty() || next[0] == ' ' || next.substr(0, 2) == "\\b" || next.substr(0, 4) == "(?: ";
      if (!clean_end) shape.understood = false;
    }
    return shape;
  }

  // [...] with ranges, escapes and a leading ^: can it match P or G?
  Shape char_class() {
    Shape shape;
    ++at_;  // '['
    bool negated = false;
    if (at_ < regex_.size() && regex_[at_] == '^') negated = true, ++at_;
    bool has_p = false, has_g = false, first = true;
    while (at_ < regex_.size() && (regex_[at_] != ']' || first)) {
      first = false;
      char lo = regex_[at_];
      if (lo == '\\') {
        if (at_ + 1 >= regex_.size()) break;
        const char e = regex_[at_ + 1];
        at_ += 2;
        if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
          if (escape_may_match_pg(e)) has_p = has_g = true;
          continue;
        }
        lo = e;
      } else {
        ++at_;
      }
      char hi = lo;
      if (at_ + 1 < regex_.size() && regex_[at_] == '-' && regex_[at_ + 1] != ']') {
        hi = regex_[at_ + 1];
        at_ += 2;
        if (hi == '\\') {
          shape.understood = false;
          return shape;
        }
      }
      has_p = has_p || (lo <= 'P' && 'P' <= hi);
      has_g = has_g || (lo <= 'G' && 'G' <= hi);
    }
    if (at_ >= regex_.size()) {
      shape.understood = false;
      return shape;
    }
    ++at_;  // ']'
    shape.may_match_pg = negated ? !(has_p && has_g) : (has_p || has_g);
    return shape;
  }

  std::string_view regex_;
  std::size_t at_ = 0;
};

}  // namespace

bool captures_are_ordered_slots(std::string_view regex, int groups) {
  const Shape shape = Reader(regex).read_all();
  return shape.understood && !shape.may_match_pg && shape.slot_groups == groups;
}

}  // namespace kgx
