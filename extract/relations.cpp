#include "extract/relations.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "extract/lexicon.h"
#include "extract/name_variants.h"
#include "extract/qualifiers.h"
#include "extract/slot_captures.h"
#include "extract/string_map.h"

namespace kgx {

using namespace std::string_view_literals;  // token == "."sv compares lengths first, no strlen
namespace {

struct RolePair {
  int source_capture;  // 1-based; 0 with "G": the pair in capture 1
  int target_capture;  // kSpouseFound with "1>S": the source's spouse found earlier
  bool targets_are_siblings = false;  // "*": a list of children
};
constexpr int kSpouseFound = -1;

struct RelationPattern {
  Relation relation;
  std::vector<RolePair> roles;
  std::unique_ptr<RE2> regex;
  // A relation named by a noun ("her husband X") holds whatever the clause
  // around it does ("she has to feature her husband X"): only the match
  // itself is checked for negation.
  bool nominal = false;
  // A relation named by a noun for the partner ("her husband, P2") and no
  // word for its event (relation_events.txt): the sentence's date and place
  // are not its own.
  bool names_partner_only = false;
  // "split", "broke up": divorced if the document has the two married,
  // else dated (the "breakup" rows of relation_patterns.tsv).
  bool breakup = false;
  // Group k is the k-th slot of a match (slot_captures.h): the match alone
  // is asked for, not RE2's captures.
  bool slots_in_order = false;
  // A child's parents listed after "son of" ({PARENTS}), the second
  // perhaps as "and her husband, B": whose husband decides.
  bool lists_parents = false;
};

// The longest list of children a relation row accepts (see find_relations).
constexpr std::size_t kMostChildrenListed = 24;
// The most relations one sentence gives: above the largest family a list
// states (24 children: 48 parents' edges and 276 siblings'); a sentence
// with thousands of matches is a roster or a table, and each relation
// carries the sentence as its evidence.
constexpr std::size_t kMostRelationsPerSentence = 400;

std::string expand_macros(std::string pattern) {
  // A list of people: the first, then "and P", "and her brother P", ", P",
  // "P", or ", now a vet in L, and P" (a description before the last one).
  // {PLIST2} needs two or more and reads no "her brother".
  static const std::string kListAnd = "(?: , and| and)";
  static const std::string kListMore =
      "| , (?:now|then|once|still|formerly|later|born|aged|a|an|the) (?:[a-z][a-z'-]* |[LO]\\d+ ){0,7}?, and P\\d+"
      "| , P\\d+| P\\d+";
  static const std::string kPersonList =
      "(P\\d+(?:" + kListAnd + "(?: [a-z]+| P\\d+ 's(?: [a-z]+)? (?:brother|sister))? P\\d+" + kListMore + ")*)";
  static const std::string kTwoOrMorePersons = "(P\\d+(?:" + kListAnd + "(?: [a-z]+)? P\\d+" + kListMore + ")+)";
  // The other parent of a child just named: "from his first marriage, to
  // P", "from her relationship with the model P", "with his first wife, P",
  // ", whom he shares with his ex-girlfriend P" (the words up to P).
  static const std::string kCoParent =
      "(?:from (?:[PG]\\d+ 's |his |her )?(?:{W}){0,2}?(?:relationship|marriage)(?: ,)? (?:with|to) "
      "|with (?:[PG]\\d+ 's|his|her) (?:{W}){0,2}?(?:ex-)?(?:wife|husband|partner|girlfriend|boyfriend|baby daddy|baby mama)(?: ,)? "
      "|whom (?:[PG]\\d+|he|she) (?:shares?|had|has) with (?:[PG]\\d+ 's |his |her )?(?:{W}){0,2}?)"
      "(?:(?:the|a|an) (?:{W}){0,2}?)?";
  // A child's parents after "son of": one, or two joined by "and" (the
  // second may be "his wife, B", "his thirteenth wife, B"); after a parent
  // described between commas ("Ernest Pike, a signalman,") only "and his
  // wife, B" or "and B" lead on.
  static const std::string kSpouseOf =
      "(?:[PG]\\d+ 's )?(?:late |former |[a-z]+(?:st|nd|rd|th) )?(?:wife|husband)(?: ,)? (?:the )?(?:late )?";
  // A lower-case word other than "of": the word before a second parent
  // ("and the late P3", "and former P3") never says whose relative that is
  // ("and the granddaughter of P3"). One word: the tagger has already
  // dropped most descriptions there.
  static const std::string kNotOf = "(?:[a-np-z][a-z'-]*|o[a-eg-z'-][a-z'-]*|o|of[a-z'-]+) ";
  static const std::string kNotAnd = "(?:[b-z][a-z'-]*|a|a[a-mo-z'-][a-z'-]*|an|an[a-ce-z'-][a-z'-]*|and[a-z'-]+) ";
  static const std::string kParents =
      "(?:(?:[a-z][a-z'-]* ){1,5}?, |[PG]\\d+ 's (?:[a-z][a-z'-]* ){1,2}?, |(?:[a-z][a-z'-]* ){0,5}?)(P\\d+)(?: \\( [^)]* \\))?(?: , of [LO]\\d+(?: , [LO]\\d+)?)?"
      "(?:(?: , (?:a|an|the|[0-9]+(?:st|nd|rd|th))(?: [a-z][a-z'-]*| [LOWEP]\\d+){1,6}? , and (?:" + kSpouseOf + ")?"
      "|(?: ,)? and (?:" + kSpouseOf + "|the |" + kNotOf + ")?)(P\\d+)| ,)?";
  // Someone a possessor works with: "her producer, P2", "P2, his longtime
  // coach". Nouns the tagger keeps only after a possessor; written here
  // rather than in a pattern, so that they are no cue words and "her
  // husband, the producer P3" still reads "her husband, P3".
  static const std::string kRoleOf = "(?:coach|producer|assistant|deputy|chief of staff|editor|boss)";
  // A press role before a name: "interviewed by the radio journalist P2",
  // "her husband, the broadcaster P2". The tagger keeps these nouns, which
  // "told the reporter P2" (an interview) needs spelled out.
  static const std::string kPressRole =
      "(?:(?:the |a |an )?(?:{W})?(?:reporter|journalist|podcaster|interviewer|host|presenter|anchor|"
      "columnist|correspondent|broadcaster|editor) )?";
  // A verb of work that "A and B ... together" makes a joint work: "have
  // taught together since 2008", "fish the Marie-Josee together", "crewed a
  // boat together". Never living, travelling or raising children together;
  // running only with an object ("ran the club together", not "ran together
  // in the marathon").
  static const std::string kWorkVerb =
      "(?:worked|works?|working|collaborat(?:ed|es?|ing)|record(?:ed|s|ing)?|starred|starring|perform(?:ed|s|ing)?|"
      "wrote|writes?|writing|written|co-wrote|produc(?:ed|es?|ing)|filmed|filming|shot|shoot(?:s|ing)?|creat(?:ed|es?)|"
      "tour(?:ed|s|ing)?|sang|sung|sings?|singing|play(?:ed|s|ing)?|buil[dt]|builds|building|made|makes?|making|did|"
      "founded|co-founded|opened|launched|started|set up|established|manag(?:ed|es?|ing)|led|leads?|leading|"
      "host(?:ed|s|ing)?|present(?:ed|s|ing)?|(?:ran|run|runs|running) (?:the|a|an|their|our|his|her)|"
      "taught|teach(?:es|ing)?|coach(?:ed|es|ing)?|train(?:ed|s|ing)?|"
      "commentat(?:ed|es?|ing)|compos(?:ed|es?|ing)|arrang(?:ed|es?|ing)|design(?:ed|s|ing)?|fish(?:ed|es|ing)?|"
      "crew(?:ed|s|ing)?|drill(?:ed|s|ing)?|climb(?:ed|s|ing)?|shipped|rop(?:ed|es?|ing)|herd(?:ed|s|ing)?|farm(?:ed|s|ing)?|bottled|brewed|"
      "bak(?:ed|es?|ing)|catered|print(?:ed|s|ing)?|publish(?:ed|es)?|paint(?:ed|s|ing)?|carv(?:ed|es?|ing)|"
      "sew(?:ed|s|ing)?|stitched|knitted|quilted|weav(?:ed|es?|ing)|wove|woven|restor(?:ed|es?|ing)|renovated|"
      "judg(?:ed|es?|ing)|adjudicated|refereed|officiated|edit(?:ed|s|ing)?|direct(?:ed|s|ing)?|illustrated|"
      "choreographed|staged|compet(?:ed|es?|ing)|raced|racing|rowed|rowing|serv(?:ed|es?|ing)|develop(?:ed|s|ing)?|"
      "invented|researched|engineered|mixed|organi[sz](?:ed|es?|ing)|volunteer(?:ed|s|ing)?|nursed|conducted|translated)";
  // Up to three words between a subject and its verb that are no verb
  // themselves (auxiliaries, adverbs): {ADV} would let "bought the" stand
  // before "farm" and read a noun as a verb of work.
  static const std::string kAuxiliaries =
      "(?:(?:[a-z'-]+ly|have|has|had|been|be|is|are|was|were|men|women|girls|boys|brothers|sisters|siblings|sons|"
      "daughters|twins|cousins|friends|partners|also|still|often|always|now|then|later|both|all|once|will|would|"
      "can|could|used|went|on|to|continue|continued|each|since|already|even|first|long|soon|together|jointly) ){0,3}";
  static const std::pair<std::string_view, std::string_view> kMacros[] = {
      // "their" of the pair just named is tagged as the pair's possessive.
      {"{THEIR}", "(?:their|[PG]\\d+ 's)"},
      {"{PRESS}", kPressRole}, {"{ROLEOF}", kRoleOf},
      {"{COPARENT}", kCoParent}, {"{POSS}", "([PG]\\d+) 's"}, {"{PLIST}", kPersonList}, {"{PLIST2}", kTwoOrMorePersons},
      {"{FILL}", "(?:[^ ;.]+ )*?"}, {"{FILLNP}", "(?:[^PG ;.][^ ;.]* )*?"}, {"{OFTIME}", "(?: of (?:more than |over |almost |nearly |some )?(?:[0-9]+|[a-z-]+) (?:years?|months?|decades?))?"}, {"{OF}", "(?:son|daughter|child|children|heir) of"}, {"{NOTOF}", kNotOf}, {"{NOTAND}", kNotAnd}, {"{WORKV}", kWorkVerb}, {"{AUX}", kAuxiliaries},
      {"{KINSEP}", "(?: , (?:[PG]\\d+ 's|my|our|his|her|their) [a-z][a-z'-]*(?: ,)?| ,| :| , the (?:[a-z][a-z'-]* |[LOWE]\\d+ ){1,2}'s (?:[a-z][a-z'-]* ){1,2}?,)?"},
      {"{FW}", "(?:[a-vx-z][a-z'-]* |w[a-gi-z][a-z'-]* |[0-9]+s? |[LOE]\\d+ |'s )"},
      // {FW1}: the first word of such a run, never a possessive's "'s" ("Ann Lee 's sister lives in Leeds and has ...").
      {"{FW1}", "(?:[a-vx-z][a-z'-]* |w[a-gi-z][a-z'-]* |[0-9]+s? |[LOE]\\d+ )"},
      {"{PARENTS}", kParents}, {"{P}", "(P\\d+)"}, {"{G}", "(G\\d+)"}, {"{X}", "([PG]\\d+)"},
      {"{W}", "(?:[0-9]+-)?[a-z][a-z'-]* "},  {"{ADV}", "(?:[a-z][a-z'-]* ){0,2}"}};
  for (const auto& [macro, expansion] : kMacros) {
    for (std::size_t at = pattern.find(macro); at != std::string::npos; at = pattern.find(macro, at + expansion.size()))
      pattern.replace(at, macro.size(), expansion);
  }
  return pattern;
}

class RelationPatterns {
 public:
  // One copy per thread: an RE2 object takes a lock on every match, and
  // threads sharing one spend their time handing its cache line back and
  // forth. The copies are built once per thread and never change.
  static const RelationPatterns& get() {
    thread_local const RelationPatterns patterns;
    return patterns;
  }
  const std::vector<RelationPattern>& all() const { return patterns_; }
  // Whether a pattern spells out the word ("husband", "teammate", "queen"):
  // then it is a cue, never a mere description to pass over.
  bool is_cue_word(std::string_view word) const { return cue_words_.find(word) != cue_words_.end(); }
  // Whether a lower-case word names a relation's event: "married", "wedding"
  // (relation_events.txt), not a partner: "husband".
  bool is_event_word(std::string_view word) const {
    return std::any_of(event_stems_.begin(), event_stems_.end(), [&](std::string_view entry) {
      return entry.ends_with('*') ? word.starts_with(entry.substr(0, entry.size() - 1)) : word == entry;
    });
  }
  // Whether a word of a pattern's text or of a tagged sentence's names an
  // event ("were married in 2004").
  bool names_event(std::string_view text) const {
    bool found = false;
    for_each_pattern_word(text, [&](std::string_view word) { found = found || is_event_word(word); });
    return found;
  }
  // The past tense a timeline's present-tense verb stands for ("marries" ->
  // "married"; historical_present.tsv), or an empty view.
  std::string_view past_tense(std::string_view present) const {
    auto it = past_tense_.find(present);
    return it == past_tense_.end() ? std::string_view() : it->second;
  }
  // Indices of the patterns that match somewhere in the text, in one pass
  // (into `hits`, a buffer reused from sentence to sentence).
  void candidates(std::string_view tagged, std::vector<int>& hits) const {
    RE2::Set::ErrorInfo error;
    if (!set_.Match(tagged, &hits, &error) && error.kind != RE2::Set::kNoError) {
      // Out of DFA memory on a pathological sentence: try every pattern.
      hits.resize(patterns_.size());
      for (std::size_t i = 0; i < hits.size(); ++i) hits[i] = static_cast<int>(i);
    }
    std::sort(hits.begin(), hits.end());
  }

 private:
  RelationPatterns() : set_(set_options(), RE2::UNANCHORED) {
    for (const auto& row : lexicon_rows("relation_events.txt")) event_stems_.push_back(row[0]);
    for (const auto& row : lexicon_rows("historical_present.tsv"))
      if (row.size() == 2) past_tense_.emplace(row[0], row[1]);
    for (const auto& row : lexicon_rows("relation_patterns.tsv")) {
      if (row.size() < 3) continue;
      const bool breakup = row[0] == "breakup"sv;
      auto relation = breakup ? Relation::Divorced : parse_relation(row[0]);
      if (!relation) throw std::logic_error("relation_patterns.tsv: unknown relation " + std::string(row[0]));
      RelationPattern p;
      p.relation = *relation;
      p.breakup = breakup;
      std::string_view roles = row[1];
      if (roles == "G") {
        p.roles.push_back({0, 0});
      } else {
        while (!roles.empty()) {
          std::size_t semi = roles.find(';');
          std::string_view role = roles.substr(0, semi);
          p.roles.push_back({role[0] - '0', role[2] == 'S' ? kSpouseFound : role[2] - '0', role.size() > 3 && role[3] == '*'});
          roles = semi == std::string_view::npos ? std::string_view() : roles.substr(semi + 1);
        }
      }
      p.nominal = row[2].find("{POSS}") != std::string_view::npos;
      p.lists_parents = row[2].find("{PARENTS}") != std::string_view::npos;
      p.names_partner_only = p.nominal && !names_event(row[2]);
      add_cue_words(row[2]);
      std::string regex = expand_macros(std::string(row[2]));
      p.regex = std::make_unique<RE2>(regex, options());
      if (!p.regex->ok()) throw std::logic_error("relation_patterns.tsv: " + p.regex->error());
      p.slots_in_order = captures_are_ordered_slots(regex, p.regex->NumberOfCapturingGroups());
      for (const RolePair& role : p.roles)
        if (role.source_capture > p.regex->NumberOfCapturingGroups() || role.target_capture > p.regex->NumberOfCapturingGroups() ||
            (role.target_capture == kSpouseFound && role.source_capture < 1))
          throw std::logic_error("relation_patterns.tsv: roles name a capture the pattern lacks: " + std::string(row[2]));
      std::string error;
      if (set_.Add(regex, &error) < 0) throw std::logic_error("relation_patterns.tsv: " + error);
      patterns_.push_back(std::move(p));
    }
    if (!set_.Compile()) throw std::logic_error("relation_patterns.tsv: cannot compile the pattern set");
  }
  static RE2::Options options() {
    RE2::Options o;
    o.set_log_errors(false);
    return o;
  }
  // The set's DFA holds every pattern at once; RE2's default 8 MB budget makes
  // Match fail silently on long sentences.
  static RE2::Options set_options() {
    RE2::Options o = options();
    o.set_max_mem(256 << 20);
    return o;
  }
  // The runs of lower-case letters (and hyphens) of a pattern's text, macro
  // names aside, in order.
  template <typename Visit>
  static void for_each_pattern_word(std::string_view pattern, Visit visit) {
    for (std::size_t i = 0; i < pattern.size();) {
      if (pattern[i] == '{') {
        std::size_t close = pattern.find('}', i);
        i = close == std::string_view::npos ? pattern.size() : close + 1;
        continue;
      }
      std::size_t j = i;
      while (j < pattern.size() && ((pattern[j] >= 'a' && pattern[j] <= 'z') || pattern[j] == '-')) ++j;
      if (j > i) visit(pattern.substr(i, j - i));
      i = j > i ? j : i + 1;
    }
  }
  void add_cue_words(std::string_view pattern) {
    for_each_pattern_word(pattern, [&](std::string_view word) { cue_words_.emplace(word); });
  }
  std::vector<RelationPattern> patterns_;
  std::vector<std::string_view> event_stems_;
  StringViewMap<std::string_view> past_tense_;  // views of the compiled-in lexicon
  RE2::Set set_;
  StringSet cue_words_;
};

// Slots of a tagged sentence: "P3" is slots[3].
struct Slot {
  char kind;  // 'P' 'G' 'L' 'O' 'W' 'E'
  int entity = -1;
  int second = -1;  // for 'G'
  std::string_view text;  // surface (the mention's), for places
  bool aside_after = false;  // an age or a maiden name after it went untagged ("Owain Lewarne, 40, said")
  bool repeated = false;     // a subject given again to a later verb ("Ann, who ..., married"), not named there
  bool relative = false;     // what "who" stands for: its clause's subject, so a match's first person or none
};

struct Tagged {
  std::string text;
  std::vector<Slot> slots;
  std::size_t last_slot_at = 0;  // byte offset in text of the last slot's name
  std::vector<std::size_t> person_slots_at;  // byte offsets in text of the "P" and "G" slots, in order
  // Per token of the sentence: where its word starts in text (with the
  // space before it), or kNotPlain if it went into a slot or was skipped.
  std::vector<std::uint32_t> plain_at;
  static constexpr std::uint32_t kNotPlain = UINT32_MAX;
  // The latest slot: its tokens, where it starts in text (with the space
  // before it) and its kind.
  struct LastSlot {
    std::uint32_t first_token = 0, end_token = 0;
    std::size_t text_begin = 0;
    char kind = 0;
  } last_slot;
};

bool story_zone(Zone z) { return z == Zone::Story || z == Zone::Title; }

// The nouns of a pair that is a couple: "the couple", "the newlyweds".
bool is_couple_noun(std::string_view noun) { return noun == "couple"sv || noun == "lovebirds"sv || noun == "newlyweds"sv; }

// Whether the latest relations found make a and b parent and child or
// siblings (a bounded look back).
bool are_family(const std::vector<FoundRelation>& found, int a, int b) {
  std::size_t looked = 0;
  for (auto it = found.rbegin(); it != found.rend() && ++looked <= 256; ++it)
    if ((it->relation == Relation::ParentOf || it->relation == Relation::SiblingOf) &&
        ((it->source == a && it->target == b) || (it->source == b && it->target == a)))
      return true;
  return false;
}

// Who "the couple" is when the two people last named, a and b, cannot be
// one: family ("their daughters, Mila and Ava ... The couple met in 2009")
// or one of them with the other's partner's family ("She [his wife's
// mother] wept as she described the couple's daughters": the couple is he
// and his wife). The latest couple found with a or b in it, else for
// family the wedding couple; nothing when a and b may well be a couple.
// Bounded look backs, like are_family.
std::optional<std::pair<int, int>> couple_instead(const std::vector<FoundRelation>& found, const FoundRelation* wedding,
                                                  int a, int b) {
  const bool family = are_family(found, a, b);
  std::size_t looked = 0;
  for (auto it = found.rbegin(); it != found.rend() && ++looked <= 256; ++it) {
    if (it->relation != Relation::Married && it->relation != Relation::Engaged && it->relation != Relation::Dated) continue;
    const bool has_a = it->source == a || it->target == a, has_b = it->source == b || it->target == b;
    if (has_a && has_b) return std::nullopt;
    if (!has_a && !has_b) continue;
    const int partner = it->source == a || it->source == b ? it->target : it->source;
    if (family || are_family(found, has_a ? b : a, partner)) return std::pair{it->source, it->target};
  }
  if (family && wedding) return std::pair{wedding->source, wedding->target};
  return std::nullopt;
}

// Whether a sentence speaks of what couples do: meeting, dating, a
// wedding, a breakup (relation_events.txt), so that "the pair" or "they"
// in it is a couple.
bool speaks_of_a_couple(const Document& doc, const Sentence& s) {
  const RelationPatterns& patterns = RelationPatterns::get();
  for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string_view w = doc.tokens[t].lower;
    if (w == "met"sv || w == "meet"sv || w == "dated"sv || patterns.is_event_word(w)) return true;
  }
  return false;
}

// "Rara's father, Asep ... The pair met in 2021 ... They started dating":
// a parent and child last named are no pair that met or dated in a
// sentence about couples (speaks_of_a_couple); one of them with the
// partner found is. Not "The pair run the bakery", which is any pair's.
std::optional<std::pair<int, int>> couple_instead_of_family(const Document& doc, const Sentence& s,
                                                            const std::vector<FoundRelation>& found, int a, int b) {
  if (!are_family(found, a, b) || !speaks_of_a_couple(doc, s)) return std::nullopt;
  return couple_instead(found, nullptr, a, b);
}

// The first token of the sentence that holds token t.
std::uint32_t start_of_sentence_holding(const Document& doc, std::uint32_t t) {
  const auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                                      [](std::uint32_t token, const Sentence& s) { return token < s.first_token; });
  return after == doc.sentences.begin() ? 0 : std::prev(after)->first_token;
}

// "Pat went on to marry Kenny Bolt ... Ron proposed on the pier, and the
// couple married": the two last named are no couple when one of them has
// a partner of their own and the other has none. The couple is then the
// pair a plural pronoun before token `before` last stood for with the
// other ("they" of Ron and Maureen), if any, else the partnered one with
// their partner. Bounded look backs, like are_family.
std::optional<std::pair<int, int>> pair_instead_of_partnered(const Document& doc, std::uint32_t before,
                                                             const std::vector<FoundRelation>& found, int a, int b) {
  if (a < 0 || b < 0) return std::nullopt;
  // x's partner, if not y and not divorced from x; else -1.
  auto partner_elsewhere = [&](int x, int y) {
    std::size_t looked = 0;
    int partner = -1;
    for (auto it = found.rbegin(); it != found.rend() && ++looked <= 256; ++it) {
      if (it->relation != Relation::Married && it->relation != Relation::Engaged && it->relation != Relation::Dated &&
          it->relation != Relation::Divorced)
        continue;
      if (it->source != x && it->target != x) continue;
      const int other = it->source == x ? it->target : it->source;
      if (it->relation == Relation::Divorced) {
        if (partner < 0 || partner == other) return -1;  // the latest romance has ended
        continue;
      }
      if (partner < 0) partner = other;
    }
    return partner != y ? partner : -1;
  };
  const int a_partner = partner_elsewhere(a, b), b_partner = partner_elsewhere(b, a);
  if ((a_partner >= 0) == (b_partner >= 0)) return std::nullopt;
  const int single = a_partner >= 0 ? b : a, partnered = a_partner >= 0 ? a : b;
  auto end = doc.mentions_from(before);
  // "He was previously married to Beatrix Collard; the couple divorced in
  // 2019": two named in the sentence itself are its couple, whatever came before.
  const std::uint32_t sentence_start = start_of_sentence_holding(doc, before);
  bool a_here = false, b_here = false;
  for (auto it = end; it != doc.mentions.begin();) {
    const Mention& m = *--it;
    if (m.first_token < sentence_start) break;
    a_here = a_here || m.entity == a;
    b_here = b_here || m.entity == b;
  }
  if (a_here && b_here) return std::nullopt;
  std::size_t looked = 0;
  for (auto it = end; it != doc.mentions.begin() && ++looked <= 256;) {
    const Mention& m = *--it;
    if (!m.plural || m.entity < 0 || m.second_entity < 0 || m.entity == m.second_entity) continue;
    if ((m.entity == single && m.second_entity != partnered) || (m.second_entity == single && m.entity != partnered))
      return std::pair{m.entity, m.second_entity};
  }
  // "Gillian's husband, Ian Ward ... 'Pete did the stone,' he said. The
  // couple have been married for 38 years": else the partnered one's couple.
  return std::pair{partnered, a_partner >= 0 ? a_partner : b_partner};
}

