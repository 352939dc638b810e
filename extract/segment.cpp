#include "extract/segment.h"

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <string>

#include "extract/lexicon.h"
#include "extract/text.h"

namespace kgx {

using namespace std::string_view_literals;  // token == "."sv compares lengths first, no strlen
namespace {

struct CodePoint {
  utf8proc_int32_t value = 0;
  std::size_t length = 1;
};

CodePoint decode(std::string_view text, std::size_t at) {
  CodePoint cp;
  auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {  // ASCII, the common case
    cp.value = byte;
    return cp;
  }
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + at,
                            static_cast<utf8proc_ssize_t>(text.size() - at), &cp.value);
  if (n <= 0) {
    cp.value = 0xFFFD;
    cp.length = 1;
  } else {
    cp.length = static_cast<std::size_t>(n);
  }
  return cp;
}

// What the word loop asks of every ASCII byte, answered by one load: 0 for
// anything that is not a letter or digit (and for every byte >= 0x80).
enum : std::uint8_t { kAsciiLetter = 1, kAsciiUpper = 2, kAsciiDigit = 4 };
constexpr std::array<std::uint8_t, 256> kAsciiKind = [] {
  std::array<std::uint8_t, 256> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[static_cast<std::size_t>(c)] = kAsciiLetter;
  for (int c = 'A'; c <= 'Z'; ++c) kinds[static_cast<std::size_t>(c)] = kAsciiLetter | kAsciiUpper;
  for (int c = '0'; c <= '9'; ++c) kinds[static_cast<std::size_t>(c)] = kAsciiDigit;
  return kinds;
}();

// The ASCII answers below come from kAsciiKind (c < 0x80 there, so c indexes it).
std::uint8_t ascii_kind(utf8proc_int32_t c) { return kAsciiKind[static_cast<std::size_t>(c)]; }

// Letters and capitals of a word, to tell a word in capitals ("NASA").
struct CaseCount {
  int letters = 0, uppers = 0;
};

#ifdef __SSE2__
// Bits set in a 16-bit mask. By table: x86-64 without -mpopcnt makes
// std::popcount a library call.
constexpr std::array<std::uint8_t, 256> kBitsSet = [] {
  std::array<std::uint8_t, 256> bits{};
  for (std::size_t b = 0; b < 256; ++b) bits[b] = static_cast<std::uint8_t>(std::popcount(b));
  return bits;
}();
int bits_set(unsigned mask16) { return kBitsSet[mask16 & 0xFF] + kBitsSet[(mask16 >> 8) & 0xFF]; }
#endif

// Where the run of ASCII letters and digits that starts at `from` ends; when
// `counted` is given, adds to it the run's letters and capitals. Sixteen
// bytes at a time where SSE2 is there: most words end inside the first
// block, and a byte loop's exit branch is mispredicted about once a word.
std::size_t ascii_alnum_run_end(std::string_view text, std::size_t from, CaseCount* counted) {
#ifdef __SSE2__
  // Signed compares: bytes >= 0x80 are negative, below every bound.
  auto between = [](__m128i bytes, char low, char high) {
    return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(high + 1))));
  };
  while (from + 16 <= text.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
    const __m128i letters = between(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 'z');
    const auto alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, between(bytes, '0', '9'))));
    const int length = std::countr_one(alnum);  // 16 when the run goes on
    if (counted) {
      const unsigned run = (1u << length) - 1;  // the run's bytes: the block's low bits
      counted->letters += bits_set(static_cast<unsigned>(_mm_movemask_epi8(letters)) & run);
      counted->uppers += bits_set(static_cast<unsigned>(_mm_movemask_epi8(between(bytes, 'A', 'Z'))) & run);
    }
    if (length < 16) return from + static_cast<std::size_t>(length);
    from += 16;
  }
