#include "extract/entities.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/name_variants.h"
#include "extract/text.h"

namespace kgx {

using namespace std::string_view_literals;  // token == "."sv compares lengths first, no strlen
namespace {

// ("viuda": Spanish "widow of", inside a widow's name: "Consuelo Garza viuda de Treviño";
// "dit": French-Canadian "called", inside a dit name: "Joseph-Arthur Tremblay dit Lapointe".)
constexpr std::string_view kParticles[] = {"de",  "da",  "di",  "del", "della", "van", "von", "der", "den",
                                           "du",  "la",  "le",  "bin", "ibn",   "al",  "dos", "das", "ter",
                                           "ten", "vom", "zu",  "y",   "ap",    "ben", "bint", "viuda", "dit"};
// The particles a surname may open with ("von Ahlefeld", "Van der Saar"):
// not those that are also articles of titles ("Le Ventre de Paris", "La
// Scala", "Das Boot").
constexpr std::string_view kSurnameOpeners[] = {"van", "von", "de", "del", "della", "di", "da", "du", "ter", "bin", "ibn", "dos"};
constexpr std::string_view kRomanNumerals[] = {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                                               "xi", "xii", "xiii", "xiv", "xv", "xvi"};

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Whether a lower-case word is a surname's particle, or one a surname may
// open with: asked of most words after a name, so the length is tested
// before the list is read.
bool is_particle(std::string_view lower) { return lower.size() <= 5 && in(kParticles, lower); }
bool is_surname_opener(std::string_view lower) { return lower.size() <= 5 && in(kSurnameOpeners, lower); }

// "Sunday", "Monday" (never a name, unlike the months "June" and "May").
bool is_weekday(const Token& t) { return t.is(kNeverName) && t.lower.ends_with("day"); }

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

// "Award-winner", "Oscar-nominated", "London-based": a capitalised word whose
// later part is a lower-case role or participle (but "Ji-woo" is a name).
bool has_lowercase_part(std::string_view word) {
  std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= word.size() || word[hyphen + 1] < 'a' ||
      word[hyphen + 1] > 'z')
    return false;
  std::string_view part = word.substr(hyphen + 1);
  // "Loved-up", "Grown-up", "Stand-in": a particle after the hyphen.
  const WordInfo& info = Lexicon::get().word(part);
  // ("Wei-ling", "Xiao-ming": a syllable of a given name, not a participle;
  // "Ji-an", "Su-in": nor a particle, after a syllable no English word is.)
  auto english_before = [&] {
    std::string first(word.substr(0, hyphen));
    std::transform(first.begin(), first.end(), first.begin(), [](char c) { return ascii_lower(c); });
    return word.find('-') != hyphen || Lexicon::get().word(first).has(kCommonWord);
  };
  const bool particle = info.has(kFunctionWord) && english_before();
  const bool participle = ends_with(part, "ing") && (part.size() > 4 || english_before());  // "Right-wing"
  return info.has(kRoleNoun) || particle || participle || ends_with(part, "ed") ||
         ends_with(part, "er") || ends_with(part, "born") || ends_with(part, "ist") || part == "in-law" ||
         part == "language" || part == "style" || part == "era" ||  // "an Amharic-language weekly", "Soviet-era"
         ((hyphen == 3 || hyphen == 4) && (word.starts_with("Pro-") || word.starts_with("Anti-")));  // "Pro-government"
}

// "HollyWire", "StarSider", "YouTube": a capital inside a word after lower
// case is a brand's, not a surname's ("McKenzie", "DeShawn", "LaToya",
// "MacLeod", "DiCaprio", "VanHorn", Zulu "MaZulu": a prefix of names).
bool is_camel_case_brand(std::string_view word) {
  static constexpr std::string_view kNamePrefixes[] = {"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz", "Ma"};
  for (std::size_t k = 1; k + 1 < word.size(); ++k) {
    if (word[k] < 'A' || word[k] > 'Z' || word[k - 1] < 'a' || word[k - 1] > 'z') continue;
    const std::string_view prefix = word.substr(0, k);
    // (Two parts of three letters or more: not a given name the lists
    // lack, "KeKe", "JaVale".)
    return k >= 3 && word.size() - k >= 3 &&
           std::find(std::begin(kNamePrefixes), std::end(kNamePrefixes), prefix) == std::end(kNamePrefixes);
  }
  return false;
}

// "every", "a", "any": a determiner before a capitalised word and
// "family" makes the word a kind of family ("every Tehrani family").
bool names_a_kind_before(const Token& determiner) {
  static constexpr std::string_view kDeterminers[] = {"every", "a", "an", "each", "any", "no", "another", "one"};
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), determiner.lower) != std::end(kDeterminers);
}

class MentionFinder {
 public:
  explicit MentionFinder(Document& doc) : doc_(doc), lex_(Lexicon::get()) {}