// "stars", "actors": a role noun's plural, in lower case.
[[gnu::noinline]] bool is_role_plural(const Token& token) {
  const std::string_view plural = token.lower;
  return plural.size() > 3 && plural.back() == 's' && !token.has(kCapitalized) &&
         Lexicon::get().is_role_noun(plural.substr(0, plural.size() - 1));
}

// The nouns of a pair that are siblings: "the siblings", "the twins".
bool is_sibling_pair_noun(std::string_view noun) { return noun == "siblings"sv || noun == "twins"sv; }

// The two people of the latest relation of that kind found (a bounded look back).
std::optional<std::pair<int, int>> latest_pair_of(const std::vector<FoundRelation>& found, Relation relation) {
  std::size_t looked = 0;
  for (auto it = found.rbegin(); it != found.rend() && ++looked <= 256; ++it)
    if (it->relation == relation) return std::pair{it->source, it->target};
  return std::nullopt;
}

// Whether two people's full names end in one word.
bool share_surname(const Document& doc, int a, int b) {
  auto surnames = [&](int e, auto visit) {
    for (const EntityForm& f : doc.entities[static_cast<std::size_t>(e)].forms) {
      const std::string_view name = doc.form_folded(f);
      if (const std::size_t space = name.rfind(' '); space != std::string_view::npos) visit(name.substr(space + 1));
    }
  };
  bool shared = false;
  surnames(a, [&](std::string_view x) { surnames(b, [&](std::string_view y) { shared = shared || x == y; }); });
  return shared;
}

bool is_group_noun_phrase(const Document& doc, std::uint32_t t, std::uint32_t end, std::uint32_t* length) {
  static constexpr std::string_view kGroupNouns[] = {"couple", "pair", "two", "duo", "lovebirds", "newlyweds", "siblings", "twins"};
  // Asked of nearly every token: most are told no by their first byte.
  const std::string_view word = doc.tokens[t].lower;
  if (word.empty() || word[0] != 't' || word != "the"sv || t + 1 >= end) return false;
  // "the former couple", "the happy couple": one adjective may come between;
  // "the newly engaged pair", "the newly married couple": an adverb and a
  // participle.
  std::uint32_t n = t + 1;
  const std::string_view adjective = doc.tokens[n].lower;
  if (n + 1 < end && (adjective == "former"sv || adjective == "happy"sv || adjective == "new"sv || adjective == "young"sv))
    ++n;
  else if (n + 2 < end && adjective == "newly"sv && doc.tokens[n + 1].lower.ends_with("ed"sv))
    n += 2;
  std::string_view noun = doc.tokens[n].lower;
  for (std::string_view g : kGroupNouns)
    if (noun == g) {
      if (noun == "two"sv && n + 1 < end && is_role_plural(doc.tokens[n + 1])) ++n;  // "the two stars"
      *length = n + 1 - t;
      return true;
    }
  return false;
}

char kind_of(EntityType type) {
  switch (type) {
    case EntityType::Person: return 'P';
    case EntityType::Location: return 'L';
    case EntityType::Org: return 'O';
    case EntityType::Work: return 'W';
    case EntityType::Event: return 'E';
  }
  return 'O';
}

// The married couple that the plural of a surname names ("fontenots",
// "joneses"): the latest married pair found whose names both end in it;
// failing that, the document's only two people of that name when they are
// not known to be of one sex and not found to be family ("Mark and
// Christine Okafor ... The Okafors met as interns").
std::optional<std::pair<int, int>> couple_named(const Document& doc, const std::vector<FoundRelation>& found,
                                                std::string_view plural) {
  if (plural.size() < 4 || !plural.ends_with('s')) return std::nullopt;
  auto bears = [&](int e, std::string_view surname) {
    for (const EntityForm& f : doc.entities[static_cast<std::size_t>(e)].forms) {
      const std::string_view name = doc.form_folded(f);
      if (name.size() > surname.size() && name.ends_with(surname) && name[name.size() - surname.size() - 1] == ' ')
        return true;
    }
    return false;
  };
  // "Dale and Sherry Renner": a spouse named by a given name alone shares
  // the other's surname.
  auto given_name_only = [&](int e) {
    const auto& forms = doc.entities[static_cast<std::size_t>(e)].forms;
    return std::all_of(forms.begin(), forms.end(),
                       [&](const EntityForm& f) { return doc.form_folded(f).find(' ') == std::string_view::npos; });
  };
  for (std::string_view surname : {plural.substr(0, plural.size() - 1), plural.substr(0, plural.size() - 2)}) {
    for (auto it = found.rbegin(); it != found.rend(); ++it)
      if (it->relation == Relation::Married &&
          ((bears(it->source, surname) && (bears(it->target, surname) || given_name_only(it->target))) ||
           (given_name_only(it->source) && bears(it->target, surname))))
        return std::make_pair(it->source, it->target);
    if (!plural.ends_with("es"sv)) break;
  }
  const std::string_view surname = plural.substr(0, plural.size() - 1);
  std::array<int, 2> bearers{-1, -1};
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::Person || !bears(static_cast<int>(e), surname)) continue;
    if (bearers[1] >= 0) return std::nullopt;
    bearers[bearers[0] < 0 ? 0 : 1] = static_cast<int>(e);
  }
  if (bearers[1] < 0) return std::nullopt;
  const Gender a = doc.entities[static_cast<std::size_t>(bearers[0])].gender,
               b = doc.entities[static_cast<std::size_t>(bearers[1])].gender;
  if ((a == b && a != Gender::Unknown) || are_family(found, bearers[0], bearers[1])) return std::nullopt;
  return std::make_pair(bearers[0], bearers[1]);
}

// Whether a person mention is named as someone's spokesman, lawyer or
// friend: "Pia Lund's spokeswoman, Mia Ross,", "her rep, Ann Holt,", "Mia
// Ross, Pia Lund's publicist,". Such a person speaks for a couple, and is
// none of it.
bool named_as_someones_aide(const Document& doc, const Mention& m) {
  auto aide_noun = [&](std::uint32_t k) {
    if (k == UINT32_MAX) return false;
    const Token& noun = doc.tokens[k];
    return !noun.has(kCapitalized) && (noun.is(kRoleNoun) || noun.lower == "friend"sv || noun.lower == "representative"sv ||
                                       noun.lower == "rep"sv || noun.lower == "pal"sv);
  };
  const Sentence& s = doc.sentences[m.sentence];
  return aide_noun(possessed_noun_before(doc, s, m.first_token)) || aide_noun(possessed_noun_after(doc, s, m.end_token));
}

bool is_first_person_singular(std::string_view lower) {
  const PronounInfo* info = Lexicon::get().pronoun(lower);
  return info && info->person == 1 && !info->plural;
}

// The two people most recently mentioned before a token: "the couple".
// Not someone named as a person's aide, unless a romance of theirs was
// found ("Pia Lund's publicist, Mia Ross, was married to Sam Hale. The
// couple divorced").
std::pair<int, int> pair_in_focus(const Document& doc, std::uint32_t before, const std::vector<FoundRelation>* found) {
  auto in_a_romance = [&](int e) {
    return found && std::any_of(found->begin(), found->end(), [&](const FoundRelation& r) {
             return (r.source == e || r.target == e) && (r.relation == Relation::Married || r.relation == Relation::Engaged ||
                                                         r.relation == Relation::Dated || r.relation == Relation::Divorced);
           });
  };
  int a = -1, b = -1;
  auto end = doc.mentions_from(before);
  const std::uint32_t sentence_start = start_of_sentence_holding(doc, before);
  std::size_t looked = 0;
  for (auto it = end; it != doc.mentions.begin() && ++looked < 64;) {
    const Mention& m = *--it;
    if (m.type != EntityType::Person || m.entity < 0) continue;
    if (!story_zone(doc.sentences[m.sentence].zone)) continue;
    if (m.plural && m.second_entity >= 0 && a < 0) return {m.entity, m.second_entity};
    // A speaker's or the narrator's "I", "my": no couple the story speaks of.
    if (m.pronoun && is_first_person_singular(doc.tokens[m.first_token].lower)) continue;
    // Only in the sentence that says "the couple": "Pia's spokeswoman, Mia
    // Ross, said the couple had separated".
    if (!m.pronoun && m.first_token >= sentence_start && named_as_someones_aide(doc, m) && !in_a_romance(m.entity)) continue;
    if (!m.pronoun && named_as_parent_of_subject_pronoun(doc, m.first_token, doc.sentences[m.sentence].first_token)) continue;
    if (a < 0) a = m.entity;
    else if (m.entity != a) {
      b = m.entity;
      break;
    }
  }
  return {a, b};
}

// "the bride", "the groom", "the bridegroom" at token t.
bool is_wedding_party_noun(const Document& doc, std::uint32_t t, std::uint32_t end) {
  // Asked of many tokens: most are told no by their first byte.
  const std::string_view word = doc.tokens[t].lower;
  if (t + 1 >= end || word.empty() || word[0] != 't' || word != "the"sv) return false;
  const std::string_view noun = doc.tokens[t + 1].lower;
  return noun == "bride"sv || noun == "groom"sv || noun == "bridegroom"sv;
}

// "The bride's first marriage", "a friend of the bridegroom": the woman or
// the man of `couple`, the first couple the document married or engaged
// (-1 if the genders do not tell which).
int wedding_party_member(const Document& doc, std::string_view noun, const FoundRelation& couple) {
  const Gender want = noun == "bride"sv ? Gender::Female : Gender::Male;
  const Gender other = want == Gender::Female ? Gender::Male : Gender::Female;
  const Gender a = doc.entities[static_cast<std::size_t>(couple.source)].gender;
  const Gender b = doc.entities[static_cast<std::size_t>(couple.target)].gender;
  if ((a == want && b != want) || (a == Gender::Unknown && b == other)) return couple.source;
  if ((b == want && a != want) || (b == Gender::Unknown && a == other)) return couple.target;
  return -1;
}

bool is_past_participle(const Token& token) {
  // Four letters or more: "wed", "bed", "fed" are base forms too.
  const std::string_view word = token.lower;
  return (word.size() > 3 && word.ends_with("ed") && !word.ends_with("eed")) || token.is(kPastParticiple);
}

// A clitic as the patterns and the hedge cues read it: "'ll" is "will",
// "'ve" "have", "'re" "are", "'m" "am"; "'d" is "had" before a past
// participle ("who'd married", "she'd long since divorced") and "would"
// elsewhere ("I'd guess", "she'd marry"), up to two adverbs looked past;
// "'s" is "has" before "been" or "got" ("Ana's been dating"), after a
// pronoun "is" elsewhere ("she's married to"), and after a name otherwise
// stays the possessive ("Ana's husband"). "n't" is kept as it is.
std::string_view spelled_out_clitic(const Document& doc, std::uint32_t t, std::uint32_t end) {
  const std::string_view clitic = doc.tokens[t].lower;
  if (clitic == "'ll"sv) return "will";
  if (clitic == "'ve"sv) return "have";
  if (clitic == "'re"sv) return "are";
  if (clitic == "'m"sv) return "am";
  static constexpr std::string_view kAdverbs[] = {"never", "already", "just", "also", "long", "once",
                                                  "first", "ever", "since", "not", "n't"};
  // The word the auxiliary goes with: the next one, past up to two adverbs
  // (for "'d" also any word in "-ly"; after "'s" such a word may be the
  // possessive's noun: "Ana's family"). Null at the sentence's end.
  auto verb_after = [&](bool ly_adverbs) -> const Token* {
    auto is_adverb = [&](std::string_view word) {
      return (ly_adverbs && word.ends_with("ly")) ||
             std::find(std::begin(kAdverbs), std::end(kAdverbs), word) != std::end(kAdverbs);
    };
    std::uint32_t next = t + 1;
    for (int skipped = 0; skipped < 2 && next < end && is_adverb(doc.tokens[next].lower); ++skipped) ++next;
    return next < end ? &doc.tokens[next] : nullptr;
  };
  if (clitic == "'d"sv) {
    const Token* verb = verb_after(true);
    return verb && is_past_participle(*verb) ? "had" : "would";
  }
  if (clitic == "'s"sv && t > 0) {
    const Token* next = verb_after(false);
    const std::string_view verb = next ? next->lower : std::string_view();
    if (verb == "been"sv || verb == "got"sv || verb == "gotten"sv) return "has";  // never a possessive's noun
    static constexpr std::string_view kSubjects[] = {"he", "she", "it", "who", "that", "there", "here", "what", "where"};
    const std::string_view before = doc.tokens[t - 1].lower;
    if (std::find(std::begin(kSubjects), std::end(kSubjects), before) != std::end(kSubjects))
      return verb == "had"sv ? "has" : "is";
  }
  return clitic;
}

// "met the photographer Tom Hale", "engaged to Dr. Tom Hale", "her
// husband, drummer Tom Hale": role nouns and titles (and an article before
// them) right before a person's name describe the person and stand between
// a relation's words and the name, so the tagged text leaves them out. Words
// a pattern spells out ("teammate", "queen") are cues and stay. Returns the
// text's length without them (`length` if none).
std::size_t without_description_before(const Document& doc, const Sentence& s, std::uint32_t name,
                                       bool name_possesses, const Tagged& out, std::size_t length) {
  const RelationPatterns& patterns = RelationPatterns::get();
  auto plain = [&](std::uint32_t t) { return t >= s.first_token && out.plain_at[t - s.first_token] != Tagged::kNotPlain; };
  // "a friend of the late Tom Falk": "late" describes the dead as a role
  // noun describes the living. Not in "Lea and the late Carl's daughter",
  // where it keeps the daughter Carl's alone.
  auto late_keeps_apart = [&] {
    if (!name_possesses || name < s.first_token + 2) return false;
    std::uint32_t k = name - 1;  // "late"
    if (k > s.first_token && doc.tokens[k - 1].lower == "the"sv) --k;
    return k > s.first_token && doc.tokens[k - 1].lower == "and"sv;
  };
  auto describes = [&](const Token& token) {
    // A capitalised title before a name is one even where a pattern spells
    // the word ("Queen Margarethe"; "his queen consort" is a cue).
    // ("Doña Carmen Llamas": the Spanish title the entity finder leaves out of a name.)
    return ((token.is(kRoleNoun) || token.is(kHonorific)) && !patterns.is_cue_word(token.lower)) ||
           (token.is(kHonorific) && token.has(kCapitalized)) || (token.lower == "late"sv && !late_keeps_apart()) ||
           (token.has(kCapitalized) && (token.lower == "don"sv || token.lower == "doña"sv));
  };
  // ", the luthier Joaquim", ", a fadista, Maria": between a comma and its
  // article and a name, one lower-case word the lists lack is a role too.
  auto unlisted_role = [&](std::uint32_t t) {
    const Token& w = doc.tokens[t];
    return t == name - 1 && t >= s.first_token + 2 && w.has(kWord) && !w.has(kCapitalized) && !w.is(kFunctionWord) &&
           !patterns.is_cue_word(w.lower) && plain(t - 1) && (doc.tokens[t - 1].lower == "the"sv || doc.tokens[t - 1].lower == "a"sv) &&
           plain(t - 2) && doc.tokens[t - 2].lower == ","sv;
  };
  // "Dimas and the presenter Citra divorced": after "and the" a role a
  // pattern spells ("told the presenter Bo") is the second name's description.
  auto coordinated_role = [&](std::uint32_t t) {
    return t == name - 1 && t >= s.first_token + 2 && doc.tokens[t].is(kRoleNoun) && !doc.tokens[t].has(kCapitalized) &&
           plain(t - 1) && doc.tokens[t - 1].lower == "the"sv && plain(t - 2) && doc.tokens[t - 2].lower == "and"sv;
  };
  std::uint32_t start = name;
  for (int words = 0; words < 3 && start > s.first_token && plain(start - 1); ++words) {
    const Token& before = doc.tokens[start - 1];
    if (describes(before) || unlisted_role(start - 1) || coordinated_role(start - 1)) {
      --start;
    } else if (before.is(kTitleSecondWord) && before.has(kCapitalized) && start - 1 > s.first_token && plain(start - 2) &&
               Lexicon::get().is_two_word_title(doc.tokens[start - 2].lower, before.lower)) {
      start -= 2;  // "his wife Datin Seri Rosnah": a title of two words
    } else if (before.lower == "."sv && start - 1 > s.first_token && plain(start - 2) &&
               doc.tokens[start - 2].is(kHonorific) && doc.tokens[start - 2].is(kAbbreviation) &&
               describes(doc.tokens[start - 2])) {
      start -= 2;  // "Dr.", not the stop after "a former governor."
    } else if (before.lower == "and"sv && start < name && start - 1 > s.first_token && plain(start - 2) &&
               describes(doc.tokens[start - 2])) {
      start -= 2;  // "the actress and filmmaker Mina": both roles go
    } else {
      break;
    }
  }
  if (start == name) return length;
  // "her manager Bo": after a possessor the noun says who Bo is to her.
  const std::string_view kept(out.text.data(), out.plain_at[start - s.first_token]);
  if (kept.size() >= 2 && kept.substr(kept.size() - 2) == "'s"sv) return length;
  auto is_article = [&](std::uint32_t t) {
    if (t < s.first_token || !plain(t)) return false;
    std::string_view w = doc.tokens[t].lower;
    return w == "the"sv || w == "a"sv || w == "an"sv;
  };
  // "the Brazilian influencer", "the former Sussex cricketer", "the podcast
  // host": up to three modifiers, taken only where an article or a comma
  // opens them (else they may be the verb: "told podcast host Bo"). A capitalised one
  // is no name here: a name would be a mention, not a plain word.
  std::uint32_t modified = start;
  for (int words = 0; words < 3 && modified > s.first_token && plain(modified - 1); ++words) {
    const Token& w = doc.tokens[modified - 1];
    if (!w.has(kWord) || w.is(kFunctionWord)) break;
    --modified;
  }
  // After a comma they go too: "her husband, polo player Henri" (not after
  // "and": "and served alongside Mayor Bo").
  // So after a preposition other than "to" (which may open a verb: "to
  // marry chef Bo"): "worked with pastry chef Hugo".
  auto opens_phrase = [&](std::uint32_t t) {
    if (is_article(t)) return true;
    if (t < s.first_token || !plain(t)) return false;
    if (doc.tokens[t].is(kPreposition) && doc.tokens[t].lower != "to"sv)
      return std::none_of(doc.tokens.begin() + t + 1, doc.tokens.begin() + start,
                          [](const Token& w) { return w.lower.ends_with("ing"sv); });
    return doc.tokens[t].lower == ","sv;
  };
  if (modified < start && modified > s.first_token && opens_phrase(modified - 1)) {
    start = modified;
  } else {
    // "dating Olympic gymnast Rosa", "husband of Oscar-winning actress Ann":
    // capitalised words that are no name describe, whatever stands before.
    for (int words = 0; words < 2 && start < name && start > s.first_token + 1 && plain(start - 1); ++words) {
      const Token& w = doc.tokens[start - 1];
      if (!w.has(kWord) || !w.has(kCapitalized) || w.is(kFunctionWord) || w.is(kHonorific)) break;
      --start;
    }
  }
  if (start > s.first_token && is_article(start - 1)) return out.plain_at[start - 1 - s.first_token];
  // "Rovers TV presenter Dom Keller", "CNN anchor Bo": the outlet goes too.
  const Tagged::LastSlot& outlet = out.last_slot;
  if (outlet.end_token == start && (outlet.kind == 'O' || outlet.kind == 'W')) {
    if (outlet.first_token > s.first_token && is_article(outlet.first_token - 1))
      return out.plain_at[outlet.first_token - 1 - s.first_token];
    return outlet.text_begin;
  }
  return out.plain_at[start - s.first_token];
}

// A lower-case word that can open the main clause's verb phrase after a
// relative clause: an auxiliary, an adverb ("later"), or a word that is not
// a function word (", a dancer," and ", and" are no verb).
bool starts_main_verb(const Document& doc, std::uint32_t t, std::uint32_t end) {
  const Token& token = doc.tokens[t];
  if (!token.has(kWord) || token.has(kCapitalized)) return false;
  // ", son of Ed Ray", ", a dancer": a noun phrase, no verb.
  if (token.is(kRoleNoun) || head_word(token).noun_gender != Gender::Unknown) return false;
  if (t + 1 < end && doc.tokens[t + 1].lower == "of"sv) return false;
  if (is_auxiliary(token)) return true;
  // ", finally asked", ", recently married": an "-ly" adverb before a past tense.
  if (token.lower.ends_with("ly"sv) && t + 1 < end && is_auxiliary_or_past(doc.tokens[t + 1])) return true;
  return token.is(kAdverb) || !token.is(kFunctionWord);
}

// Whether token t opens a verb phrase a subject can be lent to: an
// auxiliary or a past tense ("and has been", "and married").
bool opens_coordinated_verb(const Document& doc, std::uint32_t t, std::uint32_t end) {
  return t < end && is_auxiliary_or_past(doc.tokens[t]);
}

// "Mr. and Mrs. Tom Lee", the society page's name for a couple: the token
// of "mrs" when the tokens from `t` read "mr", an optional ".", "and",
// "mrs"; 0 otherwise.
std::uint32_t mrs_after_mr_and(const Document& doc, std::uint32_t t, std::uint32_t end) {
  if (t >= end || doc.tokens[t].lower != "mr"sv) return 0;
  std::uint32_t k = t + 1;
  if (k < end && doc.tokens[k].lower == "."sv) ++k;
  return k + 1 < end && doc.tokens[k].lower == "and"sv && doc.tokens[k + 1].lower == "mrs"sv ? k + 1 : 0;
}

// ", a former architect," after a name whose comma is token `t`, closed by
// a comma and a main verb: the closing comma's token (0 if there is no
// such apposition), and whether anyone is named in it ("Jasper Thwaite, a
// friend of the groom since their schooldays, was best man"). Not a pair
// ("the couple's daughter", "the brother and sister"). `mentions` are the
// document's mentions from the first one after the name on; `after_pair`,
// whether the name ends a pair ("Ann Lee and Bo Kim").
bool is_time_noun(const Token& token);