#endif
  for (; from < text.size(); ++from) {
    const std::uint8_t kind = kAsciiKind[static_cast<unsigned char>(text[from])];
    if (!kind) break;
    if (counted) {
      counted->letters += kind & kAsciiLetter;
      counted->uppers += (kind & kAsciiUpper) >> 1;
    }
  }
  return from;
}

bool is_letter(utf8proc_int32_t c) {
  if (c < 0x80) return ascii_kind(c) & kAsciiLetter;
  auto cat = utf8proc_category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool is_mark(utf8proc_int32_t c) {
  if (c < 0x80) return false;
  auto cat = utf8proc_category(c);
  return cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
}
bool is_digit(utf8proc_int32_t c) {
  if (c < 0x80) return ascii_kind(c) & kAsciiDigit;
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}
bool is_upper(utf8proc_int32_t c) {
  if (c < 0x80) return ascii_kind(c) & kAsciiUpper;
  auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool is_alnum(utf8proc_int32_t c) {
  if (c < 0x80) return ascii_kind(c) != 0;
  return is_letter(c) || is_digit(c) || is_mark(c);
}
bool is_space(utf8proc_int32_t c) {
  constexpr std::uint64_t kAsciiSpace = 1ull << ' ' | 1ull << '\t' | 1ull << '\n' | 1ull << '\r' | 1ull << '\f' | 1ull << '\v';
  if (c < 0x80) return c <= ' ' && (kAsciiSpace >> c & 1);
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}
bool is_apostrophe(utf8proc_int32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }
bool is_hyphen(utf8proc_int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Writes the lower-case form of text[begin, end) at out (curly quotes and
// apostrophes straight, dashes "-") and returns the end of what it wrote:
// at most end - begin bytes plus two per non-ASCII byte (an invalid byte
// becomes the 3-byte U+FFFD).
char* write_lower(std::string_view text, std::size_t begin, std::size_t end, char* out) {
  for (std::size_t i = begin; i < end;) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      *out++ = ascii_lower(static_cast<char>(byte));
      ++i;
      continue;
    }
    CodePoint cp = decode(text, i);
    utf8proc_int32_t c = cp.value;
    if (c == 0x2019 || c == 0x2018 || c == 0x2032) c = '\'';
    else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB) c = '"';
    else if (c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011 || c == 0x2212) c = '-';
    else c = utf8proc_tolower(c);
    out += utf8proc_encode_char(c, reinterpret_cast<utf8proc_uint8_t*>(out));
    i += cp.length;
  }
  return out;
}

// Clitics split off the end of a word: possessive 's and contractions.
std::size_t clitic_start(std::string_view lower) {
  static constexpr std::string_view kClitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
  // Each has its apostrophe among the last three characters: most words stop here.
  const std::size_t n = lower.size();
  if (n < 2 || (lower[n - 1] != '\'' && lower[n - 2] != '\'' && (n < 3 || lower[n - 3] != '\'')))
    return std::string_view::npos;
  for (std::string_view c : kClitics) {
    if (n > c.size() && lower.substr(n - c.size()) == c) return n - c.size();
  }
  if (n > 2 && lower.back() == '\'' && lower[n - 2] == 's') return n - 1;
  return std::string_view::npos;
}

// Whether the next word after `at` (past white space) starts with a capital
// letter or a non-ASCII character (which may be one).
bool next_word_capitalised(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[at]);
  return byte >= 0x80 || (ascii_kind(byte) & kAsciiUpper);
}