  void run() {
    // Each step below adds its mentions in text order: merging the runs
    // sorts them.
    auto at = [&](std::size_t i) { return doc_.mentions.begin() + static_cast<std::ptrdiff_t>(i); };
    layout_mentions_ = doc_.mentions.size();
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s)
      if (!uses_known_names_only(doc_.sentences[s])) scan_sentence(s);
    const std::size_t scanned = doc_.mentions.size();
    scanned_ = scanned;
    settle_guessed_names(layout_mentions_, guessed_names_);
    retype_places_named_like_people(layout_mentions_);
    // One-word names wait for the whole text: a lone "Lee" is kept once the
    // document has named "Ann Lee", before or after it; and one typed a
    // person only for want of a better guess ("Ripton is a town") is the
    // place or organisation the text names elsewhere ("the town of Ripton").
    guessed_names_.clear();
    // "known as Ton", "by his nickname, Ton": a nickname the text gives is a
    // name wherever it stands, however ordinary the word ("Ton co-founded").
    for (const OneWordRun& run : one_word_runs_)
      if (follows_nickname_cue(run.token, doc_.sentences[run.sentence])) known_person_parts_.insert(tok(run.token).lower);
    for (const OneWordRun& run : one_word_runs_) {
      const Sentence& s = doc_.sentences[run.sentence];
      fold_name_into(surface(run.token, run.token + 1), folded_);
      bool guessed = false;
      auto type = classify(run.token, run.token + 1, folded_, s, run.initial, &guessed);
      if (!type) continue;
      if (guessed && !run.after_title) guessed_names_.push_back(doc_.mentions.size());
      Mention m;
      m.first_token = static_cast<std::uint32_t>(run.token);
      m.end_token = static_cast<std::uint32_t>(run.token + 1);
      m.type = run.after_title ? EntityType::Person : *type;
      set_surface(m, run.token, run.token + 1);
      doc_.keep_folded(m, folded_);
      add(std::move(m), s);
    }
    settle_guessed_names(scanned, guessed_names_);
    // The body's names in text order (the first form seen decides a known
    // form's type), after the layout's.
    std::inplace_merge(at(layout_mentions_), at(scanned), doc_.mentions.end(), starts_earlier);
    remember_known_names();
    const std::size_t body = doc_.mentions.size();
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s)
      if (uses_known_names_only(doc_.sentences[s])) scan_heading(s);
    std::inplace_merge(at(0), at(layout_mentions_), at(body), starts_earlier);
    std::inplace_merge(at(0), at(body), doc_.mentions.end(), starts_earlier);
    share_coordinated_surnames();
    drop_family_plurals();
  }

 private:
  // "the Fontenots", "the Park-Reeds": the plural of a surname the text
  // gives people is their family, no organisation or place of its own, nor
  // a person ("His Lapointes came from Lévis and were never Tremblays"; a
  // given name or a word of the text's full names is someone's: "Edwards"
  // beside "Huw Edward Jones").
  void drop_family_plurals() {
    auto plural_word = [&](const Mention& m) {
      if (m.pronoun || m.end_token - m.first_token != 1) return false;
      const Token& t = tok(m.first_token);
      return t.lower.size() >= 3 && t.lower.ends_with('s') && !(m.type == EntityType::Person && t.is(kFirstNameWord));
    };
    // Most documents name no such word: no table of surnames is built.
    if (std::none_of(doc_.mentions.begin(), doc_.mentions.end(), plural_word)) return;
    StringViewSet surnames, names;
    for (const Mention& m : doc_.mentions)
      if (!m.pronoun && m.type == EntityType::Person && m.end_token - m.first_token >= 2) {
        surnames.insert(tok(m.end_token - 1).lower);
        for (std::uint32_t t = m.first_token; t < m.end_token; ++t) names.insert(tok(t).lower);
      }
    if (surnames.empty()) return;
    auto is_family = [&](const Mention& m) {
      if (!plural_word(m)) return false;
      const std::string_view w = tok(m.first_token).lower;
      if (m.type == EntityType::Person && names.count(w)) return false;
      return surnames.count(w.substr(0, w.size() - 1)) || (w.ends_with("es"sv) && surnames.count(w.substr(0, w.size() - 2)));
    };
    doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(), is_family), doc_.mentions.end());
  }

  // "Luc and Mireille Garnier", "Desmond and Ruth Marlowe": a first name
  // joined by "and" to a first name and surname shares the surname (its
  // folded name becomes "luc garnier"), unless the text gives that first
  // name a full name of its own ("Ana and Tomas Berg" after "Ana
  // Lopez") or is the surname of one ("Leary and Brian Grazer" after
  // "Denis Leary"; the last of three names may be a given name: "Anselm
  // Ferdinand Luc").
  void share_coordinated_surnames() {
    std::vector<Mention>& mentions = doc_.mentions;
    // Pairs of neighbouring mentions, by the index of the first: "Ruth and
    // Malcolm Pryce" (candidates) and "Victor Amesbury, 58, and his wife
    // Pauline" (spouses: the spouse named by a given name alone after a
    // full name shares its surname).
    std::vector<std::size_t> candidates, spouses;
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
      const Mention& a = mentions[i];
      const Mention& b = mentions[i + 1];
      if (a.type != EntityType::Person || b.type != EntityType::Person || a.pronoun || b.pronoun) continue;
      if (a.end_token == a.first_token + 1 && b.end_token == b.first_token + 2 && b.first_token == a.end_token + 1) {
        if (tok(a.end_token).lower == "and"sv && !tok(b.first_token + 1).is(kFirstNameWord) &&
            ((tok(a.first_token).is(kFirstNameWord) && tok(b.first_token).is(kFirstNameWord)) ||
             follows_family_plural(doc_, a.first_token)))
          candidates.push_back(i);
        continue;
      }
      if (a.end_token - a.first_token < 2 || b.end_token != b.first_token + 1 || !tok(b.first_token).is(kFirstNameWord) ||
          b.first_token < a.end_token + 3 || b.first_token > a.end_token + 7)
        continue;
      std::size_t k = a.end_token;
      if (tok(k).lower == ","sv && is_age(tok(k + 1)) && tok(k + 2).lower == ","sv) k += 3;
      if (k + 3 > b.first_token) continue;  // room for "and his wife" before the name
      if (tok(k).lower != "and"sv || (tok(k + 1).lower != "his"sv && tok(k + 1).lower != "her"sv)) continue;
      const std::string_view spouse = tok(k + 2).lower;
      if (spouse != "wife"sv && spouse != "husband"sv) continue;
      k += 3;
      if (tok(k).lower == ","sv) ++k;
      if (k == b.first_token) spouses.push_back(i);
    }
    if (candidates.empty() && spouses.empty()) return;  // most documents: no such pair, no index
    // The words of the document's full names: a given name that is also
    // another full name's word is no lone name of the pair. For a spouse,
    // the given names of full names that are no birth names ("Mrs
    // Amesbury, formerly Pauline Rix").
    StringViewSet named_first_words, given_names;
    for (const Mention& m : mentions) {
      if (m.type != EntityType::Person || m.pronoun) continue;
      const std::string_view folded = doc_.folded(m);
      const std::size_t space = folded.find(' ');
      if (space != std::string_view::npos) {
        named_first_words.insert(folded.substr(0, space));
        if (folded.rfind(' ') == space) named_first_words.insert(folded.substr(space + 1));
      }
      if (spouses.empty() || m.end_token - m.first_token < 2) continue;
      const std::string_view before = m.first_token > 0 ? tok(m.first_token - 1).lower : std::string_view();
      if (before != "formerly"sv && before != "née"sv && before != "nee"sv && before != "born"sv)
        given_names.insert(folded.substr(0, space));
    }
    std::vector<std::pair<std::size_t, std::string>> shared;  // applied below: keep_folded moves the views
    for (std::size_t i : candidates) {
      const std::string_view first = doc_.folded(mentions[i]), full = doc_.folded(mentions[i + 1]);
      const std::size_t space = full.rfind(' ');
      if (first.empty() || space == std::string_view::npos || named_first_words.count(first)) continue;
      shared.emplace_back(i, std::string(first) + std::string(full.substr(space)));
    }
    for (std::size_t i : spouses) {
      const std::string_view full = doc_.folded(mentions[i]), first = doc_.folded(mentions[i + 1]);
      const std::size_t space = full.rfind(' ');
      if (first.empty() || given_names.count(first)) continue;
      shared.emplace_back(i + 1, std::string(first) + std::string(full.substr(space)));
    }
    for (const auto& [index, folded] : shared) doc_.keep_folded(mentions[index], folded);
  }

  bool uses_known_names_only(const Sentence& s) const {
    return s.heading && s.zone != Zone::Credit && s.zone != Zone::Byline;
  }

  const Token& tok(std::size_t i) const { return doc_.tokens[i]; }
  std::string_view word(std::size_t i) const { return doc_.token_text(doc_.tokens[i]); }

  // A token that can be part of a name: a capitalised word of letters.
  bool name_like(std::size_t i) const {
    const Token& t = tok(i);
    if (!t.has(kWord) || !t.has(kCapitalized) || t.has(kClitic) || t.has(kNumber)) return false;
    if (!t.has(kJoined)) return true;
    std::string_view w = word(i);
    // "Anti-Trump protesters", "Pro-EU campaigners": a stance before a
    // lower-case word ("the Anti-Defamation League" is a name).
    if ((w.starts_with("Pro-") || w.starts_with("Anti-")) && !w.ends_with('-') && i + 1 < doc_.tokens.size() &&
        !tok(i + 1).has(kCapitalized))
      return false;
    return w.find('*') == std::string_view::npos && !has_lowercase_part(w);
  }

  bool sentence_initial(std::size_t i, const Sentence& s) const {
    for (std::size_t k = i; k-- > s.first_token;) {
      const Token& t = tok(k);
      if (t.has(kWord)) return false;
      // "have three children: Ivy, Max and Leo", "three children - Ruby, 17,
      // Finn and Lola": a list of names, no new sentence.
      if (t.lower == ":"sv || t.lower == "-"sv) return !(k > s.first_token && tok(k - 1).is(kChildNoun));
      if (t.has(kQuote) || t.lower == "("sv || t.lower == "["sv) return true;
      return false;
    }
    return true;
  }

  // Whether the text capitalises `w` inside a sentence somewhere. Asked of
  // few documents (a first name that is also a word, opening a sentence):
  // the words are collected at the first question.
  bool capitalised_midsentence(std::string_view w) const {
    if (!midsentence_capitals_) {
      midsentence_capitals_.emplace();
      for (const Sentence& s : doc_.sentences) {
        if (s.heading) continue;
        for (std::size_t i = s.first_token; i < s.end_token; ++i)
          if (name_like(i) && !sentence_initial(i, s)) midsentence_capitals_->insert(tok(i).lower);
      }
    }
    return midsentence_capitals_->count(w) > 0;
  }

  // "al-Harthy", "el-Sayed": a surname joined to its lower-case article.
  bool joined_particle_name(std::size_t k) const {
    const Token& t = tok(k);
    if (!t.has(kWord) || t.has(kCapitalized) || !t.has(kJoined)) return false;
    const std::string_view w = word(k);
    return w.size() > 4 && (w.starts_with("al-"sv) || w.starts_with("el-"sv)) && w[3] >= 'A' && w[3] <= 'Z';
  }

  // The name word after the particles of a surname that starts at k ("van
  // der Saar", "de la Cruz", "von Ahlefeld", "bin al-Kathiri"): at most two
  // particles, then a capitalised word or a joined one; 0 if none.
  std::size_t name_after_particles(std::size_t k, const Sentence& s) const {
    for (std::size_t j = k; j < s.end_token && j < k + 2; ++j) {
      if (!tok(j).has(kWord) || !is_particle(tok(j).lower)) return 0;
      if (j + 1 < s.end_token && (name_like(j + 1) || joined_particle_name(j + 1))) return j + 1;
    }
    return 0;
  }

  // "with von Ahlefeld selling", "al-Sayegh said": a surname that opens with
  // a lower-case particle.
  // Not after a capitalised word, whose run would have taken the particle
  // had it been a person's ("Via della Spiga"), nor before a place ("the
  // Centre d'innovation de Montréal").
  bool opens_surname(std::size_t k, const Sentence& s) const {
    const Token& t = tok(k);
    if (!t.has(kWord) || t.has(kCapitalized) || (k > s.first_token && tok(k - 1).has(kCapitalized))) return false;
    // "the van Mark had rented": a determiner's noun.
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that"};
    if (k > s.first_token && in(kDeterminers, tok(k - 1).lower)) return false;
    if (joined_particle_name(k)) return true;
    if (!is_surname_opener(t.lower)) return false;
    const std::size_t name = name_after_particles(k, s);
    return name != 0 && !names_place(name);
  }

  // Whether the word at k is a place's one-word name ("Paris", "Montréal").
  bool names_place(std::size_t k) const { return tok(k).is(kPlaceWord) || lex_.is_location(fold_name(word(k))); }

  // Whether the run [first, end) is shaped like a person's name with a
  // surname's particles in it: a given name first ("Konstantin von
  // Ahlefeld"; not a particle the name lists also hold: "La", "De"), or a
  // surname's opening particle before a word that is no ordinary one ("Van
  // der Saar", "von Ahlefeld"; not "Conservatoire de Paris", where a place
  // follows the particle).
  bool person_with_particles(std::size_t first, std::size_t end, const Sentence& s) const {
    // "Koos van Wyk", "Henk ter Horst": a given name the lists lack before a
    // Dutch or German particle. Titles and firms put a Romance one there
    // ("Cirque du Soleil", "Banco di Napoli"), so only these count. After
    // two particles even a word or a place's is a surname ("Joost van den Berg").
    // ("Jacobus Petrus van Wyk": two such given names.)
    static constexpr std::string_view kGermanicParticles[] = {"van", "von", "ter", "ten", "vom"};
    auto given_name_like = [&](std::size_t k) {
      return tok(k).has(kCapitalized) && !tok(k).has(kAllCaps) && !tok(k).is(kCommonWord) && !tok(k).is(kFunctionWord) &&
             !tok(k).is(kPlaceWord) && !tok(k).is(kOrgCue) && !tok(k).is(kWorkCue);
    };
    std::size_t particle = first + 1;
    if (particle + 2 < end && given_name_like(first) && given_name_like(particle)) ++particle;
    if (particle + 1 < end && given_name_like(first) && !tok(particle).has(kCapitalized) &&
        in(kGermanicParticles, tok(particle).lower)) {
      const std::size_t name = name_after_particles(particle, s);
      if (name != 0 && name < end && (name > particle + 1 || (!tok(name).is(kCommonWord) && !names_place(name)))) return true;
    }
    // "Le Ventre de Paris": a particle before a place is a title's "of".
    for (std::size_t k = first + 1; k < end; ++k)
      if (!tok(k).has(kCapitalized) && is_particle(tok(k).lower))
        if (const std::size_t name = name_after_particles(k, s); name != 0 && names_place(name)) return false;
    if (usual_first_name(tok(first)) && !is_particle(tok(first).lower)) return true;
    // "Jean-Baptiste de Valmont": a compound given name the lists lack,
    // whose first part they have (of known sex).
    if (const std::size_t hyphen = tok(first).lower.find('-'); hyphen != std::string_view::npos && hyphen > 0) {
      const WordInfo& part = lex_.word(tok(first).lower.substr(0, hyphen));
      if (part.has(kFirstNameWord) && part.first_name_gender != Gender::Unknown) return true;
    }
    if (!joined_particle_name(first) && !is_surname_opener(tok(first).lower)) return false;
    const std::size_t name = joined_particle_name(first) ? first : name_after_particles(first, s);
    return name != 0 && name < end && !tok(name).is(kCommonWord) && !names_place(name);
  }

  // "the Member for Hollin Cross", "the MP for Dunmere", "Senator for
  // Kildare": the place someone represents.
  bool represented_place(std::size_t first, const Sentence& s) const {
    if (first < s.first_token + 2 || tok(first - 1).lower != "for"sv) return false;
    // Not "representative": "a representative for Reyes" speaks for him.
    static constexpr std::string_view kRepresentatives[] = {"member",      "mp",           "msp",        "mla",
                                                            "mep",         "td",           "senator",    "congressman",
                                                            "congresswoman", "councillor", "councilor", "assemblyman",
                                                            "assemblywoman"};
    return in(kRepresentatives, tok(first - 2).lower);
  }

  bool title_like_start(std::size_t i) const {
    const Token& t = tok(i);
    return !t.is(kFirstNameWord) && !t.is(kHonorific) && t.is(kCommonWord) && !t.is(kFunctionWord);
  }

  // Whether a run holds a possessive before an organisation's cue word,
  // as extend_run takes one in ("St. Luke's Hospital").
  bool names_organisation(std::size_t first, std::size_t end) const {
    for (std::size_t k = first; k + 1 < end; ++k)
      if (tok(k).has(kClitic) && tok(k + 1).is(kOrgCue)) return true;
    return false;
  }

  // "her mother, May,", "April's daughter, June, was born": a given name
  // that is also a word or a month, alone after a relative's noun and
  // closed by a stop, a comma or "and" (not "her son, in May 2019"; nor a
  // weekday: "He thanked his wife, Sunday.").
  bool named_after_kin_noun(std::size_t first, std::size_t end, const Sentence& s) const {
    if (end != first + 1 || !tok(first).is(kFirstNameWord) || end >= s.end_token) return false;
    if (is_weekday(tok(first))) return false;
    const std::string_view after = tok(end).lower;
    if (after != ","sv && after != "."sv && after != "and"sv) return false;
    return follows_gendered_noun(doc_, s, static_cast<std::uint32_t>(first));
  }

  // "Robert (Bert) Strachan", "Harold (Hershel) Rosenthal": in brackets
  // after a given name, only a pet form of it or a given name of the same
  // sex names the same person ("Susan (Dale) Marchetti" names her husband).
  bool bracketed_other_given_name(std::size_t given, std::size_t other) const {
    const Gender sex = tok(given).word.first_name_gender;
    return is_nickname_of(tok(other).lower, tok(given).lower) || is_name_variant(tok(other).lower, tok(given).lower) ||
           (sex != Gender::Unknown && tok(other).word.first_name_gender == sex);
  }

  // Past the surname of `First "Nick" Last` when the run [first, end) is a
  // first name (and more) followed by a quoted name word and a surname run;
  // else `end`. A given name the lists lack counts when neither it nor the
  // nickname is an ordinary word: `Bronisława "Bronia" Hale`.
  // `open_at`: the opening mark's token, after the stop of a middle
  // initial ('Robert J. "Bobby" Callahan III').
  std::size_t quoted_nickname_end(std::size_t first, std::size_t end, const Sentence& s, std::size_t& open_at) const {
    open_at = end;
    if (end + 4 < s.end_token && end >= first + 2 && tok(end).lower == "."sv && !tok(end).has(kSpaceBefore) &&
        word(end - 1).size() == 1 && tok(end + 1).has(kQuote)) {
      const std::size_t after_initial = quoted_nickname_end(first, end + 1, s, open_at);
      if (after_initial > end + 1) return after_initial;
      open_at = end;
    }
    if (end + 3 >= s.end_token) return end;
    // (A given name the lists know, after a title too: 'Sen. Robert J. "Bobby" Callahan'.)
    bool listed = false;
    for (std::size_t k = first; k < end && !listed; ++k) listed = tok(k).is(kFirstNameWord);
    if (!listed && (tok(first).is(kCommonWord) || tok(first).is(kFunctionWord) || tok(end + 1).is(kCommonWord) ||
                    lex_.is_media_org(fold_name(word(first)))))
      return end;
    const Token& open = tok(end);
    const Token& close = tok(end + 2);
    const bool bracketed =
        open.lower == "("sv && close.lower == ")"sv && end == first + 1 && bracketed_other_given_name(first, end + 1);
    if (!bracketed && (!open.has(kQuote) || !close.has(kQuote))) return end;
    if (!name_like(end + 1) || !name_like(end + 3)) return end;
    // The marks hug the nickname: "Neil", not a quotation that opens after a name.
    if (tok(end + 1).has(kSpaceBefore) || close.has(kSpaceBefore) || !tok(end + 3).has(kSpaceBefore)) return end;
    const std::size_t surname_end = extend_run(end + 3, s);
    // Not `Netflix "Bridgerton" Season three`: a title's or a firm's cue word is nobody's surname.
    if (!listed)
      for (std::size_t k = end + 3; k < surname_end; ++k)
        if (tok(k).is(kWorkCue) || tok(k).is(kOrgCue) || tok(k).is(kEventCue)) return end;
    return surname_end;
  }

  // Whether the name before the comma that opens an aside at `cue` ("Robert
  // Callahan IV, 33, known ...") is a person's, as far as its words say: a
  // given name the lists know and no organisation's word ("The Public Sector
  // Employees Union, known as P.S.E.U.").
  bool person_named_before_aside(std::size_t cue) const {
    const std::size_t end = name_end_before_aside(cue, 0);
    if (end == 0) return false;
    bool given_name = false;
    for (std::size_t k = end; k-- > 0 && end - k <= 6 && (tok(k).has(kCapitalized) || tok(k).lower == "."sv);) {
      if (tok(k).is(kOrgCue)) return false;
      given_name = given_name || tok(k).is(kFirstNameWord);
    }
    return given_name;
  }

  // The "known" of "known as" or "known to everyone as" before the "as" at
  // `as` (up to three words between, no comma, no further back than
  // `floor`), or 0.
  std::size_t known_before_as(std::size_t as, std::size_t floor) const {
    for (std::size_t k = as - 1; k + 4 >= as && k > floor && tok(k).lower != ","sv; --k)
      if (tok(k).lower == "known"sv) return k;
    return 0;
  }

  // Where the name ends that an aside opened by a comma before `cue`
  // follows, past an age ("Robert Callahan IV, 33, known ..."), or 0 if no
  // comma opens it. No further back than `floor`.
  std::size_t name_end_before_aside(std::size_t cue, std::size_t floor) const {
    if (cue < floor + 2 || tok(cue - 1).lower != ","sv) return 0;
    std::size_t end = cue - 1;
    if (end >= floor + 3 && tok(end - 1).has(kNumber) && tok(end - 2).lower == ","sv) end -= 2;
    return end;
  }

  // Whether the text gives these folded initials to someone as a
  // nickname: "known to everyone as R.J.", "nicknamed T.J.". The initials
  // are collected at the first question (few documents ask).
  bool initials_given_as_nickname(std::string_view folded) const {
    if (!nickname_initials_) {
      nickname_initials_.emplace();
      for (std::size_t t = 1; t + 2 < doc_.tokens.size(); ++t) {
        const std::string_view cue = tok(t).lower;
        if (cue != "as"sv && cue != "nicknamed"sv) continue;
        const std::size_t known = cue == "nicknamed"sv ? t : known_before_as(t, 0);
        if (known == 0 || !person_named_before_aside(known)) continue;
        std::size_t k = t + 1;
        while (k + 1 < doc_.tokens.size() && word(k).size() == 1 && tok(k).has(kCapitalized) && tok(k + 1).lower == "."sv &&
               !tok(k + 1).has(kSpaceBefore))
          k += 2;
        // The last stop ends the name's run, as the initials' own run leaves it.
        if (k >= t + 5) nickname_initials_->insert(fold_name(surface(t + 1, k - 1)));
      }
    }
    return nickname_initials_->count(folded) > 0;
  }

  std::size_t extend_run(std::size_t i, const Sentence& s) const {
    std::size_t end = i + 1;
    // "E!": the exclamation mark is part of the name.
    if (word(i).size() == 1 && end < s.end_token && tok(end).lower == "!"sv && !tok(end).has(kSpaceBefore))
      return end + 1;
    // "Speaking to the Courier's Tobiah Brandt, ...": a participle opening
    // the sentence opens a clause, not a title ("Waiting for Godot" is
    // quoted or mid-sentence).
    const bool opening_participle = i == s.first_token && tok(i).lower.size() > 4 && tok(i).lower.ends_with("ing");
    // "Van der Saar, 58, denies": a surname's particle, no title's word.
    // "Daughter of Andre and Tanya DeLeon" (a profile's line): a kin noun
    // before a given name opens no title.
    const bool kin_of_someone = i + 2 < s.end_token && is_blood_kin_noun(tok(i).lower, tok(i).is(kChildNoun)) &&
                                tok(i + 1).lower == "of"sv && tok(i + 2).is(kFirstNameWord);
    bool title_like = title_like_start(i) && !opening_participle && !kin_of_someone &&
                      !(is_surname_opener(tok(i).lower) && name_after_particles(i, s));
    bool joined_by_ampersand = false;
    while (end < s.end_token) {
      const Token& t = tok(end);
      if (t.has(kLineStart)) break;
      // "In June I married", "On Friday I met": the narrator's "I" after a date.
      if (t.lower == "i"sv && tok(end - 1).is(kNeverName)) break;
      if (name_like(end) || (!title_like && joined_particle_name(end))) {
        ++end;
        continue;
      }
      // "Procter & Gamble", "Coutts & Lorne": a firm (classify says so);
      // one "&" a name, and not between two people ("Kim Lee & Bo Berg";
      // but "Rise & Shine", "Will & Grace": words that are also names).
      auto given_name = [&](std::size_t k) { return tok(k).is(kFirstNameWord) && !tok(k).is(kCommonWord); };
      if (t.lower == "&"sv && end + 1 < s.end_token && name_like(end + 1) && !joined_by_ampersand &&
          !(given_name(i) && given_name(end + 1))) {
        joined_by_ampersand = true;
        end += 1;
        continue;
      }
      // "St. Luke's Hospital", "King's College": a possessive inside the
      // name of an organisation named after a saint or a monarch (not
      // "Tom Hale's Band").
      // So is one in a title after a work's noun: "the cop drama Crane's Way".
      if (t.has(kClitic) && t.lower == "'s"sv && end + 1 < s.end_token && name_like(end + 1) &&
          ((tok(end + 1).is(kOrgCue) &&
            (tok(i).lower == "st"sv || tok(i).lower == "saint"sv || tok(i).lower == "king"sv || tok(i).lower == "queen"sv)) ||
           (i > s.first_token && tok(i - 1).is(kWorkCue) && !tok(i - 1).has(kCapitalized)))) {
        end += 1;
        continue;
      }
      if (!t.has(kSpaceBefore) && t.lower == "."sv && end + 1 < s.end_token && name_like(end + 1)) {
        // "Mr. Smith", "J. R. R. Tolkien": an abbreviation or initial inside the name.
        std::string_view prev = word(end - 1);
        if ((prev.size() == 1 && tok(end - 1).has(kCapitalized)) || tok(end - 1).is(kHonorific)) {
          end += 1;
          continue;
        }
      }
      if (t.has(kWord) && !t.has(kCapitalized) && end + 1 < s.end_token) {
        // The flag tests first: a particle list search per lower-case word after a name cost ~1%.
        const bool name_follows = name_like(end + 1) || joined_particle_name(end + 1) || (end + 2 < s.end_token && name_like(end + 2));
        if (!title_like && name_follows && is_particle(t.lower))
          if (std::size_t name = name_after_particles(end, s)) {
            end = name;
            continue;
          }
        // "Holt Museum of Art", "Slade School of Fine Art": after an
        // organisation's cue word too (not after a first name: "Prince
        // Felix of Arnsgrave" is a person of a place).
        // "the Prince of Wales Hospital": a style that opens an organisation's name.
        auto style_of_organisation = [&] {
          if (end != i + 1 || !tok(i).is(kPeerStyle)) return false;
          std::size_t k = end + 1;
          while (k < s.end_token && name_like(k)) ++k;
          return tok(k - 1).is(kOrgCue);
        };
        if (t.lower == "of"sv && name_like(end + 1) &&
            (title_like || (tok(end - 1).is(kOrgCue) && !tok(end - 1).is(kFirstNameWord)) || style_of_organisation())) {
          end += 1;
          continue;
        }
        if (title_like && end + 2 < s.end_token && tok(end + 1).lower == "the"sv && name_like(end + 2) &&
            (t.lower == "with"sv || t.lower == "of"sv || t.lower == "and"sv || t.lower == "in"sv ||
             t.lower == "on"sv || t.lower == "for"sv || t.lower == "from"sv || t.lower == "to"sv)) {
          end += 2;
          continue;
        }
      }
      if (t.has(kWord) && t.has(kAllCaps) && in(kRomanNumerals, t.lower)) {
        ++end;
        continue;
      }
      if (t.has(kWord) && word(end) == "I" && end > i &&
          (end + 1 >= s.end_token || !tok(end + 1).has(kWord) || tok(end + 1).is(kFunctionWord))) {
        ++end;  // "Ferdinand I", "Carol I in 1914"
        continue;
      }
      break;
    }
    // Particles and connectors never end a name.
    while (end > i + 1 && !tok(end - 1).has(kCapitalized) && !joined_particle_name(end - 1)) --end;
    return end;
  }

  // "on Access Hollywood Mary Lee said": an organisation or place name run
  // into a person's name. Splits before the first name if what comes before
  // it is a name of its own kind.
  std::size_t split_before_person(std::size_t first, std::size_t end, const Sentence& s) const {
    // "Elizabeth Ann Haverill", "Victoria Jane Pell": a given name that is
    // also a town, before a middle name and a surname, is the first name
    // (not after a preposition or a comma: "across Victoria Ann Lee won",
    // "Melbourne, Victoria Ann Lee said"; but after a relative's noun and
    // its comma, "Ánte's sister, Elle Márjá Eira", a magazine's name too).
    const Token* before = first > 0 ? &tok(first - 1) : nullptr;
    const bool given_name_first =
        tok(first).is(kFirstNameWord) && tok(first).word.first_name_gender != Gender::Unknown && !tok(first).is(kCommonWord) &&
        (!(before && (before->is(kPreposition) || before->lower == ","sv)) ||
         follows_gendered_noun(doc_, s, static_cast<std::uint32_t>(first)));
    // What the words [first, k) are, kept up as k grows: a run of a roster's
    // thousands of names is read once, not once per name in it.
    bool place_words = false, others_common = true;
    std::size_t read = first;
    // No listed place or outlet has more words than this (tokens: with
    // their stops and hyphens), so no longer prefix is folded to look it up.
    const std::size_t longest_listed = 2 * lex_.longest_place_words() + 1;
    for (std::size_t k = first + 1; k + 1 < end; ++k) {
      // A lower-case particle opens no name inside a run: "Universidad de Montecal".
      if (!tok(k).is(kFirstNameWord) || tok(k).is(kCommonWord) || !tok(k).has(kCapitalized)) continue;
      if (k == first + 1 && given_name_first) continue;
      for (; read < k; ++read) {
        const Token& t = tok(read);
        if (t.is(kPlaceWord)) place_words = true;
        else if (!t.is(kCommonWord) && !t.is(kOrgCue)) others_common = false;
      }
      // ("Institut Paul Bocuse", "Fundación Ana Ruiz": a cue word alone
      // before a name opens an organisation named after someone.)
      if ((tok(k - 1).is(kOrgCue) && k - 1 > first) || (place_words && others_common)) return k;
      if (k - first > longest_listed) continue;
      std::string prefix = fold_name(surface(first, k));
      if (lex_.is_media_org(prefix) || lex_.is_location(prefix)) return k;
    }
    return end;
  }

  // The text of tokens [first, end).
  std::string_view surface(std::size_t first, std::size_t end) const {
    return doc_.span_text(tok(first).begin, tok(end - 1).end);
  }
  void set_surface(Mention& m, std::size_t first, std::size_t end) const {
    m.text_begin = tok(first).begin;
    m.text_end = tok(end - 1).end;
  }

  // "Mother-of-two", "Dad-of-three", "grandmother-of-nine": a parent's
  // noun joined to a count of children, a description like a role's.
  bool counts_children(const Token& t) const {
    if (!t.has(kJoined)) return false;
    const std::size_t of = t.lower.find("-of-");
    return of != std::string_view::npos && lex_.word(t.lower.substr(0, of)).noun_gender != Gender::Unknown;
  }

  // Whether a lower-case noun of a work stands right before token `first`
  // after an article or a possessive and at most two modifiers: "the period
  // drama Harrowgate Lane", "her debut album Undertow", "the BBC sitcom",
  // "Ann's film". Not after a verb: "will play Princess Diana".
  bool follows_work_noun(std::size_t first, const Sentence& s) const {
    if (first < s.first_token + 2) return false;
    const Token& noun = tok(first - 1);
    if (!noun.is(kWorkCue) || noun.has(kCapitalized)) return false;
    for (std::size_t k = first - 1, modifiers = 0; k > s.first_token && modifiers <= 2; ++modifiers) {
      const Token& before = tok(--k);
      static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "her", "his", "their", "its", "my", "our", "your", "'s"};
      if (in(kDeterminers, before.lower)) return true;
      if (!before.has(kWord) || before.is(kFunctionWord) || is_auxiliary(before)) return false;
    }
    return false;
  }

  // "his memoir, Les Toits de Montclair, ends with ...": a title set off by
  // commas after a work's noun. Not someone told or quoted ("told the
  // podcast, Marco Ruiz."), nor a person with an age ("the documentary's
  // director, Ann Lee, 34,").
  bool titles_work_in_apposition(std::size_t first, std::size_t end, const Sentence& s) const {
    if (first <= s.first_token || tok(first - 1).lower != ","sv || !follows_work_noun(first - 1, s)) return false;
    if (end >= s.end_token || (tok(end).lower != ","sv && tok(end).lower != "."sv)) return false;
    if (end + 1 < s.end_token && tok(end).lower == ","sv && is_age(tok(end + 1))) return false;
    return !told_to_before(first - 1, 5, s);
  }

  // Whether one of the `words` tokens before token `at` tells or asks
  // ("told the podcast, ...", "said on the show, ..."): what follows is said
  // to an audience, not a work that was made.
  bool told_to_before(std::size_t at, std::size_t words, const Sentence& s) const {
    static constexpr std::string_view kToldTo[] = {"told", "tells", "tell", "telling", "said", "says", "asked", "asks"};
    for (std::size_t k = at; k-- > s.first_token && k + words >= at;)
      if (in(kToldTo, tok(k).lower)) return true;
    return false;
  }

  // Quoted titles: “Jesus Walks”, ‘True Hollywood Story’. Token i is a
  // quotation mark (the caller checks, once per token); returns the end token
  // of the closing quote, or 0 if what it opens is not a title.
  std::size_t quoted_title(std::size_t i, const Sentence& s) {
    std::size_t close = i + 1;
    int words = 0, capitals = 0;
    // "the song 'Glasshouse'", "a breakup song, \"Windmill Man,\"" (asked
    // only where it matters: most quotations are told apart without it).
    // Not an answer: 'told the podcast, "Marco Ruiz."', '"No Comment," said Ruiz'.
    auto after_work_noun = [&] {
      if (follows_work_noun(i, s)) return true;
      if (i <= s.first_token || tok(i - 1).lower != ","sv || !follows_work_noun(i - 1, s)) return false;
      return !told_to_before(i - 1, 4, s);  // not "wrote a breakup song, ..."
    };
    while (close < s.end_token && !tok(close).has(kQuote)) {
      const Token& t = tok(close);
      static constexpr std::string_view kSmall[] = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "with", "at", "by"};
      if (t.has(kWord) && !t.has(kClitic) && !t.has(kNumber) && !(!t.has(kCapitalized) && in(kSmall, t.lower))) {
        ++words;
        if (t.has(kCapitalized)) ++capitals;
      }
      // American punctuation inside the closing mark, after a work's noun
      // only (speech ends so too: 'said only: "Ask Poelman."'):
      // 'a breakup song, "Windmill Man," that'.
      if ((t.lower == ","sv || t.lower == "."sv) && close > i + 1 && close + 1 < s.end_token && tok(close + 1).has(kQuote) &&
          !(close + 2 < s.end_token && tok(close + 2).is(kSpeechVerb)) && after_work_noun()) {
        ++close;
        break;
      }
      if (t.lower == ","sv || t.lower == "."sv || ++close - i > 14) return 0;
    }
    if (close >= s.end_token || close == i + 1 || words == 0 || words > 10) return 0;
    if (!tok(i + 1).has(kCapitalized)) return 0;
    // "I ..." opens speech, not a title; one capitalised word is a scare quote
    // or a name, unless a work's noun comes before it ("the single 'Glasshouse'").
    if (word(i + 1) == "I" || capitals * 10 < words * 7) return 0;
    // 'has been "Abu Joe" to the whole street': a parent named by the child, no title.
    if (words == 2 && close == i + 3 && names_parent_by_child(tok(i + 1).lower) && tok(i + 2).is(kFirstNameWord)) return 0;
    // 'Yaakov Moshe Halpern ("Reb Yankel")': a titled name in brackets, a nickname.
    if (words == 2 && close == i + 3 && i > s.first_token && tok(i - 1).lower == "("sv && close + 1 < s.end_token &&
        tok(close + 1).lower == ")"sv && (tok(i + 1).is(kHonorific) || is_kin_title(tok(i + 1))))
      return 0;
    if (words < 2 && !after_work_noun()) return 0;
    Mention m;
    m.first_token = static_cast<std::uint32_t>(i + 1);
    m.end_token = static_cast<std::uint32_t>(close);
    std::size_t text_end = close;
    while (text_end > i + 1 && (tok(text_end - 1).lower == "?"sv || tok(text_end - 1).lower == "!"sv ||
                                tok(text_end - 1).lower == ","sv || tok(text_end - 1).lower == "."sv))
      --text_end;
    set_surface(m, i + 1, text_end);
    doc_.keep_folded(m, fold_name(doc_.surface(m)));
    m.type = EntityType::Work;
    add(m, s);
    return close + 1;
  }

  void add(Mention m, const Sentence& s) {
    m.sentence = static_cast<std::uint32_t>(&s - doc_.sentences.data());
    doc_.mentions.push_back(std::move(m));
  }

  // `folded`: fold_name of the span, which the caller keeps for the mention.
  // `guessed`, if given, is set when a one-word name is a person only
  // because nothing says otherwise.
  std::optional<EntityType> classify(std::size_t first, std::size_t end, std::string_view folded,
                                     const Sentence& s, bool initial, bool* guessed = nullptr) const {
    std::size_t n = end - first;
    if (is_dateline(first, end, s)) return EntityType::Location;
    if (represented_place(first, s)) return EntityType::Location;
    // "Guovdageaidnu (Kautokeino)", "Romsa (Tromsø)": a name alone in
    // brackets right after a place's is a place, its other name or the one
    // around it ("Altamira (Caracas)"), which is why it stays a place of
    // its own.
    if (n == 1 && first >= s.first_token + 2 && tok(first - 1).lower == "("sv && end < s.end_token &&
        tok(end).lower == ")"sv && !doc_.mentions.empty() && doc_.mentions.back().end_token == first - 1 &&
        doc_.mentions.back().type == EntityType::Location)
      return EntityType::Location;
    // Not a clause's subject: "the album Vale recorded", "After the final
    // game Teodor Dunvarra embraced his daughter".
    if (follows_work_noun(first, s) &&
        !(end < s.end_token && (is_auxiliary_or_past(tok(end)) || tok(end).is(kSpeechVerb))))
      return EntityType::Work;
    if (titles_work_in_apposition(first, end, s)) return EntityType::Work;
    // "People apparently told him", "Nice weather": a capitalised first word
    // that is also an ordinary word is not taken for a magazine or a town.
    bool initial_word = n == 1 && initial && tok(first).is(kCommonWord);
    // "Santos" of "Maribel Santos" is the person even where a town has the name.
    // ... but "Victoria" of "Victoria Ann Lee" is still the place in "grew
    // up in Victoria": a given name that is also a town, after "in", "at".
    // ... but "On June 16, 1956", "on 16 June" are dates even where "June
    // Costa" is named (not "In 2023 April and Kevin welcomed ...": a year
    // before the name).
    if (n == 1 && tok(first).is(kNeverName)) {
      // A day's number: "16", "16th"; not a year (four digits).
      auto day = [&](const Token& t) {
        const std::size_t length = t.end - t.begin;
        const bool year = length == 4 && std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; });
        return t.has(kNumber) && length <= 4 && !year;
      };
      if ((first + 1 < s.end_token && tok(first + 1).has(kNumber)) || (first > s.first_token && day(tok(first - 1))))
        return std::nullopt;
    }
    if (n == 1 && known_person_parts_.count(tok(first).lower) && !given_name_as_place(first, s)) return EntityType::Person;
    // "Susan (Dale) Marchetti", "Robert Haskins (Linda)", "(the late Carl)":
    // in a survivors' list, a given name alone in brackets right after a
    // name is a person's (each child's spouse), even one that is also a
    // word; not a place ("Ben Kiprono (Kenya)") nor the name's nickname
    // ("Robert (Bob) Haverill").
    if (n == 1 && tok(first).is(kFirstNameWord) && !lex_.is_location(folded)) {
      const std::uint32_t open = bracket_opening(doc_, s, static_cast<std::uint32_t>(first));
      if (open != UINT32_MAX && open > s.first_token && tok(open - 1).has(kCapitalized) && tok(open - 1).has(kWord)) {
        // The bearer's given name opens the capitalised run before the bracket.
        std::size_t given = open - 1;
        while (given > s.first_token && tok(given - 1).has(kCapitalized) && tok(given - 1).has(kWord)) --given;
        if (spouse_name_in_brackets(tok(given), tok(first)) && !is_name_variant(tok(first).lower, tok(given).lower) &&
            lists_survivors(doc_, s))
          return EntityType::Person;
      }
    }
    // "his brother, Frederick": a kin or gendered noun names a person.
    if (n == 1 && (tok(first).is(kNeverName) ? named_after_kin_noun(first, end, s)
                                              : follows_gendered_noun(doc_, s, static_cast<std::uint32_t>(first))))
      return EntityType::Person;
    if (lex_.is_media_org(folded) && !initial_word) return EntityType::Org;
    // "his parents, Gary and Sue Hargreaves": a given name (a town's too)
    // paired with a given name and a surname they share. Not a name of an
    // institution ("the Victoria and Albert Museum").
    // Nor titles ("Lord and Lady Castlemere").
    // (A town's name may be the second given name after one that is no
    // town's: "Tom and Mary Smith".)
    if (n == 1 && tok(first).is(kFirstNameWord) && !tok(first).is(kHonorific) && end + 2 < s.end_token &&
        tok(end).lower == "and"sv && tok(end + 1).is(kFirstNameWord) && !tok(end + 1).is(kHonorific) &&
        (!tok(end + 1).is(kPlaceWord) || (usual_first_name(tok(first)) && gendered_given_name(tok(end + 1)))) &&
        tok(end + 1).has(kCapitalized) && tok(end + 2).has(kCapitalized) &&
        tok(end + 2).has(kWord) && !tok(end + 2).is(kOrgCue) && !tok(end + 2).is(kBuildingCue) &&
        !(end + 3 < s.end_token && tok(end + 3).has(kCapitalized) && tok(end + 3).has(kWord)))
      return EntityType::Person;
    // "John and Mary went home": a given name that is also a town's, joined
    // by "and" to a given name that is none, is a person's (not after a
    // preposition of place: "moved to Florence and Paolo followed").
    if (n == 1 && gendered_given_name(tok(first)) && paired_with_given_name(first, end, s)) return EntityType::Person;
    if (lex_.is_location(folded) && !initial_word) return EntityType::Location;
    // "the U.K.", "the U.N.": letters and full stops only (the last stop
    // ended the run) are an initialism, a country of the lists or else an
    // organisation, never a person's initials.
    bool initials_only = n >= 2;
    for (std::size_t k = first; k < end && initials_only; ++k)
      initials_only = tok(k).lower == "."sv || (tok(k).has(kCapitalized) && word(k).size() == 1);
    if (initials_only && initials_given_as_nickname(folded)) return EntityType::Person;
    if (initials_only) {
      std::string with_stop(folded);
      with_stop += '.';
      return lex_.is_location(with_stop) ? EntityType::Location : EntityType::Org;
    }
    // "studied at U.C. Berkeley", "works for A.T. Kearney", "signed for
    // A.C. Milan": initials after "at", or after "for" with a verb of work
    // or play, open an organisation's name, not a person's (not "a letter
    // from T.J. Reed", "a song for B.B. Holt"; a place after the initials
    // says nothing: "C.J. Washington").
    if (is_initial(first, end) && first > s.first_token + 1) {
      std::size_t k = first;
      while (k < end && is_initial(k, end)) k += 2;
      const std::string_view before = tok(first - 1).lower;
      const std::string_view verb = tok(first - 2).lower;
      const bool works_for = before == "for"sv && (verb == "works"sv || verb == "worked"sv || verb == "working"sv ||
                                                  verb == "plays"sv || verb == "played"sv || verb == "playing"sv ||
                                                  verb == "signed"sv || verb == "signs"sv);
      if (k + 1 == end && (before == "at"sv || works_for)) return EntityType::Org;
    }
    // "London Borough of Lewisham", "Kent County": a place's name and a
    // noun for a division of land no surname is, a place (not a person
    // named London).
    if (n >= 2 && tok(first).is(kPlaceWord) && tok(end - 1).is(kPlaceNoun)) {
      static constexpr std::string_view kDivisions[] = {"borough", "county", "district", "municipality", "oblast",
                                                        "prefecture", "province", "region", "township", "canton"};
      if (in(kDivisions, tok(end - 1).lower)) return EntityType::Location;
    }
    // "Washington D.C.": a name ends in a surname, not in an initial.
    if (n >= 3 && word(end - 1).size() == 1 && tok(end - 1).has(kCapitalized) && tok(first).is(kPlaceWord))
      return EntityType::Location;
    const Token& t0 = tok(first);
    // "Christmas Day", "Easter Sunday", "Christmas Eve": a holiday's word
    // and a day's, no name. Not "June Salter", "Sunday Clarion" (a paper),
    // nor "Ma Jun" (no day's word at its end).
    if (n >= 2 && t0.is(kNeverName) &&
        std::all_of(doc_.tokens.begin() + static_cast<std::ptrdiff_t>(first) + 1, doc_.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const Token& t) {
                      static constexpr std::string_view kDayParts[] = {"day", "eve", "morning", "evening", "night", "weekend"};
                      return t.is(kNeverName) || in(kDayParts, t.lower);
                    }) &&
        (tok(end - 1).lower.ends_with("day"sv) || !tok(end - 1).is(kNeverName)))
      return std::nullopt;
    bool first_name = usual_first_name(t0) || is_initial(first, end);
    // "Georgian Path", "Christian Bible": a people's adjective the name
    // lists also hold, before ordinary words only, is no given name (not
    // "Roman Kemp", "Christian Horner").
    if (first_name && t0.is(kDemonym) && n >= 2 &&
        std::all_of(doc_.tokens.begin() + static_cast<std::ptrdiff_t>(first) + 1, doc_.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const Token& t) { return t.is(kCommonWord) && !t.is(kFirstNameWord); }))
      first_name = false;
    bool has_connector = false, all_common = true, has_location_word = false, others_common = true;
    const bool particles_of_person = person_with_particles(first, end, s);
    std::optional<EntityType> cue;
    for (std::size_t k = first; k < end; ++k) {
      const Token& t = tok(k);
      if (t.lower == "&"sv) return EntityType::Org;
      // An initial's full stop ("George W. Bush", "J.K. Rowling") joins no words.
      if (!t.has(kCapitalized))
        has_connector = has_connector || (t.lower != "of"sv && t.lower != "."sv &&
                                          !((is_particle(t.lower) || joined_particle_name(k)) && particles_of_person));
      if (!t.has(kCapitalized)) continue;
      if (!t.is(kCommonWord)) all_common = false;
      if (t.is(kPlaceWord) && !t.is(kFirstNameWord)) has_location_word = true;
      else if (!t.is(kCommonWord) && !t.is(kOrgCue)) others_common = false;
      if (n > 1 && t.is(kEventCue)) cue = EntityType::Event;
      // "Jessica Hall" is a person, "Sunday Chronicle" (a day first) a paper,
      // and so is "Dray Logistics": a plural cue is nobody's surname, nor is
      // an institution's ("Stanford University").
      // "High Street", "Bank Road": a street named after an organisation's word.
      if (n > 1 && !cue && t.is(kOrgCue) && !(k + 1 < end && tok(end - 1).is(kStreetCue)) &&
          !(first_name && !t0.is(kNeverName) && n == 2 && k == first + 1 && !plural_cue(t.lower) &&
            !t.is(kInstitutionCue)))
        cue = EntityType::Org;
    }
    // "Chief Executive Officer", "Entertainment Correspondent", "Court
    // Reporter": a title, nobody's name (even with an organisation's cue
    // word in it).
    if (n > 1 && is_title(first, end)) return std::nullopt;
    // "one of nine John Makis", "three Marias in the class": a name counted
    // in the plural names nobody.
    if (first > s.first_token && tok(first - 1).is(kNumberWord) && tok(first - 1).lower != "one"sv &&
        tok(end - 1).lower.ends_with('s') && !tok(end - 1).lower.ends_with("ss"sv) &&
        !(end < s.end_token && tok(end).has(kCapitalized)))
      return std::nullopt;
    if (cue) return cue;
    if (has_connector) return EntityType::Work;
    // "on Saturday Night Sing-Off", "Monday Night Football": a weekday
    // that is no given name opens a show's name, not a person's; so does
    // one that is, before a time of day ("Sunday Night Football", but
    // "Sunday Adebayo").
    static constexpr std::string_view kTimesOfDay[] = {"night", "morning", "afternoon", "evening"};
    if (n >= 2 && is_weekday(t0) && (!t0.is(kFirstNameWord) || in(kTimesOfDay, tok(first + 1).lower)))
      return EntityType::Work;
    // "African American", "Classical Greek": peoples and languages, not names.
    if (tok(end - 1).is(kDemonym) &&
        (tok(first).is(kDemonym) || tok(first).is(kCommonWord)))
      return std::nullopt;
    // "Keeping Up With The Joneses": capitalised small words inside a name
    // are a title's.
    for (std::size_t k = first + 1; n >= 3 && k + 1 < end && !first_name; ++k)
      if (tok(k).is(kFunctionWord) && !in(kParticles, tok(k).lower)) return EntityType::Work;
    std::string_view after = end < s.end_token ? std::string_view(tok(end).lower) : std::string_view();
    bool attributive = !after.empty() && tok(end).has(kWord) &&
                       (!tok(end).has(kCapitalized) || has_lowercase_part(word(end))) &&
                       (tok(end).is(kRoleNoun) || tok(end).is(kWorkCue) || head_word(tok(end)).has(kRoleNoun));
    // Who founds or heads what: a name that is no person's, not a person's
    // possession ("chief executive of Roman Abramovich's foundation"), nor
    // a day ("founded Monday") or a lone word.
    const bool named_like_a_firm = !first_name && !t0.is(kNeverName) &&
                                   (n >= 2 || !t0.is(kCommonWord)) && !(end < s.end_token && tok(end).has(kClitic));
    // "co-founded Lamoon in 2017", "co-founded Lomax Fenton with ...",
    // "founded Georgian Path": what was founded is an organisation.
    if (named_like_a_firm && first > s.first_token) {
      static constexpr std::string_view kFounding[] = {"founded", "co-founded", "cofounded", "established", "launched"};
      if (in(kFounding, tok(first - 1).lower)) return EntityType::Org;
    }
    // "chief executive of Drzewiecki Okna", "the founder of Lamoon".
    if (named_like_a_firm && first >= s.first_token + 2 && tok(first - 1).lower == "of"sv) {
      static constexpr std::string_view kHeadsOf[] = {"executive", "ceo", "chairman", "chairwoman", "founder", "co-founder",
                                                      "cofounder", "owner", "co-owner", "director"};
      if (in(kHeadsOf, tok(first - 2).lower)) return EntityType::Org;
    }
    // "Georgian Path founder Revaz Kiknadze", "Harbour Lights chairman Tom
    // Lee": a name its founder or head is named after is an organisation's.
    if (n >= 2 && named_like_a_firm && end + 1 < s.end_token && tok(end + 1).has(kCapitalized)) {
      static constexpr std::string_view kHeads[] = {"founder", "co-founder", "cofounder", "chairman", "chairwoman", "leader"};
      if (in(kHeads, after)) return EntityType::Org;
    }
    if (n == 1) {
      std::string_view w = t0.lower;
      // A number word alone names nobody: '"Sixty-nine years," Pippo said'.
      if (t0.is(kDemonym) || t0.is(kFunctionWord) || t0.is(kNeverName) || t0.is(kNumberWord)) return std::nullopt;
      // "lived in Room 12", "is in Class 5", "Table 1": an everyday noun numbered is a label, no name.
      if (t0.is(kCommonWord) && !t0.is(kFirstNameWord) && end < s.end_token && tok(end).has(kNumber) &&
          !lex_.is_media_org(folded))
        return std::nullopt;
      if (t0.is(kHonorific) || head_word(t0).has(kHonorific)) return std::nullopt;  // "King", "Lieutenant-Governor"
      if (t0.is(kKinTitle)) return std::nullopt;                                       // "proud Nana and Papa"
      if (t0.is(kRoleNoun) && !t0.is(kFirstNameWord)) return std::nullopt;
      if (t0.is(kOrgCue) || t0.is(kWorkCue) || t0.is(kEventCue)) return std::nullopt;
      if (t0.has(kAllCaps) && !t0.is(kFirstNameWord)) return std::nullopt;
      if (word(first).size() < 2) return std::nullopt;
      // "Microsoft chief Satya Nadella", "Lumio spokeswoman Ann Roy",
      // "Halvard employees": an organisation's officers or staff after a
      // word the name lists lack (not "shares": "Okafor shares a flat").
      if (!after.empty() && !t0.is(kFirstNameWord) && !tok(end).has(kCapitalized) &&
          (first == s.first_token || !tok(first - 1).has(kClitic))) {  // not "Delaney's Senate chief of staff"
        static constexpr std::string_view kOfAnOrganisation[] = {
            "chief", "ceo", "cfo", "coo", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
            "executives", "shareholders", "employees", "staff", "workers"};
        if (in(kOfAnOrganisation, after)) return EntityType::Org;
      }
      if (attributive) return std::nullopt;  // "Grammy winner", "KKW mogul"
      bool common = t0.is(kCommonWord);
      std::string_view before = first > s.first_token ? std::string_view(tok(first - 1).lower) : "";
      // "born at Luster", "in Prelate, Saskatchewan", "in Münsingen,
      // Württemberg" (a place of the lists or one typed here): the place
      // after "in" and the comma, and no second place after the name
      // ("Pharasmanes in Iberia, Mithridates in Armenia"; "Nelson, Laurance").
      // Not a first name: "In Paris, Ann met Bo" is Ann.
      bool after_place = before == "," && after != "in"sv && after != "at"sv && first >= s.first_token + 2 &&
                         !usual_first_name(t0) &&
                         (preposition_of_place_before(place_ending_at(first - 1), s) ||
                          is_address(place_ending_at(first - 1), first - 1, s));
      // "the railway town of Dunford", "the island of Sarn"; "Mr Emeka Oduya,
      // of Brightlingham" (an announcement's residence); "the Earl of Ross",
      // "Prince Felix of Arnsgrave" (a title's territory); "John Murphy of
      // Ballina", "Catherine of Aragon" (where a person is of).
      // Not before an organisation's cue word: "Constance Obi-Lyle of Vellum magazine".
      // Nor after a kin noun that is also a given name or a title: "Son of
      // Greg and Lisa Brandt", "Father of Ruth and Ian".
      // "king of Mirkwood", "the emir of Qadira", "the battle of Samugarh":
      // a ruler's realm, a battle's field.
      static constexpr std::string_view kOfARealm[] = {"king",  "queen",  "emperor", "empress", "sultan", "emir",
                                                       "tsar",  "czar",   "shah",    "raja",    "rani",   "maharaja",
                                                       "ruler", "mayor",  "governor", "battle", "siege"};
      const bool of_place = before == "of" && first >= s.first_token + 2 && !(end < s.end_token && tok(end).is(kOrgCue)) &&
                            (tok(first - 2).is(kPlaceNoun) || tok(first - 2).lower == ","sv || in(kOfARealm, tok(first - 2).lower) ||
                             (person_name_ends_at(first - 2, s) &&
                              !is_blood_kin_noun(tok(first - 2).lower, tok(first - 2).is(kChildNoun))));
      // "a physiotherapist from Galway", "moved to Tralee", "hails from
      // Cobh": where someone comes from or goes (not "a letter from Fahey").
      // After a verb of moving even a given name is a town's ("moved to
      // Kerry", "returned to Ennis"), unless the text names a person so
      // ("Tom Berg left; Ana returned to Tom": known_person_parts_ below).
      const bool from_or_to_place = (before == "from" || before == "to") && first >= s.first_token + 2 && [&] {
        const Token& prior = tok(first - 2);
        if (before == "from" && !usual_first_name(t0) && (prior.is(kRoleNoun) || head_word(prior).has(kRoleNoun))) return true;
        // "the crossing from Hanko to Hull": a journey's start, when its end is a place.
        if (before == "from" && after == "to"sv && !usual_first_name(t0) && end + 1 < s.end_token && tok(end + 1).is(kPlaceWord))
          return true;
        static constexpr std::string_view kMotion[] = {"moved", "moving", "relocated", "emigrated", "returned", "travelled",
                                                       "traveled", "flew", "hails", "hailed", "hailing"};
        return std::find(std::begin(kMotion), std::end(kMotion), prior.lower) != std::end(kMotion);
      }();
      bool place_context = before == "in" || before == "at" || before == "near" || after_place || of_place || from_or_to_place ||
                           (end + 1 < s.end_token && after == "," && tok(end + 1).is(kPlaceWord));
      if (place_context && !known_person_parts_.count(w) && !(end < s.end_token && tok(end).has(kClitic)))
        return EntityType::Location;
      if (t0.is(kFirstNameWord)) {
        // "Tom and Mary Smith had lunch": a given name that is also a word
        // names someone before "and" and another given name.
        const bool pair_opens = end + 1 < s.end_token && tok(end).lower == "and"sv && gendered_given_name(tok(end + 1)) &&
                                !tok(end + 1).is(kCommonWord);
        if (initial && common && !pair_opens && !capitalised_midsentence(w)) return std::nullopt;
        return EntityType::Person;
      }
      if (common) {
        if (known_person_parts_.count(w)) return EntityType::Person;
        return std::nullopt;
      }
      if (place_context) return EntityType::Location;
      if (after_the(first, end, s)) return EntityType::Org;
      // "the software company Lumio", "the startup Lumio": a kind of
      // organisation in lower case right before a word the name lists lack
      // (not "his brothers Aurangzeb and Murad").
      if (first > s.first_token) {
        static constexpr std::string_view kOrgKinds[] = {"company", "firm", "startup", "start-up", "carmaker", "automaker",
                                                         "conglomerate", "retailer", "airline", "bank", "band", "agency",
                                                         "studio", "charity", "brewery", "winery", "label", "publisher"};
        if (in(kOrgKinds, tok(first - 1).lower)) return EntityType::Org;
      }
      if (owns_a_named_person(first, end, s)) return EntityType::Org;
      if (is_camel_case_brand(word(first))) return EntityType::Org;
      // "carved his first Kašpárek", "her new Tesla": a possessive and an
      // ordinal or an adjective of owning before a word the lists lack make
      // it a kind of thing (a given name would have been read above).
      if (first >= s.first_token + 2) {
        static constexpr std::string_view kOwnedKinds[] = {"first", "second", "third", "last", "latest", "new", "own", "favourite", "favorite"};
        static constexpr std::string_view kPossessives[] = {"his", "her", "their", "my", "our", "your", "its"};
        if (in(kOwnedKinds, before) && in(kPossessives, tok(first - 2).lower)) return std::nullopt;
      }
      if (guessed) *guessed = true;
      return EntityType::Person;
    }
    // "Chief Executive Officer", "Knight Commander": a title, nobody's name.
    if (is_title(first, end)) return std::nullopt;
    // "St Mary's", "St Luke's": a church, a school or a hospital.
    if ((t0.lower == "st"sv || t0.lower == "saint"sv) && end < s.end_token && tok(end).lower == "'s"sv)
      return EntityType::Location;
    // "Mallam Aminu Kano International Airport": a place named for someone titled.
    if (tok(first).is(kHonorific))
      return n >= 3 && tok(end - 1).is(kPlaceOnlyCue) ? EntityType::Location : EntityType::Person;
    if (opens_place_after_preposition(first, s)) return EntityType::Location;
    // "born in the village of Krzewina Stara": a name after "<place noun>
    // of" is a place, unless a first name makes it a person's ("the
    // district of Nancy Keller", "the state of Ana Berg's marriage").
    const bool clitic_after = end < s.end_token && tok(end).has(kClitic);
    if (first >= s.first_token + 2 && tok(first - 1).lower == "of"sv && tok(first - 2).is(kPlaceNoun) && !clitic_after &&
        !t0.is(kFirstNameWord))
      return EntityType::Location;
    // "Access Hollywood", "True Hollywood Story": a place plus ordinary words
    // (a first name that is also a word, like "True", does not make a person).
    // "Mark Reading", "Peter Kettering": a first name with a town for surname.
    if (has_location_word && others_common && !first_name) return EntityType::Org;
    // "Port Elspeth", "Castle Road": a cue word opening a name is no first name.
    if (tok(first).is(kBuildingCue) && tok(first).is(kCommonWord)) return EntityType::Location;
    // "on a beach in Calloway Bay": after "in", "at" or "near", closing one
    // too, a first name notwithstanding (not "at Victoria Hall's party";
    // ordinary words stay as they were: "co-star in Secret Road"). Without
    // such a cue word a first name makes a person there ("took a swipe at
    // Brad Keller", "confided in Anna Berg").
    if (first_name && !t0.is(kCommonWord) && first > s.first_token && tok(end - 1).is(kBuildingCue) && !clitic_after) {
      const std::string_view before = tok(first - 1).lower;
      if (before == "in"sv || before == "at"sv || before == "near"sv) return EntityType::Location;
    }
    // "Reality TV", "Apple TV", "Kiss FM": a short word in capitals after
    // an ordinary word is no surname, even if the word is also a first
    // name (post-nominals follow a surname: "Ann Lee MP"; a numeral a
    // monarch: "Carol II").
    if (n == 2 && t0.is(kCommonWord) && !t0.has(kAllCaps) && tok(end - 1).has(kAllCaps) && word(end - 1).size() <= 3 &&
        !in(kRomanNumerals, tok(end - 1).lower) && !s.heading && !(end < s.end_token && tok(end).has(kClitic)))
      return attributive ? EntityType::Work : EntityType::Org;
    // "The Long Quiet star Felix Arkwright", "the Harbour Lights actress":
    // after "the", a name a role noun follows is a show's or film's, unless
    // the document names a person by one of its words.
    if (attributive && !tok(end).is(kWorkCue) && first > s.first_token && tok(first - 1).lower == "the"sv &&
        !t0.is(kHonorific) && std::none_of(doc_.tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                           doc_.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                                           [&](const Token& t) { return known_person_parts_.count(t.lower) > 0; }))
      return EntityType::Work;
    // "met on Love Island", "the set of Winter Harbour": a first name that
    // is also a word, before a word for a place that is no surname, makes a
    // place's (or a show's) name ("Grace Lane", "Rose Hall" stay people; a
    // street only as an address, below: "co-star in Secret Road" is a film).
    if (first_name && t0.is(kCommonWord) && !t0.is(kHonorific) && tok(end - 1).is(kPlaceOnlyCue))
      return EntityType::Location;
    // "the Józef Piłsudski Monument", "the Ada Byrne Pavilion": a whole
    // name before such a word is a place named after someone.
    // (Not after a middle given name or an initial: "Frederic Edwin Church", "Frederic E. Church".)
    if (first_name && n >= 3 && !t0.is(kHonorific) && tok(end - 1).is(kPlaceOnlyCue) && !usual_first_name(tok(first + 1)) &&
        !is_initial(first + 1, end))
      return EntityType::Location;
    // "of Mill Street", "on Victoria Road": an address, after a first name
    // too (not "Diane Lane", "Victoria Hall"; "co-star in Secret Road" is
    // a film's name).
    static constexpr std::string_view kAddressWords[] = {"of", "on", "at", "from", "near"};
    // "of 7 Kelpie Row": after a house number, a street.
    if (first >= s.first_token + 2 && tok(first - 1).has(kNumber) && in(kAddressWords, tok(first - 2).lower) && !clitic_after)
      return EntityType::Location;
    if (first_name && first > s.first_token && in(kAddressWords, tok(first - 1).lower) &&
        (tok(end - 1).is(kStreetCue) || tok(end - 1).is(kPlaceOnlyCue)))
      return EntityType::Location;
    if (first_name) return EntityType::Person;
    if (s.zone == Zone::Byline) {
      // A byline's date and time ("Updated Nov 4, 2025 4:12 PM PT") names no one.
      const bool dated = (first > s.first_token && tok(first - 1).has(kNumber)) ||
                         std::any_of(doc_.tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                     doc_.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                                     [](const Token& t) { return t.is(kNeverName); });
      if (dated) return std::nullopt;
      return EntityType::Person;
    }
    // "Gullhaven House", "Villa Corvina": a house or a street.
    if (tok(end - 1).is(kBuildingCue) || tok(first).is(kBuildingCue)) return EntityType::Location;
    // "at Wrenfield Hall", "in Lyndham Parva": no first name, so a place
    // (not "in Émile Zola's series").
    if (first > s.first_token && (tok(first - 1).lower == "at"sv || tok(first - 1).lower == "in"sv) &&
        !clitic_after)
      return EntityType::Location;
    if (all_common) {
      if (initial || s.zone == Zone::Credit) return std::nullopt;
      // "descendants of Tame Potiki and Mere Marsh, who married in 1931":
      // ordinary words joined to a person by "and", and "who" after them.
      if (coordinated_with_person(first, s) && end + 1 < s.end_token && tok(end).lower == ","sv && tok(end + 1).lower == "who"sv)
        return EntityType::Person;
      // "her brother, the boxer Shamrock Price": two words after a person's
      // role are a given name and a surname, however ordinary.
      if (n == 2 && first > s.first_token && tok(first - 1).is(kRoleNoun) && !tok(first - 1).has(kCapitalized) &&
          !lex_.is_media_org(folded))
        return EntityType::Person;
      return EntityType::Org;
    }
    if (attributive && tok(first).is(kCommonWord)) return EntityType::Work;
    if (after_the(first, end, s)) return EntityType::Org;
    if (names_a_group(end)) return EntityType::Org;
    if (guessed) *guessed = true;
    return EntityType::Person;
  }

  // Whether token k ends a capitalised honorific or a name of at most three
  // words right after one: "the Earl of Ross", "Prince Felix of Arnsgrave",
  // "Her Royal Highness Princess Aurelie of Valdamar" (not an office: "the
  // chairman of Tesco").
  bool titled_name_ends_at(std::size_t k, const Sentence& s) const {
    for (std::size_t words = 0; words <= 3; ++words, --k) {
      if (tok(k).is(kHonorific) && tok(k).has(kCapitalized)) return true;
      if (!tok(k).has(kCapitalized) || k == s.first_token) return false;
    }
    return false;
  }

  // Whether token k ends a person's name: a run of capitalised words that
  // opens with an honorific or a first name, a usual one if it stands alone
  // ("Prince Felix", "John Murphy", "Mary Tobin", "Catherine"; not "the
  // Calder Institute", "the French Academy").
  bool person_name_ends_at(std::size_t k, const Sentence& s) const {
    if (titled_name_ends_at(k, s)) return true;
    for (std::size_t words = 0; words <= 3; ++words, --k) {
      const Token& t = tok(k);
      if (!t.has(kWord) || !t.has(kCapitalized) || t.is(kOrgCue) || t.is(kBuildingCue) || t.is(kPlaceNoun)) return false;
      // Not after an article: "the Golden Age of Empire".
      if (k > s.first_token && (tok(k - 1).lower == "the"sv || tok(k - 1).lower == "a"sv)) return false;
      if (k == s.first_token || !tok(k - 1).has(kCapitalized))
        return !t.is(kDemonym) && (words > 0 ? t.is(kFirstNameWord) : usual_first_name(t));
    }
    return false;
  }

  // A one-word name that is a town and, in the people's names so far, only
  // ever a given name, after "in", "at", "near": "grew up in Victoria".
  bool given_name_as_place(std::size_t first, const Sentence& s) const {
    if (!tok(first).is(kPlaceWord) || known_surnames_.count(tok(first).lower) || first == s.first_token) return false;
    const std::string_view before = tok(first - 1).lower;
    return before == "in"sv || before == "at"sv || before == "near"sv;  // "divorce from Charlotte" is her
  }

  // A run of capitalised words that ends in a role or title and opens with
  // an ordinary word: "Chief Executive Officer", "Court Reporter".
  // Not a name with "Sr" (senior, not sister) after it: "Hank Brennan Sr".
  bool is_title(std::size_t first, std::size_t end) const {
    const WordInfo& last_head = head_word(tok(end - 1));
    if (end - first >= 3 && tok(end - 1).lower == "sr"sv && tok(first).is(kFirstNameWord)) return false;
    return (last_head.has(kRoleNoun) || last_head.has(kHonorific)) && !last_head.has(kFirstNameWord) &&
           tok(first).is(kCommonWord);
  }

  // "Young Liberals", "Brackenfield Rovers": a name without a first name
  // that ends in the plural of an ordinary word names a group, not a
  // person ("Ellen Rivers" keeps her first name). A verb's past is no
  // noun with a plural: "Piret Mets" (not "met" + "s").
  bool names_a_group(std::size_t end) const {
    const std::string_view last = tok(end - 1).lower;
    if (!plural_cue(last)) return false;
    const WordInfo& singular = lex_.word(last.substr(0, last.size() - 1));
    return singular.has(kCommonWord) && !singular.has(kFirstNameWord) && !singular.has(kPastParticiple);
  }

  // "PORT HALLERY — Rowan Ashby ...", "OSLO, March 3 (Wire) - ...": a line
  // opened by a name in capitals and a dash (after a date, an agency) names
  // the place the story was filed from.
  bool is_dateline(std::size_t first, std::size_t end, const Sentence& s) const {
    if (first != s.first_token || !(tok(first).has(kLineStart) || tok(first).has(kParagraphStart)) || end >= s.end_token)
      return false;
    for (std::size_t k = first; k < end; ++k)
      if (!tok(k).has(kAllCaps)) return false;
    if (tok(end).lower == "-"sv) return true;
    if (tok(end).lower != ","sv && tok(end).lower != "("sv) return false;
    for (std::size_t k = end + 1; k < s.end_token && k <= end + 6; ++k) {
      if (tok(k).lower == "-"sv) return true;
      if (tok(k).lower == "."sv || tok(k).lower == ";"sv) return false;
    }
    return false;
  }

  // "built the Bernheimer-Haus", "called the English Café": a person's name
  // takes no article (a title or a role between them, "the late", "the
  // actor", keeps it out of the name). A first name or a title inside the
  // run still makes a person ("the Mughal Emperor Shah Jahan").
  bool after_the(std::size_t first, std::size_t end, const Sentence& s) const {
    if (first == s.first_token || tok(first - 1).lower != "the"sv) return false;
    for (std::size_t k = first; k < end; ++k)
      if (usual_first_name(tok(k)) || tok(k).is(kHonorific)) return false;
    return true;
  }

  // "interviewed by Backline's Odile Praed", "told Loudhailer's Jonty
  // Freer": a name that is not a person's, possessing a full name where a
  // reporter is named, is the paper or firm the person works for (people
  // are possessed with a kin noun between: "Ann's brother Bo").
  bool owns_a_named_person(std::size_t first, std::size_t end, const Sentence& s) const {
    if (end + 2 >= s.end_token || !tok(end).has(kClitic) || tok(end).lower != "'s"sv) return false;
    // Where a paper's reporter stands: "interviewed by", "told", "speaking
    // to", "writing for" ... ("Putin's Sergei Lavrov met" is Putin's man).
    if (first == s.first_token) return false;
    const std::string_view before = tok(first - 1).lower;
    if (before != "by"sv && before != "to"sv && before != "told"sv && before != "with"sv && before != "for"sv &&
        before != "from"sv && before != "tells"sv)
      return false;
    const Token& given = tok(end + 1);
    const Token& surname = tok(end + 2);
    return given.has(kCapitalized) && usual_first_name(given) && surname.has(kCapitalized) && surname.has(kWord) &&
           !surname.is(kCommonWord);
  }

  static bool plural_cue(std::string_view cue) { return cue.size() > 3 && cue.ends_with('s') && !cue.ends_with("ss"); }

  // Token k is an initial: one letter and a full stop ("J." of "J. K. Rowling").
  bool is_initial(std::size_t k, std::size_t end) const {
    return k + 1 < end && tok(k).has(kCapitalized) && word(k).size() == 1 && tok(k + 1).lower == "."sv;
  }

  // A first name that is also an ordinary word counts only if the name
  // lists say whose it usually is ("Amber", "Will"; not "Daily", "True").
  // "rector of Much Haddon", "born in Over Wallop": after a lower-case
  // preposition a capitalised closed-class word at token k opens a place's
  // name; not an article ("in A Throne in Brussels", a book's), a pronoun or
  // a given name ("married to Will Smith", "talked to May Lee").
  bool opens_place_after_preposition(std::size_t k, const Sentence& s) const {
    const Token& word = tok(k);
    return k > s.first_token && word.is(kFunctionWord) && !word.is(kPronoun) && !word.is(kFirstNameWord) &&
           word.lower != "the"sv && word.lower != "a"sv && word.lower != "an"sv && tok(k - 1).is(kPreposition) &&
           !tok(k - 1).has(kCapitalized);
  }

  static bool usual_first_name(const Token& t) {
    return t.is(kFirstNameWord) && !t.is(kPlaceWord) && (!t.is(kCommonWord) || t.word.first_name_gender != Gender::Unknown);
  }

  // A given name the lists give a sex, capitalised, and no kin title
  // ("Nan", "Papa"): "Mary", "Will" (a town's or a word's too).
  static bool gendered_given_name(const Token& t) {
    return t.is(kFirstNameWord) && t.has(kCapitalized) && !t.is(kHonorific) && !t.is(kKinTitle) &&
           t.word.first_name_gender != Gender::Unknown;
  }

  // Whether the one-word name [first, end) is joined by "and" to a given
  // name that is no town's ("John and Mary", "Mary and Tom went"),
  // outside a phrase of place ("in Florence and ...", "visited Sharon and
  // Gary").
  bool paired_with_given_name(std::size_t first, std::size_t end, const Sentence& s) const {
    auto in_place_phrase = [&](std::size_t k) {
      if (k == s.first_token) return false;
      const std::string_view before = tok(k - 1).lower;
      return before == "in"sv || before == "at"sv || before == "near"sv || before == "from"sv || before == "to"sv ||
             before == "visited"sv || before == "visiting"sv || before == "visit"sv;
    };
    auto partner = [&](const Token& t) { return gendered_given_name(t) && !t.is(kPlaceWord); };
    // Not "the Victoria and Albert Museum": the name after "and" opens no institution's.
    auto opens_institution = [&](std::size_t k) {
      return k + 1 < s.end_token && tok(k + 1).has(kCapitalized) &&
             (tok(k + 1).is(kOrgCue) || tok(k + 1).is(kBuildingCue));
    };
    if (end + 1 < s.end_token && tok(end).lower == "and"sv && partner(tok(end + 1)) && !opens_institution(end + 1) &&
        !in_place_phrase(first))
      return true;
    return first >= s.first_token + 2 && tok(first - 1).lower == "and"sv && partner(tok(first - 2)) &&
           !in_place_phrase(first - 2);
  }

  // The first token of a place that ends at token `end` (a place word of
  // the lists, or a place this finder typed), or SIZE_MAX. Asked while the
  // one-word names are typed: the scan's mentions and the one-word mentions
  // added so far are each in text order (their ends ascending too).
  std::size_t place_ending_at(std::size_t end) const {
    if (end == 0) return SIZE_MAX;
    if (tok(end - 1).is(kPlaceWord)) return end - 1;
    auto typed_in = [&](std::size_t from, std::size_t to) -> std::size_t {
      auto first = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(from);
      auto last = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(to);
      auto it = std::lower_bound(first, last, end, [](const Mention& m, std::size_t e) { return m.end_token < e; });
      bool found = it != last && it->end_token == end && it->type == EntityType::Location;
      return found ? it->first_token : SIZE_MAX;
    };
    std::size_t first = typed_in(layout_mentions_, scanned_);
    return first != SIZE_MAX ? first : typed_in(scanned_, doc_.mentions.size());
  }

  // Whether "and" right before token `first` follows a person's name found
  // in this sentence ("Tame Potiki and ...").
  bool coordinated_with_person(std::size_t first, const Sentence& s) const {
    if (first < s.first_token + 2 || tok(first - 1).lower != "and"sv) return false;
    for (std::size_t i = doc_.mentions.size(); i-- > scanned_;) {
      const Mention& m = doc_.mentions[i];
      if (m.end_token < s.first_token) break;
      if (m.end_token == first - 1) return m.type == EntityType::Person;
    }
    return false;
  }

  // Whether "in", "at", "near" or "from" stands right before token `first`.
  bool preposition_of_place_before(std::size_t first, const Sentence& s) const {
    if (first == SIZE_MAX || first <= s.first_token) return false;
    std::string_view w = tok(first - 1).lower;
    return w == "in"sv || w == "at"sv || w == "near"sv || w == "from"sv;
  }

  // Whether the place at tokens [first, end) is an address: a street's or
  // a house's name after "of" or "on", a house number between ("of 14
  // Harbour Row, Portnacraig", "Now of Brae Cottage, Glenfarrow"): the town
  // after it is a place too.
  bool is_address(std::size_t first, std::size_t end, const Sentence& s) const {
    if (first == SIZE_MAX || first <= s.first_token || end <= first) return false;
    std::size_t k = first - 1;
    const bool numbered = tok(k).has(kNumber) && k > s.first_token;
    if (numbered) --k;
    auto cue = [&](const Token& t) { return t.is(kStreetCue) || t.is(kPlaceOnlyCue); };
    return (tok(k).lower == "of"sv || tok(k).lower == "on"sv) && (numbered || cue(tok(first)) || cue(tok(end - 1)));
  }

  // Past the end of a mention the layout stage made at token i ("More from
  // X:"), or 0. Layout adds at most one mention per line, in line order, so
  // its mentions are sorted and disjoint: a binary search per token, not a
  // scan (a page of a thousand "More from ..." lines stays linear).
  std::size_t layout_mention_end(std::size_t i) const {
    auto layout_end = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(layout_mentions_);
    auto after = std::upper_bound(doc_.mentions.begin(), layout_end, i,
                                  [](std::size_t token, const Mention& m) { return token < m.end_token; });
    return after != layout_end && after->first_token <= i ? after->end_token : 0;
  }

  void scan_sentence(std::size_t sentence_index) {
    const Sentence& s = doc_.sentences[sentence_index];
    std::size_t i = s.first_token;
    while (i < s.end_token) {
      if (std::size_t past = layout_mention_end(i)) {
        i = past;
        continue;
      }
      if (std::size_t past = tok(i).has(kCapitalized) ? peer_styles_end(i, s) : 0) {
        i = past;
        continue;
      }
      if (tok(i).has(kQuote))
        if (std::size_t after = quoted_title(i, s)) {
          i = after;
          continue;
        }
      if (!name_like(i) && !opens_surname(i, s)) {
        ++i;
        continue;
      }
      std::size_t first = i, end = extend_run(i, s);
      // "the San Jose-based startup", "the Tony Award-winning actress": the
      // run's name goes on into a compound with a lower-case part, which
      // names no one; nor do its first words.
      if (end < s.end_token && tok(end).has(kCapitalized) && tok(end).has(kJoined) && has_lowercase_part(word(end))) {
        i = end + 1;
        continue;
      }
      end = split_before_person(first, end, s);
      // "Elif Hanım", "Haluk Bey": a title after a given name is no part of
      // the name, nor a name of its own.
      const bool title_after = end - first >= 2 && tok(end - 1).is(kTitleAfterName) &&
                               (tok(end - 2).is(kFirstNameWord) || known_person_parts_.count(tok(end - 2).lower));
      if (title_after) --end;
      // "Frontman Callan Devereux", "Baker Hamish Orr", "Coach Yoon": a
      // capitalised role before a first name, or before a name that is no
      // ordinary word, is no part of the name (a lone name after it waits
      // for the whole text, as "Yoon" of "Yoon Hye-jin").
      // A role the name lists also hold ("poet") only before a given name
      // and a surname: "Poet Dara Quinlan". A given name that is also a
      // place's ("Actor Brandon Keel", "Director Pilar Esteban") only before
      // a surname.
      const bool role_first = end - first >= 2 && (tok(first).is(kRoleNoun) || counts_children(tok(first))) &&
                              (!tok(first).is(kFirstNameWord) || (end - first >= 3 && usual_first_name(tok(first + 1)))) &&
                              !tok(first).is(kHonorific) &&
                              (usual_first_name(tok(first + 1)) ||
                               (end - first >= 3 && tok(first + 1).is(kFirstNameWord) && !tok(first + 1).is(kCommonWord)) ||
                               (!tok(first + 1).is(kCommonWord) && !tok(first + 1).is(kPlaceWord)));
      // "Nanny Rua", "Aunty Wai", "Koro Pita": a relative's word as a title.
      // After a capitalised function word too: "Was Great-Grandpa Joe really ...?".
      if (!role_first && end - first >= 3 && tok(first).is(kFunctionWord) && tok(first + 1).is(kKinTitle)) ++first;
      const bool kin_title_first = !role_first && end - first >= 2 && tok(first).is(kKinTitle) && tok(first + 1).has(kWord) && tok(first + 1).has(kCapitalized);
      // "Briton Andy Marsh", "Californian Ed Pike": a people's noun before a
      // given name and a surname ("British North America" is a place).
      const bool demonym_first = end - first >= 3 && tok(first).is(kDemonym) && usual_first_name(tok(first + 1)) &&
                                 !tok(first + 1).is(kDemonym) && !tok(first + 1).is(kCommonWord);
      if (role_first || kin_title_first || demonym_first) ++first;
      // "Hotel Director Marco Bellandi", "Fitness Instructor Taras Bondar":
      // a role and its capitalised modifier before a given name.
      // (Before a given name, or two words that are no ordinary ones: "Deck Cadet Rahul Desai".)
      auto opens_full_name = [&](std::size_t k) {
        return usual_first_name(tok(k)) ||
               (k + 1 < end && !tok(k).is(kCommonWord) && !tok(k).is(kPlaceWord) && !tok(k + 1).is(kCommonWord));
      };
      if (!role_first && !kin_title_first && end - first >= 3 && tok(first + 1).is(kRoleNoun) &&
          tok(first).is(kCommonWord) && (!tok(first).is(kFirstNameWord) || usual_first_name(tok(first + 2))) &&
          !tok(first).is(kHonorific) && !tok(first).is(kFunctionWord) && !usual_first_name(tok(first + 1)) &&
          !tok(first + 1).is(kHonorific) && opens_full_name(first + 2))
        first += 2;
      // "Mum and Dad of Fiona": no title of a work.
      if (end - first >= 2 && tok(first).is(kKinTitle) && !tok(first + 1).has(kCapitalized)) end = first + 1;
      // Cornelius "Neil" Abernathy: a nickname in quotation marks inside a
      // person's name is one name, which later "Neil" and "Abernathy" join.
      std::size_t open_quote = end;
      const std::size_t nickname_end = quoted_nickname_end(first, end, s, open_quote);
      const bool nicknamed = nickname_end > end;
      const std::size_t nickname = open_quote + 1;
      if (nicknamed) end = nickname_end;
      i = title_after ? end + 1 : end;
      bool initial = !role_first && sentence_initial(first, s);
      // Sentence-initial closed-class words ("The", "When") are not part of a name,
      // except a capitalised "The" that the rest of the text also writes so.
      // ... but "Will Harding", "Can Yildiz": a first name before a surname.
      // A word that dates what follows it: "on", "in", "last", "14th".
      auto date_word_before = [&](std::size_t k) {
        if (k == s.first_token) return false;
        const Token& before = tok(k - 1);
        if (before.has(kNumber) && before.end - before.begin <= 4) return true;  // "14", "14th"
        std::string_view w = before.lower;
        return w == "on"sv || w == "in"sv || w == "at"sv || w == "by"sv || w == "until"sv || w == "since"sv ||
               w == "last"sv || w == "next"sv || w == "this"sv || w == "every"sv || w == "from"sv;
      };
      // Inside a sentence, after a lower-case word, a capitalised modal or
      // month before a surname is a given name: "married to Will Smith",
      // "engaged to May Harlow" (surnames that are also a trade and a
      // town). Not a month after a word that dates ("in May Harlow's").
      // Opening a sentence that asks nothing, a given name and a surname in
      // apposition or with "and his/her": "Will Bell and his wife, Grace,
      // have fostered ...", "May Summers, 72, ..." (not "Will Bell come?").
      auto opens_named_subject = [&](std::size_t k) {
        if (!initial || k + 2 != end || end >= s.end_token || tok(s.end_token - 1).lower == "?"sv) return false;
        const std::string_view after = tok(end).lower;
        return after == ","sv ||
               (after == "and"sv && end + 1 < s.end_token && (tok(end + 1).lower == "his"sv || tok(end + 1).lower == "her"sv));
      };
      auto names_someone = [&](std::size_t k) {
        if (k + 1 >= end || !tok(k).is(kFirstNameWord) || tok(k + 1).is(kFunctionWord)) return false;
        if (!tok(k + 1).is(kCommonWord) && !tok(k + 1).is(kPlaceWord)) return true;
        if (opens_named_subject(k) && !tok(k + 1).is(kNeverName)) return true;
        // "her mother, May Summers,": after a relative's noun.
        if (follows_gendered_noun(doc_, s, static_cast<std::uint32_t>(k))) return true;
        return !initial && k > s.first_token && tok(k - 1).has(kWord) && !tok(k - 1).has(kCapitalized) &&
               !(tok(k).is(kNeverName) && date_word_before(k));
      };
      // ... nor is a weekday, month or holiday after "on", "in" ... or a
      // day's number, and before a first name: "On Wednesday Desmond Carrow
      // said", "On 14 June Marisol Quennell married" (but "June Carter",
      // "Sunday Chronicle").
      auto date_before_name = [&](std::size_t k) {
        return tok(k).is(kNeverName) && k + 2 < end && tok(k + 1).is(kFirstNameWord) && date_word_before(k);
      };
      // Not a possessor: "at All Saints' Chapel".
      auto starts_place_name = [&](std::size_t k) {
        return !initial && k + 1 < end && opens_place_after_preposition(k, s) &&
               !(end < s.end_token && (tok(end).has(kClitic) || tok(end).lower == "'"sv));
      };
      while (first < end && ((tok(first).is(kFunctionWord) && (initial || tok(first).lower != "the"sv) &&
                              !is_initial(first, end) && !starts_place_name(first) &&
                              !names_someone(first) && !named_after_kin_noun(first, end, s)) ||
                             date_before_name(first))) {
        ++first;
        initial = false;
      }
      if (first >= end) continue;
      // "Similarly Amdír", "Born Ross Alger": an ordinary word that starts the
      // sentence, in front of a name that is not a place or a title.
      // (Not "Um Khalid": a parent named by the child, names_parent_by_child.)
      if (initial && end - first >= 2 && tok(first).is(kCommonWord) &&
          !tok(first).is(kFirstNameWord) && !tok(first).is(kHonorific) &&
          !(end - first == 2 && names_parent_by_child(tok(first).lower) && tok(first + 1).is(kFirstNameWord)) &&
          !tok(first).is(kPlaceWord) && !tok(first + 1).is(kFunctionWord) &&
          !tok(first + 1).is(kPlaceWord) && tok(first + 1).lower != "."sv &&  // "J. K. Rowling": an initial
          (!tok(first + 1).is(kCommonWord) || tok(first + 1).is(kFirstNameWord) || tok(first).lower == "nicknamed"sv)) {
        ++first;
        initial = false;
      }
      // "On Sunday Jiří Malý flew home": a weekday before a full name (the
      // lists need not know his given name); "Sunday Times" keeps its day.
      if (end - first >= 3 && is_weekday(tok(first)) &&
          !tok(first + 1).is(kCommonWord) && !tok(end - 1).is(kOrgCue) && !tok(end - 1).is(kWorkCue)) {
        ++first;
        initial = false;
      }
      // "DH Marco", "SIL Jenna": an abbreviation that is never a name, in
      // capitals before a name that is not, says who the person is to the writer.
      while (end - first >= 2 && tok(first).is(kNeverName) && tok(first).has(kAllCaps) && !tok(first + 1).has(kAllCaps)) {
        ++first;
        initial = false;
      }
      // An honorific in front of a name is a title, not part of the name.
      std::size_t name_first = first;
      // "Queen", "Prime Minister", "Field Marshal": titles, with the word that
      // makes them one.
      // "Her Royal Highness Princess X": before two titles even a word that
      // is also a first name ("Royal") is part of them.
      auto title_word = [&](std::size_t k) {
        if (tok(k).is(kHonorific)) return true;
        // "Don Ramiro Treviño", "Doña Elena Ruiz": the Spanish title before a
        // given name and a surname ("Don Johnson" is a given name's).
        if (k == first && k + 2 < end && (tok(k).lower == "don"sv || tok(k).lower == "doña"sv) &&
            usual_first_name(tok(k + 1)) && tok(k + 2).has(kCapitalized))
          return true;
        // "Chairman Emeritus Desmond Achterberg", "Pope Emeritus Benedict".
        if (k > first && tok(k).lower == "emeritus"sv && tok(k - 1).is(kHonorific)) return true;
        return k + 2 < end && tok(k).is(kCommonWord) && tok(k + 1).is(kHonorific) &&
               (!tok(k).is(kFirstNameWord) || tok(k + 2).is(kHonorific));
      };
      // "Tan Sri Ooi Boon Hock", "Datuk Seri Ooi Kah Wai": a title of two
      // words neither of which is one alone (honorifics.tsv lists them).
      auto two_word_title = [&](std::size_t k) {
        return k + 2 < end && tok(k + 1).is(kTitleSecondWord) && tok(k + 1).has(kCapitalized) &&
               lex_.is_two_word_title(tok(k).lower, tok(k + 1).lower);
      };
      while (name_first + 1 < end) {
        if (two_word_title(name_first)) ++name_first;
        else if (!title_word(name_first)) break;
        ++name_first;
        if (tok(name_first).lower == "."sv && name_first + 1 < end) ++name_first;
      }
      if (name_first > first) {
        // "St. Helena", "St. Luke's Hospital", "moved to Prince George":
        // the title word belongs to a place's or an organisation's name. A
        // place after a title is otherwise a name ("King Frederick", "King
        // Constantine", "their son Prince George"); after a saint's, a
        // place's ("St Albans").
        bool keeps_title = names_organisation(first, end);
        // "the Prince of Wales Hospital": a style in an organisation's name.
        if (tok(name_first).lower == "of"sv && tok(end - 1).is(kOrgCue)) keeps_title = true;
        // "Mallam Aminu Kano International Airport": a place named for
        // someone titled (not "Mrs Charlotte Church", a person).
        if (end - name_first >= 3 && tok(end - 1).is(kPlaceOnlyCue)) keeps_title = true;
        const bool saint = tok(first).lower == "st"sv || tok(first).lower == "saint"sv;
        if (!keeps_title && saint) {
          fold_name_into(surface(name_first, end), folded_);
          // "married at St Mary's": a saint's name with a possessive is a church's.
          keeps_title = lex_.is_location(folded_) || (end < s.end_token && tok(end).lower == "'s"sv);
        }
        if (!keeps_title && (saint || preposition_of_place_before(first, s) ||
                             (first > s.first_token && tok(first - 1).lower == "to"sv))) {
          fold_name_into(surface(first, end), folded_);
          keeps_title = lex_.is_location(folded_);
        }
        // "ING Bank": a title's letters in capitals open a firm's name.
        if (!keeps_title && tok(first).has(kAllCaps) && tok(end - 1).is(kOrgCue)) keeps_title = true;
        if (keeps_title) name_first = first;
      }
      // "Chief Purser Ana Perić": a role after a title, before a given name.
      if (name_first > first && end - name_first >= 3 && tok(name_first).is(kRoleNoun) &&
          (!tok(name_first).is(kFirstNameWord) || usual_first_name(tok(name_first + 1))) && opens_full_name(name_first + 1))
        ++name_first;
      // "Chief Music Critic", "Deputy Political Editor": the rest of a
      // longer title, no name ("Dr Baker" keeps its one word).
      if (name_first > first && end - name_first >= 2 && tok(name_first).is(kCommonWord) &&
          !tok(name_first).is(kFirstNameWord) && head_word(tok(end - 1)).has(kRoleNoun) &&
          !tok(end - 1).is(kFirstNameWord))
        continue;
      if (end - name_first == 1) {
        // '"Sah!" the witnesses declared': a word cried out alone between
        // quotation marks is an exclamation, no one's name (a given name the
        // lists know may be someone called: '"Ruth!" he shouted').
        if (name_first == first && name_first > s.first_token && tok(name_first - 1).has(kQuote) &&
            name_first + 2 < s.end_token && tok(name_first + 1).lower == "!"sv && tok(name_first + 2).has(kQuote) &&
            !tok(name_first).is(kFirstNameWord))
          continue;
        // "every Tehrani family", "another Ciobanu family": a kind of
        // family, no one's name; a known place stays ("a Lisbon family",
        // typed a place as any lone place name is).
        if (name_first == first && name_first > s.first_token && name_first + 1 < s.end_token &&
            (tok(name_first + 1).lower == "family"sv || tok(name_first + 1).lower == "families"sv) &&
            names_a_kind_before(tok(name_first - 1))) {
          fold_name_into(surface(name_first, name_first + 1), folded_);
          if (!lex_.is_location(folded_)) continue;
        }
        one_word_runs_.push_back({name_first, sentence_index, initial && name_first == first, name_first > first});
        continue;
      }
      // "Judge "Neil" Abernathy": the title stays, the quote cannot open the name.
      if (nicknamed && name_first + 1 >= nickname) name_first = first;
      if (nicknamed) {
        // Folded without the marks, as "Cornelius Neil Abernathy".
        std::string words(surface(name_first, nickname - 1));
        ((words += ' ') += word(nickname)) += ' ';
        words += surface(nickname + 2, end);
        fold_name_into(words, folded_);
      } else {
        fold_name_into(surface(name_first, end), folded_);
      }
      bool guessed = false;
      auto type = nicknamed ? EntityType::Person
                            : classify(name_first, end, folded_, s, initial && name_first == first, &guessed);
      if (!type) continue;
      if (name_first > first) type = EntityType::Person, guessed = false;
      Mention m;
      m.first_token = static_cast<std::uint32_t>(name_first);
      m.end_token = static_cast<std::uint32_t>(end);
      m.type = *type;
      set_surface(m, name_first, end);
      doc_.keep_folded(m, folded_);
      if (guessed) guessed_names_.push_back(doc_.mentions.size());
      else if (m.type == EntityType::Person) note_person_parts(m);
      add(std::move(m), s);
    }
  }

  // "the Earl of Caverlow", "the Dowager Countess of Caverlow", "the
  // Princess of Wales": a peer's or royal style names a person, whose own
  // name the text may give beside it ("Hugo Fane-Caverley, 10th Earl of
  // Caverlow"; coreference joins them). "the Earl and Countess of Caverlow"
  // are two people, the first named by its title word alone. Not the name
  // of an organisation or a work that opens so ("the Prince of Wales
  // Hospital", "the Duke of Edinburgh's Award"). Token i may be the "the"
  // before the style. Past the styles, or 0 if there is none at i.
  std::size_t peer_styles_end(std::size_t i, const Sentence& s) {
    auto style_title = [&](std::size_t k) { return k < s.end_token && tok(k).is(kPeerStyle) && tok(k).has(kCapitalized); };
    std::size_t first = i;
    if (tok(first).lower == "the"sv) ++first;
    const std::size_t title = first < s.end_token && tok(first).lower == "dowager"sv && tok(first).has(kCapitalized) ? first + 1 : first;
    if (!style_title(title)) return 0;
    std::size_t of = title + 1;
    const bool pair = of + 1 < s.end_token && tok(of).lower == "and"sv && style_title(of + 1);
    if (pair) of += 2;
    if (of + 1 >= s.end_token || tok(of).lower != "of"sv || !name_like(of + 1)) return 0;
    std::size_t end = of + 1;
    while (end < s.end_token && name_like(end) && !tok(end).has(kLineStart)) {
      if (tok(end).is(kOrgCue) || tok(end).is(kWorkCue) || tok(end).is(kEventCue)) return 0;
      ++end;
    }
    if (end + 1 < s.end_token && tok(end).has(kClitic) && name_like(end + 1)) return 0;
    auto add_style = [&](std::size_t from, std::size_t to, std::size_t title_word) {
      std::string words(surface(from, title_word + 1));
      (words += ' ') += surface(of, end);
      fold_name_into(words, folded_);
      Mention m;
      m.first_token = static_cast<std::uint32_t>(from);
      m.end_token = static_cast<std::uint32_t>(to);
      m.type = EntityType::Person;
      m.style = true;
      set_surface(m, from, to);
      doc_.keep_folded(m, folded_);
      add(std::move(m), s);
    };
    if (pair) {
      add_style(first, title + 1, title);
      add_style(title + 2, end, title + 2);
    } else {
      add_style(first, end, title);
    }
    return end;
  }

  // Whether the word at t is a nickname given to someone: "by his
  // nickname, Ton", "Nicknamed Ton, ...", or ", known as Ton" and ",
  // nicknamed Ton" right after a person's name (not "a district known as
  // Soho").
  bool follows_nickname_cue(std::size_t t, const Sentence& s) const {
    if (t < s.first_token + 1) return false;
    const std::string_view before = tok(t - 1).lower;
    if (before == "nicknamed"sv && t == s.first_token + 1) return true;
    if (t < s.first_token + 2) return false;
    const std::string_view two_before = tok(t - 2).lower;
    if (before == ","sv && two_before == "nickname"sv) return true;
    const std::size_t cue = before == "nicknamed"sv ? t - 1 : before == "as"sv ? known_before_as(t - 1, s.first_token) : 0;
    const std::size_t name_end = cue == 0 ? 0 : name_end_before_aside(cue, s.first_token);
    if (name_end == 0) return false;
    // (Among the body's names of two words or more, which are in text order.)
    const auto body = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(layout_mentions_);
    const auto body_end = doc_.mentions.begin() + static_cast<std::ptrdiff_t>(scanned_);
    const auto named = std::lower_bound(body, body_end, name_end, [](const Mention& m, std::size_t e) { return m.end_token < e; });
    return named != body_end && named->end_token == name_end && named->type == EntityType::Person;
  }

  void note_person_parts(const Mention& m) {
    if (m.end_token - m.first_token < 2) return;
    for (std::size_t k = m.first_token; k < m.end_token; ++k)
      if (tok(k).has(kWord)) known_person_parts_.insert(tok(k).lower);
    known_surnames_.insert(tok(m.end_token - 1).lower);
  }

  // A name typed a person only for want of a better guess takes the place
  // or organisation type the text gives the same name among the mentions
  // from `from` on ("Ashcombe Hall" after "at Ashcombe Hall, Wiltshire";
  // "Backline:" after "Backline's Odile Praed"; a quoted title is no such
  // evidence); else it is a person, and its words are known parts of a
  // person's name.
  void settle_guessed_names(std::size_t from, const std::vector<std::size_t>& guessed) {
    if (guessed.empty()) return;  // most documents: nothing to settle, no table built
    StringViewMap<EntityType> typed;
    // "Quell Marrin" beside "Quell Marrin Architects", its first word another
    // person's surname (Agathe Quell): a practice named for its partners,
    // not a person. "Zaha Hadid" of "Zaha Hadid Architects" stays a person.
    StringViewSet org_openings, surnames;
    const bool two_word_guess = std::any_of(guessed.begin(), guessed.end(), [&](std::size_t i) {
      return doc_.mentions[i].end_token - doc_.mentions[i].first_token == 2;
    });
    for (std::size_t i = from; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      const std::string_view folded = doc_.folded(m);
      // And a work named bare ("her album, Tidewrack," then "she mixed
      // Tidewrack"); not a quoted title ('The stone reads "Zorvan Keel"').
      const bool bare_work = m.type == EntityType::Work && !(m.first_token > 0 && tok(m.first_token - 1).has(kQuote));
      if (m.type == EntityType::Location || m.type == EntityType::Org || bare_work) typed.try_emplace(folded, m.type);
      if (!two_word_guess) continue;
      if (m.type == EntityType::Org)
        for (std::size_t space = folded.find(' '); space != std::string_view::npos; space = folded.find(' ', space + 1))
          org_openings.insert(folded.substr(0, space));
      else if (m.type == EntityType::Person && m.end_token - m.first_token > 1)
        surnames.insert(tok(m.end_token - 1).lower);
    }
    // "Copperline Drive are getting back together": a name no one is called
    // by (no first name in it) that takes a plural verb on its own is a
    // band, a team or a firm, wherever the text uses it.
    StringViewSet plural_subjects;
    for (std::size_t i : guessed) {
      const Mention& m = doc_.mentions[i];
      if (m.end_token >= doc_.tokens.size()) continue;
      const std::string_view verb = tok(m.end_token).lower;
      const std::string_view before = m.first_token == 0 ? std::string_view() : tok(m.first_token - 1).lower;
      // "Ada Obi and businessman Olumide Ajayi are married": a person's role
      // before the name, and the verb is a pair's.
      const bool role_before = m.first_token > 0 && tok(m.first_token - 1).is(kRoleNoun);
      if ((verb == "are"sv || verb == "were"sv || verb == "have"sv) && before != "and"sv && before != "&"sv && !role_before &&
          !tok(m.first_token).is(kFirstNameWord))
        plural_subjects.insert(doc_.folded(m));
    }
    for (std::size_t i : guessed) {
      Mention& m = doc_.mentions[i];
      auto it = typed.find(doc_.folded(m));
      if (it != typed.end()) m.type = it->second;
      else if (!plural_subjects.empty() && plural_subjects.count(doc_.folded(m))) m.type = EntityType::Org;
      else if (m.end_token - m.first_token == 2 && org_openings.count(doc_.folded(m)) &&
               surnames.count(tok(m.first_token).lower))
        m.type = EntityType::Org;
      else note_person_parts(m);
    }
  }

  // "SANTA IRELA - ..." (a dateline) then "married in Santa Irela": a name
  // of two or more words that opens with a first name is a person only by
  // that first name, so where the text types the very same name a place, it
  // is the place throughout. Most documents name no such place: no table is
  // built.
  void retype_places_named_like_people(std::size_t from) {
    StringViewSet places;
    for (std::size_t i = from; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.type == EntityType::Location && m.end_token - m.first_token > 1 && tok(m.first_token).is(kFirstNameWord))
        places.insert(doc_.folded(m));
    }
    if (places.empty()) return;
    for (std::size_t i = from; i < doc_.mentions.size(); ++i) {
      Mention& m = doc_.mentions[i];
      if (m.type == EntityType::Person && !m.pronoun && places.count(doc_.folded(m))) m.type = EntityType::Location;
    }
  }

  void remember_known_names() {
    // The keys view a copy of the folded names made here: the document's
    // own store grows (and may move) as headings add mentions. Sized once,
    // so the copy never moves; token forms do not move either.
    known_forms_.clear();
    known_form_text_.clear();
    std::size_t bytes = 0;
    for (const Mention& m : doc_.mentions) bytes += m.folded_end - m.folded_begin;
    known_form_text_.reserve(bytes);
    known_forms_.reserve(doc_.mentions.size() * 2);
    for (const Mention& m : doc_.mentions) {
      std::string_view folded = doc_.folded(m);
      if (known_forms_.find(folded) == known_forms_.end()) {
        const std::size_t at = known_form_text_.size();
        known_form_text_ += folded;
        known_forms_.emplace(std::string_view(known_form_text_).substr(at), m.type);
      }
      if (m.type != EntityType::Person) continue;
      std::size_t n = m.end_token - m.first_token;
      if (n > 1) {
        for (std::string_view part : {tok(m.first_token).lower, tok(m.end_token - 1).lower})
          known_forms_.try_emplace(part, EntityType::Person);
      }
    }
  }

  // The end of a writer's name at token i of a heading, after ", by" or ",
  // from" (see scan_heading); 0 if there is none.
  std::size_t heading_writer_end(std::size_t i, const Sentence& s) const {
    if (i < s.first_token + 2 || tok(i - 2).lower != ","sv || (tok(i - 1).lower != "by"sv && tok(i - 1).lower != "from"sv))
      return 0;
    std::size_t end = i;
    while (end < s.end_token && end - i < 3 && name_like(end) && !tok(end).is(kCommonWord) && !tok(end).has(kAllCaps))
      ++end;
    if (end - i < 2 || (end < s.end_token && tok(end).lower != ","sv && tok(end).lower != "."sv)) return 0;
    return end;
  }

  // Title-case lines: only names the body, or the lexicons, already know.
  void scan_heading(std::size_t sentence_index) {
    const Sentence& s = doc_.sentences[sentence_index];
    std::size_t longest = std::max<std::size_t>(6, lex_.longest_place_words());
    std::size_t i = s.first_token;
    while (i < s.end_token) {
      if (std::size_t past = layout_mention_end(i)) {
        i = past;
        continue;
      }
      if (!name_like(i)) {
        ++i;
        continue;
      }
      std::size_t best_end = 0;
      EntityType best_type = EntityType::Person;
      std::string best_folded;
      // Each longer span adds one token (and the space before it) to the fold.
      heading_fold_.clear();
      bool ascii = true;
      std::string other_script;
      for (std::size_t end = i + 1; end <= s.end_token && end - i <= longest; ++end) {
        if (end > i + 1 && (tok(end - 1).has(kLineStart) || tok(end - 1).has(kClitic))) break;
        const std::uint32_t added_from = end == i + 1 ? tok(i).begin : tok(end - 2).end;
        ascii = ascii && heading_fold_.append(doc_.span_text(added_from, tok(end - 1).end));
        if (!ascii) other_script = fold_name(surface(i, end));
        const std::string_view candidate = ascii ? heading_fold_.folded() : std::string_view(other_script);
        std::optional<EntityType> type;
        if (auto known = known_forms_.find(candidate); known != known_forms_.end()) type = known->second;
        else if (lex_.is_media_org(candidate)) type = EntityType::Org;
        else if (lex_.is_location(candidate) && !lex_.is_common_word(candidate)) type = EntityType::Location;
        if (type) best_end = end, best_type = *type, best_folded.assign(candidate);
      }
      // "Halima Abdi Speaks Out": a known first name and a surname no
      // dictionary has make a person even in a title; in capitals only
      // both ("HAMID RAHIMI, 44" heading a candidate's profile).
      // A heading in capitals ("MORGAN STANLEY", "HARVEY NICHOLS" over a
      // shop's entry) names a person the body names by the surname, or
      // gives an age ("HAMID RAHIMI, 44").
      // A speaker's label too: "OWEN BRACK:", "DAVE PENNOCK (presenting ...):".
      auto capitals_name_someone = [&](std::size_t surname) {
        return known_person_parts_.count(tok(surname).lower) ||
               (surname + 2 < s.end_token && tok(surname + 1).lower == ","sv && tok(surname + 2).has(kNumber)) ||
               (surname == i + 1 && i == s.first_token && surname + 1 < s.end_token &&
                (tok(surname + 1).lower == ":"sv || tok(surname + 1).lower == "("sv));
      };
      // So does a given name the body uses alone before a surname it does
      // not ("Sir Malcolm Pennock" over "Sir Malcolm joined the firm").
      const bool lone_given_name = best_end == i + 1 && best_type == EntityType::Person;
      if ((!best_end || lone_given_name) && i + 1 < s.end_token && name_like(i + 1) && tok(i).is(kFirstNameWord) &&
          (!tok(i).is(kCommonWord) || lone_given_name) && !tok(i + 1).is(kCommonWord) &&
          !tok(i + 1).is(kPlaceWord) && tok(i + 1).has(kAllCaps) == tok(i).has(kAllCaps) &&
          (!tok(i).has(kAllCaps) || capitals_name_someone(i + 1))) {
        best_end = i + 2, best_type = EntityType::Person;
        best_folded = fold_name(surface(i, best_end));
      }
      // 'PATRICIA "TRISH" MULCAHY, 58': a nickname in quotation marks between
      // them; "Harold (Hershel) Rosenthal, Chairman" signing a letter.
      auto nickname_marks = [&] {
        return i + 4 < s.end_token && ((tok(i + 1).has(kQuote) && tok(i + 3).has(kQuote)) ||
                                       (tok(i + 1).lower == "("sv && tok(i + 3).lower == ")"sv && bracketed_other_given_name(i, i + 2)));
      };
      if (!best_end && nickname_marks() && name_like(i + 2) &&
          name_like(i + 4) && tok(i).is(kFirstNameWord) && !tok(i).is(kCommonWord) && !tok(i + 4).is(kCommonWord) &&
          !tok(i + 4).is(kPlaceWord) && tok(i + 4).has(kAllCaps) == tok(i).has(kAllCaps) &&
          (!tok(i).has(kAllCaps) || capitals_name_someone(i + 4))) {
        best_end = i + 5, best_type = EntityType::Person;
        // Folded without the marks, as a nickname in the body is.
        std::string words(word(i));
        ((words += ' ') += word(i + 2)) += ' ';
        best_folded = fold_name(words += word(i + 4));
      }
      // "HOW I MET MY WIFE, by Rithy Prum": the heading's writer after ",
      // by" or ", from", two or three names that are no ordinary words,
      // closing the line or its clause.
      if (const std::size_t writer_end = heading_writer_end(i, s); writer_end > best_end) {
        best_end = writer_end, best_type = EntityType::Person;
        best_folded = fold_name(surface(i, best_end));
      }
      if (!best_end) {
        ++i;
        continue;
      }
      Mention m;
      m.first_token = static_cast<std::uint32_t>(i);
      m.end_token = static_cast<std::uint32_t>(best_end);
      m.type = best_type;
      set_surface(m, i, best_end);
      doc_.keep_folded(m, best_folded);
      add(std::move(m), s);
      i = best_end;
    }
  }

  // A one-word name candidate, classified once known_person_parts_ is complete.
  struct OneWordRun {
    std::size_t token, sentence;
    bool initial;      // first word of its sentence
    bool after_title;  // "Queen Rania": a person whatever the word
  };

  Document& doc_;
  const Lexicon& lex_;
  std::vector<OneWordRun> one_word_runs_;
  std::size_t scanned_ = 0;  // doc_.mentions below this: layout's and the scan's
  // Filled on first use (capitalised_midsentence); keys view the tokens.
  mutable std::optional<StringViewSet> midsentence_capitals_;
  // Filled on first use (initials_given_as_nickname), folded.
  mutable std::optional<StringSet> nickname_initials_;
  StringViewSet known_person_parts_;  // keys view the tokens
  StringViewSet known_surnames_;      // the last words of those names
  std::vector<std::size_t> guessed_names_;  // indexes of mentions typed a person for want of a better guess
  StringViewMap<EntityType> known_forms_;  // keys view known_form_text_ or the tokens
  std::string known_form_text_;
  GrowingFold heading_fold_;  // scan_heading's candidate spans, reused
  std::string folded_;        // the name a scan is looking at, folded (reused)
  std::size_t layout_mentions_ = 0;
};

}  // namespace