struct Apposition {
  std::uint32_t close = 0;
  bool names_someone = false;
};
Apposition find_apposition(const Document& doc, std::uint32_t t, std::uint32_t end,
                           std::vector<Mention>::const_iterator mentions, bool after_pair) {
  if (t + 3 >= end || doc.tokens[t].lower != ","sv) return {};
  // ", a former adviser,", ", known as Stan,", or an aside: ", for the record,", ", however,".
  const Token& opening = doc.tokens[t + 1];
  const std::string_view article = opening.lower;
  const bool one_word_aside = opening.is(kFunctionWord) && doc.tokens[t + 2].lower == ","sv;
  // ', nicknamed "Mad Dog" by Harwick fans,', ', dubbed the Queen of Pop,':
  // a regular participle opens an aside that may hold a nickname in
  // quotation marks and other entities, but no person (', married to Bo,'
  // says something of its own).
  // Nor does 'Ann and Bo, married for 35 years,': after a pair, a
  // relation's own word is no aside ('Ann, divorced since 2010, married
  // Bo' keeps its verb's subject).
  // (", affectionately called Auntie Akos by all of Bantama,": an "-ly" adverb may come first.)
  const bool adverb_first = opening.has(kWord) && !opening.has(kCapitalized) && opening.lower.ends_with("ly"sv);
  const std::uint32_t verb_at = adverb_first ? t + 2 : t + 1;
  const Token& verb = doc.tokens[verb_at];
  // (", fondly known as Maame Serwaa by the congregation,": "known" too.)
  // Nor does "Bo Kim, 72, married his second wife, ...": a relation's own
  // word with an object after it is a past tense.
  const auto object_follows = [&] {
    const std::uint32_t next = verb_at + 1;
    if (next >= end) return false;
    const Token& object = doc.tokens[next];
    // (Not a time: "married a decade ago", "married the following year".)
    const bool article = object.lower == "a"sv || object.lower == "an"sv || object.lower == "the"sv;
    if (article && next + 1 < end &&
        (is_time_noun(doc.tokens[next + 1]) || doc.tokens[next + 1].lower == "following"sv || doc.tokens[next + 1].lower == "next"sv ||
         doc.tokens[next + 1].lower == "same"sv || doc.tokens[next + 1].lower == "few"sv))
      return false;
    return object.has(kCapitalized) || object.lower == "his"sv || object.lower == "her"sv || object.lower == "their"sv || article;
  };
  const bool participle = verb.has(kWord) && !verb.has(kCapitalized) && verb.lower.size() > 4 &&
                          (verb.lower.ends_with("ed"sv) || verb.lower == "known"sv) && !verb.is(kFunctionWord) &&
                          !((after_pair || object_follows()) && RelationPatterns::get().is_event_word(verb.lower));
  // ", daughter of Albert Ferris,", ", eldest son of": an announcement's kin
  // noun needs no article.
  const auto kin_of = [&](std::uint32_t k) {
    return k + 1 < end && doc.tokens[k].is(kChildNoun) && !doc.tokens[k].has(kCapitalized) && doc.tokens[k + 1].lower == "of"sv;
  };
  const bool kin = kin_of(t + 1) || (opening.has(kWord) && !opening.has(kCapitalized) && !opening.is(kFunctionWord) && kin_of(t + 2));
  // Where someone lives: ", of Tain,", ", now of Rowan Cottage, Tain,", ",
  // of 4 High Street, Tain,". Its places and house number are passed over.
  const bool address = article == "of"sv || (article == "now"sv && doc.tokens[t + 2].lower == "of"sv);
  if (article != "a"sv && article != "an"sv && article != "the"sv && !opening.is(kPreposition) && !opening.is(kAdverb) &&
      !opening.is(kPastParticiple) && !one_word_aside && !participle && !kin && !address)
    return {};
  // One that names someone opens as a description does (not ", of
  // Harrowfold Hall,") and closes before a verb that is surely one ("has",
  // "married", "runs"; not "elder son").
  const bool may_name = article == "a"sv || article == "an"sv || article == "the"sv || opening.is(kAdverb) ||
                        opening.is(kPastParticiple) || kin;
  // ", the bride's elder brother,".
  bool names_someone = may_name && is_wedding_party_noun(doc, t + 1, end);
  // ", nicknamed Billy by his bandmates,": the name described, whose own
  // nickname a participle's aside may give.
  const int described = mentions != doc.mentions.begin() && std::prev(mentions)->end_token == t ? std::prev(mentions)->entity : -1;
  for (std::uint32_t k = t + 2; k < end && k < t + 20; ++k) {
    while (mentions != doc.mentions.end() && mentions->first_token < k) ++mentions;
    if (mentions != doc.mentions.end() && mentions->first_token == k) {
      const bool person = mentions->type == EntityType::Person && !mentions->pronoun;
      const bool own_nickname = participle && person && described >= 0 && mentions->entity == described;
      // "by Harwick fans", "for his tackles"; ", from Bolton," (where someone is from).
      if ((participle || article == "from"sv || address) && !may_name && (!person || own_nickname)) {
        k = mentions->end_token - 1;
        continue;
      }
      // ", married to Ann Lee,": a participle's aside that names someone
      // says something of its own, and its closing comma gives the verb
      // its subject again.
      if (!may_name && !participle) return {};
      // "the Geelong sparky who has been ...": a place or a firm in a
      // description names no one, nor does a possessive ("the mother of
      // both his children").
      names_someone = names_someone || person;
      k = mentions->end_token - 1;
      continue;
    }
    // "Jasper, a friend of the bridegroom since their schooldays, was best man".
    if (may_name && is_wedding_party_noun(doc, k, end)) names_someone = true;
    if (participle && doc.tokens[k].has(kQuote)) continue;
    if (address && (doc.tokens[k].has(kNumber) || doc.tokens[k].lower == "of"sv)) continue;
    if (doc.tokens[k].lower == ","sv) {
      // ", of Rowan Cottage, Tain,": the town after the street.
      if (address && mentions != doc.mentions.end() && mentions->first_token == k + 1 && mentions->type == EntityType::Location)
        continue;
      if (k + 1 >= end || !starts_main_verb(doc, k + 1, end)) return {};
      const Token& verb = doc.tokens[k + 1];
      // "Jens Aalto, worked on the case alongside his wife, mapping the
      // vessels": a past tense, not a participle's aside, when what follows
      // the comma is a free "-ing" phrase rather than the main verb.
      if (participle && verb.lower.size() > 5 && verb.lower.ends_with("ing"sv)) return {};
      if (names_someone && !is_auxiliary_or_past(verb) && !verb.is(kSpeechVerb) && !verb.is(kAdverb) &&
          !(verb.lower.size() > 3 && verb.lower.ends_with('s') && !verb.lower.ends_with("ss")))
        return {};
      return {k, names_someone};
    }
    // "Cillian and Aoife, the brother and sister at the heart of the band,":
    // coordinated nouns describe a pair, and may say how they are related.
    std::uint32_t length = 0;
    const bool mr_and_mrs = k + 1 < end && doc.tokens[k].lower == "and"sv && doc.tokens[k + 1].lower == "mrs"sv;
    if (mr_and_mrs || doc.tokens[k].lower == "."sv) continue;  // "daughter of Mr. and Mrs. Tom Lee"
    if (!doc.tokens[k].has(kWord) || doc.tokens[k].lower == "and"sv || is_group_noun_phrase(doc, k, end, &length))
      return {};
  }
  return {};
}

// ", 40,", ", aged nine," or ", nineteen years old," after a name, at the comma `t`: the age's
// closing comma, or 0 if there is no such age.
std::uint32_t age_aside_close(const Document& doc, std::uint32_t t, std::uint32_t end) {
  if (t >= end || doc.tokens[t].lower != ","sv) return 0;
  // ", aged 30,", ", both 30," (a pair's age).
  const std::uint32_t age =
      t + 1 + (t + 3 < end && (doc.tokens[t + 1].lower == "aged"sv || doc.tokens[t + 1].lower == "both"sv) ? 1 : 0);
  if (age + 1 >= end || !is_age(doc.tokens[age])) return 0;
  if (doc.tokens[age + 1].lower == ","sv) return age + 1;
  // ", nineteen years old,".
  return age + 3 < end && doc.tokens[age + 1].lower == "years"sv && doc.tokens[age + 2].lower == "old"sv &&
                 doc.tokens[age + 3].lower == ","sv
             ? age + 3
             : 0;
}

// Words between a possessive and its noun that the lists call function
// words or adverbs: "her last interview", "her most famous role".
bool possessive_modifier(const Token& token) {
  static constexpr std::string_view kModifiers[] = {"last", "most", "first", "only", "own", "other", "late", "next"};
  return std::find(std::begin(kModifiers), std::end(kModifiers), token.lower) != std::end(kModifiers);
}

// A noun of time: "last week", "next summer", "most mornings".
bool is_time_noun(const Token& token) {
  static constexpr std::string_view kTimes[] = {
      "day",     "days",     "week",    "weeks",    "weekend", "weekends",  "month",      "months",  "year",
      "years",   "decade",   "decades", "century",  "season",  "seasons",   "summer",     "summers", "winter",
      "winters", "spring",   "autumn",  "fall",     "morning", "mornings",  "afternoon",  "afternoons",
      "evening", "evenings", "night",   "nights",   "time",    "times"};
  return std::find(std::begin(kTimes), std::end(kTimes), token.lower) != std::end(kTimes);
}

// Whether a span of time measured back from a past event opens at token
// t: "two years later", "a few months after", "decades on". After "her"
// it makes her the object ("married her two years later"), not a
// possessive ("her two sisters").
bool opens_time_after(const Document& doc, std::uint32_t t, std::uint32_t end) {
  static constexpr std::string_view kUnits[] = {"years", "months", "weeks", "days", "decades", "year", "month", "week", "day"};
  static constexpr std::string_view kAfter[] = {"later", "after", "afterwards", "afterward", "on"};
  if (t < end && (doc.tokens[t].lower == "a"sv || doc.tokens[t].lower == "an"sv)) ++t;
  if (t < end && (doc.tokens[t].is(kNumberWord) || doc.tokens[t].has(kNumber) || doc.tokens[t].lower == "few"sv ||
                  doc.tokens[t].lower == "several"sv || doc.tokens[t].lower == "many"sv))
    ++t;
  return t + 1 < end && std::find(std::begin(kUnits), std::end(kUnits), doc.tokens[t].lower) != std::end(kUnits) &&
         std::find(std::begin(kAfter), std::end(kAfter), doc.tokens[t + 1].lower) != std::end(kAfter);
}

// Whether token t is the last period of a dotted abbreviation that a
// mention starting at `name_first` ends with ("N.C", "D.C" and their "."):
// the abbreviation's, not the sentence's.
bool closes_dotted_abbreviation(const Document& doc, std::uint32_t t, std::uint32_t name_first) {
  return doc.tokens[t].lower == "."sv && !doc.tokens[t].has(kSpaceBefore) && t >= name_first + 2 &&
         doc.tokens[t - 2].lower == "."sv;
}

// Fills `out`, a buffer reused from sentence to sentence.
// What tagging a sentence may use of the document read so far (all empty
// for a sentence read alone).
struct TagContext {
  const FoundRelation* wedding = nullptr;            // the bride and groom's marriage (find_relations)
  const std::vector<FoundRelation>* found = nullptr;  // the relations found in earlier sentences
  int author = -1;                                   // the byline's person: the narrator's "me"
  // Pronouns that stand for the bride or the groom (wedding_party_pronouns):
  // (first token, entity), in text order.
  const std::vector<std::pair<std::uint32_t, int>>* party_pronouns = nullptr;
  // A timeline's entry ("June 2014: They marry in Amsterdam"): a verb right
  // after its subject is read in the past tense.
  bool historical_present = false;
  // The one a death notice's line without a subject speaks of ("Beloved
  // husband of Corrie."), written as the sentence's subject; -1 for none.
  int implied_subject = -1;
  // Whether the line opens with a relative of theirs ("Sister, Kayla, ..."):
  // the implied subject is written as the possessor; and where the line's
  // words begin, after a label ("PERSONAL:").
  bool implied_possessor = false;
  std::uint32_t implied_body = 0;
  // The document speaks of "the bride" or "the groom": a wedding report,
  // whose paragraphs' "The couple" is the wedding's.
  bool wedding_report = false;
};

// The one person earlier sentences found to be `owner`'s father, mother,
// husband or wife (`noun`, lower case), or -1: "My father was Gul Mohammad.
// ... My father married my mother" is Gul Mohammad's marriage. A second
// candidate (two wives found) gives none. Only the latest relations are
// read, so a long document's every "his father" costs the same.
int known_relative(const Document& doc, const std::vector<FoundRelation>& found, int owner, std::string_view noun) {
  const char kin = parent_or_spouse_noun(noun);
  if (kin == 0) return -1;
  const bool parent = kin == 'f' || kin == 'm';
  const Gender gender = kin == 'f' || kin == 'h' ? Gender::Male : Gender::Female;
  constexpr std::size_t kLatest = 256;
  int relative = -1;
  for (auto it = found.rbegin(); it != found.rend() && it - found.rbegin() < static_cast<std::ptrdiff_t>(kLatest); ++it) {
    const FoundRelation& r = *it;
    int other = -1;
    if (parent && r.relation == Relation::ParentOf && r.target == owner) other = r.source;
    if (!parent && r.relation == Relation::Married && (r.source == owner || r.target == owner))
      other = r.source == owner ? r.target : r.source;
    if (other < 0 || other == relative || doc.entities[static_cast<std::size_t>(other)].gender != gender) continue;
    if (relative >= 0) return -1;
    relative = other;
  }
  return relative;
}

