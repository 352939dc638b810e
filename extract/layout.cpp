#include "extract/layout.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>
#include <string>
#include <stdexcept>

#include "extract/lexicon.h"
#include "extract/text.h"

namespace kgx {

using namespace std::string_view_literals;  // token == "."sv compares lengths first, no strlen
namespace {

struct LineRule {
  Zone zone;
  bool to_end;  // the zone runs to the end of the document
  std::unique_ptr<RE2> regex;  // the rule exactly as written
  bool names_publisher;  // its group "publisher" names a publication
  bool headlines_only = false;  // ... or to the first line that reads as a paragraph
};

// A pattern whose bounded repetitions are unbounded: "[^.!?]{0,100}" becomes
// "[^.!?]*", "x{2,60}?" becomes "x{2,}?". It matches every line the original
// does, and more.
std::string widen_repetitions(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += pattern.substr(i, 2);
      ++i;
      continue;
    }
    if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];  // "[]x]": a literal ]
      continue;
    } else if (c == '{') {
      // {m,n} -> {m,} (or * when m is 0); {n} and anything else stay.
      std::size_t j = i + 1;
      while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') ++j;
      std::string_view minimum = pattern.substr(i + 1, j - i - 1);
      if (!minimum.empty() && j < pattern.size() && pattern[j] == ',') {
        std::size_t close = j + 1;
        while (close < pattern.size() && pattern[close] >= '0' && pattern[close] <= '9') ++close;
        if (close < pattern.size() && pattern[close] == '}') {
          if (minimum.find_first_not_of('0') == std::string_view::npos) {
            out += '*';
          } else {
            out += '{';
            out += minimum;
            out += ",}";
          }
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

class BoilerplateRules {
 public:
  // One copy per thread, like the relation patterns (see relations.cpp).
  static const BoilerplateRules& get() {
    thread_local const BoilerplateRules rules;
    return rules;
  }
  // Index of the first rule matching the whole line, or else of a rule
  // matching the part of it after a " / " or " · " in its first 64 bytes:
  // a heading in two languages ("HURRENGO EKITALDIAK · COMING UP", "HEFYD /
  // ALSO IN THE HERALD") or a byline after a date ("March 2 · by Kalia
  // Xiong"). Not a credit's: in "Lluniau / Photos: Rhodri Bevan" the first
  // language's word would be read as a name. -1 for none. `hits` is a
  // buffer reused from line to line.
  int match(std::string_view line, std::vector<int>& hits) const {
    if (const int hit = match_whole(line, hits); hit >= 0) return hit;
    const std::string_view head = line.substr(0, 64);
    std::size_t second = head.find(" / "), width = 3;
    if (second == std::string_view::npos) second = head.find(" \xC2\xB7 "), width = 4;  // a middle dot
    if (second == std::string_view::npos) return -1;
    const int hit = match_whole(line.substr(second + width), hits);
    return hit >= 0 && (rule(hit).to_end || rule(hit).zone == Zone::Byline) ? hit : -1;
  }
  const LineRule& rule(int i) const { return rules_[static_cast<std::size_t>(i)]; }

 private:
  int match_whole(std::string_view line, std::vector<int>& hits) const {
    hits.clear();  // RE2::Set::Match clears it too, but its header does not promise so
    if (!prefilter_.Match(line, &hits) || hits.empty()) return -1;
    std::sort(hits.begin(), hits.end());
    for (int hit : hits)
      if (rule(hit).regex->Match(line, 0, line.size(), RE2::ANCHOR_START, nullptr, 0)) return hit;
    return -1;
  }
  // Anchored at the line's start (every rule begins with ^): the automaton
  // then stops as soon as no rule can match, instead of reading every
  // paragraph to its end.
  //
  // The set only preselects: it holds the rules with their bounded
  // repetitions widened, and a line it flags is confirmed with the rule
  // itself (about one line in eight). Each count of "[^.!?]{0,100}" is a
  // state of its own in the set's automaton, so every paragraph walked a
  // hundred fresh states, each a cache miss once the other stages had run
  // (the layout stage took 10% of the extraction); widened, the automaton
  // loops on one state and the stage costs half as much, same zones.
  BoilerplateRules() : prefilter_(options(), RE2::ANCHOR_START) {
    for (const auto& row : lexicon_rows("boilerplate.tsv")) {
      if (row.size() < 3) continue;
      auto regex = std::make_unique<RE2>(row[2], options());
      if (!regex->ok()) throw std::logic_error("boilerplate.tsv: " + regex->error());
      std::string error;
      if (prefilter_.Add(widen_repetitions(row[2]), &error) < 0) throw std::logic_error("boilerplate.tsv: " + error);
      bool names_publisher = regex->NamedCapturingGroups().count("publisher") > 0;
      if (row[1] != "line" && row[1] != "rest" && row[1] != "headlines")
        throw std::logic_error("boilerplate.tsv: unknown scope " + std::string(row[1]));
      rules_.push_back({zone_of(row[0]), row[1] != "line", std::move(regex), names_publisher, row[1] == "headlines"});
    }
    if (!prefilter_.Compile()) throw std::logic_error("boilerplate.tsv: cannot compile the pattern set");
  }
  static RE2::Options options() {
    RE2::Options o;
    o.set_log_errors(false);
    return o;
  }
  static Zone zone_of(std::string_view name) {
    if (name == "byline") return Zone::Byline;
    if (name == "credit") return Zone::Credit;
    if (name == "related") return Zone::Related;
    if (name == "widget") return Zone::Widget;
    if (name == "bio") return Zone::AuthorBio;
    throw std::logic_error("boilerplate.tsv: unknown zone " + std::string(name));
  }
  RE2::Set prefilter_;
  std::vector<LineRule> rules_;
};

// A title-case line: most words capitalised and no sentence inside it ends in
// a period. Capitals there say nothing about names.
bool is_heading(const Document& doc, std::size_t first_sentence, std::size_t end_sentence) {
  // "- Mark Achterberg, Ottawa" under a letter or a guestbook entry: a
  // signature, whose names are read as in a sentence (not a list of
  // headlines: "- Obituary: Bexhill butcher Leonard Crisp, 88"). So too a
  // bulleted entry of a family list: "• Mr. Kofi Agyemang Owusu, Kumasi",
  // and a longer one with a word in lower case, which no title has ("•
  // Nana Ama Adjei and Kojo Adjei, children of Comfort and Daniel").
  const auto lower_case_word = [](const Token& t) {
    return t.has(kWord) && !t.has(kCapitalized) && !t.has(kClitic) && !t.has(kNumber) && !t.is(kTitleSmallWord);
  };
  if (const Sentence& first = doc.sentences[first_sentence]; end_sentence == first_sentence + 1 &&
      first.first_token + 1 < first.end_token &&
      (first.end_token - first.first_token <= 12 ||
       std::any_of(doc.tokens.begin() + first.first_token, doc.tokens.begin() + first.end_token, lower_case_word)) &&
      (doc.tokens[first.first_token].lower == "-"sv || doc.tokens[first.first_token].lower == "\u2022"sv) &&
      doc.tokens[first.first_token + 1].has(kCapitalized) &&
      !doc.tokens[first.first_token + 1].has(kAllCaps) &&
      std::none_of(doc.tokens.begin() + first.first_token, doc.tokens.begin() + first.end_token,
                   [](const Token& t) { return t.lower == ":"sv || t.has(kQuote); }))
    return false;
  int words = 0, capitalised = 0, all_caps = 0;
  bool ends_with_period = false, ends_with_question = false;
  for (std::size_t s = first_sentence; s < end_sentence; ++s) {
    const Sentence& sent = doc.sentences[s];
    for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      const Token& tok = doc.tokens[t];
      if (!tok.has(kWord) || tok.has(kClitic) || tok.has(kNumber)) continue;
      if (!tok.has(kCapitalized) && tok.is(kTitleSmallWord)) continue;
      ++words;
      if (tok.has(kCapitalized)) ++capitalised;
      if (tok.has(kAllCaps)) ++all_caps;
    }
    if (doc.tokens[sent.end_token - 1].lower == "."sv) ends_with_period = true;
    if (doc.tokens[sent.end_token - 1].lower == "?"sv) ends_with_question = true;
  }
  // Text in capitals throughout says nothing about names, sentence or not.
  if (words >= 3 && all_caps * 10 >= words * 8) return true;
  if (ends_with_period) return false;
  // Title case leaves almost no content word in lower case.
  int lower_case = words - capitalised;
  // "Have Tamsin Reeve and Oskar Lindqvist split?": a question with a
  // content word in lower case is a sentence ("... Split?" in a title).
  if (ends_with_question && lower_case >= 1) return false;
  return words >= 2 && (capitalised * 100 >= words * 85 || (lower_case <= 1 && capitalised * 10 >= words * 7));
}

// "THE PEARL LUGGERS: BROOME AND THE SEA / Matthew Kerrigan": a line right
// under the title that is only a given name and a surname or two is the
// author's (the byline without its "By").
bool is_bare_byline(const Document& doc, std::size_t first_sentence, std::size_t end_sentence) {
  if (end_sentence != first_sentence + 1) return false;
  const Sentence& line = doc.sentences[first_sentence];
  const std::uint32_t words = line.end_token - line.first_token;
  if (words < 2 || words > 4) return false;
  const Token& given = doc.tokens[line.first_token];
  if (!given.is(kFirstNameWord) || given.is(kCommonWord) || given.has(kAllCaps)) return false;
  // Not a headline in title case ("Nadia Petrova Reveals Secret"): no
  // ordinary word after the given name, unless it is a given name too.
  return std::all_of(doc.tokens.begin() + line.first_token + 1, doc.tokens.begin() + line.end_token, [](const Token& t) {
    return t.has(kWord) && t.has(kCapitalized) && !t.has(kAllCaps) && !t.has(kNumber) &&
           (!t.is(kCommonWord) || t.is(kFirstNameWord)) && !t.is(kFunctionWord);
  });
}

// "More from The Daily Planet:": the rule's group "publisher" names a publication.
void add_publisher_mention(Document& doc, const LineRule& rule, std::string_view line,
                           std::size_t first_sentence) {
  if (!rule.names_publisher) return;
  int group = rule.regex->NamedCapturingGroups().at("publisher");
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(group) + 1);
  if (!rule.regex->Match(line, 0, line.size(), RE2::UNANCHORED, groups.data(), group + 1)) return;
  re2::StringPiece name = groups[static_cast<std::size_t>(group)];
  if (name.empty()) return;
  auto begin = static_cast<std::uint32_t>(name.data() - doc.text.data());
  auto end = static_cast<std::uint32_t>(begin + name.size());
  Mention m;
  bool started = false;
  for (std::uint32_t t = doc.sentences[first_sentence].first_token; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.end > end) break;
    if (tok.begin < begin) continue;
    if (!started) m.first_token = t, started = true;
    m.end_token = t + 1;
  }
  if (!started) return;
  m.sentence = static_cast<std::uint32_t>(first_sentence);
  m.type = EntityType::Org;
  m.text_begin = doc.tokens[m.first_token].begin;
  m.text_end = doc.tokens[m.end_token - 1].end;
  doc.keep_folded(m, fold_name(doc.surface(m)));
  doc.mentions.push_back(std::move(m));
}

}  // namespace