void find_named_mentions(Document& doc) { MentionFinder(doc).run(); }

const Token* honorific_before(const Document& doc, const Mention& mention) {
  std::size_t i = mention.first_token;
  const Sentence& s = doc.sentences[mention.sentence];
  while (i > s.first_token) {
    const Token& prev = doc.tokens[i - 1];
    if (prev.lower == "."sv) {
      --i;
      continue;
    }
    if (prev.has(kWord) && prev.is(kHonorific)) return &prev;
    break;
  }
  return nullptr;
}

Gender honorific_gender_before(const Document& doc, const Mention& mention) {
  const Token* honorific = honorific_before(doc, mention);
  if (!honorific) return Gender::Unknown;
  // "Professor and Mrs Babatunde Ogunleye", "Mr and Mrs Lee", "Dr. and
  // Mrs. Lee": a couple's style, whose name is the husband's.
  const auto at = static_cast<std::size_t>(honorific - doc.tokens.data());
  if (at >= 2 && doc.tokens[at - 1].lower == "and"sv) {
    std::size_t first_title = at - 2;
    if (first_title > 0 && doc.tokens[first_title].lower == "."sv) --first_title;
    if (doc.tokens[first_title].is(kHonorific)) return Gender::Unknown;
  }
  return honorific->word.honorific_gender;
}

}  // namespace kgx