void tag(const Document& doc, std::size_t sentence_index, Tagged& out, const TagContext& context) {
  const FoundRelation* wedding = context.wedding;
  const std::vector<FoundRelation>* found = context.found;
  const Sentence& s = doc.sentences[sentence_index];
  out.text.clear();
  out.slots.clear();
  out.last_slot_at = 0;
  out.person_slots_at.clear();
  // Written through a pointer into room for the longest it can be (cut to
  // size at the end): per token a space and its lower-case form, or a slot
  // in its place (a slot takes at least one token): "P", a number and " 's".
  // A subject given again to a later verb takes no token of its own: it is
  // written in the room left by the "and" or comma before it (and by the
  // "in" of "and in 2008 married"), each reserved for a slot and holding
  // one or three bytes.
  constexpr std::size_t kLongestSlot = 1 + (std::numeric_limits<std::size_t>::digits10 + 1) + 3;
  std::size_t room = 0;
  for (std::uint32_t t = s.first_token; t < s.end_token; ++t) room += 1 + std::max(doc.tokens[t].lower.size(), kLongestSlot);
  room += 1 + kLongestSlot + 2;  // an implied subject and its comma
  out.text.resize(room);
  char* const text = out.text.data();
  std::size_t length = 0;
  auto mention_it = doc.mentions_from(s.first_token);
  auto append = [&](std::string_view piece) {
    if (length > 0) text[length++] = ' ';
    std::memcpy(text + length, piece.data(), piece.size());
    length += piece.size();
  };
  // "P3": the slot's kind and its index.
  auto append_slot = [&](char kind) {
    if (length > 0) text[length++] = ' ';
    out.last_slot_at = length;
    if (kind == 'P' || kind == 'G' || kind == 'A') out.person_slots_at.push_back(length);
    text[length++] = kind;
    length = static_cast<std::size_t>(std::to_chars(text + length, text + out.text.size(), out.slots.size()).ptr - text);
  };
  // A subject slot written again before a later verb ("Ann, who ...,
  // [Ann] married Bo").
  auto give_subject_again = [&](int slot) {
    Slot subject = out.slots[static_cast<std::size_t>(slot)];
    subject.repeated = true;
    append_slot(subject.kind);
    out.slots.push_back(subject);
  };
  out.plain_at.assign(s.end_token - s.first_token, Tagged::kNotPlain);
  out.last_slot = {};
  if (context.implied_subject >= 0) {
    Slot implied;
    implied.kind = 'P';
    implied.entity = context.implied_subject;
    append_slot(implied.kind);
    out.slots.push_back(implied);
    append(context.implied_possessor ? "'s"sv : ","sv);
  }
  int relative_subject = -1;  // the slot "who" stood for, until its clause closes
  int first_relative = -1;    // the slot the sentence's first "who" stood for
  std::uint32_t whose_apposition_end = 0;  // "whose mother, Pauline, ...": the comma that closes the name
  int apposition_subject = -1;  // the slot an apposition that names someone describes, until its comma
  std::uint32_t apposition_close = 0;
  int subject_after_year = -1;  // the slot a coordinated verb's subject repeats, due after token subject_after_year_at
  std::uint32_t subject_after_year_at = 0;
  int sentence_subject = -1;  // the person slot that opens the sentence, if one does
  // Whether token t is inside a quotation (an odd number of quotation
  // marks before it in the sentence), counted on from the last question.
  int quotes_before = 0;
  std::uint32_t counted_to = s.first_token;
  auto inside_quotation = [&](std::uint32_t t) {
    for (; counted_to < t; ++counted_to) quotes_before += doc.tokens[counted_to].has(kQuote) && doc.tokens[counted_to].lower == "\""sv;
    return quotes_before % 2 == 1;
  };
  for (std::uint32_t t = context.implied_subject >= 0 ? std::max(s.first_token, context.implied_body) : s.first_token;
       t < s.end_token;) {
    while (mention_it != doc.mentions.end() && mention_it->first_token < t) ++mention_it;
    const Mention* m = mention_it != doc.mentions.end() && mention_it->first_token == t ? &*mention_it : nullptr;
    std::uint32_t group_length = 0;
    // The narrator's "me" (coreference gives a first-person piece's to its
    // author) told something is the 'A' slot below: "Morwenna Tait tells
    // me", "spoke to me". Elsewhere it is the author as anyone else: "Dr
    // Priyanka Rao worked with me on the chapter".
    auto told_me = [&] {
      if (t == s.first_token) return false;
      const Token& before = doc.tokens[t - 1];
      if (before.is(kSpeechVerb)) return true;
      if ((before.lower != "to"sv && before.lower != "with"sv) || t - 1 == s.first_token) return false;
      const Token& verb = doc.tokens[t - 2];
      static constexpr std::string_view kTalking[] = {"spoke", "speaks", "spoken", "speaking", "talked",
                                                      "talks", "talking", "confided", "confides"};
      return verb.is(kSpeechVerb) || std::find(std::begin(kTalking), std::end(kTalking), verb.lower) != std::end(kTalking);
    };
    const bool authors_me = m && m->pronoun && m->entity == context.author && doc.tokens[t].lower == "me"sv && told_me();
    // "the Kingsmere skipper is engaged to Lucy": a name between "the" and a
    // role noun describes the role's holder, someone else.
    if (m && !m->pronoun && m->type == EntityType::Person && t > s.first_token && doc.tokens[t - 1].lower == "the"sv &&
        m->end_token < s.end_token && doc.tokens[m->end_token].has(kWord) && !doc.tokens[m->end_token].has(kCapitalized) &&
        head_word(doc.tokens[m->end_token]).has(kRoleNoun)) {
      for (; t < m->end_token; ++t) append(doc.tokens[t].lower);
      continue;
    }
    // "my father" once "My father was Gul Mohammad": the person found,
    // unless a name or a copula stands by the noun ("my father, Gul",
    // "Gul is my father", "my father was Gul").
    if (m && m->entity >= 0 && found && m->type == EntityType::Person && !m->plural) {
      std::uint32_t noun = m->end_token;
      if (!m->pronoun && noun < s.end_token && doc.tokens[noun].lower == "'s"sv) ++noun;
      const bool possessive = m->pronoun ? singular_possessive(doc.tokens[t].lower) : noun > m->end_token;
      auto is_copula = [&](std::uint32_t k) {
        const std::string_view w = doc.tokens[k].lower;
        return w == "is"sv || w == "was"sv || w == "as"sv || w == "became"sv || w == "becomes"sv;
      };
      if (possessive && noun + 1 < s.end_token && (t == s.first_token || !is_copula(t - 1)) &&
          !doc.tokens[noun + 1].has(kCapitalized) && doc.tokens[noun + 1].lower != ","sv &&
          doc.tokens[noun + 1].lower != "("sv && !is_copula(noun + 1))
        if (const int relative = known_relative(doc, *found, m->entity, doc.tokens[noun].lower); relative >= 0) {
          out.last_slot = {t, noun + 1, length, 'P'};
          append_slot('P');
          out.slots.push_back({'P', relative, -1, doc.span_text(doc.tokens[t].begin, doc.tokens[noun].end)});
          t = noun + 1;
          continue;
        }
    }
    if (m && m->entity >= 0 && !authors_me) {
      if (m->type == EntityType::Person && !m->pronoun) {
        const bool possesses = m->end_token < s.end_token && doc.tokens[m->end_token].lower == "'s"sv;
        length = without_description_before(doc, s, t, possesses, out, length);
      }
      Slot slot;
      slot.kind = m->plural ? 'G' : kind_of(m->type);
      out.last_slot = {t, m->end_token, length, slot.kind};
      slot.entity = m->entity;
      if (m->pronoun && context.party_pronouns)
        for (const auto& [token, member] : *context.party_pronouns)
          if (token == t) slot.entity = member;
      slot.second = m->second_entity;
      if (m->plural && m->pronoun && doc.tokens[t].lower == "they"sv && found && slot.second >= 0)
        if (auto couple = couple_instead_of_family(doc, s, *found, slot.entity, slot.second))
          std::tie(slot.entity, slot.second) = *couple;
      slot.text = doc.surface(*m);
      const bool opens_sentence = length == 0 && slot.kind == 'P';
      append_slot(slot.kind);
      out.slots.push_back(slot);
      std::string_view word = doc.tokens[t].lower;
      bool possessive = m->pronoun && (word == "his" || word == "my" || word == "your" || word == "their" || word == "our" ||
                                       word == "its");
      // "her" before a content word is the possessive determiner (a role
      // in capitals too: "her BFF Jade").
      if (m->pronoun && word == "her" && t + 1 < s.end_token && doc.tokens[t + 1].has(kWord) &&
          (s.heading || !doc.tokens[t + 1].has(kCapitalized) || doc.tokens[t + 1].is(kRoleNoun)) &&
          !doc.tokens[t + 1].is(kFunctionWord) && !doc.tokens[t + 1].is(kAdverb) &&
          !opens_time_after(doc, t + 1, s.end_token))
        possessive = true;
      // "her last interview", "her most famous screen partner": a
      // determiner's word before a noun phrase, not a time ("told her last week").
      if (m->pronoun && word == "her" && !possessive && t + 2 < s.end_token && possessive_modifier(doc.tokens[t + 1]) &&
          doc.tokens[t + 2].has(kWord) && !doc.tokens[t + 2].has(kCapitalized) && !doc.tokens[t + 2].is(kFunctionWord) &&
          !is_time_noun(doc.tokens[t + 2]))
        possessive = true;
      if (possessive) append("'s");
      // "His daughter, Anjali, leads ... and has worked with": a possessor is no subject.
      // "Ann and Bo met in 2006 and married": a pair's verbs, no lending.
      if (opens_sentence && !possessive &&
          !(m->end_token < s.end_token &&
            (doc.tokens[m->end_token].lower == "'s"sv || doc.tokens[m->end_token].lower == "and"sv)))
        sentence_subject = static_cast<int>(out.slots.size() - 1);
      // "Sukha's father, Jaswant Gill, was a stopper and married ...": the
      // name in apposition to the opening relative's noun is the subject
      // of the later verbs.
      if (sentence_subject < 0 && out.slots.size() == 2 && !m->pronoun && m->type == EntityType::Person &&
          m->first_token >= s.first_token + 3 && m->first_token <= s.first_token + 5 && m->end_token < s.end_token &&
          doc.tokens[m->end_token].lower == ","sv && doc.tokens[m->first_token - 1].lower == ","sv &&
          (doc.tokens[m->first_token - 2].is(kChildNoun) || head_word(doc.tokens[m->first_token - 2]).has(kGenderedNoun)) &&
          (doc.tokens[m->first_token - 3].lower == "'s"sv || m->first_token - 3 == s.first_token))
        sentence_subject = static_cast<int>(out.slots.size() - 1);
      t = m->end_token;
      // "Harold Pruitt Jr. married ...": the abbreviation's period is the
      // name's; written, it would stand between the name and its verb
      // ("P0 . married P1") and no pattern would match.
      // So is a dotted abbreviation's last period: "in Washington, D.C., in 2015".
      if (t + 1 < s.end_token && doc.tokens[t].lower == "."sv &&
          (doc.tokens[t - 1].is(kAbbreviation) || closes_dotted_abbreviation(doc, t, m->first_token)))
        ++t;
      // "The 47-year-old chef, whose ...": the role after an age
      // description says nothing more about who it is.
      if (m->pronoun && word == "the"sv && t < s.end_token && doc.tokens[t].is(kRoleNoun)) ++t;
      // "Prince Karl of Helm married ...", "John Murphy of Ballina, a
      // farmer, ...", "Princess Helen of Greece and Denmark, daughter of":
      // where someone is of says nothing about the verb. Nor does the
      // organisation of a sentence's opening subject ("Dr Priyanka Rao of
      // the Indian Ocean Studies Centre worked with me"); elsewhere it may
      // ("told Bernard Tuttle of the Kelvesey Courier" names the press).
      if (m->type == EntityType::Person && !m->pronoun && t + 1 < s.end_token && doc.tokens[t].lower == "of"sv) {
        auto place = std::next(mention_it);
        const bool opening_subject = std::all_of(doc.tokens.begin() + s.first_token, doc.tokens.begin() + m->first_token,
                                                 [](const Token& w) { return w.is(kHonorific) || w.lower == "."sv; });
        auto place_at = [&](std::uint32_t at) {
          while (place != doc.mentions.end() && place->first_token < at) ++place;
          return place != doc.mentions.end() && place->first_token == at &&
                 (place->type == EntityType::Location || (opening_subject && place->type == EntityType::Org)) &&
                 place->end_token <= s.end_token;
        };
        if (place_at(t + 1 + (doc.tokens[t + 1].lower == "the"sv ? 1 : 0))) {
          t = place->end_token;
          if (t + 1 < s.end_token && doc.tokens[t].lower == "and"sv && place_at(t + 1)) t = place->end_token;
          // "of Chapel Hill, N.C.," "of Scarsdale, N.Y.": the place's state, with its period.
          if (t + 1 < s.end_token && doc.tokens[t].lower == ","sv && place_at(t + 1)) {
            t = place->end_token;
            if (t < s.end_token && closes_dotted_abbreviation(doc, t, place->first_token))
              ++t;
          }
          out.slots.back().aside_after = true;
        }
      }
      // "Eleanor Whitcombe (née Farrow) married ...", "Sam (14), Lily (11)
      // and Theo": a maiden name or an age in brackets says nothing about
      // the verb or the list.
      if (m->type == EntityType::Person && !m->pronoun && t + 2 < s.end_token && doc.tokens[t].lower == "("sv) {
        const std::string_view first = doc.tokens[t + 1].lower;
        const bool maiden = first == "née"sv || first == "nee"sv || first == "born"sv;
        const bool age = doc.tokens[t + 1].has(kNumber) && doc.tokens[t + 2].lower == ")"sv;
        // 'Rajesh Iyer ("the Petitioner") and ...': a term a filing defines.
        const bool defined_term = doc.tokens[t + 1].has(kQuote) || (first == "the"sv && doc.tokens[t + 2].has(kQuote));
        std::uint32_t close = t + 1;
        while (close < s.end_token && close < t + 8 && doc.tokens[close].lower != ")"sv) ++close;
        // "Wahyudi (Deck, AB) and Nurul Hidayah (Laundry), who met": a
        // department, a role or a town in brackets that names no person
        // and no relative ("(the eldest son and heir apparent)").
        auto names_no_person = [&] {
          for (auto k = std::next(mention_it); k != doc.mentions.end() && k->first_token < close; ++k)
            if (k->type == EntityType::Person) return false;
          return std::none_of(doc.tokens.begin() + t + 1, doc.tokens.begin() + std::min(close, s.end_token),
                              [](const Token& w) { return w.is(kChildNoun) || head_word(w).has(kGenderedNoun); });
        };
        if ((maiden || age || (defined_term && close <= t + 5) || names_no_person()) && close < s.end_token &&
            doc.tokens[close].lower == ")"sv) {
          t = close + 1;
          out.slots.back().aside_after = true;
        }
      }
      // "Elodie Garnier, a former architect, married Matthias": an
      // apposition between a subject and its verb says nothing about the
      // verb's relation: one that names no one is passed over; one that
      // does keeps its names, and its closing comma gives the verb its
      // subject again ("Jasper, a friend of the groom, was best man"). "The
      // 71-year-old, known to everyone as Stan, founded ...": an age
      // description takes an apposition as a name does.
      const bool described = m->pronoun && word == "the"sv;
      auto take_apposition = [&](std::uint32_t comma) {
        const bool after_pair = m->first_token >= s.first_token + 2 && doc.tokens[m->first_token - 1].lower == "and"sv &&
                                mention_it != doc.mentions.begin() && std::prev(mention_it)->end_token == m->first_token - 1 &&
                                std::prev(mention_it)->type == EntityType::Person;
        const Apposition apposition = find_apposition(doc, comma, s.end_token, std::next(mention_it), after_pair);
        if (apposition.close == 0) return comma;
        if (apposition.names_someone) {
          apposition_subject = static_cast<int>(out.slots.size() - 1);
          apposition_close = apposition.close;
          return comma;
        }
        out.slots.back().aside_after = true;
        return apposition.close + 1;
      };
      if ((!m->pronoun || described) && m->type == EntityType::Person) t = take_apposition(t);
      // "his daughter, Elodie Pellow, has played keyboards beside him": the
      // comma that closes an apposition to a kin noun stands between the
      // name and its verb. So does it after a role's, before a verb of an
      // act ("Their conductor, Marika Saar, has invited Kristjan", "The
      // club's president, Ann Lee, married Bo Kim"; not "The
      // cinematographer, Tomasz Wrona, has been with her even longer", no
      // romance).
      if (!m->pronoun && m->type == EntityType::Person && t + 1 < s.end_token && doc.tokens[t].lower == ","sv &&
          m->first_token >= s.first_token + 2 && doc.tokens[m->first_token - 1].lower == ","sv) {
        const Token& noun_token = doc.tokens[m->first_token - 2];
        const WordInfo& noun = head_word(noun_token);
        const Token& verb = doc.tokens[t + 1];
        auto acts = [&] {
          if (!noun_token.has(kWord) || noun_token.has(kCapitalized) || !is_auxiliary_or_past(verb)) return false;
          if (!is_auxiliary(verb)) return true;
          const Token* participle = t + 2 < s.end_token ? &doc.tokens[t + 2] : nullptr;
          return (verb.lower == "has"sv || verb.lower == "had"sv) && participle && participle->lower != "been"sv &&
                 !is_auxiliary(*participle) && is_auxiliary_or_past(*participle);
        };
        if (((noun.has(kGenderedNoun) || noun.has(kChildNoun)) && (is_auxiliary_or_past(verb) || verb.is(kSpeechVerb))) ||
            acts()) {
          ++t;
          out.slots.back().aside_after = true;
        }
      }
      // "Ann Lee, 45, married ...": an age after a name says nothing here.
      // "Quorra Bright, 44, the company's chief executive, filed ...": and
      // an apposition after the age.
      // "Julien Bains, 24, whose mother, Odile, ...": the comma after the
      // age stays, for the relative clause to find its name before it.
      // So does it before a relative of someone's: "Gurdev Kaur, 84, Jaswant
      // Gill's mother," (a name of up to three words, or "his", before "'s"),
      // or of a couple's: "Ema Doshi, 6, Blerina and Arben's daughter".
      if (const std::uint32_t close = age_aside_close(doc, t, s.end_token)) {
        auto possessor_after = [&] {
          const std::string_view next = close + 1 < s.end_token ? doc.tokens[close + 1].lower : std::string_view();
          if (next == "his"sv || next == "her"sv || next == "their"sv) return true;
          bool pair = false;
          for (std::uint32_t k = close + 2; k < s.end_token && k <= close + (pair ? 6 : 4); ++k) {
            if (doc.tokens[k].lower == "'s"sv) return doc.tokens[close + 1].has(kCapitalized);
            if (doc.tokens[k].lower == "and"sv && !pair && doc.tokens[k - 1].has(kCapitalized)) {
              pair = true;
              continue;
            }
            if (!doc.tokens[k].has(kCapitalized)) return false;
          }
          return false;
        };
        const bool relative_clause =
            close + 1 < s.end_token && (doc.tokens[close + 1].lower == "who"sv || doc.tokens[close + 1].lower == "whose"sv);
        const bool keeps_comma = relative_clause || (m->type == EntityType::Person && possessor_after());
        t = keeps_comma ? close : close + 1, out.slots.back().aside_after = true;
        if (m->type == EntityType::Person && !keeps_comma) {
          const std::uint32_t comma = t - 1;
          const std::uint32_t past = take_apposition(comma);
          if (past != comma) t = past;
        }
      }
      // "Ana Berg (née Lind) married ...", "Ana, née Lind, married ...",
      // "Sarah Miller, now Sarah Klein, married", "Sarah Klein, formerly
      // Sarah Miller,": her other name (coreference made it hers) says
      // nothing here either.
      const auto next = std::next(mention_it);
      auto introduces_other_name = [](std::string_view w) {
        return w == "née"sv || w == "nee"sv || w == "now"sv || w == "formerly"sv || w == "born"sv;
      };
      // ("Diana Pell, now Lady Marsh,": a title before the other name.)
      const std::uint32_t other_name_at = t + 2 + (t + 3 < s.end_token && doc.tokens[t + 2].is(kHonorific) ? 1 : 0);
      if (t + 2 < s.end_token && (doc.tokens[t].lower == ","sv || doc.tokens[t].lower == "("sv) &&
          introduces_other_name(doc.tokens[t + 1].lower) &&
          next != doc.mentions.end() && next->first_token == other_name_at && next->entity == m->entity) {
        const bool parenthesis = doc.tokens[t].lower == "("sv;
        const std::uint32_t close = next->end_token;
        if (close < s.end_token && doc.tokens[close].lower == (parenthesis ? ")"sv : ","sv)) {
          t = close + 1;
          out.slots.back().aside_after = true;
        } else if (!parenthesis) {
          t = close;
        }
      }
      // "Rupert Grey, 9th Earl of Castlemere, and his wife", "Isobel,
      // Countess of Caverlow, said", "Cordelia, the Duchess,": the person's
      // style in apposition (coreference made it theirs) says nothing here;
      // nor does another name of theirs ("The Earl of Tarrowby, Edmund
      // Vere, has married", "Hilde Sorensen, better known as Mara Vell,").
      auto another_name_word = [](const Token& w) {
        return w.lower == "the"sv || w.has(kNumber) || w.lower == "better"sv || w.lower == "also"sv || w.lower == "known"sv ||
               w.lower == "as"sv;
      };
      if (t + 2 < s.end_token && doc.tokens[t].lower == ","sv && next != doc.mentions.end() && next->entity == m->entity &&
          !next->pronoun && next->first_token > t && next->first_token <= t + 4 &&
          std::all_of(doc.tokens.begin() + t + 1, doc.tokens.begin() + next->first_token, another_name_word)) {
        // Its closing comma goes before the verb or "and" ("Isobel, Countess
        // of Caverlow, said"), and stays before anything else (", Lord
        // Castlemere's mother,", ", who").
        const std::uint32_t close = next->end_token;
        if (close + 1 < s.end_token && doc.tokens[close].lower == ","sv &&
            (doc.tokens[close + 1].lower == "and"sv || starts_main_verb(doc, close + 1, s.end_token))) {
          t = close + 1;
          out.slots.back().aside_after = true;
        } else {
          t = close;
        }
      }
      continue;
    }
    // "the daughter of Mr. and Mrs. Albert Ferris": the society page's name
    // for a couple is the husband's; "Mr. and" stands between the noun and
    // his name.
    if (const std::uint32_t mrs = mrs_after_mr_and(doc, t, s.end_token);
        mrs && mrs + 1 < s.end_token && mention_it != doc.mentions.end() && mention_it->type == EntityType::Person &&
        !mention_it->pronoun && mention_it->first_token == mrs + 1 + (doc.tokens[mrs + 1].lower == "."sv ? 1 : 0)) {
      t = mrs;
      continue;
    }
    // "Roger and Ginette's children are Réjean, who runs the cabane today,
    // and Marie-Claude": a clause of a listed relative that names nobody is
    // passed over with its closing comma, so the list goes on ("P1 , and P2").
    if (doc.tokens[t].lower == "who"sv && t > s.first_token && doc.tokens[t - 1].lower == ","sv && !out.slots.empty()) {
      thread_local const RE2 kListedBefore(
          "\\b(?:children|sons|daughters|kids|grandchildren|parents|siblings|brothers|sisters) (?:are|were|include|"
          "included|:|,) P\\d+ ,$");
      std::uint32_t close = t + 1;
      while (close < s.end_token && close < t + 25 && doc.tokens[close].lower != ","sv) ++close;
      // The clause names nobody, and a person opens the list's next item.
      auto next_item_named = [&] {
        for (auto it = mention_it; it != doc.mentions.end() && it->first_token <= close + 2; ++it) {
          if (it->first_token == close + 2) return it->type == EntityType::Person;
          if (it->type == EntityType::Person && it->first_token > t) return false;
        }
        return false;
      };
      if (close + 2 < s.end_token && doc.tokens[close].lower == ","sv && doc.tokens[close + 1].lower == "and"sv &&
          next_item_named() &&
          RE2::PartialMatch(std::string_view(text, length), kListedBefore)) {
        t = close + 1;
        continue;
      }
    }
    // "Ann Lee, who married ...", "Ann Lee, whose wife ...", "Ann and Bo, who
    // met ...", "Ann and celebrity chef Bo, who started dating ...": the
    // relative pronoun stands for the name(s) before the comma. So it does
    // after an apposition of someone's relative or friend: "Blerina Doshi,
    // Arta's big sister, who married Arben Doshi", "Vjosa, my cousin, who".
    if ((doc.tokens[t].lower == "who"sv || doc.tokens[t].lower == "whose"sv) && t > s.first_token &&
        doc.tokens[t - 1].lower == ","sv && !out.slots.empty()) {
      thread_local const RE2 kNamesBefore("(?:([PG])(\\d+) and (?:[a-z][a-z'-]* ){0,2})?([PG])(\\d+) ,$");
      thread_local const RE2 kRelativeBefore(
          "(?:^| )([PG])(\\d+) , (?:[PG]\\d+ 's|his|her|their|my|our) (?:[a-z][a-z'-]* ){0,2}[a-z][a-z'-]* ,$");
      std::string kind_a, id_a, kind_b, id_b;
      if (RE2::PartialMatch(std::string_view(text, length), kNamesBefore, &kind_a, &id_a, &kind_b, &id_b) ||
          ((doc.tokens[t - 2].is(kGenderedNoun) || doc.tokens[t - 2].lower == "cousin"sv ||
            doc.tokens[t - 2].lower == "friend"sv) &&
           RE2::PartialMatch(std::string_view(text, length), kRelativeBefore, &kind_b, &id_b))) {
        const Slot& b = out.slots[std::stoul(id_b)];
        Slot slot = b;
        slot.relative = doc.tokens[t].lower == "who"sv;  // "whose mother, Odile": its possessor is her child
        if (!id_a.empty() && kind_a == "P" && kind_b == "P") {
          slot.kind = 'G';
          slot.entity = out.slots[std::stoul(id_a)].entity;
          slot.second = b.entity;
        }
        append_slot(slot.kind);
        out.slots.push_back(slot);
        if (doc.tokens[t].lower == "whose"sv) {
          append("'s");
          // "whose mother, Pauline, divorced him", "whose mother, Mr Hart's
          // first wife Pauline, ...": the comma that closes the noun's
          // apposition closes no clause, and the verb is the mother's.
          if (t + 3 < s.end_token && doc.tokens[t + 2].lower == ","sv)
            for (std::uint32_t k = t + 3; k < s.end_token && k < t + 12; ++k)
              if (doc.tokens[k].lower == ","sv) {
                whose_apposition_end = k;
                break;
              }
        }
        relative_subject = static_cast<int>(out.slots.size() - 1);
        if (first_relative < 0 && slot.relative) first_relative = relative_subject;
        ++t;
        continue;
      }
    }
    // "Marguerite Fane, who wrote five plays ..., and who worked with
    // Amberley": a second "who" after "and" is the first one's.
    if (doc.tokens[t].lower == "who"sv && first_relative >= 0 && t > s.first_token && doc.tokens[t - 1].lower == "and"sv) {
      const Slot slot = out.slots[static_cast<std::size_t>(first_relative)];
      append_slot(slot.kind);
      out.slots.push_back(slot);
      relative_subject = static_cast<int>(out.slots.size() - 1);
      ++t;
      continue;
    }
    // "Niall Dempsey, a former special adviser who worked with ...": after
    // an apposition "who" stands for the name it describes.
    if (doc.tokens[t].lower == "who"sv && t > s.first_token && doc.tokens[t - 1].has(kWord) && !out.slots.empty()) {
      thread_local const RE2 kDescribedBefore("(?:^| )[PG](\\d+) , (?:a|an|the) (?:[a-z][a-z'-]* ){0,3}[a-z][a-z'-]*$");
      std::string id;
      if (RE2::PartialMatch(std::string_view(text, length), kDescribedBefore, &id)) {
        Slot slot = out.slots[std::stoul(id)];
        slot.relative = true;
        append_slot(slot.kind);
        out.slots.push_back(slot);
        relative_subject = static_cast<int>(out.slots.size() - 1);
        if (first_relative < 0) first_relative = relative_subject;
        ++t;
        continue;
      }
    }
    // "Morwenna Tait tells me": outside quotation marks the narrator's "me"
    // is the byline's person (an 'A' slot: only the author's own rows read it).
    // The words below are all "the ..." or "me": most tokens are told no once.
    const bool opens_the = doc.tokens[t].lower == "the"sv;
    if (context.author >= 0 && doc.tokens[t].lower == "me"sv && !inside_quotation(t)) {
      append_slot('A');
      out.slots.push_back({'A', context.author, -1, "me"});
      ++t;
      continue;
    }
    if (opens_the && wedding && is_wedding_party_noun(doc, t, s.end_token)) {
      if (const int member = wedding_party_member(doc, doc.tokens[t + 1].lower, *wedding); member >= 0) {
        append_slot('P');
        out.slots.push_back({'P', member, -1, doc.tokens[t + 1].lower});
        t += 2;
        // "The bride, 34, a paediatrician at Korle Bu, is the daughter of":
        // an age and a description that names no one, as after a name.
        std::uint32_t comma = t;
        if (const std::uint32_t close = age_aside_close(doc, t, s.end_token))
          comma = close, t = close + 1, out.slots.back().aside_after = true;
        auto after = mention_it;
        while (after != doc.mentions.end() && after->first_token <= comma) ++after;
        if (const Apposition aside = find_apposition(doc, comma, s.end_token, after, false); aside.close && !aside.names_someone)
          t = aside.close + 1, out.slots.back().aside_after = true;
        continue;
      }
    }
    // "the Fontenots' daughter", "lived next door to the Tuppens": the
    // plural of a surname is the married couple of that name found so far.
    if (opens_the && found && t + 1 < s.end_token && doc.tokens[t + 1].has(kCapitalized) &&
        !(mention_it != doc.mentions.end() && mention_it->first_token == t + 1)) {
      if (const auto couple = couple_named(doc, *found, doc.tokens[t + 1].lower)) {
        append_slot('G');
        out.slots.push_back({'G', couple->first, couple->second, "the family"});
        t += 2;
        if (t < s.end_token && doc.tokens[t].lower == "'"sv) {  // "the Fontenots' daughter"
          append("'s");
          ++t;
        }
        continue;
      }
    }
    if (opens_the && is_group_noun_phrase(doc, t, s.end_token, &group_length)) {
      // "Omar, 12, and Ann, 9, are the couple's children": the couple is
      // named before the people the sentence says are theirs.
      const std::uint32_t after = t + group_length;
      const bool said_to_be_theirs = t > s.first_token && after < s.end_token && doc.tokens[after].has(kClitic) &&
                                     (doc.tokens[t - 1].lower == "are"sv || doc.tokens[t - 1].lower == "were"sv ||
                                      doc.tokens[t - 1].lower == "is"sv || doc.tokens[t - 1].lower == "was"sv);
      auto [a, b] = pair_in_focus(doc, said_to_be_theirs ? s.first_token : t, found);
      // "The pair, Nico Albescu and Petra Lind, met ...", "The couple -
      // the tattoo artist Jade Morrow and the drummer Finn Ashby - married":
      // the two named in apposition are the pair, and their names are
      // passed over.
      std::uint32_t named_pair_end = 0;
      if (const std::uint32_t comma = t + group_length;
          comma + 4 < s.end_token && (doc.tokens[comma].lower == ","sv || doc.tokens[comma].lower == "-"sv)) {
        const std::string_view separator = doc.tokens[comma].lower;
        auto first_named = mention_it;
        while (first_named != doc.mentions.end() && first_named->first_token <= comma) ++first_named;
        const auto second_named = first_named != doc.mentions.end() ? std::next(first_named) : first_named;
        auto person = [&](std::vector<Mention>::const_iterator it) {
          return it != doc.mentions.end() && it->names_one_person();
        };
        // Where a name may start after `from`: at once, or after a role
        // ("the tattoo artist"): an article, up to two modifiers and a role
        // noun ("the son of Tom Lee" is someone else's description).
        auto named_after = [&](std::uint32_t from, std::uint32_t name) {
          if (name == from) return true;
          const std::string_view article = doc.tokens[from].lower;
          if (name - from > 4 || name - from < 2 || !(article == "the"sv || article == "a"sv || article == "an"sv) ||
              !head_word(doc.tokens[name - 1]).has(kRoleNoun))
            return false;
          for (std::uint32_t k = from + 1; k < name; ++k)
            if (!doc.tokens[k].has(kWord) || doc.tokens[k].has(kCapitalized)) return false;
          return true;
        };
        if (person(first_named) && person(second_named) && named_after(comma + 1, first_named->first_token) &&
            doc.tokens[first_named->end_token].lower == "and"sv &&
            named_after(first_named->end_token + 1, second_named->first_token) &&
            second_named->end_token < s.end_token && doc.tokens[second_named->end_token].lower == separator &&
            first_named->entity != second_named->entity) {
          a = first_named->entity;
          b = second_named->entity;
          named_pair_end = second_named->end_token + 1;
        }
      }
      // "The pair have two daughters, Mila and Ava. The couple met in
      // 2014": two people found to be family are no couple; a sentence
      // that opens with the couple (no adjective: "the former couple" is
      // one just named) is then about the wedding couple.
      // "the newly engaged pair", "the newly married couple": the latest
      // pair found so.
      const std::string_view participle = group_length == 4 ? doc.tokens[t + 2].lower : std::string_view();
      const std::optional<Relation> newly = participle == "engaged"sv ? std::optional(Relation::Engaged)
                                            : participle == "married"sv || participle == "wed"sv ? std::optional(Relation::Married)
                                                                                                 : std::nullopt;
      if (named_pair_end) {
        // named in apposition: no other couple
      } else if (const auto pair = newly && found ? latest_pair_of(*found, *newly) : std::nullopt) {
        std::tie(a, b) = *pair;
      } else if (wedding && t == s.first_token && is_couple_noun(doc.tokens[t + 1].lower) && found &&
                 (are_family(*found, a, b) || (context.wedding_report && doc.tokens[t].has(kParagraphStart)))) {
        a = wedding->source;
        b = wedding->target;
      } else if (found && is_couple_noun(doc.tokens[t + group_length - 1].lower)) {
        if (auto couple = couple_instead(*found, wedding, a, b)) std::tie(a, b) = *couple;
        else if (auto pair = pair_instead_of_partnered(doc, t, *found, a, b)) std::tie(a, b) = *pair;
      } else if (found && is_sibling_pair_noun(doc.tokens[t + group_length - 1].lower)) {
        // "JP formed the band with his sister, Inês, and the drummer Rui.
        // The siblings are ...": the latest siblings found, not the last two named.
        // Else two named last who share a surname ("Cillian and Aoife Brennock").
        if (auto siblings = latest_pair_of(*found, Relation::SiblingOf)) std::tie(a, b) = *siblings;
        else if (a >= 0 && b >= 0 && !share_surname(doc, a, b)) a = b = -1;
      } else if (found) {
        if (auto couple = couple_instead_of_family(doc, s, *found, a, b)) std::tie(a, b) = *couple;
      }
      if (a >= 0 && b >= 0) {
        // "The newlyweds, Aaron Feld and Maya Rosen,", "The siblings, ...":
        // a noun that says what the two named are stays before them.
        if (const std::string_view noun = doc.tokens[t + group_length - 1].lower;
            named_pair_end && (noun == "newlyweds"sv || noun == "siblings"sv || noun == "twins"sv))
          append(noun);
        append_slot('G');
        out.slots.push_back({'G', a, b, "the couple"});
        // "The two stars began dating, married in 2000 and divorced in
        // 2009": the pair opening the clause is the subject of its later verbs.
        const std::uint32_t after = named_pair_end ? named_pair_end : t + group_length;
        if ((t == s.first_token || doc.tokens[t - 1].lower == ":"sv) && after < s.end_token &&
            doc.tokens[after].lower != "'s"sv && doc.tokens[after].lower != "and"sv)
          sentence_subject = static_cast<int>(out.slots.size() - 1);
        t = after;
        continue;
      }
    }
    // "The couple's son, chat-show host Jolyon Fennimore": after a comma,
    // a role before a name only describes the person named.
    if (t > s.first_token && doc.tokens[t - 1].lower == ","sv && mention_it != doc.mentions.end() &&
        mention_it->type == EntityType::Person && !mention_it->pronoun && mention_it->first_token > t &&
        mention_it->first_token <= t + 3) {
      bool role_words = true;
      for (std::uint32_t k = t; k < mention_it->first_token && role_words; ++k)
        role_words = doc.tokens[k].has(kWord) && !doc.tokens[k].has(kCapitalized) && !doc.tokens[k].is(kFunctionWord);
      if (role_words && head_word(doc.tokens[mention_it->first_token - 1]).has(kRoleNoun)) {
        t = mention_it->first_token;
        continue;
      }
    }
    // 'José Ignacio Benavides Erazo, "Chepe", and Antonio ..., are
    // half-brothers', 'Ann Lee, "Annie", married Bo Kim': the nickname in
    // quotation marks after a name is that name again (coreference joined
    // them); it and its commas say nothing, but a comma before a name of a
    // list stays.
    if (doc.tokens[t].lower == ","sv && out.last_slot.kind == 'P' && out.last_slot.end_token == t && t + 4 < s.end_token &&
        doc.tokens[t + 1].has(kQuote) && mention_it != doc.mentions.end() && mention_it->first_token == t + 2 &&
        mention_it->type == EntityType::Person && !out.slots.empty() && mention_it->entity == out.slots.back().entity &&
        mention_it->end_token + 1 < s.end_token && doc.tokens[mention_it->end_token].has(kQuote) &&
        doc.tokens[mention_it->end_token + 1].lower == ","sv) {
      const std::uint32_t comma = mention_it->end_token + 1;
      const bool list_goes_on = comma + 1 < s.end_token && doc.tokens[comma + 1].has(kCapitalized);
      t = list_goes_on ? comma : comma + 1;
      ++mention_it;
      out.slots.back().aside_after = true;
      continue;
    }
    // "the show's writer, Aled Moyle, is Gareth's brother": the comma that
    // closes a name in apposition stands between no subject and its verb.
    if (doc.tokens[t].lower == ","sv && out.last_slot.kind == 'P' && out.last_slot.end_token == t &&
        out.last_slot.first_token > s.first_token + 1 && doc.tokens[out.last_slot.first_token - 1].lower == ","sv &&
        t + 1 < s.end_token && (doc.tokens[t + 1].lower == "is"sv || doc.tokens[t + 1].lower == "was"sv) &&
        doc.tokens[out.last_slot.first_token - 2].lower != "and"sv) {
      ++t;
      continue;
    }
    // "Aunty Huia and Uncle Tame celebrated ...": a kin title written before
    // a name is part of it (the entity finder leaves it out of the name).
    if (is_kin_title(doc.tokens[t]) && mention_it != doc.mentions.end() &&
        mention_it->first_token == t + 1 && mention_it->type == EntityType::Person && !mention_it->pronoun) {
      ++t;
      continue;
    }
    // "Ida was, for two summers, his lover": an aside between a copula and
    // its complement that names no one says nothing of the relation; nor
    // does a one-word one after an auxiliary ("Toomas is, however, dating
    // Kadri", "had, indeed, married").
    if (doc.tokens[t].lower == ","sv && t > s.first_token && t + 3 < s.end_token &&
        (doc.tokens[t + 1].is(kPreposition) || doc.tokens[t + 1].is(kAdverb) ||
         (doc.tokens[t + 1].is(kFunctionWord) && doc.tokens[t + 2].lower == ","sv && doc.tokens[t + 1].lower != "not"sv &&
          doc.tokens[t + 1].lower != "never"sv))) {
      const std::string_view copula = doc.tokens[t - 1].lower;
      if (copula == "is"sv || copula == "was"sv || copula == "are"sv || copula == "were"sv || copula == "has"sv ||
          copula == "had"sv || copula == "have"sv) {
        std::uint32_t close = t + 2;
        while (close < s.end_token && close < t + 7 && doc.tokens[close].has(kWord) && !doc.tokens[close].has(kCapitalized)) ++close;
        const bool names_no_one = mention_it == doc.mentions.end() || mention_it->first_token > close;
        if (close < s.end_token && close + 1 < s.end_token && doc.tokens[close].lower == ","sv && names_no_one) {
          t = close + 1;
          continue;
        }
      }
    }
    out.plain_at[t - s.first_token] = static_cast<std::uint32_t>(length);
    std::string_view word = doc.tokens[t].has(kClitic) ? spelled_out_clitic(doc, t, s.end_token) : doc.tokens[t].lower;
    // "Pharasmanes' son Rhadamistus": a bare apostrophe closing a name in
    // "s" (not quoted) before a lower-case word is its possessive.
    if (word == "'"sv && out.last_slot.end_token == t && (out.last_slot.kind == 'P' || out.last_slot.kind == 'G') &&
        !doc.tokens[t].has(kSpaceBefore) && doc.tokens[t - 1].lower.ends_with('s') && t + 1 < s.end_token &&
        doc.tokens[t + 1].has(kWord) && !doc.tokens[t + 1].has(kCapitalized) &&
        !(out.last_slot.first_token > s.first_token && doc.tokens[out.last_slot.first_token - 1].lower == "'"sv))
      word = "'s"sv;
    if (context.historical_present && (out.last_slot.kind == 'P' || out.last_slot.kind == 'G') &&
        (out.last_slot.end_token == t || (out.last_slot.end_token + 1 == t && doc.tokens[t - 1].is(kAdverb))))
      if (std::string_view past = RelationPatterns::get().past_tense(word); !past.empty()) word = past;
    append(word);
    // "Bryony grew up on a farm and has been best friends with Meinir": a
    // second verb joined by "and" has the sentence's subject too; inside a
    // relative clause, the clause's ("Gareth, who was best man and has
    // worked with him, ...").
    const int coordinated_subject = relative_subject >= 0 ? relative_subject : sentence_subject;
    if (doc.tokens[t].lower == "and"sv && (mention_it == doc.mentions.end() || mention_it->first_token != t + 1)) {
      // A verb in the past, or a third person's present ("marries",
      // "dethrones"; a noun in "s" before a name is a role: "his sons Tom").
      const auto names_verb = [&](std::uint32_t at, bool known) {
        if (at >= s.end_token) return false;
        const Token& w = doc.tokens[at];
        if (opens_coordinated_verb(doc, at, s.end_token)) return true;
        if (!w.has(kWord) || w.has(kCapitalized) || !w.lower.ends_with('s') || w.lower == "is"sv) return false;
        if (known) return !RelationPatterns::get().past_tense(w.lower).empty();
        return !w.is(kFunctionWord) && !w.is(kPreposition) && !w.is(kAdverb) && !w.is(kRoleNoun) &&
               !head_word(w).has(kGenderedNoun) && !w.is(kChildNoun);
      };
      // A place or work just before the "and" coordinates no person with it
      // ("runs a studio in Brennock and is married to ...").
      const bool names_before_and = out.last_slot.end_token == t && out.last_slot.kind != 'L' && out.last_slot.kind != 'O' &&
                                    out.last_slot.kind != 'W' && out.last_slot.kind != 'E';
      // "and in 2008 married Rafferty": the subject goes after the year.
      const bool year_first = t + 3 < s.end_token && doc.tokens[t + 1].lower == "in"sv && doc.tokens[t + 2].has(kNumber);
      const std::uint32_t verb_at = year_first ? t + 3 : t + 1;
      // Nor is a person who is the object of a verb the next verb's subject
      // ("Chandragupta dethrones Ramagupta and marries Dhruvadevi"): a ";"
      // stands for the "and", which no pattern reads a pair across, and the
      // sentence's subject, if known, is given again after it.
      const bool object_before_verb = names_before_and && out.last_slot.kind == 'P' && out.last_slot.first_token > s.first_token &&
                                      names_verb(out.last_slot.first_token - 1, false) &&
                                      !is_auxiliary(doc.tokens[out.last_slot.first_token - 1]) && names_verb(verb_at, true);
      if (object_before_verb) {
        length -= "and"sv.size();
        text[length++] = ';';
      }
      const bool lends = names_before_and ? object_before_verb : opens_coordinated_verb(doc, verb_at, s.end_token);
      if (coordinated_subject >= 0 && lends) {
        if (year_first) {
          subject_after_year = coordinated_subject;
          subject_after_year_at = t + 2;
        } else {
          give_subject_again(coordinated_subject);
        }
      }
    }
    if (subject_after_year >= 0 && t == subject_after_year_at) {
      give_subject_again(subject_after_year);
      subject_after_year = -1;
    }
    if (apposition_subject >= 0 && t == apposition_close) {
      give_subject_again(apposition_subject);
      apposition_subject = -1;
    }
    // "Ann Lee, who won the title in 1990, married Bo": the comma that closes
    // the relative clause gives the main verb its subject again.
    // ("Burak and Defne, who play siblings, are husband and wife": a pair's verb.)
    if (relative_subject >= 0 && doc.tokens[t].lower == ","sv && t + 1 < s.end_token && t != whose_apposition_end &&
        (starts_main_verb(doc, t + 1, s.end_token) ||
         (out.slots[static_cast<std::size_t>(relative_subject)].kind == 'G' &&
          (doc.tokens[t + 1].lower == "are"sv || doc.tokens[t + 1].lower == "were"sv)))) {
      give_subject_again(relative_subject);
      relative_subject = -1;
    }
    ++t;
  }
  assert(length <= out.text.size());
  out.text.resize(length);
}