bool is_signature_line(const Document& doc, std::size_t first_sentence, std::size_t end_sentence) {
  if (end_sentence != first_sentence + 1) return false;
  const Sentence& line = doc.sentences[first_sentence];
  std::uint32_t t = line.first_token;
  while (t < line.end_token && (doc.tokens[t].is(kHonorific) || doc.tokens[t].lower == "."sv)) ++t;
  if (t >= line.end_token || doc.tokens[t].has(kAllCaps) ||
      (doc.tokens[t].is(kCommonWord) && !doc.tokens[t].is(kFirstNameWord)))
    return false;
  std::uint32_t comma = t;
  while (comma < line.end_token && doc.tokens[comma].lower != ","sv) {
    const Token& word = doc.tokens[comma];
    if (!word.has(kWord) || !word.has(kCapitalized) || word.has(kNumber) || word.is(kOrgCue)) return false;
    ++comma;
  }
  if (comma == line.end_token || comma < t + 2 || comma > t + 4) return false;
  // Not a wedding column's pair of names ("Chen Wei-ling, Marcus Oduya").
  const std::uint32_t role_words = line.end_token - comma - 1;
  return role_words >= 1 && role_words <= 3 && !doc.tokens[comma + 1].is(kFirstNameWord) &&
         std::all_of(doc.tokens.begin() + comma + 1, doc.tokens.begin() + line.end_token,
                     [](const Token& w) { return w.has(kWord) && !w.has(kNumber); });
}

