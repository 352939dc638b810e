// The annotated document every extract stage works on, spaCy-style: the text
// stays as it is, and each stage adds annotations that point into it by byte
// offsets (tokens, sentences, zones, mentions, entities).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/ontology.h"

namespace kgx {

enum TokenFlag : std::uint16_t {
  kWord = 1 << 0,         // letters/digits (may hold inner ' - *)
  kCapitalized = 1 << 1,  // first character is an upper-case letter
  kAllCaps = 1 << 2,      // two or more letters, all upper case
  kNumber = 1 << 3,       // starts with a digit
  kLineStart = 1 << 4,    // first token after a line break
  kParagraphStart = 1 << 5,  // first token after a blank line (or of the text)
  kSpaceBefore = 1 << 6,  // white space between this token and the previous one
  kQuote = 1 << 7,        // a quotation mark, straight or curly
  kClitic = 1 << 8,       // 's n't 're 've 'll 'd 'm split off a word
  kPageStart = 1 << 9,    // first token after a form feed: a new page or article
  kJoined = 1 << 10,      // a word with inner ' - * or & (only such words can hold them)
};

struct Token {
  std::uint32_t begin = 0, end = 0;  // bytes into Document::text
  std::uint16_t flags = 0;
  // Lower-cased, curly quotes/apostrophes straight, dashes "-": a view of
  // Document::lowered, so that a token owns no string.
  std::string_view lower;
  // What the lexicons say about `lower`, looked up once and copied: later
  // stages ask about every token, and the lexicon's table is too large to
  // stay in cache.
  WordInfo word;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
  bool is(std::uint32_t word_class) const { return word.has(word_class); }
};
// The lexicon entry takes the place a pointer to it would.
static_assert(sizeof(Token) <= 40, "a token stays five words");

// What the lexicons say about a token's head: the part after its last
// hyphen ("lieutenant-governor" -> "governor"), else the token itself (its
// cached entry, no lookup).
inline const WordInfo& head_word(const Token& token) {
  if (token.has(kWord) && !token.has(kJoined)) return token.word;  // no inner hyphen
  std::size_t hyphen = token.lower.rfind('-');
  if (hyphen == std::string_view::npos) return token.word;
  return Lexicon::get().word(token.lower.substr(hyphen + 1));
}

// A word for a blood relative: a child noun (`child_noun`: the word's
// kChildNoun) or "father", "aunt", "stepmother", ...
inline bool is_blood_kin_noun(std::string_view lower, bool child_noun) {
  if (child_noun) return true;
  static constexpr std::string_view kBloodKin[] = {"father",      "mother",      "dad",      "mum",           "mom",
                                                   "parents",     "brother",     "sister",   "stepfather",    "stepmother",
                                                   "grandfather", "grandmother", "grandson", "granddaughter", "uncle",
                                                   "aunt",        "nephew",      "niece"};
  return std::find(std::begin(kBloodKin), std::end(kBloodKin), lower) != std::end(kBloodKin);
}

// 'f', 'm', 'h' or 'w' for a noun of a father, a mother, a husband or a
// wife ("dad", "mum", "mom"); 0 for any other word. A family's one father
// or wife, where a text names them once and then says only "my father".
inline char parent_or_spouse_noun(std::string_view noun) {
  using namespace std::string_view_literals;
  if (noun == "father"sv || noun == "dad"sv) return 'f';
  if (noun == "mother"sv || noun == "mum"sv || noun == "mom"sv) return 'm';
  if (noun == "husband"sv) return 'h';
  if (noun == "wife"sv) return 'w';
  return 0;
}

// Whether a word is one person's possessive pronoun before a noun ("my
// father", "her husband"), the possessor of a relative that noun names.
inline bool singular_possessive(std::string_view word) {
  using namespace std::string_view_literals;
  return word == "my"sv || word == "his"sv || word == "her"sv || word == "your"sv;
}

// Whether a token is an auxiliary verb ("has", "was", "would").
inline bool is_auxiliary(const Token& token) {
  static constexpr std::string_view kAuxiliaries[] = {"is", "was", "has", "had", "have", "will", "would", "did"};
  for (std::string_view auxiliary : kAuxiliaries)
    if (token.lower == auxiliary) return true;
  return false;
}

// Whether a token can open the verb phrase after its subject: an auxiliary
// or a past tense ("has been", "invited", "met"), not a noun in "-ed".
inline bool is_auxiliary_or_past(const Token& token) {
  if (!token.has(kWord) || token.has(kCapitalized)) return false;
  if (is_auxiliary(token)) return true;
  return token.is(kPastParticiple) || (token.lower.size() > 4 && token.lower.ends_with("ed") && !token.is(kRoleNoun));
}

// Whether a token can be an age between commas after a name: "Ann Lee,
// 45,", "their daughters, Elowen, nine, and Kerensa, six".
inline bool is_age(const Token& token) {
  return (token.has(kNumber) && token.end - token.begin <= 3) || token.is(kNumberWord);
}

// Where a sentence stands in the page: only Story and Title sentences can
// assert relations; entities are collected from every zone.
enum class Zone : unsigned char { Story, Title, Byline, Credit, Related, Widget, AuthorBio };

struct Sentence {
  std::uint32_t begin = 0, end = 0;            // bytes, trimmed of white space
  std::uint32_t first_token = 0, end_token = 0;  // [first_token, end_token)
  Zone zone = Zone::Story;
  bool heading = false;  // a title-case line: capitalisation says nothing there
  // A transcript's question ("Q (Rohan Kamat, Goa Herald): If your son ..."):
  // who asks it and whom it is put to, the next answer's speaker
  // (coreference fills them in); -1 elsewhere.
  int asked_by = -1, asked_of = -1;
};

// A span of tokens naming an entity, or a pronoun/description standing for one.
struct Mention {
  std::uint32_t first_token = 0, end_token = 0;
  std::uint32_t sentence = 0;
  EntityType type = EntityType::Person;
  bool pronoun = false;     // he/she/him/her/his/I/me/my... resolved by coreference
  bool plural = false;      // they/them/their/we/us/our, "the couple": two entities
  // A peer's or royal style ("Earl of Caverlow", "Dowager Countess of
  // Caverlow"): a person matched by the whole style, never by its words.
  bool style = false;
  int entity = -1;          // index into Document::entities once resolved
  int second_entity = -1;   // for plural mentions: the other member of the pair
  // The surface form: bytes [text_begin, text_end) of Document::text
  // (Document::surface), possessive removed.
  std::uint32_t text_begin = 0, text_end = 0;
  // fold_name(text), how names compare: [folded_begin, folded_end) of
  // Document::folded_names (Document::folded); empty for pronouns.
  std::uint32_t folded_begin = 0, folded_end = 0;