// "Had Ann married Bo, ...": the whole sentence is hypothetical.
bool is_inverted_conditional(std::string_view tagged) {
  static constexpr std::string_view kInverting[] = {"had", "were", "should"};
  thread_local const RE2 kInvertedConditional([] {
    std::string words;
    for (std::string_view w : kInverting) (words += words.empty() ? "" : "|") += w;
    return "^(?:" + words + ") [PG]\\d+ ";
  }());
  // A quotation may open the sentence: '"Had Ann married Bo, ..." he said'.
  if (tagged.starts_with("\" "sv) || tagged.starts_with("' "sv)) tagged.remove_prefix(2);
  // Most sentences open with another word: told so without a call to RE2.
  const std::string_view first = tagged.substr(0, tagged.find(' '));
  if (std::find(std::begin(kInverting), std::end(kInverting), first) == std::end(kInverting)) return false;
  return RE2::PartialMatch(tagged, kInvertedConditional);
}

// "... were dating, but he has denied it", "..., though both deny the
// rumours": a later clause of the sentence takes the statement back. The
// denial must be of this: "denied it", "deny the rumours", "denied that
// they ...", "denied that he is in a relationship", not "denied reports of
// a split" or "denied that he had cheated".
bool denied_after(std::string_view rest) {
  thread_local const RE2 kDenial(
      "\\b(?:but|though|although|however) (?:.* )?(?:denied|denies|deny|denying)"
      "(?:$| [.!,;]| (?:it|this|they|any)\\b| that (?:G\\d+|they|the (?:pair|couple|two))\\b|"
      " that P\\d+ (?:[a-z]+ ){0,4}?(?:relationship|dating|dated|together|engaged|married|romance|affair|involved)\\b|"
      " (?:the )?(?:rumou?rs|reports|claims|story|speculation)(?:$| [^o]| o[^f]))|"
      // "reports that the two were dating were denied by ...", "rumours of a
      // romance between A and her co-star B were dismissed by both": the
      // report's own verb (not "was denied bail", nor a person "was
      // dismissed by the club").
      "^ (?:were|have been|had been) (?:(?:firmly|strongly|flatly|swiftly|quickly|later|since|both|all) )?"
      "(?:denied|dismissed|rejected)(?: by\\b| [.,;]|$)|"
      "^ (?:was|has been) (?:(?:firmly|strongly|flatly|swiftly|quickly|later|since) )?denied(?: by\\b| [.,;]|$)|"
      // "She and my father met on the boat, if you believe her": the
      // teller's doubt right after the clause.
      "^(?: (?:[a-z0-9]+|[LOE]\\d+)){0,6} , (?:if you believe|or so (?:she|he|they|[PG]\\d+) (?:says|said|claims|claimed))\\b");
  return RE2::PartialMatch(rest, kDenial);
}

// Where the report noun ("reports", "rumours") opens the "that" clause that
// ends `clause` ("denied reports that", "rumours had circulated among the
// aunties that"), at the clause's start or after a space; npos if none.
// The "that" must belong to the report: not "dismissed reports of a rift
// and announced that he is engaged" (no "and", "but" or comma between).
template <std::size_t N>
std::size_t report_of_that_clause(std::string_view clause, const std::string_view (&nouns)[N]) {
  const std::size_t that = clause.rfind(" that ");
  if (that == std::string_view::npos) return std::string_view::npos;
  std::size_t report = std::string_view::npos;
  for (std::string_view word : nouns) {
    std::size_t at = clause.rfind(word, that);
    if (at == std::string_view::npos && clause.starts_with(word.substr(1))) at = 0;
    if (at != std::string_view::npos && (report == std::string_view::npos || at > report)) report = at;
  }
  if (report == std::string_view::npos) return std::string_view::npos;
  const std::string_view between = clause.substr(report, that - report);
  if (between.find(" and ") != std::string_view::npos || between.find(" but ") != std::string_view::npos ||
      between.find(" , ") != std::string_view::npos)
    return std::string_view::npos;
  return report;
}

// "He has denied recent reports in the foreign press that he is engaged to
// X": the match follows "that" after a denial of reports in its clause
// (which may be longer than the window the hedge cues are looked for in).
bool denied_report_before(std::string_view clause) {
  static constexpr std::string_view kReports[] = {" reports ", " claims ", " rumours ", " rumors ", " suggestions ", " speculation "};
  const std::size_t report = report_of_that_clause(clause, kReports);
  if (report == std::string_view::npos) return false;
  const std::string_view before = clause.substr(0, report + 1);
  static constexpr std::string_view kDenials[] = {" denied ", " denies ", " deny ", " dismissed ", " dismisses ", " rejected ", " rejects "};
  return std::any_of(std::begin(kDenials), std::end(kDenials), [&](std::string_view w) {
    return before.find(w) != std::string_view::npos || before.starts_with(w.substr(1));  // or opening the clause
  });
}

// "Rumours had circulated among the aunties that P1 was engaged to P2": what
// a rumour's "that" clause says, however far the rumour is from it. (Its
// nouns are taken as given: "whispers that Kieran's ex, Saskia, had ...".)
bool rumoured_before(std::string_view clause) {
  // (Reports and claims too, as "reports that" is a hedge: "Reports in an
  // Amharic-language weekly in 2014 that she had secretly married ...".)
  static constexpr std::string_view kRumours[] = {" rumours ", " rumors ", " rumour ", " rumor ", " speculation ", " gossip ",
                                                  " whispers ", " reports ", " claims "};
  return report_of_that_clause(clause, kRumours) != std::string_view::npos;
}

// Whether the slot `slot` of `tagged` opens a second party after ", and"
// and is described as someone's child: ", and P3 , daughter of", ", and P3 ,
// the younger son of" (not "P1 and P2 , daughter of P3": a second parent).
bool described_as_child(std::string_view tagged, re2::StringPiece slot) {
  if (slot.data() == nullptr) return false;
  const auto begin = static_cast<std::size_t>(slot.data() - tagged.data());
  if (!tagged.substr(0, begin).ends_with(" , and "sv)) return false;
  thread_local const RE2 kChildOf("^ , (?:the )?(?:[a-z]+ )?(?:daughter|son|child) of ");
  return RE2::PartialMatch(tagged.substr(begin + slot.size()), kChildOf);
}

// "Armen Hakobyan, husband of Gayane, father of Davit and Ani": the one
// named after a spouse's noun is not who the list after it describes.
// (A test on the text before a match, not a look-behind in the pattern:
// that would cost the pattern its literal start, which RE2 skips ahead by.)
bool named_as_spouse(std::string_view tagged, re2::StringPiece slot) {
  if (slot.data() == nullptr) return false;
  const std::string_view before = tagged.substr(0, static_cast<std::size_t>(slot.data() - tagged.data()));
  return before.ends_with(" husband of "sv) || before.ends_with(" wife of "sv) || before.ends_with(" widow of "sv) ||
         before.ends_with(" widower of "sv);
}

// "Lara was his girlfriend in the film", "On stage, Lara was his lover",
// "On screen they are married", "The play follows Ingeborg ... and her
// brother Anders": a couple or a family in a story, not theirs
// (who worked "in the sitcom" did so for real).
bool told_of_a_story(std::string_view tagged, std::size_t match_begin, std::size_t match_end) {
  static constexpr std::string_view kFictions[] = {"film", "movie", "series", "show", "play", "drama", "musical", "episode",
                                                   "sitcom", "soap", "novel"};
  // (A match may end on the character after its last word.)
  const std::size_t in_the = tagged.substr(0, match_end + 8).find(" in the ", match_end > 2 ? match_end - 2 : 0);
  if (in_the != std::string_view::npos && in_the <= match_end) {
    const std::string_view rest = tagged.substr(in_the + 8);
    if (std::find(std::begin(kFictions), std::end(kFictions), rest.substr(0, rest.find(' '))) != std::end(kFictions)) return true;
  }
  const std::string_view opening = tagged.substr(0, std::min<std::size_t>(match_begin, 24));
  if (opening.starts_with("on stage , "sv) || opening.starts_with("on screen , "sv) ||
      opening.starts_with("on-screen , "sv) || opening.starts_with("on screen "sv))
    return true;
  // "The play follows Ingeborg, a young widow, and her brother Anders".
  if (!tagged.starts_with("the "sv)) return false;
  const std::string_view after_the = tagged.substr(4);
  const std::size_t space = after_the.find(' ');
  return space != std::string_view::npos && 4 + space + 9 <= match_begin &&
         std::find(std::begin(kFictions), std::end(kFictions), after_the.substr(0, space)) != std::end(kFictions) &&
         after_the.substr(space).starts_with(" follows "sv);
}

// Whether a match is stated as fact: no negation, modal or hedge in the
// clause before it or in the match itself, and no denial after it.
bool asserted(const std::string& tagged, std::size_t match_begin, std::size_t match_end, bool nominal) {
  // The clause before the match (back to a comma, a colon, a semicolon or
  // the start) and the match itself: "The chemistry is no accident: the two
  // stars began dating" asserts what follows the colon.
  // A clause that opens more than 200 bytes back is not read for a denial,
  // so no further look back is needed: a sentence of thousands of names and
  // no comma is read in time linear in its length, not quadratic.
  constexpr std::size_t kLongestClause = 200;
  const std::size_t lowest = match_begin > kLongestClause + 3 ? match_begin - (kLongestClause + 3) : 0;
  std::size_t clause = lowest > 0 ? match_begin - (kLongestClause + 1) : 0;
  if (tagged.size() >= 3)
    for (std::size_t at = std::min(match_begin, tagged.size() - 3) + 1; at-- > lowest;)
      if (tagged[at] == ' ' && tagged[at + 2] == ' ' && (tagged[at + 1] == ',' || tagged[at + 1] == ':' || tagged[at + 1] == ';')) {
        clause = at + 3;
        break;
      }
  if (match_begin > clause && match_begin - clause <= kLongestClause &&
      (denied_report_before(std::string_view(tagged).substr(clause, match_begin - clause)) ||
       (!nominal && rumoured_before(std::string_view(tagged).substr(clause, match_begin - clause)))))
    return false;
  if (match_begin > clause + 40) clause = match_begin - 40;
  const std::size_t near_before = clause;
  // "he's my work husband": a colleague, not a spouse.
  const std::string_view match = std::string_view(tagged).substr(match_begin, match_end - match_begin);
  if (match.find("work husband") != std::string_view::npos || match.find("work wife") != std::string_view::npos)
    return false;
  // "Nor, I must add, was Harriet ever engaged to ...": an auxiliary before
  // the subject and "ever" after it is the inversion after a negation.
  if (const std::size_t slot_end = match.find(' ');
      slot_end != std::string_view::npos && match.substr(slot_end).starts_with(" ever "sv)) {
    static constexpr std::string_view kInverted[] = {" was ", " were ", " is ", " are ", " has ", " have ", " had ", " did "};
    const std::string_view before = std::string_view(tagged).substr(0, match_begin);
    if (std::any_of(std::begin(kInverted), std::end(kInverted),
                    [&](std::string_view aux) { return before.ends_with(aux) || before == aux.substr(1); }))
      return false;
  }
  // 'spoke about "when Rolando and Itzel get married"', "until they get
  // engaged": the base form after a conjunction of time is yet to come.
  // (The word before the match first: most matches follow none of these,
  // and the match is not searched for them.)
  {
    const std::string_view before = std::string_view(tagged).substr(0, match_begin);
    for (std::string_view conjunction : {"when "sv, "once "sv, "until "sv, "till "sv, "before "sv, "after "sv})
      if ((before == conjunction || (before.ends_with(conjunction) && before[before.size() - conjunction.size() - 1] == ' ')) &&
          (match.find(" get married") != std::string_view::npos || match.find(" get engaged") != std::string_view::npos ||
           match.find(" get hitched") != std::string_view::npos))
        return false;
  }
  // "You were never my wife": a noun phrase negated by the word before it.
  if (nominal) {
    const std::string_view before = std::string_view(tagged).substr(0, match_begin);
    if (before.ends_with(" not ") || before.ends_with(" never ") || before == "not " || before == "never ") return false;
    // "speculation about Brennick 's relationship with ...", "rumours of
    // their engagement": a hedge's noun right before the phrase.
    for (std::string_view linker : {" about "sv, " of "sv, " over "sv})
      if (before.ends_with(linker)) {
        const std::string_view head = before.substr(0, before.size() - linker.size());
        const std::size_t space = head.rfind(' ');
        if (has_hedge_cue(head.substr(space == std::string_view::npos ? 0 : space + 1))) return false;
      }
    clause = match_begin;
  }
  if (has_hedge_cue(std::string_view(tagged.data() + clause, match_end - clause))) return false;
  // "She plays the daughter of Tom Reed", "played Bo's wife": a part in a
  // film or a play, not a family (when the match holds the part's noun).
  // The verbs of playing a part; the inflected ones first (a match opening
  // on or running across the part, below, is told by those).
  static constexpr std::string_view kPlayVerbs[] = {"plays",   "played",     "playing", "portrays",
                                                    "portrayed", "portraying", "play",    "portray"};
  static constexpr std::size_t kInflectedPlayVerbs = 6;
  thread_local const RE2 kPlaysAPart([] {
    std::string verbs;
    for (std::string_view v : kPlayVerbs) (verbs += verbs.empty() ? "" : "|") += v;
    return "(\\b(?:" + verbs + ") (?:the |a |an |[PG]\\d+ 's )?"
           "(?:[a-z][a-z'-]* ){0,2}?(?:daughter|son|mother|father|wife|husband|sister|brother|girlfriend|boyfriend|"
           "fiancee?|widow|widower|lover|mum|dad|grandmother|grandfather))\\b";
  }());
  const std::string_view near(tagged.data() + near_before, match_end - near_before);
  if (re2::StringPiece part; (near.find("play") != std::string_view::npos || near.find("portray") != std::string_view::npos) &&
                             RE2::PartialMatch(near, kPlaysAPart, &part) &&
                             static_cast<std::size_t>(part.data() + part.size() - tagged.data()) > match_begin)
    return false;
  // "Gong Tae-oh plays Cha Woo-seok, Woo-jin's scheming older brother": a
  // match that opens on the part someone plays is about the part.
  // So is one that runs across it: "X portrays Han Do-yun, the scheming brother of Y".
  const std::string_view before_match = std::string_view(tagged).substr(0, match_begin);
  auto plays_a_part = [&](std::string_view verb) {
    const std::size_t n = verb.size();
    if (before_match.size() > n && before_match.back() == ' ' && before_match.substr(0, before_match.size() - 1).ends_with(verb))
      return true;
    for (std::size_t at = match.find(verb); at != std::string_view::npos; at = match.find(verb, at + 1))
      if (at > 0 && match[at - 1] == ' ' && at + n + 1 < match.size() && match[at + n] == ' ' && match[at + n + 1] == 'P')
        return true;
    return false;
  };
  if (std::any_of(std::begin(kPlayVerbs), std::begin(kPlayVerbs) + kInflectedPlayVerbs, plays_a_part)) return false;
  // The next 240 bytes: a denial further off is about something else, and
  // a sentence of many matches is not read to its end for each.
  return !denied_after(std::string_view(tagged).substr(match_end, 240));
}