// A word the lists lack as it is written: "María", "José", "Zoë" (the
// lists hold names and words without their accents), "Jean-Luc",
// "François-Xavier" (given names they have, joined). Out of line: the
// token loop stays small, and most words are found as written.
[[gnu::noinline]] void look_up_unlisted(const Lexicon& lexicon, Token& t, std::string_view lower, std::string& folded) {
  std::string_view form = lower;
  if (std::any_of(lower.begin(), lower.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    fold_name_into(lower, folded);
    form = folded;
    t.word = lexicon.word(form);
  }
  if (t.word.classes == 0 && t.has(kJoined)) t.word = lexicon.hyphenated_compound(form);
}

void tokenize(Document& doc) {
  const std::string_view text = doc.text;
  const Lexicon& lexicon = Lexicon::get();
  doc.tokens.reserve(text.size() / 4 + 16);
  // The whole text lower-cased at once (ASCII letters only: one pass the
  // compiler vectorises), so that a token of ASCII bytes views its own
  // offset. A token with other bytes writes its form after the text, into
  // room sized so that views never move (see write_lower).
  const auto non_ascii = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
  doc.lowered = std::make_unique_for_overwrite<char[]>(text.size() + (non_ascii ? text.size() + 2 * non_ascii : 0) + 1);
  char* const lowered = doc.lowered.get();
  std::transform(text.begin(), text.end(), lowered, [](char c) { return ascii_lower(c); });
  char* out = lowered + text.size();
  std::size_t i = 0;
  int newlines = 2;  // the text starts a paragraph
  bool space = false, page_break = false;
  std::string folded;  // a token's unaccented form, when it has another
  auto push = [&](std::size_t begin, std::size_t end, std::uint16_t flags, std::string_view lower) {
    Token& t = doc.tokens.emplace_back();
    t.begin = static_cast<std::uint32_t>(begin);
    t.end = static_cast<std::uint32_t>(end);
    t.flags = flags;
    if (newlines >= 1) t.flags |= kLineStart;
    if (newlines >= 2) t.flags |= kParagraphStart;
    if (space) t.flags |= kSpaceBefore;
    if (page_break) t.flags |= kPageStart;
    t.lower = lower;
    t.word = lexicon.word(lower);
    if (t.word.classes == 0 && (flags & kWord)) look_up_unlisted(lexicon, t, lower, folded);
    newlines = 0;
    space = false;
    page_break = false;
  };
  while (i < text.size()) {
    CodePoint cp = decode(text, i);
    if (is_space(cp.value)) {
      if (cp.value == '\n') ++newlines;
      if (cp.value == '\f') page_break = true;
      space = true;
      i += cp.length;
      continue;
    }
    if (!is_alnum(cp.value)) {
      utf8proc_int32_t c = cp.value;
      // A class year after a name ("Naomi Farrow '98 and Liam Castillo
      // '97 married"): no word of the sentence, read as a space between the
      // name and what follows (not "'90s", not a quotation's "'74 was"; not
      // before a capital, which would then run on the name: "Sarah Kim '05
      // MD", "Jane Doe '98 Tom Roe").
      const std::size_t after_year = i + cp.length + 2;
      if ((c == '\'' || c == 0x2019) && (space || i == 0) && after_year <= text.size() &&
          (ascii_kind(static_cast<unsigned char>(text[i + cp.length])) & kAsciiDigit) &&
          (ascii_kind(static_cast<unsigned char>(text[i + cp.length + 1])) & kAsciiDigit) &&
          (after_year == text.size() || !(ascii_kind(static_cast<unsigned char>(text[after_year])) & (kAsciiLetter | kAsciiDigit))) &&
          !doc.tokens.empty() && (doc.tokens.back().flags & kCapitalized) && !next_word_capitalised(text, after_year)) {
        i += cp.length + 2;
        space = true;
        continue;
      }
      // "Bradley Keane Jr.'s wife": a possessive glued to an abbreviation's
      // period is the clitic it is after a word.
      const std::size_t after_s = i + cp.length + 1;
      if (is_apostrophe(c) && !space && !doc.tokens.empty() && doc.tokens.back().lower == "."sv && after_s <= text.size() &&
          (text[after_s - 1] == 's' || text[after_s - 1] == 'S') &&
          (after_s == text.size() || !(ascii_kind(static_cast<unsigned char>(text[after_s])) & (kAsciiLetter | kAsciiDigit)))) {
        // (An ASCII apostrophe's form is the lower-cased text's own; room
        // after the text is there only for one with other bytes.)
        std::string_view lower(lowered + i, after_s - i);
        if (cp.value >= 0x80) {
          char* const lower_begin = out;
          out = write_lower(text, i, after_s, out);
          lower = std::string_view(lower_begin, static_cast<std::size_t>(out - lower_begin));
        }
        push(i, after_s, kWord | kClitic, lower);
        i = after_s;
        continue;
      }
      std::uint16_t flags = 0;
      if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
          is_apostrophe(c))
        flags |= kQuote;
      if (cp.value < 0x80) {
        push(i, i + 1, flags, std::string_view(lowered + i, 1));
      } else {
        char* lower = out;
        out = write_lower(text, i, i + cp.length, out);
        push(i, i + cp.length, flags, std::string_view(lower, static_cast<std::size_t>(out - lower)));
      }
      i += cp.length;
      continue;
    }
    // A word: letters/digits, joined across an apostrophe, hyphen, '*', or a
    // period between single letters (U.S.) when a letter or digit follows.
    std::size_t begin = i;
    bool first_upper = is_upper(cp.value), first_digit = is_digit(cp.value);
    // Letters and capitals are counted to tell a word in capitals ("NASA",
    // "AT&T"); a word that starts with a lower-case letter is not one.
    const bool count_case = !(cp.value < 0x80 && (ascii_kind(cp.value) & (kAsciiLetter | kAsciiUpper)) == kAsciiLetter);
    CaseCount cased;
    bool joined = false, ascii = true;
    std::size_t j = i;
    while (j < text.size()) {
      // ASCII letters and digits, most of every word, without decoding.
      j = ascii_alnum_run_end(text, j, count_case ? &cased : nullptr);
      if (j >= text.size()) break;
      const auto byte = static_cast<unsigned char>(text[j]);
      if (byte >= 0x80) ascii = false;
      CodePoint c = decode(text, j);
      if (is_alnum(c.value)) {
        if (count_case && is_letter(c.value)) {
          ++cased.letters;
          if (is_upper(c.value)) ++cased.uppers;
        }
        j += c.length;
        continue;
      }
      // "2.1 million", "$4.5m", "10,000": a period or comma between digits
      // is the number's (a period there had ended the sentence).
      const bool in_number = (c.value == '.' || c.value == ',') && first_digit && (ascii_kind(static_cast<unsigned char>(text[j - 1])) & kAsciiDigit);
      // "W/ro Almaz", "W/t Hiwot": a one-letter abbreviation's slash (the
      // Amharic titles), not a list's ("Ann/Bo", "1/2") nor a reference's ("P/2291").
      const bool letter_slash = c.value == '/' && j == begin + 1 && !first_digit;
      bool joiner = is_apostrophe(c.value) || is_hyphen(c.value) || c.value == '*' || c.value == '&' || in_number || letter_slash;
      if (joiner && j + c.length < text.size()) {
        CodePoint next = decode(text, j + c.length);
        if (in_number ? is_digit(next.value)
                      : is_alnum(next.value) && (c.value != '&' || (count_case && cased.uppers == cased.letters && is_upper(next.value))) &&
                            (!letter_slash || is_letter(next.value))) {
          j += c.length;
          joined = true;
          continue;
        }
      }
      break;
    }
    std::string_view lower(lowered + begin, j - begin);
    if (!ascii) {
      char* const lower_begin = out;
      out = write_lower(text, begin, j, out);
      lower = std::string_view(lower_begin, static_cast<std::size_t>(out - lower_begin));
    }
    // A clitic starts at an apostrophe inside the word, which joined it.
    std::size_t split = joined ? clitic_start(lower) : std::string_view::npos;
    std::uint16_t flags = kWord;
    if (first_upper) flags |= kCapitalized;
    if (count_case && cased.letters >= 2 && cased.uppers == cased.letters) flags |= kAllCaps;
    if (first_digit) flags |= kNumber;
    if (joined) flags |= kJoined;
    if (split != std::string_view::npos && split > 0) {
      // Map the split point in the lower-cased copy back to bytes of the
      // original: the clitic is ASCII but its apostrophe may be 3 bytes.
      std::size_t clitic_chars = lower.size() - split;
      std::size_t cut = j;
      std::string scratch;
      for (std::size_t k = 0; k < clitic_chars;) {
        std::size_t back = cut - 1;
        while (back > begin && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
        scratch.resize(3 * (cut - back));
        k += static_cast<std::size_t>(write_lower(text, back, cut, scratch.data()) - scratch.data());
        cut = back;
      }
      push(begin, cut, flags, lower.substr(0, split));
      push(cut, j, kWord | kClitic, lower.substr(split));
    } else {
      push(begin, j, flags, lower);
    }
    i = j;
  }
}

bool is_terminator(const Token& t) {
  return t.lower == "."sv || t.lower == "!"sv || t.lower == "?"sv || t.lower == "\xE2\x80\xA6"sv;
}
bool is_closer(const Token& t) {
  return t.has(kQuote) || t.lower == ")"sv || t.lower == "]"sv;
}

// A period after these does not end the sentence.
bool period_is_abbreviation(const Document& doc, std::size_t period) {
  if (period == 0 || doc.tokens[period].lower != "."sv) return false;
  const Token& prev = doc.tokens[period - 1];
  if (!prev.has(kWord) || doc.tokens[period].has(kSpaceBefore)) return false;
  if (prev.is(kAbbreviation)) return true;
  // An initial: one letter, capitalised ("J. R. R. Tolkien").
  std::string_view word = doc.token_text(prev);
  return word.size() == 1 && prev.has(kCapitalized);
}

// "of Scarsdale, N.Y. The bride's mother ...", "in the U.S. In 2001 ...":
// an initial's or an abbreviation's period before a capitalised closed-class
// word (no initial, no given name: "J. A. Smith", "Mr. Will Smith") ends
// the sentence, unless the abbreviation is a title.
bool abbreviation_ends_sentence(const Document& doc, std::size_t period) {
  if (period + 1 >= doc.tokens.size() || doc.tokens[period - 1].is(kHonorific)) return false;
  const Token& next = doc.tokens[period + 1];
  return next.has(kCapitalized) && next.is(kFunctionWord) && !next.is(kFirstNameWord) && doc.token_text(next).size() >= 2;
}

void split_sentences(Document& doc) {
  const auto& tokens = doc.tokens;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = static_cast<std::uint32_t>(start);
    s.end_token = static_cast<std::uint32_t>(end);
    s.begin = tokens[start].begin;
    s.end = tokens[end - 1].end;
    doc.sentences.push_back(s);
    start = end;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > start && tokens[i].has(kLineStart)) close(i);
    if (!is_terminator(tokens[i])) continue;
    if (tokens[i].lower == "."sv && period_is_abbreviation(doc, i) && !abbreviation_ends_sentence(doc, i)) continue;
    // "E!" and the like: an exclamation mark glued to one capital letter.
    if (tokens[i].lower == "!"sv && i > 0 && !tokens[i].has(kSpaceBefore) &&
        doc.token_text(tokens[i - 1]).size() == 1 && tokens[i - 1].has(kCapitalized))
      continue;
    std::size_t end = i + 1;
    while (end < tokens.size() && (is_terminator(tokens[end]) || (is_closer(tokens[end]) &&
                                                                  !tokens[end].has(kLineStart) &&
                                                                  !tokens[end].has(kSpaceBefore))))
      ++end;
    if (end >= tokens.size()) break;
    const Token& next = tokens[end];
    bool next_starts = next.has(kLineStart) || next.has(kCapitalized) || next.has(kNumber) ||
                       next.has(kQuote) || next.lower == "("sv || next.lower == "["sv;
    if (next_starts) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.size());
}

}  // namespace

void segment(Document& doc) {
  tokenize(doc);
  split_sentences(doc);
}

}  // namespace kgx