  // One person named (no pronoun, no pair), resolved to an entity.
  bool names_one_person() const { return type == EntityType::Person && !pronoun && !plural && entity >= 0; }
};

// Mentions are kept in text order: by their first token (no two share one).
// A person named by a style: "Earl of Castlemere" (Mention::style),
// "Viscount Merrow", "Lord Glenbrae" (a style's title, or a courtesy
// title, before one word; after "Prince" or "Lady" no given name), or "the
// Duchess" standing for one
// (coreference's reading of "the" and a style's title).
inline bool names_by_style(const std::vector<Token>& tokens, const Mention& m) {
  if (m.style) return true;
  const Token& first = tokens[m.first_token];
  if (m.pronoun) return first.lower == "the" && m.end_token == m.first_token + 2 && tokens[m.first_token + 1].is(kPeerStyle);
  if (m.end_token != m.first_token + 1 || m.first_token == 0) return false;
  const Token& title = tokens[m.first_token - 1];
  // "Prince Harry", "Lady Clementine": a royal's or a peer's child's given name.
  const bool given_name_title = title.lower == "prince" || title.lower == "princess" || title.lower == "lord" || title.lower == "lady";
  if (given_name_title && first.is(kFirstNameWord)) return false;
  return title.is(kPeerStyle) || given_name_title;
}

inline bool starts_earlier(const Mention& a, const Mention& b) { return a.first_token < b.first_token; }

// A surface form of an entity: bytes [text_begin, text_end) of
// Document::text (Document::form_text), its fold_name (Document::form_folded,
// the first mention's), and how many of its mentions use it.
struct EntityForm {
  std::uint32_t text_begin = 0, text_end = 0;
  std::uint32_t folded_begin = 0, folded_end = 0;
  std::uint32_t count = 0;
};

struct DocEntity {
  EntityType type = EntityType::Person;
  Gender gender = Gender::Unknown;
  std::vector<EntityForm> forms;  // distinct surface forms, first-seen order
  std::uint32_t mentions = 0;
};

struct Document {
  Document() = default;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  std::string id;
  std::string text;
  std::vector<Token> tokens;
  // What Token::lower views: the text with ASCII letters lower-cased (an
  // ASCII token's form is at its own offset), then the forms of tokens
  // with other bytes. The buffer stays where it is when the document moves;
  // a copy would view the original's, so documents only move.
  std::unique_ptr<char[]> lowered;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // in text order
  std::string folded_names;       // the mentions' folded names back to back
  std::vector<DocEntity> entities;
  std::vector<std::string> warnings;