// "How they met", "Why they split": an explainer's subhead, a short line of
// its own without a stop, opened by a question word, whose only capital
// opens it. Its pronouns stand for no one in particular.
bool is_pronoun_subhead(const Document& doc, const Sentence& s) {
  static constexpr std::string_view kQuestionWords[] = {"how", "why", "what", "when", "where", "who"};
  if (s.end_token - s.first_token > 6 || s.end_token >= doc.tokens.size() || !doc.tokens[s.first_token].has(kLineStart) ||
      !doc.tokens[s.end_token].has(kLineStart) || !doc.tokens[s.end_token - 1].has(kWord) ||
      std::find(std::begin(kQuestionWords), std::end(kQuestionWords), doc.tokens[s.first_token].lower) == std::end(kQuestionWords))
    return false;
  for (std::uint32_t t = s.first_token + 1; t < s.end_token; ++t)
    if (doc.tokens[t].has(kCapitalized)) return false;
  return true;
}

// "... at their wedding in 1994. Photo courtesy of her brother, Declan
// Calloway.": a caption's credit names who took or lent the picture, not a
// relative of anyone in it.
bool is_photo_credit(const Document& doc, const Sentence& s) {
  if (s.end_token - s.first_token < 3) return false;
  const std::string_view noun = doc.tokens[s.first_token].lower;
  if (noun != "photo"sv && noun != "photograph"sv && noun != "picture"sv && noun != "image"sv && noun != "photos"sv &&
      noun != "pictures"sv && noun != "images"sv)
    return false;
  const std::string_view next = doc.tokens[s.first_token + 1].lower;
  return next == "courtesy"sv || next == "by"sv || next == "credit"sv || next == ":"sv;
}

bool is_question(const Document& doc, const Sentence& s) {
  for (std::uint32_t t = s.end_token; t-- > s.first_token;) {
    const Token& tok = doc.tokens[t];
    if (tok.has(kQuote) || tok.lower == ")"sv) continue;
    return tok.lower == "?"sv;
  }
  return false;
}

// A place right after the relation's words: "married in Florence , Italy".
std::string find_place(const Tagged& tagged, std::size_t from, std::size_t to) {
  thread_local const RE2 kPlace("\\b(?:in|at) L(\\d+)(?: , L(\\d+))?");
  std::string_view rest(tagged.text);
  to = std::max(to, from);  // a clause that starts after the match ("her husband ... were married in L3")
  rest = rest.substr(from, std::min(rest.size(), to + 40) - from);
  // A place is a location's slot, "L" and its number: most windows have
  // none and need no RE2 call.
  auto has_slot = [&](std::string_view kind) {
    for (std::size_t at = rest.find(kind); at != std::string_view::npos; at = rest.find(kind, at + 1))
      if (at + 2 < rest.size() && rest[at + 2] >= '0' && rest[at + 2] <= '9') return true;
    return false;
  };
  std::string first, second;
  if (!has_slot(" L") || !RE2::PartialMatch(rest, kPlace, &first, &second)) {
    // "met at Durham University", "married at the Savoy": an organisation
    // after "at" is where, when no location is named.
    thread_local const RE2 kOrganisation("\\bat (?:the )?O(\\d+)\\b");
    if (!has_slot(" O") || !RE2::PartialMatch(rest, kOrganisation, &first)) return {};
    return std::string(tagged.slots[std::stoul(first)].text);
  }
  std::string place(tagged.slots[std::stoul(first)].text);
  if (!second.empty()) {
    place += ", ";
    place += tagged.slots[std::stoul(second)].text;
  }
  return place;
}

// Calls visit(slot) for each person or pair slot ("P3", "G0") of a piece of
// tagged text, in order.
template <typename Visit>
void for_each_person_slot(std::string_view text, Visit visit) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if ((text[at] != 'P' && text[at] != 'G' && text[at] != 'A') || (at > 0 && text[at - 1] != ' ')) continue;
    std::size_t digits = at + 1;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == at + 1) continue;
    visit(text.substr(at, digits - at));
    at = digits - 1;
  }
}

// The next match of a pattern at or after `from`, with caps[0] the match
// and caps[k] its group k.
bool next_match(const RelationPattern& p, re2::StringPiece text, std::size_t from, std::vector<re2::StringPiece>& caps) {
  const int groups = static_cast<int>(caps.size()) - 1;
  if (!p.slots_in_order) return p.regex->Match(text, from, text.size(), RE2::UNANCHORED, caps.data(), groups + 1);
  if (!p.regex->Match(text, from, text.size(), RE2::UNANCHORED, caps.data(), 1)) return false;
  // Group k is the match's k-th slot (slot_captures.h).
  int group = 0;
  for_each_person_slot(std::string_view(caps[0].data(), caps[0].size()), [&](std::string_view slot) {
    if (++group <= groups) caps[static_cast<std::size_t>(group)] = re2::StringPiece(slot.data(), slot.size());
  });
  if (group == groups) return true;
  // Not the promised shape (it cannot happen with the tagger's slots): ask RE2.
  return p.regex->Match(text, from, text.size(), RE2::UNANCHORED, caps.data(), groups + 1);
}

// The slot a name of the tagged text stands for ("P3" is slots[3]), or
// nullptr if the name is no slot's.
const Slot* slot_named(const Tagged& tagged, std::string_view name) {
  std::size_t index = 0;
  if (name.size() < 2 || std::from_chars(name.data() + 1, name.data() + name.size(), index).ec != std::errc() ||
      index >= tagged.slots.size())
    return nullptr;
  return &tagged.slots[index];
}

// The people of a list "P0 , P1 , " that runs from the sentence's start
// (or a colon) up to the match's capture `slot`, where its last two are
// named ("P0 , P1 , P2 and P3 have played together"); empty if the text
// before `slot` is no such list.
std::vector<int> list_opening_before(const Tagged& tagged, re2::StringPiece slot) {
  std::string_view before =
      std::string_view(tagged.text).substr(0, static_cast<std::size_t>(slot.data() - tagged.text.data()));
  if (const std::size_t colon = before.rfind(" : "); colon != std::string_view::npos) before.remove_prefix(colon + 3);
  std::vector<int> people;
  while (!before.empty()) {
    const std::size_t space = before.find(' ');
    if (space == std::string_view::npos || before.substr(space, 3) != " , "sv) return {};
    const Slot* slot = before[0] == 'P' ? slot_named(tagged, before.substr(0, space)) : nullptr;
    if (!slot || slot->entity < 0) return {};
    people.push_back(slot->entity);
    before.remove_prefix(space + 3);
  }
  return people;
}

// "Ann, the daughter of Tom, and her husband, Bo": the entity a person
// named at `at` is introduced as the spouse of ("her": Ann), or -1.
int spouse_possessor_before(const Tagged& tagged, std::size_t at) {
  thread_local const RE2 kSpouseBefore("([PG]\\d+) 's (?:[a-z][a-z'-]* )?(?:husband|wife)(?: ,)? (?:the )?$");
  constexpr std::size_t kReach = 64;  // past "P12 's second husband , the "
  const std::size_t from = at > kReach ? at - kReach : 0;
  re2::StringPiece possessor;
  if (!RE2::PartialMatch(re2::StringPiece(tagged.text.data() + from, at - from), kSpouseBefore, &possessor)) return -1;
  const Slot* slot = slot_named(tagged, std::string_view(possessor.data(), possessor.size()));
  return slot ? slot->entity : -1;
}

// The slots a list introduced by a colon goes on to name after `from`, one
// per item, items separated by semicolons: "three children: P1, a junior
// doctor at L2; P3, who is engaged to P4; and P5" gives P3 and P5 (P4 is
// in an item's description). Each as its slot name ("P3").
template <typename Visit>
void for_each_later_list_item(std::string_view text, std::size_t from, Visit visit) {
  for (std::size_t semicolon = text.find(" ; ", from); semicolon != std::string_view::npos;
       semicolon = text.find(" ; ", semicolon + 3)) {
    std::string_view item = text.substr(semicolon + 3);
    if (item.starts_with("and ")) item.remove_prefix(4);
    std::size_t digits = 1;
    while (digits < item.size() && item[digits] >= '0' && item[digits] <= '9') ++digits;
    if (item.empty() || item[0] != 'P' || digits == 1) return;
    // An item is a name and its description: "P3 , 22 , who ...", "P5 ."
    // Not "; P3 's widow ..." nor "; P3 said ..." (the list is over).
    const std::string_view rest = item.substr(digits);
    if (!(rest.empty() || rest.starts_with(" ,") || rest.starts_with(" ;") || rest.starts_with(" .") ||
          rest.starts_with(" who ") || rest.starts_with(" (") || rest.starts_with(" a ") || rest.starts_with(" an ")))
      return;
    visit(item.substr(0, digits));
  }
}

// The guests an invitation names after the first a pattern took: "P0
// invited her parents , P2 and P3 , P4 's half-brother P5 and even the
// crew" gives P3 and P5 after P2; "P3 's friends P4 and P5" gives both. An
// item may follow whose relative or friend it is. The list must end where
// an invitation's does (a stop, "to", "for", "at", or "and" before what is
// no guest), else it is none: "Tom invited Ann , and Bob declined", "After
// Tom invited Ann , Bob , her agent , called the police". Each as its slot
// name ("P3").
template <typename Visit>
void for_each_later_invitee(std::string_view text, std::size_t from, Visit visit) {
  std::string_view rest = text.substr(from);
  auto next_word = [&] {
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    return rest.substr(0, rest.find(' '));
  };
  auto take = [&](std::string_view word) { rest.remove_prefix(word.size()); };
  auto is_slot = [](std::string_view word, char kind) {
    return word.size() > 1 && word[0] == kind && std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto is_lower_word = [](std::string_view word) { return !word.empty() && word[0] >= 'a' && word[0] <= 'z'; };
  auto ends_invitation = [](std::string_view word) {
    return word.empty() || word == "."sv || word == ";"sv || word == "to"sv || word == "for"sv || word == "at"sv;
  };
  std::vector<std::string_view> guests;
  // Where the list stops: its guests stand if it ended as an invitation's
  // does, else none of them does.
  auto list_ends = [&](bool as_an_invitation) {
    if (!as_an_invitation) return;
    for (std::string_view guest : guests) visit(guest);
  };
  for (std::size_t listed = 0; listed < kMostChildrenListed; ++listed) {
    std::string_view word = next_word();
    if (ends_invitation(word)) return list_ends(true);
    if (word == ","sv) {
      // "and Diego Castellanos , whose son ...": a relative clause on the
      // last guest, or on the guests ("P1 and P2 , G3 donated", the
      // tagger's "who"); "her husband , P3 , to a private viewing".
      std::string_view after_comma = rest.substr(1);
      while (after_comma.starts_with(' ')) after_comma.remove_prefix(1);
      const std::string_view next = after_comma.substr(0, after_comma.find(' '));
      if (next == "who"sv || next == "whose"sv || next == "whom"sv || is_slot(next, 'G') || (!next.empty() && ends_invitation(next)))
        return list_ends(true);
    }
    bool comma = false, bare_and = false;
    if (word == ","sv) { take(word); word = next_word(); comma = true; }
    if (word == "and"sv) { take(word); word = next_word(); bare_and = !comma; }
    if (!comma && !bare_and) return list_ends(false);
    // "her half-brother", "P3 's friends": whose relative or friend.
    if (is_slot(word, 'P') && rest.substr(word.size()).starts_with(" 's ")) {
      take(word);
      take(" 's"sv);
      word = next_word();
      if (!is_lower_word(word)) return list_ends(false);
    } else if (word == "his"sv || word == "her"sv || word == "their"sv || word == "my"sv || word == "our"sv) {
      take(word);
      word = next_word();
      if (!is_lower_word(word)) return list_ends(false);
    }
    for (int described = 0; is_lower_word(word) && described < 2; ++described) {
      take(word);
      word = next_word();
    }
    if (word == ","sv) { take(word); word = next_word(); }
    // ("and even the show 's camera crew": a bare "and" before what is no guest ends the list.)
    if (!is_slot(word, 'P')) return list_ends(bare_and);
    take(word);
    guests.push_back(word);
  }
}

// The person slot a match ends on right after a comma ("... , P3"), if any.
const Slot* slot_ending_match_after_comma(const Tagged& tagged, std::size_t match_begin, std::size_t match_end) {
  const std::string_view text(tagged.text);
  const std::size_t space = text.rfind(' ', match_end - 1);
  if (space == std::string_view::npos || space < match_begin + 2 || text.substr(space - 2, 2) != " ,") return nullptr;
  const std::string_view name = text.substr(space + 1, match_end - space - 1);
  return name.starts_with('P') ? slot_named(tagged, name) : nullptr;
}

// Whether a speech verb follows the match, whose last slot is no aside the
// tagger passed over: "engaged to a doctor, Tom Hale said", where the
// description after the verb named nobody. (An interview's speaker is its
// subject: "In an interview with P1, P2 said"; the caller leaves those.)
bool speaker_ends_match(const Tagged& tagged, std::size_t match_begin, std::size_t match_end) {
  const Slot* slot = slot_ending_match_after_comma(tagged, match_begin, match_end);
  if (!slot || slot->aside_after) return false;
  std::string_view after = std::string_view(tagged.text).substr(match_end);
  if (!after.starts_with(' ')) return false;
  after.remove_prefix(1);
  return Lexicon::get().word(after.substr(0, after.find(' '))).has(kSpeechVerb);
}

// Whether the person slot a noun's match ends on, after a comma, is the
// subject of a new clause rather than the noun's apposition: a subject the
// tagger gave again ("who shares a flat with her sister, [she] got
// engaged"), or a name with a speech verb right after it ("whether his
// sister had planned to leave her husband, Owain said"; an apposition would
// close with a comma, or an aside the tagger passed over: "her brother,
// Owain, 40, said").
bool clause_subject_ends_match(const Tagged& tagged, std::size_t match_begin, std::size_t match_end) {
  const Slot* slot = slot_ending_match_after_comma(tagged, match_begin, match_end);
  return slot && (slot->repeated || speaker_ends_match(tagged, match_begin, match_end));
}

// Whether a noun's match runs through a relative clause the tagger could
// not give a name to: "Arta's sister, who married Arben Doshi" names no
// sister (a "who" it could name is a slot by now); or into a clause a
// conjunction opens: "stop speaking to my brother because he has a job".
bool runs_through_relative_clause(std::string_view tagged, std::size_t match_begin, std::size_t match_end) {
  const std::string_view match = tagged.substr(match_begin, match_end - match_begin);
  if (match.find(" , who ") != std::string_view::npos) return true;
  static constexpr std::string_view kConjunctions[] = {" because ", " although ", " though ", " whereas ",
                                                        " unless ",  " while ",    " when ",   " if "};
  return std::any_of(std::begin(kConjunctions), std::end(kConjunctions),
                     [&](std::string_view conjunction) { return match.find(conjunction) != std::string_view::npos; });
}

// Whether the word before `capture` in the tagged text is a child noun
// ("son P1 and daughter P2").
bool follows_child_noun(std::string_view text, re2::StringPiece capture) {
  if (capture.data() == nullptr) return false;
  std::string_view before = text.substr(0, static_cast<std::size_t>(capture.data() - text.data()));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (!before.empty() && before.back() == ',') before.remove_suffix(1);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const std::size_t space = before.rfind(' ');
  const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  return Lexicon::get().word(word).has(kChildNoun);
}

// Whether a possessive at `at` has a noun after it: not "a friend of
// Callan's, completes ...".
bool possessive_of_a_noun(std::string_view tagged, std::size_t at) {
  if (tagged.compare(at, 3, " 's") != 0) return false;
  const std::string_view rest = tagged.substr(at + 3);
  return !(rest.empty() || rest.starts_with(" ,") || rest.starts_with(" .") || rest.starts_with(" ;"));
}

// Whether the words right after "ended" (at `at`) say a death ended the
// marriage: "ended in grief", "ended in 1964 when she died", "ended with her
// death" (not "ended in divorce shortly before his death").
bool ended_by_death(std::string_view tagged, std::size_t at) {
  std::vector<std::string_view> words;
  for (std::string_view rest = tagged.substr(at); words.size() < 6 && !rest.empty();) {
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    const std::string_view word = rest.substr(0, rest.find(' '));
    if (word.empty()) break;
    words.push_back(word);
    rest.remove_prefix(word.size());
  }
  std::size_t k = 0;
  auto is = [&](std::size_t i, std::string_view word) { return i < words.size() && words[i] == word; };
  auto is_year = [&](std::size_t i) {
    return i < words.size() && words[i].size() == 4 && std::all_of(words[i].begin(), words[i].end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto is_person = [&](std::size_t i) { return i < words.size() && words[i].size() > 1 && (words[i][0] == 'P' || words[i][0] == 'G'); };
  if (is(0, "in"sv) && is_year(1)) k = 2;  // "ended in 1964 when she died"
  if (is(k, "in"sv) && (is(k + 1, "grief"sv) || is(k + 1, "tragedy"sv))) return true;
  if (is(k, "with"sv) && ((is_person(k + 1) && is(k + 2, "'s"sv) && is(k + 3, "death"sv)) || (is(k + 1, "the"sv) && is(k + 2, "death"sv))))
    return true;
  return is(k, "when"sv) && is_person(k + 1) && is(k + 2, "died"sv);
}

// Whether a second person joined by "and" closes the clause at `at`:
// "Father Michael Doyle married P1 and P2 at St Brigid's", where the one
// who married them officiated (the couple's own row reads them).
bool second_partner_follows(std::string_view tagged, std::size_t at) {
  if (tagged.compare(at, 6, " and P") != 0) return false;
  std::size_t k = at + 6;
  if (k >= tagged.size() || !std::isdigit(static_cast<unsigned char>(tagged[k]))) return false;
  while (k < tagged.size() && std::isdigit(static_cast<unsigned char>(tagged[k]))) ++k;
  const std::string_view rest = tagged.substr(k);
  static constexpr std::string_view kClauseEnds[] = {"", " .", " ,", " ;", " !", " at ", " in ", " on ", " last ", " this ", " during "};
  return std::any_of(std::begin(kClauseEnds), std::end(kClauseEnds), [&](std::string_view e) {
    return e.empty() ? rest.empty() : rest.starts_with(e);
  });
}

// The word after the possessive at `at` ("her manager" -> "manager"), or
// an empty view.
std::string_view word_after_possessive(std::string_view tagged, std::size_t at) {
  if (tagged.compare(at, 4, " 's ") != 0) return {};
  const std::string_view rest = tagged.substr(at + 4);
  return rest.substr(0, rest.find(' '));
}

// Whether a spouse or partner noun follows the possessive at `at` ("her
// split from her husband of three years, X"): a relation named by a noun
// then holds with that person, not the possessor (after other nouns it
// keeps its person: "his brother Philippe's descendants").
bool names_partner_after(std::string_view tagged, std::size_t at) {
  static constexpr std::string_view kPartners[] = {"husband", "wife", "boyfriend", "girlfriend", "partner",
                                                   "fiance", "fiancé", "fiancee", "fiancée"};
  const std::string_view noun = word_after_possessive(tagged, at);
  return std::find(std::begin(kPartners), std::end(kPartners), noun) != std::end(kPartners);
}

// After a possessor ending at `at` ("P3 's sister , P4", "P3 's new
// boyfriend P4", "P3 's wife of eleven years , P4"): the person named right
// after one or two words, or -1.
int person_after_possessive(const Tagged& tagged, std::size_t at) {
  thread_local const RE2 kPossessed("^ 's ([a-z][a-z'-]*) (?:([a-z][a-z'-]*) )?(?:of (?:[0-9]+|[a-z-]+) (?:years?|months?|decades?) )?(?:, )?P(\\d+)\\b");
  int index = -1;
  re2::StringPiece first, second;
  re2::StringPiece rest(tagged.text.data() + at, tagged.text.size() - at);
  if (!RE2::PartialMatch(rest, kPossessed, &first, &second, &index)) return -1;
  // "married Della Ray's sister and Bo Lind was best man": the words are
  // the possessed noun phrase, no conjunction or preposition.
  const Lexicon& lexicon = Lexicon::get();
  auto function_word = [&](re2::StringPiece w) { return lexicon.word(std::string_view(w.data(), w.size())).has(kFunctionWord); };
  if (function_word(first) || (!second.empty() && function_word(second))) return -1;
  if (index < 0 || static_cast<std::size_t>(index) >= tagged.slots.size()) return -1;
  return tagged.slots[static_cast<std::size_t>(index)].entity;
}

// Whether the sentence speaks of a marriage: "split after six years of
// marriage", "after her split from Bo, she remarried".
bool speaks_of_marriage(const Document& doc, const Sentence& s) {
  static constexpr std::string_view kMarriageWords[] = {"marriage", "married", "remarried", "divorce", "wife",
                                                        "husband", "spouse", "ex-wife", "ex-husband"};
  for (std::uint32_t t = s.first_token; t < s.end_token; ++t)
    for (std::string_view w : kMarriageWords)
      if (doc.tokens[t].lower == w) return true;
  return false;
}

// A couple that split was a couple: divorced where the document has the
// two married ("his wife, Ann" anywhere) or the sentence speaks of a
// marriage, else dated.
void settle_breakups(const Document& doc, std::vector<FoundRelation>& found, const std::vector<std::size_t>& breakups) {
  if (breakups.empty()) return;
  std::vector<std::pair<int, int>> married;
  for (const FoundRelation& r : found)
    if (r.relation == Relation::Married) married.emplace_back(std::min(r.source, r.target), std::max(r.source, r.target));
  std::sort(married.begin(), married.end());
  // Breakups come in sentence order: one sentence's answer serves all its
  // pairs (a sentence naming many couples is read once).
  std::size_t asked = SIZE_MAX;
  bool marriage_said = false;
  for (std::size_t index : breakups) {
    FoundRelation& r = found[index];
    const std::pair<int, int> pair(std::min(r.source, r.target), std::max(r.source, r.target));
    if (std::binary_search(married.begin(), married.end(), pair)) continue;
    if (r.sentence != asked) asked = r.sentence, marriage_said = speaks_of_marriage(doc, doc.sentences[r.sentence]);
    if (!marriage_said) r.relation = Relation::Dated;
  }
}

// Where the clause that states a match's relation begins, for its date and
// place: past a first verb the match runs through ("P1 and P2 met in L2 in
// 2004 and married in 2007": the match's last "and", else its last comma,
// with no person after it and a word of the relation's event,
// relation_events.txt, after it; not "husband and wife", ", the son of"),
// or at a subject the tagger gave again to a later verb ("P1 met P2 at O2
// in 2004 and [P1] married him in L5"). `own_clause` says whether the
// match was cut so: then a year before the cut is another verb's.
std::size_t qualifier_clause_start(const Tagged& tagged, std::size_t begin, std::size_t end, const RelationPatterns& patterns,
                                   bool* own_clause) {
  const std::string_view match = std::string_view(tagged.text).substr(begin, end - begin);
  *own_clause = false;
  if (const Slot* first = slot_named(tagged, match.substr(0, match.find(' ')))) *own_clause = first->repeated;
  const auto last_person = std::upper_bound(tagged.person_slots_at.begin(), tagged.person_slots_at.end(), end);
  const std::size_t last_person_at = last_person == tagged.person_slots_at.begin() ? 0 : *std::prev(last_person);
  // Read backwards byte by byte: rfind compares the joint at every place.
  auto last_joint = [&](std::string_view joint) {
    for (std::size_t at = match.size(); at-- > 0;)
      if (match[at] == ' ' && match.substr(at, joint.size()) == joint) return at;
    return std::string_view::npos;
  };
  for (std::string_view joint : {" and "sv, " , "sv}) {
    const std::size_t at = last_joint(joint);
    if (at == std::string_view::npos || begin + at < last_person_at || at + joint.size() >= match.size() ||
        !patterns.names_event(match.substr(at + joint.size())))
      continue;
    *own_clause = true;
    begin += at + joint.size();
    return begin;
  }
  return begin;
}

// Where a word that names a relation's event starts among the few words
// after `from` ("P0 and P1 's wife , P2 , of L3 , L4 , were married in
// 2004"), npos if none does before a semicolon or the twelfth word: a later
// one is another clause's ("... broke the record").
std::size_t event_word_after(std::string_view text, std::size_t from, const RelationPatterns& patterns) {
  int words = 0;
  for (std::size_t at = text.find(' ', from); at != std::string_view::npos && ++words <= 12; at = text.find(' ', at + 1)) {
    const std::string_view rest = text.substr(at + 1);
    const std::string_view word = rest.substr(0, rest.find(' '));
    if (word == ";"sv) break;
    if (patterns.is_event_word(word)) return at + 1;
  }
  return std::string_view::npos;
}

// A relation a story can give its characters (a spouse, a child, a lover),
// not one of work or acquaintance.
bool is_couple_or_family(Relation r) {
  return r != Relation::WorkedWith && r != Relation::MetAt && r != Relation::Invited && r != Relation::InterviewedBy &&
         r != Relation::FriendOf;
}

bool has_qualifiers(Relation r) {
  return r != Relation::ParentOf && r != Relation::SiblingOf && r != Relation::FriendOf &&
         r != Relation::InterviewedBy && r != Relation::WorkedWith;
}



}  // namespace

std::string tagged_sentence(const Document& doc, std::size_t sentence) {
  Tagged tagged;
  tag(doc, sentence, tagged, TagContext{});
  return std::move(tagged.text);
}

// "The bride, 29, is a software engineer. She is the daughter of ...": in
// a paragraph that has spoken of the bride (or the groom), a pronoun of her
// gender stands for her until someone else of that gender is named, whoever
// coreference took it for (it knows no weddings: on a page of announcements
// it picks the most-mentioned woman). `party` holds the bride and the groom
// so far in the paragraph (-1: none), carried from sentence to sentence.
void wedding_party_pronouns(const Document& doc, const Sentence& sentence, const FoundRelation& wedding,
                            std::vector<Mention>::const_iterator mention_it, std::array<int, 2>& party,
                            std::vector<std::pair<std::uint32_t, int>>& pronouns) {
  auto slot_of = [](Gender g) { return g == Gender::Female ? 0 : 1; };
  // Most sentences of most documents: no one to stand for, and the
  // sentence does not open with the bride or the groom (no mention walked).
  if (party[0] < 0 && party[1] < 0 && !is_wedding_party_noun(doc, sentence.first_token, sentence.end_token)) return;
  for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    while (mention_it != doc.mentions.end() && mention_it->first_token < t) ++mention_it;
    // Only a sentence that opens with them speaks of them ("The bride, 29,
    // ...", "The groom's previous marriage ..."): "Mathilde, the bride's
    // sister," and "Jo Pike, a friend of the bride." speak of someone else.
    if (t == sentence.first_token && is_wedding_party_noun(doc, t, sentence.end_token)) {
      const std::string_view noun = doc.tokens[t + 1].lower;
      if (const int member = wedding_party_member(doc, noun, wedding); member >= 0)
        party[slot_of(noun == "bride"sv ? Gender::Female : Gender::Male)] = member;
      continue;
    }
    if (mention_it == doc.mentions.end() || mention_it->first_token != t) continue;
    const Mention& m = *mention_it;
    if (m.type != EntityType::Person || m.plural || m.entity < 0) continue;
    // A pronoun says its gender ("He" may have gone to someone whose name does not).
    const PronounInfo* said = m.pronoun ? Lexicon::get().pronoun(doc.tokens[t].lower) : nullptr;
    const Gender gender = m.pronoun ? (said ? said->gender : Gender::Unknown) : doc.entities[static_cast<std::size_t>(m.entity)].gender;
    if (gender == Gender::Unknown) continue;
    int& member = party[slot_of(gender)];
    if (member < 0 || m.entity == member) continue;
    if (m.pronoun) pronouns.emplace_back(t, member);
    else member = -1;
  }
}

// Whether a paragraph whose first sentence is `s` opens with a date label
// and a colon or dash: "2009:", "June 2014:", "Christmas 2013 -", "Feb. 3,
// 2020:" (up to six tokens, a year among them).
bool opens_dated_entry(const Document& doc, const Sentence& s) {
  bool year = false;
  for (std::uint32_t k = s.first_token; k < s.end_token && k < s.first_token + 7; ++k) {
    const Token& token = doc.tokens[k];
    if (token.lower == ":"sv || token.lower == "-"sv) return year;
    if (token.has(kNumber)) {
      year = year || (token.lower.size() == 4 && (token.lower.starts_with("19"sv) || token.lower.starts_with("20"sv)));
      continue;
    }
    if (token.lower != ","sv && token.lower != "."sv && !token.has(kCapitalized)) return false;
  }
  return false;
}

// Whether a document is a timeline of what happened: two or more
// paragraphs open with a date label (opens_dated_entry), and nothing before
// the first says it looks ahead ("What happens next", "Looking ahead", "the
// schedule": "March 2026: They meet for mediation" is a plan).
bool is_timeline(const Document& doc) {
  std::size_t first_entry = doc.sentences.size();
  int entries = 0;
  for (std::size_t i = 0; i < doc.sentences.size() && entries < 2; ++i) {
    const Sentence& s = doc.sentences[i];
    if (s.first_token < s.end_token && doc.tokens[s.first_token].has(kParagraphStart) && opens_dated_entry(doc, s) &&
        ++entries == 1)
      first_entry = i;
  }
  if (entries < 2) return false;
  for (std::size_t i = 0; i < first_entry; ++i)
    for (std::uint32_t t = doc.sentences[i].first_token; t < doc.sentences[i].end_token; ++t) {
      const std::string_view w = doc.tokens[t].lower;
      if (w == "next"sv || w == "ahead"sv || w == "upcoming"sv || w == "schedule"sv || w == "expected"sv || w == "coming"sv)
        return false;
    }
  return true;
}

// Whether some person the document names in two or more words ends with
// `word`: "Ann (Russell) Jones" beside "her brother, Paul Russell" is her
// maiden name, no husband.
bool is_surname_in(const Document& doc, std::string_view word) {
  return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
    return m.type == EntityType::Person && !m.pronoun && m.end_token - m.first_token >= 2 && doc.tokens[m.end_token - 1].lower == word;
  });
}