// A line of running text rather than a headline: long, of several
// sentences or ending in a stop.
bool reads_as_paragraph(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  if (line.size() < 120) return false;
  const char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || line.ends_with("\xE2\x80\x9D");
}

void mark_layout(Document& doc) {
  const BoilerplateRules& rules = BoilerplateRules::get();
  bool rest_zone_active = false;
  bool rest_headlines_only = false;
  Zone rest_zone = Zone::Story;
  bool seen_text = false;
  std::size_t lines = 0;  // of the page
  std::vector<int> hits;
  std::size_t s = 0;
  while (s < doc.sentences.size()) {
    std::size_t line_end = s + 1;
    while (line_end < doc.sentences.size() &&
           !doc.tokens[doc.sentences[line_end].first_token].has(kLineStart))
      ++line_end;
    // A form feed starts a new page (several articles in one file): what a
    // "Related stories" line started ends there, and a title may follow.
    if (doc.tokens[doc.sentences[s].first_token].has(kPageStart)) {
      rest_zone_active = false;
      seen_text = false;
      lines = 0;
    }
    std::string_view line = doc.span_text(doc.sentences[s].begin, doc.sentences[line_end - 1].end);
    Zone zone = Zone::Story;
    int hit = rules.match(line, hits);
    if (hit >= 0) {
      zone = rules.rule(hit).zone;
      add_publisher_mention(doc, rules.rule(hit), line, s);
      if (rules.rule(hit).to_end) {
        rest_zone_active = true;
        rest_headlines_only = rules.rule(hit).headlines_only;
        rest_zone = zone;
      }
    } else if (rest_zone_active && rest_headlines_only && reads_as_paragraph(line)) {
      rest_zone_active = false;  // "Read more" was a link in the story, which goes on
    } else if (rest_zone_active) {
      zone = rest_zone;
    } else if (!seen_text) {
      zone = Zone::Title;
    } else if (lines == 1 && is_bare_byline(doc, s, line_end)) {
      zone = Zone::Byline;
    }
    if (rest_zone_active && hit < 0) zone = rest_zone;
    // A one-line text is a sentence, whatever its capitals.
    bool heading = !(s == 0 && line_end == doc.sentences.size()) && is_heading(doc, s, line_end) &&
                   !(lines > 0 && is_signature_line(doc, s, line_end));
    for (std::size_t k = s; k < line_end; ++k) {
      doc.sentences[k].zone = zone;
      doc.sentences[k].heading = heading;
    }
    seen_text = true;
    ++lines;
    s = line_end;
  }
}

}  // namespace kgx