  std::string_view token_text(const Token& t) const {
    return std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view span_text(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view surface(const Mention& m) const { return span_text(m.text_begin, m.text_end); }
  std::string_view form_text(const EntityForm& f) const { return span_text(f.text_begin, f.text_end); }
  std::string_view form_folded(const EntityForm& f) const {
    return std::string_view(folded_names).substr(f.folded_begin, f.folded_end - f.folded_begin);
  }
  std::string_view folded(const Mention& m) const {
    return std::string_view(folded_names).substr(m.folded_begin, m.folded_end - m.folded_begin);
  }
  // The first mention at or after a token (mentions are in text order).
  std::vector<Mention>::const_iterator mentions_from(std::uint32_t token) const {
    return std::lower_bound(mentions.cbegin(), mentions.cend(), token,
                            [](const Mention& m, std::uint32_t t) { return m.first_token < t; });
  }
  // Records a mention's folded name (computed once, by whoever found it).
  void keep_folded(Mention& m, std::string_view folded) {
    m.folded_begin = static_cast<std::uint32_t>(folded_names.size());
    folded_names += folded;
    m.folded_end = static_cast<std::uint32_t>(folded_names.size());
  }
};

// A relative's word written as a title before a given name ("Aunty Wai",
// "Oupa Koos"): capitalised, so "my aunty Wai" is a noun, not a title.
inline bool is_kin_title(const Token& t) { return t.is(kKinTitle) && t.has(kCapitalized); }

// Whether a lower-case kin, child or gendered noun stands right before
// token `first` of sentence `s`, or before a comma there: "his brother
// Frederick", "Selma's sister, Aurora" (not a title: a lower-case "miss" is
// a verb, "Does she miss Almaty?"); or before a list of one-word names
// that `first` continues: "their children, Sharon, Gary and Lee", "sons
// Ivy, 7, and Max", "three children - Ruby, 17, Finn" (up to eight names back).
inline bool follows_gendered_noun(const Document& doc, const Sentence& s, std::uint32_t first) {
  std::uint32_t k = first;  // the name, then each earlier name of the list
  for (int names = 0; names <= 8; ++names) {
    std::uint32_t j = k;
    bool separated = false;
    // "her daughters, Adaeze and Florence": the last name after "and" too,
    // where a name, not the noun, comes before it ("her brother and Florence").
    const bool name_before_and =
        names > 0 || (j >= s.first_token + 2 && doc.tokens[j - 2].has(kCapitalized) && doc.tokens[j - 2].has(kWord));
    if (name_before_and && j > s.first_token && doc.tokens[j - 1].lower == "and") --j, separated = true;
    if (j > s.first_token && (doc.tokens[j - 1].lower == "," || (names == 0 && (doc.tokens[j - 1].lower == ":" ||
                                                                                  doc.tokens[j - 1].lower == "-"))))
      --j, separated = true;
    if (j <= s.first_token) return false;
    const Token& noun = doc.tokens[j - 1];
    if (!noun.has(kCapitalized) && !noun.is(kHonorific) &&
        (head_word(noun).noun_gender != Gender::Unknown || noun.is(kChildNoun)))
      return true;
    // A title is no list's item: "his wife, Philippa, Countess of Castlemere".
    if (!separated || doc.tokens[first].is(kHonorific)) return false;
    if (noun.has(kNumber) && j >= s.first_token + 3 && doc.tokens[j - 2].lower == ",") j -= 2;  // "Ivy, 7,"
    const Token& name = doc.tokens[j - 1];
    if (!name.has(kCapitalized) || !name.has(kWord) || name.has(kAllCaps)) return false;
    k = j - 1;
  }
  return false;
}

// Whether a plural noun of parents or children stands right before token
// `first`, or before a comma there: "Hiren's parents, Pravinbhai and Vanitaben Desai",
// "their sons, Mārtiņš and Andris Ozols". A pair named there is one
// family's, so a surname after the pair is both names' even where the
// first is no given name of the lists.
inline bool follows_family_plural(const Document& doc, std::uint32_t first) {
  std::uint32_t j = first;
  if (j > 0 && doc.tokens[j - 1].lower == ",") --j;
  if (j == 0) return false;
  const Token& noun = doc.tokens[j - 1];
  if (noun.has(kCapitalized)) return false;
  if (noun.is(kChildNoun)) return noun.lower.ends_with('s') || noun.lower == "children";
  // Not brothers' or sisters': "his brothers Aurangzeb and Murad Baksh".
  return noun.lower == "parents" || noun.lower == "grandparents";
}

// Whether a sentence lists an obituary's survivors or those who died
// before: "She is survived by ...", "Survivors include ...", "He was
// predeceased by ...", "preceded in death by ..." (not "Two characters
// survived the finale").
inline bool lists_survivors(const Document& doc, const Sentence& s) {
  for (std::uint32_t t = s.first_token; t + 1 < s.end_token; ++t) {
    const std::string_view w = doc.tokens[t].lower, next = doc.tokens[t + 1].lower;
    if (((w == "survived" || w == "predeceased") && next == "by") ||
        (w == "survivors" && (next == "include" || next == "includes" || next == "are" || next == ":")) ||
        (w == "preceded" && t + 2 < s.end_token && doc.tokens[t + 2].lower == "death"))
      return true;
  }
  return false;
}

// The "(" of brackets that hold only the name at token `name`, perhaps
// after "the late" ("(Dale)", "(the late Carl)"), or UINT32_MAX.
inline std::uint32_t bracket_opening(const Document& doc, const Sentence& s, std::uint32_t name) {
  if (name <= s.first_token || name + 1 >= s.end_token || doc.tokens[name + 1].lower != ")") return UINT32_MAX;
  std::uint32_t open = name - 1;
  if (open >= s.first_token + 2 && doc.tokens[open].lower == "late" && doc.tokens[open - 1].lower == "the") open -= 2;
  return doc.tokens[open].lower == "(" ? open : UINT32_MAX;
}

// Whether a given name in brackets after a name can be its bearer's spouse
// in a survivors' list: both given names say a sex and they differ ("Susan
// (Dale) Marchetti", "Robert Haskins (Linda)"); the same sex is a nickname
// ("Alfred (Fred) Doyle", "Rebecca (Becky) Ward"), no sex a town or a
// nickname that is a word ("Mark Evans (Troy)", "Robert (Bud) Doyle").
inline bool spouse_name_in_brackets(const Token& name, const Token& bracketed) {
  const Gender a = name.word.first_name_gender, b = bracketed.word.first_name_gender;
  return (a == Gender::Female && b == Gender::Male) || (a == Gender::Male && b == Gender::Female);
}

// The noun that names a person as someone else's, in an apposition around
// the name that runs over tokens [first, end) of sentence `s`: before it,
// "Pia Lund's spokeswoman, Mia Ross" or "her rep, Ann Holt" (a possessive,
// the noun, a comma); after it, "Mia Ross, Pia Lund's publicist" (the word
// after the first "'s" within four words of the comma). UINT32_MAX when
// there is none. Coreference keeps such a person from "the actress";
// relations keep a spokeswoman out of "the couple".
inline std::uint32_t possessed_noun_before(const Document& doc, const Sentence& s, std::uint32_t first) {
  // "Araminta's godmother, Lady Cressida": a title before the name.
  if (first > s.first_token && doc.tokens[first - 1].is(kHonorific) && doc.tokens[first - 1].has(kCapitalized)) --first;
  if (first < s.first_token + 3 || doc.tokens[first - 1].lower != ",") return UINT32_MAX;
  const Token& noun = doc.tokens[first - 2];
  const Token& before = doc.tokens[first - 3];
  const bool possessive = before.has(kClitic) || before.lower == "her" || before.lower == "his" || before.lower == "their";
  return possessive && noun.has(kWord) && !noun.has(kCapitalized) ? first - 2 : UINT32_MAX;
}
inline std::uint32_t possessed_noun_after(const Document& doc, const Sentence& s, std::uint32_t end) {
  std::uint32_t k = end;
  if (k + 3 >= s.end_token || doc.tokens[k].lower != ",") return UINT32_MAX;
  for (const std::uint32_t last = k + 5; ++k + 1 < s.end_token && k < last;)
    if (doc.tokens[k].has(kClitic)) return k + 1;
  return UINT32_MAX;
}

// "He is the son of Robert Whitford and the late Eleanor Whitford. / The
// couple met in 2019": the people named after a sentence's opening "he" or
// "she" and its "son of" (a wedding announcement's parents) are kin of the
// one the pronoun stands for, not a couple the story goes on about.
inline bool named_as_parent_of_subject_pronoun(const Document& doc, std::uint32_t name, std::uint32_t sentence_start) {
  const std::string_view subject = doc.tokens[sentence_start].lower;
  if (subject != "he" && subject != "she") return false;
  for (std::uint32_t t = sentence_start + 1; t + 1 < name && t < sentence_start + 8; ++t)
    if (doc.tokens[t].is(kChildNoun) && doc.tokens[t + 1].lower == "of") return true;
  return false;
}

// The person a byline names ("By Juliet Amsel, Contributing Editor"), or -1
// (once coreference has given mentions their entities). Of several bylines
// before the body ("SAFFRON & SUMAC / by Leila Farahani / FOREWORD / by
// Tomás Ruiz"), the last one's first person.
inline int byline_author(const Document& doc) {
  int author = -1;
  std::uint32_t last_byline = 0;  // the sentence of the latest byline person (adjacent lines are one byline)
  for (const Mention& m : doc.mentions) {
    const Sentence& s = doc.sentences[m.sentence];
    if (s.zone == Zone::Byline && m.type == EntityType::Person && m.entity >= 0 && !m.pronoun) {
      if (author < 0 || m.sentence > last_byline + 1) author = m.entity;
      last_byline = m.sentence;
    } else if (author >= 0 && s.zone == Zone::Story && !s.heading) {
      break;
    }
  }
  return author;
}

}  // namespace kgx