// "She is survived by her children, Susan (Dale) Marchetti and Robert
// Haskins (Linda); her sister, Tess Bianchi (the late Carl)": in an
// obituary's list of survivors, a given name in brackets right after a
// person's name is that person's spouse; not a nickname of the name
// ("Robert (Bob) Haverill"), nor a maiden name ("Rose (Fabbri) Costa": no
// given name). `mentions`: the document's from the sentence's first on.
void spouses_in_brackets(const Document& doc, std::size_t sentence_index, std::vector<Mention>::const_iterator mentions,
                         std::vector<FoundRelation>& found) {
  const Sentence& s = doc.sentences[sentence_index];
  if (doc.span_text(s.begin, s.end).find('(') == std::string_view::npos || !lists_survivors(doc, s)) return;
  auto named_person = [](const Mention& m) { return m.type == EntityType::Person && !m.pronoun && m.entity >= 0; };
  const Mention* before = nullptr;
  for (auto it = mentions; it != doc.mentions.end() && it->first_token < s.end_token; ++it) {
    const Mention& m = *it;
    if (!named_person(m)) continue;
    if (before && m.end_token == m.first_token + 1 && doc.tokens[m.first_token].is(kFirstNameWord)) {
      const std::uint32_t open = bracket_opening(doc, s, m.first_token);
      const Token& name = doc.tokens[before->first_token];
      const Token& spouse = doc.tokens[m.first_token];
      if (open != UINT32_MAX && before->end_token == open && before->entity != m.entity &&
          spouse_name_in_brackets(name, spouse) && !is_name_variant(spouse.lower, name.lower) &&
          !Lexicon::get().is_location(doc.folded(m)) && !is_surname_in(doc, spouse.lower))
        found.push_back({Relation::Married, before->entity, m.entity, "", "", static_cast<std::uint32_t>(sentence_index)});
    }
    before = &m;
  }
}

// A newspaper's vital records: a heading line "Marriages (recorded with
// the City Clerk)" or "Divorces" over lines that each open with a dash:
// "- Tyler J. Brooks, 29, and Amanda L. Gagnon, 27, both of Keene, on Feb.
// 21" (married), "- Jason R. Hebert of Keene from Kristen M. Hebert of
// Swanzey" (divorced). The relation a heading line starts (or none, for
// any other line that is no such item); `section` carries it line to line.
std::optional<Relation> vital_records_section(const Document& doc, const Sentence& s, std::optional<Relation> section) {
  const Token& first = doc.tokens[s.first_token];
  if (!first.has(kLineStart) && !first.has(kParagraphStart)) return section;
  if (first.lower == "-"sv) return section;
  if (s.end_token - s.first_token > 12 || !first.has(kCapitalized)) return std::nullopt;
  if (first.lower == "marriages"sv || first.lower == "weddings"sv) return Relation::Married;
  if (first.lower == "divorces"sv) return Relation::Divorced;
  return std::nullopt;
}
void vital_record(const Document& doc, std::size_t sentence_index, std::vector<Mention>::const_iterator mentions,
                  Relation relation, std::vector<FoundRelation>& found) {
  const Sentence& s = doc.sentences[sentence_index];
  if (doc.tokens[s.first_token].lower != "-"sv) return;
  auto named_person = [](const Mention& m) { return m.type == EntityType::Person && !m.pronoun && m.entity >= 0; };
  while (mentions != doc.mentions.end() && mentions->first_token < s.end_token && !named_person(*mentions)) ++mentions;
  if (mentions == doc.mentions.end() || mentions->first_token != s.first_token + 1) return;
  const Mention& first = *mentions;
  // The second party: after "and" (a marriage) or "from" (a divorce), an age or a town between.
  const std::string_view joint = relation == Relation::Married ? "and"sv : "from"sv;
  bool joined = false;
  for (auto it = std::next(mentions); it != doc.mentions.end() && it->first_token < s.end_token; ++it) {
    for (std::uint32_t t = (it == std::next(mentions) ? first.end_token : std::prev(it)->end_token); t < it->first_token; ++t)
      joined = joined || doc.tokens[t].lower == joint;
    if (!named_person(*it)) continue;
    if (joined && it->entity != first.entity)
      found.push_back({relation, first.entity, it->entity, "", "", static_cast<std::uint32_t>(sentence_index)});
    return;
  }
}

// "Her son Kenneth was with her when she died": two people the document
// says are parent and child, or siblings, are not read as dating ("was
// with", "together" and "separated" say it of family too).
void drop_dating_of_family(std::vector<FoundRelation>& found) {
  auto key = [](int a, int b) { return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | static_cast<std::uint32_t>(std::max(a, b)); };
  std::vector<std::uint64_t> family;
  for (const FoundRelation& r : found)
    if (r.relation == Relation::ParentOf || r.relation == Relation::SiblingOf) family.push_back(key(r.source, r.target));
  if (family.empty()) return;
  std::sort(family.begin(), family.end());
  std::erase_if(found, [&](const FoundRelation& r) {
    return r.relation == Relation::Dated && std::binary_search(family.begin(), family.end(), key(r.source, r.target));
  });
}

// "He is her husband.", "They are sister and brother.", "She is his
// sister-in-law:": a sentence that opens by giving a pronoun's people a
// relation, as a correction does after what was reported.
bool gives_another_relation(const Document& doc, const Sentence& s) {
  std::uint32_t t = s.first_token;
  if (s.end_token - t < 4) return false;
  const std::string_view subject = doc.tokens[t].lower, verb = doc.tokens[t + 1].lower;
  if (subject != "he"sv && subject != "she"sv && subject != "they"sv) return false;
  if (verb != "is"sv && verb != "are"sv && verb != "was"sv && verb != "were"sv) return false;
  t += 2;
  const std::string_view owner = doc.tokens[t].lower;
  if (owner == "his"sv || owner == "her"sv || owner == "their"sv) ++t;
  return doc.tokens[t].is(kGenderedNoun) || doc.tokens[t].is(kChildNoun) || doc.tokens[t].lower.ends_with("-in-law"sv);
}

// "A website reported that Callum had proposed to Saoirse. He had not.": a
// sentence of a subject, an auxiliary and "not" (or "never") takes back the
// one before it; so does a verdict on it ("That was wrong."). What it
// returns is the denial's verb ("had", "was"), or null for no denial.
const Token* takes_back_the_last(const Document& doc, const Sentence& s) {
  std::uint32_t t = s.first_token, end = s.end_token;
  if (end > t && (doc.tokens[end - 1].lower == "."sv || doc.tokens[end - 1].lower == "!"sv)) --end;
  if (end - t >= 3 && (doc.tokens[t].lower == "that"sv || doc.tokens[t].lower == "this"sv) &&
      (doc.tokens[t + 1].lower == "was"sv || doc.tokens[t + 1].lower == "is"sv)) {
    static constexpr std::string_view kVerdicts[] = {"wrong", "incorrect", "untrue", "false", "inaccurate", "mistaken"};
    const bool closes = t + 3 == end || doc.tokens[t + 3].lower == ","sv || doc.tokens[t + 3].lower == ";"sv;
    if (closes && std::find(std::begin(kVerdicts), std::end(kVerdicts), doc.tokens[t + 2].lower) != std::end(kVerdicts))
      return &doc.tokens[t + 1];
  }
  // The denial is the whole sentence or its first clause ("She isn't, and
  // has asked us to say so."; not "They are not, and have never been, an
  // item", whose complement comes after).
  auto clause_ends = [&](std::uint32_t k) {
    if (k == end) return true;
    if (k > end || (doc.tokens[k].lower != ","sv && doc.tokens[k].lower != ";"sv)) return false;
    for (std::uint32_t j = k + 1; j + 1 < end && j < k + 5; ++j)
      if (doc.tokens[j].lower == "been"sv && doc.tokens[j + 1].lower == ","sv) return false;
    return true;
  };
  if (end - t < 3) return nullptr;
  const Token& subject = doc.tokens[t];
  if (!subject.has(kCapitalized)) return nullptr;
  if (!subject.is(kPronoun)) {
    if (!clause_ends(t + 4)) return nullptr;
    ++t;  // a two-word name
  } else if (!clause_ends(t + 3)) {
    return nullptr;
  }
  const Token& verb = doc.tokens[t + 1];
  if (!is_auxiliary(verb) && verb.lower != "does"sv && verb.lower != "were"sv && verb.lower != "are"sv) return nullptr;
  const std::string_view denial = doc.tokens[t + 2].lower;
  return denial == "not"sv || denial == "never"sv || denial == "n't"sv ? &verb : nullptr;
}

// What a line that has no subject opens with: a description of its
// person ("Beloved husband of Corrie Achterberg for 58 years.", "Loving
// father of Pieter", a profile's "Son of Greg and Lisa Brandt", "Married to
// the former Kayla Brandt"), or a relative of theirs ("Sister, Kayla, played
// volleyball", "Twin brother, Cody, plays for Northfield"). `body` is where
// its words begin, after a label ("PERSONAL:").
enum class SubjectlessLine { kNo, kDescription, kRelative };
struct Subjectless {
  SubjectlessLine kind = SubjectlessLine::kNo;
  std::uint32_t body = 0;
  bool form_field = false;  // a relative's label and a colon: "Wife: Annamma Mathew"
};
Subjectless opens_without_subject(const Document& doc, const Sentence& s) {
  static constexpr std::string_view kEpithets[] = {"beloved", "loving", "devoted", "dear",   "dearest",   "cherished",
                                                   "adored",  "loved",  "doting",  "darling", "treasured"};
  std::uint32_t body = s.first_token;
  if (s.end_token - body > 4 && doc.tokens[body].has(kAllCaps) && doc.tokens[body + 1].lower == ":"sv) body += 2;
  if (s.end_token - body < 4 || !doc.tokens[body].has(kCapitalized)) return {};
  const std::string_view opening = doc.tokens[body].lower;
  if (opening == "much"sv || std::find(std::begin(kEpithets), std::end(kEpithets), opening) != std::end(kEpithets)) {
    thread_local const RE2 kEpithetKin([] {
      std::string epithets;
      for (std::string_view e : kEpithets) (epithets += epithets.empty() ? "" : "|") += e;
      return "^(?:much[- ])?(?:" + epithets + ") (?:[a-z-]+ ){0,2}?(?:husband|wife|partner|widow|widower|father|mother|dad|"
             "mum|mom|son|daughter|brother|sister|stepfather|stepmother|stepson|stepdaughter) (?:of|to) ";
    }());
    const std::string_view line(doc.lowered.get() + doc.tokens[body].begin, s.end - doc.tokens[body].begin);
    if (RE2::PartialMatch(line, kEpithetKin)) return {SubjectlessLine::kDescription, body};
    return {};
  }
  // A profile's line: a kin noun (perhaps "Twin brother") and then "of" or
  // a comma, or "Married to", "Engaged to". Not one with a subject of its
  // own after all ("Son of a miner, he ...").
  std::uint32_t noun = body;
  if (doc.tokens[noun].lower == "twin"sv && doc.tokens[noun + 1].is(kGenderedNoun)) ++noun;
  const std::string_view after = doc.tokens[noun + 1].lower;
  const WordInfo& head = head_word(doc.tokens[noun]);
  SubjectlessLine kind = SubjectlessLine::kNo;
  bool form_field = false;
  if ((head.has(kChildNoun) || head.has(kGenderedNoun)) && !doc.tokens[noun].has(kAllCaps)) {
    if (after == "of"sv) kind = SubjectlessLine::kDescription;
    else if (after == ","sv && doc.tokens[noun].is(kGenderedNoun)) kind = SubjectlessLine::kRelative;
    // A form's field: "Wife: Annamma Mathew", "Father: Reb Yaakov Halpern".
    else if (after == ":"sv && doc.tokens[noun].is(kGenderedNoun) && noun == body) kind = SubjectlessLine::kRelative, form_field = true;
  } else if ((opening == "married"sv || opening == "engaged"sv) && after == "to"sv) {
    kind = SubjectlessLine::kDescription;
  }
  if (kind == SubjectlessLine::kNo) return {};
  auto m = doc.mentions_from(noun + 2);
  for (std::uint32_t t = noun + 2; t < s.end_token; ++t) {
    const std::string_view word = doc.tokens[t].lower;
    if (word == "he"sv || word == "she"sv || word == "they"sv || word == "i"sv) return {};
    // ", Tom Hart left school": a name after a comma, before its verb.
    while (m != doc.mentions.end() && m->first_token <= t) ++m;
    if (word == ","sv && m != doc.mentions.end() && m->first_token == t + 1 && m->type == EntityType::Person &&
        m->end_token < s.end_token && doc.tokens[m->end_token].has(kWord) && !doc.tokens[m->end_token].has(kCapitalized))
      return {};
  }
  return {kind, body, form_field};
}

// The one a line without a subject speaks of: the subject (a person, named
// or a pronoun, opening the sentence) of the sentence before, or of the one
// before that in its paragraph if no one is named between ("BRANNIGAN,
// Thomas Patrick. Peacefully at home on 3 March. Beloved husband of ..."); or -1.
int subject_before(const Document& doc, std::size_t sentence) {
  for (std::size_t k = sentence; k-- > 0 && k + 3 > sentence;) {
    const Sentence& s = doc.sentences[k];
    auto m = doc.mentions_from(s.first_token);
    // Places and organisations are passed over ("Peacefully at St Vincent's Hospital, Dublin.").
    while (m != doc.mentions.end() && m->first_token < s.end_token && m->type != EntityType::Person) ++m;
    const bool names_someone = m != doc.mentions.end() && m->first_token < s.end_token;
    // "BRANNIGAN, Thomas Patrick.": a notice's surname first; the given
    // names after the comma are the person ("HINES, Margaret": not a Hines
    // named before).
    const bool surname_first = s.first_token + 2 < s.end_token && doc.tokens[s.first_token + 1].lower == ","sv;
    if (names_someone && surname_first && m->first_token == s.first_token) {
      auto given = std::next(m);
      if (given != doc.mentions.end() && given->first_token == s.first_token + 2 && given->type == EntityType::Person) m = given;
    }
    const std::uint32_t opening = s.first_token + (surname_first ? 2 : 1);
    // Not the end of a name read only in part ("Sipho Moyo" over a profile
    // whose body names Peter Moyo: "Moyo" alone is his).
    const bool part_of_a_name = m != doc.mentions.end() && m->first_token > s.first_token && !surname_first &&
                                doc.tokens[m->first_token - 1].has(kCapitalized) && doc.tokens[m->first_token - 1].has(kWord);
    if (names_someone)
      return m->first_token <= opening && m->type == EntityType::Person && !m->plural && !part_of_a_name ? m->entity : -1;
    if (s.first_token < s.end_token && doc.tokens[s.first_token].has(kParagraphStart)) return -1;
  }
  return -1;
}

// A profile's person: the name that heads the block a line is in, the
// first line of its paragraph or a paragraph of its own just before, perhaps
// numbered or after a role ("#3 DESHAWN PETTAWAY" over "Guard | 6-2 | ..."
// and "PERSONAL: Son of ...", "HEAD COACH RICK HALVORSEN"); or -1.
int profile_heading_person(const Document& doc, std::size_t sentence) {
  auto name_line = [&](std::size_t k) {
    const Sentence& s = doc.sentences[k];
    auto m = doc.mentions_from(s.first_token);
    if (m == doc.mentions.end() || m->end_token > s.end_token || m->type != EntityType::Person || m->pronoun) return -1;
    if (s.end_token < doc.tokens.size() && !doc.tokens[s.end_token].has(kLineStart)) return -1;
    // "HEAD COACH RICK HALVORSEN": a role before the name.
    const bool role_before = m->first_token > s.first_token && (head_word(doc.tokens[m->first_token - 1]).has(kRoleNoun) ||
                                                                  doc.tokens[m->first_token - 1].is(kHonorific));
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& token = doc.tokens[t];
      if (t >= m->first_token && t < m->end_token) continue;
      const bool role = t < m->first_token && role_before && token.has(kCapitalized);
      if (token.lower != "#"sv && !token.has(kNumber) && !role) return -1;
    }
    return m->entity;
  };
  for (std::size_t k = sentence; k-- > 0 && k + 16 > sentence;) {
    const Sentence& s = doc.sentences[k];
    if (s.first_token >= s.end_token || !doc.tokens[s.first_token].has(kParagraphStart)) continue;
    if (const int person = name_line(k); person >= 0) return person;
    const bool heading_paragraph = k > 0 && doc.tokens[doc.sentences[k - 1].first_token].has(kParagraphStart);
    return heading_paragraph ? name_line(k - 1) : -1;
  }
  return -1;
}

// A form's person: the one its "Name:" field names, in the 40 sentences
// before ("Name: Bracha Halpern" over "Father: Reb Yaakov Moshe Halpern");
// or -1.
int form_subject(const Document& doc, std::size_t sentence) {
  for (std::size_t k = sentence; k-- > 0 && k + 40 >= sentence;) {
    const Sentence& s = doc.sentences[k];
    if (s.end_token - s.first_token < 3 || doc.tokens[s.first_token].lower != "name"sv ||
        doc.tokens[s.first_token + 1].lower != ":"sv)
      continue;
    auto m = doc.mentions_from(s.first_token + 2);
    return m != doc.mentions.end() && m->first_token == s.first_token + 2 && m->type == EntityType::Person ? m->entity : -1;
  }
  return -1;
}

std::vector<FoundRelation> find_relations(const Document& doc) {
  const RelationPatterns& patterns = RelationPatterns::get();
  std::vector<FoundRelation> found;
  // Buffers reused from sentence to sentence and match to match.
  Tagged tagged;
  std::vector<int> candidates;
  std::vector<re2::StringPiece> caps;
  std::vector<int> sources, targets;
  std::vector<std::size_t> breakups;  // indices into `found`
  // Index into `found` of the bride and groom: the first marriage or
  // engagement, or a later one that opens a paragraph (a page of wedding
  // announcements, one couple after another).
  std::size_t wedding = SIZE_MAX;
  bool wedding_names_partner_only = false;  // the wedding was found from a partner's noun ("her late husband, Peter")
  const int author = byline_author(doc);
  std::array<int, 2> party{-1, -1};  // the bride and groom a paragraph spoke of
  std::optional<bool> wedding_report;  // asked once a wedding is found (TagContext)
  std::vector<std::pair<std::uint32_t, int>> party_pronouns;
  const bool timeline = is_timeline(doc);
  const bool has_brackets = doc.text.find('(') != std::string::npos;  // most documents: no spouse in brackets to look for
  bool dated_entry = false;  // the sentence is in a timeline's dated paragraph
  int implied_subject = -1;  // of the last sentence without a subject ("Beloved husband of ...")
  std::optional<Relation> vital_section;  // the vital records' heading above ("Marriages")
  // Sentences and mentions are both in text order: one walk over each.
  auto mention_it = doc.mentions.begin();
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    while (mention_it != doc.mentions.end() && mention_it->first_token < sentence.first_token) ++mention_it;
    party_pronouns.clear();
    if (sentence.first_token < sentence.end_token && doc.tokens[sentence.first_token].has(kParagraphStart)) {
      party = {-1, -1};
      dated_entry = timeline && opens_dated_entry(doc, sentence);
    }
    if (wedding < found.size()) wedding_party_pronouns(doc, sentence, found[wedding], mention_it, party, party_pronouns);
    if (!story_zone(sentence.zone) || is_photo_credit(doc, sentence) || is_pronoun_subhead(doc, sentence)) continue;
    if (has_brackets) spouses_in_brackets(doc, s, mention_it, found);
    vital_section = vital_records_section(doc, sentence, vital_section);
    if (vital_section) vital_record(doc, s, mention_it, *vital_section, found);
    // "He came to Canada in 1953. Beloved husband of Corrie. Loving father
    // of Pieter.": each line without a subject is the first one's.
    const Subjectless subjectless = story_zone(sentence.zone) ? opens_without_subject(doc, sentence) : Subjectless{};
    // A form's field ("Father: ...") is its "Name:" field's person's, if it has one.
    const int form_person = subjectless.form_field ? form_subject(doc, s) : -1;
    if (subjectless.kind == SubjectlessLine::kNo) implied_subject = -1;
    else if (form_person >= 0) implied_subject = form_person;
    else if (const int heading = profile_heading_person(doc, s); heading >= 0) implied_subject = heading;
    else if (const int subject = subject_before(doc, s); subject >= 0 || implied_subject < 0) implied_subject = subject;
    // A relation needs two people: most sentences are skipped before tagging.
    int people = implied_subject >= 0 ? 1 : 0;
    for (auto it = mention_it; it != doc.mentions.end() && it->first_token < sentence.end_token && people < 2; ++it)
      if (it->type == EntityType::Person && it->entity >= 0) people += it->plural ? 2 : 1;
    bool group_noun = false;
    for (std::uint32_t t = sentence.first_token; people < 2 && t + 1 < sentence.end_token && !group_noun; ++t) {
      std::uint32_t length = 0;
      group_noun = is_group_noun_phrase(doc, t, sentence.end_token, &length) ||
                   (doc.tokens[t].lower == "the"sv && doc.tokens[t + 1].has(kCapitalized) &&
                    doc.tokens[t + 1].lower.ends_with('s') && couple_named(doc, found, doc.tokens[t + 1].lower));
      if (wedding < found.size() && is_wedding_party_noun(doc, t, sentence.end_token)) ++people;
      if (author >= 0 && doc.tokens[t].lower == "me"sv) ++people;
    }
    // "She filed for divorce in 2021": one person, whose spouse a relation
    // found before names (the "1>S" rows), only where a divorce is spoken of.
    bool divorce_alone = false;
    if (people == 1 && !group_noun && wedding < found.size())
      for (std::uint32_t t = sentence.first_token; t < sentence.end_token && !divorce_alone; ++t)
        divorce_alone = doc.tokens[t].lower.starts_with("divorc"sv);
    if ((people < 2 && !group_noun && !divorce_alone) || is_question(doc, sentence)) continue;
    // A timeline's entry is read in the past tense unless it hedges ("May
    // 2026: If mediation fails, they divorce").
    const bool past_tense = dated_entry && !has_hedge_cue(std::string_view(doc.lowered.get() + sentence.begin, sentence.end - sentence.begin));
    if (wedding < found.size() && !wedding_report) {
      wedding_report = std::any_of(doc.tokens.begin(), doc.tokens.end(), [&](const Token& w) {
        return w.lower == "bride"sv || w.lower == "groom"sv || w.lower == "bridegroom"sv;
      });
    }
    tag(doc, s, tagged, {wedding < found.size() ? &found[wedding] : nullptr, &found, author, &party_pronouns, past_tense,
                         implied_subject, subjectless.kind == SubjectlessLine::kRelative, subjectless.body,
                         wedding_report.value_or(false)});
    const std::size_t found_before_sentence = found.size();
    people = 0;
    for (const Slot& slot : tagged.slots) people += slot.kind == 'P' || slot.kind == 'A' ? 1 : slot.kind == 'G' ? 2 : 0;
    if (people < 2 && !(divorce_alone && people == 1)) continue;
    // Asked once per sentence, not per match, and only where a pattern matched.
    patterns.candidates(tagged.text, candidates);
    std::optional<YearDates> years;  // found on the first match that takes a date
    if (candidates.empty() || is_inverted_conditional(tagged.text)) continue;
    // What the next sentence takes back: what was reported ("said that the
    // couple met at university. They did not."), else the whole sentence.
    std::size_t taken_back_from = SIZE_MAX;
    // "Did Ilir propose? / Ilir's girlfriend, Nora, would like you to stop
    // asking. He did not.": what "did not" takes back is an act, never a
    // partner's noun.
    bool act_taken_back = false;
    if (const Token* denial = s + 1 < doc.sentences.size() ? takes_back_the_last(doc, doc.sentences[s + 1]) : nullptr) {
      const std::size_t that = tagged.text.rfind(" that ");
      taken_back_from = that == std::string::npos ? 0 : that;
      act_taken_back = denial->lower == "did"sv || denial->lower == "does"sv || denial->lower == "do"sv;
    } else if (s + 1 < doc.sentences.size() && gives_another_relation(doc, doc.sentences[s + 1])) {
      // "An item said that Fiona is his sister. / She is his sister-in-law":
      // a correction of what was reported.
      static constexpr std::string_view kReported[] = {" said that ", " reported that ", " stated that ", " claimed that ",
                                                       " wrote that "};
      for (std::string_view reported : kReported)
        if (const std::size_t at = tagged.text.rfind(reported); at != std::string::npos)
          taken_back_from = std::min(taken_back_from, at + reported.size() - std::string_view(" that ").size());
    }
    for (int index : candidates) {
      const RelationPattern& p = patterns.all()[static_cast<std::size_t>(index)];
      re2::StringPiece input(tagged.text);
      int groups = p.regex->NumberOfCapturingGroups();
      caps.resize(static_cast<std::size_t>(groups) + 1);
      std::size_t pos = 0;
      // A match with no slot names nobody: past the last slot there is
      // nothing left to find. A match of a pattern whose groups are its
      // slots (slot_captures.h) holds one person slot per group.
      auto enough_people_from = [&](std::size_t from) {
        if (!p.slots_in_order) return true;
        const auto& at = tagged.person_slots_at;
        return at.end() - std::lower_bound(at.begin(), at.end(), from) >= groups;
      };
      while (pos <= tagged.last_slot_at && enough_people_from(pos) && next_match(p, input, pos, caps)) {
        auto begin = static_cast<std::size_t>(caps[0].data() - tagged.text.data());
        std::size_t end = begin + caps[0].size();
        pos = end > begin ? end : begin + 1;
        if ((begin >= taken_back_from && !(act_taken_back && p.names_partner_only)) ||
            !asserted(tagged.text, begin, end, p.nominal) ||
            (is_couple_or_family(p.relation) && told_of_a_story(tagged.text, begin, end)) ||
            (p.nominal && (clause_subject_ends_match(tagged, begin, end) ||
                           runs_through_relative_clause(tagged.text, begin, end))) ||
            (p.relation != Relation::InterviewedBy && speaker_ends_match(tagged, begin, end)))
          continue;
        // "Tom married Della Ray's sister": a match that ends on a possessor
        // names the wrong person: the one named right after the possessed
        // noun, if any ("Della Ray's sister, Vera Ray", "her boyfriend,
        // Kieran"), else nobody. After a kin noun the possessive keeps its
        // person: "his brother Philippe's descendants".
        int possessor_capture = 0, possessed = -1;
        if (p.relation == Relation::Married && !p.nominal && second_partner_follows(tagged.text, end)) continue;
        if (p.relation == Relation::Divorced) {
          const std::size_t ended = std::string_view(tagged.text).substr(0, end).rfind(" ended"sv);
          if (ended != std::string_view::npos && ended > begin && ended_by_death(tagged.text, ended + 6)) continue;
        }
        const bool ends_on_possessive = possessive_of_a_noun(tagged.text, end);
        // "Conrad was her husband's lawyer": a relative's noun that owns
        // another noun names who that one is, not the relative.
        if (p.nominal && ends_on_possessive && end > 0 && !std::isdigit(static_cast<unsigned char>(tagged.text[end - 1])))
          continue;
        // "split from her manager Tom": a breakup with someone named by a
        // role is no romance's end.
        if (p.breakup && ends_on_possessive && Lexicon::get().is_role_noun(word_after_possessive(tagged.text, end))) continue;
        // "was with her daughter-in-law, Kate", "with her stepfather": a relative is no romance.
        if (p.relation == Relation::Dated && !p.breakup && ends_on_possessive) {
          const std::string_view kin = word_after_possessive(tagged.text, end);
          if (is_blood_kin_noun(kin, Lexicon::get().word(kin).has(kChildNoun)) || kin.ends_with("-in-law"sv)) continue;
        }
        // A list that ends on a possessor keeps its other members, as
        // people_of reads it: "her children: P4 and P5 's husband , P6".
        auto capture_ending_match = [&] {
          for (int c = groups; c >= 1; --c)
            if (caps[static_cast<std::size_t>(c)].data() != nullptr &&
                caps[static_cast<std::size_t>(c)].data() + caps[static_cast<std::size_t>(c)].size() == caps[0].data() + caps[0].size())
              return c;
          return 0;
        };
        if (ends_on_possessive && (!p.nominal || names_partner_after(tagged.text, end))) {
          possessor_capture = capture_ending_match();
          const bool list = possessor_capture > 0 && caps[static_cast<std::size_t>(possessor_capture)].find(' ') != re2::StringPiece::npos;
          if (list) {
            possessor_capture = 0;
          } else {
            possessed = person_after_possessive(tagged, end);
            if (possessed < 0 || possessor_capture == 0) continue;
          }
        }
        // The people a capture names: one slot, a pair, or a list "P1 , P2 and
        // P3". What "who" stands for is the subject of its clause, so it
        // takes part only as the match's first person ("Louis, who was the
        // son of Alexis"): "her first child with Tom, who married her" names
        // no child.
        auto first_person_of_match = [&] {
          const auto first = std::lower_bound(tagged.person_slots_at.begin(), tagged.person_slots_at.end(), begin);
          return first == tagged.person_slots_at.end() ? SIZE_MAX : *first;
        };
        auto people_of = [&](int capture, std::vector<int>& people) {
          people.clear();
          if (capture <= 0 || capture > groups) return;
          if (capture == possessor_capture) {
            people.push_back(possessed);
            return;
          }
          const re2::StringPiece text = caps[static_cast<std::size_t>(capture)];
          // A slot of a list that possesses what follows is no member of it:
          // "C and her younger brother D", "her sons, Piers and Auberon, her
          // daughter, ...". (A single slot is what the pattern made it.)
          const std::string_view all(tagged.text);
          const bool list = std::count(text.begin(), text.end(), ' ') > 0;
          for_each_person_slot(std::string_view(text.data(), text.size()), [&](std::string_view name) {
            const auto after = static_cast<std::size_t>(name.data() + name.size() - all.data());
            if (list && all.substr(after).starts_with(" 's")) return;
            const Slot& slot = *slot_named(tagged, name);  // the tagger wrote every name
            if (slot.relative && after - name.size() != first_person_of_match()) return;
            people.push_back(slot.entity);
            if (slot.kind == 'G') people.push_back(slot.second);
          });
        };
        // "P0 and P1 's wife , P2 , were married in 2004": a partner named by a
        // noun takes the date and place of its event's word after it, if any.
        std::size_t clause = begin;
        bool own_clause = false;
        bool qualified = has_qualifiers(p.relation);
        if (qualified && p.names_partner_only) {
          clause = event_word_after(tagged.text, end, patterns);
          own_clause = true;
          qualified = clause != std::string::npos;
        } else if (qualified) {
          clause = qualifier_clause_start(tagged, begin, end, patterns, &own_clause);
        }
        if (qualified && !years) years.emplace(tagged.text);
        std::string date = qualified ? years->find(clause, !own_clause) : std::string();
        std::string place = qualified ? find_place(tagged, clause, end) : std::string();
        auto emit = [&](Relation relation, int a, int b) {
          if (a < 0 || b < 0 || a == b || found.size() - found_before_sentence >= kMostRelationsPerSentence) return;
          if (p.breakup && relation == Relation::Divorced) breakups.push_back(found.size());
          // A partner named by a noun ("between Tom, son of Ruth and her
          // late husband, Peter, and Eleanor") gives way to a wedding told
          // in the same sentence.
          if ((relation == Relation::Married || relation == Relation::Engaged) &&
              (wedding == SIZE_MAX ||
               (doc.tokens[sentence.first_token].has(kParagraphStart) && found[wedding].sentence != s &&
                !p.names_partner_only) ||
               (found[wedding].sentence == s && wedding_names_partner_only && !p.names_partner_only))) {
            wedding = found.size();
            wedding_names_partner_only = p.names_partner_only;
          }
          found.push_back({relation, a, b, date, place, static_cast<std::uint32_t>(s)});
        };
        // "Ann, the daughter of Tom, and her husband, Bo", "Ann is the
        // daughter of Tom and her husband Bo": a parent named as the child's
        // own spouse is no parent. The spouse is the possessed person of a
        // match ending on "her", or follows "and her husband" in a list of
        // parents.
        auto names_childs_spouse = [&](int parent_capture, int child) {
          if (p.relation != Relation::ParentOf) return false;
          const re2::StringPiece parent = caps[static_cast<std::size_t>(parent_capture)];
          if (parent.data() == nullptr) return false;
          if (parent_capture == possessor_capture) {
            const Slot* possessor = slot_named(tagged, std::string_view(parent.data(), parent.size()));
            const std::string_view noun = word_after_possessive(tagged.text, end);
            return possessor && possessor->entity == child && (noun == "husband"sv || noun == "wife"sv);
          }
          return p.lists_parents &&
                 spouse_possessor_before(tagged, static_cast<std::size_t>(parent.data() - tagged.text.data())) == child;
        };
        const std::size_t found_before_match = found.size();
        for (const RolePair& role : p.roles) {
          if (role.source_capture == 0) {
            people_of(1, sources);
            if (sources.size() == 2) emit(p.relation, sources[0], sources[1]);
            continue;
          }
          // "Jasper, who married Orla in 2015, has filed for divorce": the
          // spouse the document has named before, if one.
          if (role.target_capture == kSpouseFound) {
            people_of(role.source_capture, sources);
            for (int a : sources) {
              int spouse = -1;
              std::size_t looked = 0;
              for (auto it = found.rbegin(); it != found.rend() && ++looked <= 256 && spouse < 0; ++it)
                if (it->relation == Relation::Married && (it->source == a || it->target == a))
                  spouse = it->source == a ? it->target : it->source;
              emit(p.relation, a, spouse);
            }
            continue;
          }
          // "their son Oscar and daughter Isla": a child listed with more
          // children, not the parent of the rest.
          if (role.targets_are_siblings && follows_child_noun(tagged.text, caps[static_cast<std::size_t>(role.source_capture)]))
            continue;
          people_of(role.source_capture, sources);
          people_of(role.target_capture, targets);
          if (targets.size() == 1 && names_childs_spouse(role.source_capture, targets[0])) continue;
          // "Berfîn, Hêvî, Rênas and I have played together": a pair's work
          // matched on the last two of a list that opens the sentence (or
          // follows a colon) is the whole list's, every two of them.
          if (p.relation == Relation::WorkedWith && role.source_capture == 1 && sources.size() == 1 && targets.size() == 1) {
            const std::vector<int> before = list_opening_before(tagged, caps[1]);
            if (!before.empty() && before.size() + 2 <= kMostChildrenListed) {
              std::vector<int> members = before;
              members.push_back(sources[0]);
              members.push_back(targets[0]);
              for (std::size_t i = 0; i < members.size(); ++i)
                for (std::size_t j = i + 1; j < members.size(); ++j) emit(p.relation, members[i], members[j]);
              continue;
            }
          }
          // "Arta, Blerina and Ilir are the children of Agron and Shpresa": a
          // parent of the two children the match opens on is the parent of
          // the list before them too.
          if (p.relation == Relation::ParentOf && role.target_capture == 1 && caps[1].data() == caps[0].data() &&
              targets.size() == 1 && std::any_of(p.roles.begin(), p.roles.end(), [&](const RolePair& other) {
                return other.source_capture == role.source_capture && other.target_capture == 2;
              })) {
            const std::vector<int> before = list_opening_before(tagged, caps[1]);
            if (before.size() + 2 <= kMostChildrenListed)
              for (int child : before)
                for (int parent : sources) emit(p.relation, parent, child);
          }
          // "between Rupert, son of Giles Harcourt, of Winchester, and Imogen,
          // daughter of Fiona Blake": a parent named as someone's child is
          // the other party of the announcement, not the second parent.
          if (p.relation == Relation::ParentOf && role.source_capture > 2 &&
              described_as_child(tagged.text, caps[static_cast<std::size_t>(role.source_capture)]))
            continue;
          if (p.relation == Relation::ParentOf && role.source_capture == 1 &&
              caps[1].data() == caps[0].data() && named_as_spouse(tagged.text, caps[1]))
            continue;
          // "They have three children: Kwame, a junior doctor; Efua, who
          // ...; and Samuel": the pattern took the first item.
          // One item per semicolon: a list of several names before the first
          // semicolon is no such list ("Maren and Eirik; Kaja, the family
          // lawyer, said").
          if (const re2::StringPiece list = caps[static_cast<std::size_t>(role.target_capture)];
              role.targets_are_siblings && list.data() != nullptr && list.find(' ') == re2::StringPiece::npos &&
              std::string_view(caps[0].data(), static_cast<std::size_t>(list.data() - caps[0].data())).find(" : ") !=
                  std::string_view::npos)
            for_each_later_list_item(tagged.text, static_cast<std::size_t>(list.data() + list.size() - tagged.text.data()),
                                     [&](std::string_view name) {
                                       if (const Slot* slot = slot_named(tagged, name)) targets.push_back(slot->entity);
                                     });
          // "P0 invited her parents , P2 and P3 , her half-brother P5": the
          // pattern took the first guest.
          if (p.relation == Relation::Invited && targets.size() == 1 && possessor_capture == 0 &&
              caps[static_cast<std::size_t>(role.target_capture)].end() == caps[0].end())
            for_each_later_invitee(tagged.text, end, [&](std::string_view name) {
              if (const Slot* slot = slot_named(tagged, name)) targets.push_back(slot->entity);
            });
          // A list of more children than any family has is a roster or a
          // table, not a family: its n² sibling pairs, each carrying the
          // whole sentence, would only bloat the graph.
          if (role.targets_are_siblings && targets.size() > kMostChildrenListed) continue;
          for (int a : sources)
            for (int b : targets) emit(p.relation, a, b);
          if (role.targets_are_siblings)
            for (std::size_t i = 0; i < targets.size(); ++i)
              for (std::size_t j = i + 1; j < targets.size(); ++j) emit(Relation::SiblingOf, targets[i], targets[j]);
        }
        // "Tom and Ann are Bo's children": children a match gives one parent
        // as the two people of one "and" are siblings too (not "a son, Roger,
        // and a daughter, Pauline", which the text leaves at that).
        auto joined_by_and = [&](int a, int b) {
          if (a < 1 || b < 1 || a > groups || b > groups) return false;
          const re2::StringPiece first = caps[static_cast<std::size_t>(a)], second = caps[static_cast<std::size_t>(b)];
          if (first.data() == nullptr || second.data() == nullptr) return false;
          const char* gap = first.data() + first.size();
          return second.data() >= gap && std::string_view(gap, static_cast<std::size_t>(second.data() - gap)) == " and "sv;
        };
        if (p.relation == Relation::ParentOf && p.roles.size() >= 2 &&
            std::any_of(p.roles.begin(), p.roles.end(), [&](const RolePair& r) {
              return std::any_of(p.roles.begin(), p.roles.end(), [&](const RolePair& other) {
                return r.source_capture == other.source_capture && joined_by_and(r.target_capture, other.target_capture);
              });
            })) {
          const std::size_t found_in_match = found.size();
          for (std::size_t i = found_before_match; i < found_in_match; ++i)
            for (std::size_t j = i + 1; j < found_in_match; ++j)
              if (found[i].relation == Relation::ParentOf && found[j].relation == Relation::ParentOf &&
                  found[i].source == found[j].source && found[i].target != found[j].target)
                emit(Relation::SiblingOf, found[i].target, found[j].target);
        }
      }
    }
  }
  settle_breakups(doc, found, breakups);
  drop_dating_of_family(found);
  // A transcript's question is an interview of the one it is put to, by
  // the one who asks it (coreference found both from the speaker labels).
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.asked_by < 0 || sentence.asked_of < 0 || sentence.asked_by == sentence.asked_of) continue;
    if (s > 0 && doc.sentences[s - 1].asked_by == sentence.asked_by && doc.sentences[s - 1].asked_of == sentence.asked_of)
      continue;  // one per question, not per sentence of it
    found.push_back({Relation::InterviewedBy, sentence.asked_of, sentence.asked_by, {}, {}, static_cast<std::uint32_t>(s)});
  }
  return found;
}

}  // namespace kgx
