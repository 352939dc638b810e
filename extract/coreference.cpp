#include "extract/coreference.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <span>

#include "extract/entities.h"
#include "extract/layout.h"
#include "extract/lexicon.h"
#include "extract/name_variants.h"
#include "extract/text.h"

namespace kgx {

using namespace std::string_view_literals;  // token == "."sv compares lengths first, no strlen
namespace {

// A name's folded words, as views of the folded name.
using Words = std::span<const std::string_view>;

void append_words(std::string_view folded, std::vector<std::string_view>& out) {
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t space = folded.find(' ', start);
    if (space == std::string_view::npos) space = folded.size();
    if (space > start) out.push_back(folded.substr(start, space - start));
    start = space + 1;
  }
}

// "Henrik Angell" in "Henrik August Angell": same first and last word,
// the middle names left out.
bool drops_middle_names(Words full, Words shorter) {
  if (shorter.size() < 2 || shorter.size() >= full.size()) return false;
  if (shorter.front() != full.front() || shorter.back() != full.back()) return false;
  std::size_t k = 0;
  for (std::string_view w : full)
    if (k < shorter.size() && w == shorter[k]) ++k;
  return k == shorter.size();
}

bool contains_run(Words hay, Words needle) {
  if (needle.size() > hay.size()) return false;
  // "Ibrahim ibn Yusuf Al-Sharqi": the words after "ibn" (bin, bint, ben,
  // ap) name his father; "Yusuf Al-Sharqi" is someone else.
  auto after_patronymic = [&](std::size_t i) {
    if (i < 2) return false;
    const std::string_view particle = hay[i - 1];
    return particle == "bin"sv || particle == "ibn"sv || particle == "bint"sv || particle == "ben"sv || particle == "ap"sv;
  };
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i)
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<long>(i)) && !after_patronymic(i)) return true;
  return false;
}

// The most people sharing a name word among whom a misspelt or pet form of
// a name is still matched ("Ann Smyth" as "Ann Smith"); past it only exact
// forms are (see full_name_candidates).
constexpr std::size_t kFewNamesakes = 64;

// Items listed under small numbers (an entity, a byte), each list in the
// order its items were added, all lists in one flat array: most keys list
// one or two items, and a vector per key would cost an allocation each.
template <typename Item>
class FlatLists {
 public:
  explicit FlatLists(std::size_t keys = 0) : ends_(keys) {}
  // A new key, numbered after the others, with an empty list.
  std::uint32_t add_key() {
    ends_.emplace_back();
    return static_cast<std::uint32_t>(ends_.size() - 1);
  }
  void add(std::uint32_t key, const Item& item) {
    const auto node = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back({item, kEnd});
    Ends& ends = ends_[key];
    if (ends.head == kEnd) ends.head = node;
    else nodes_[ends.tail].next = node;
    ends.tail = node;
    ++ends.size;
  }
  void reserve(std::size_t items, std::size_t keys) {
    nodes_.reserve(items);
    ends_.reserve(keys);
  }
  bool empty(std::uint32_t key) const { return ends_[key].head == kEnd; }
  std::uint32_t size(std::uint32_t key) const { return ends_[key].size; }
  const Item& back(std::uint32_t key) const { return nodes_[ends_[key].tail].item; }
  template <typename Visit>
  void for_each(std::uint32_t key, Visit visit) const {
    for (std::uint32_t node = ends_[key].head; node != kEnd; node = nodes_[node].next) visit(nodes_[node].item);
  }
  // Whether `test` holds for an item of the list (asked in order, up to the first yes).
  template <typename Test>
  bool any_of(std::uint32_t key, Test test) const {
    for (std::uint32_t node = ends_[key].head; node != kEnd; node = nodes_[node].next)
      if (test(nodes_[node].item)) return true;
    return false;
  }

 private:
  static constexpr std::uint32_t kEnd = UINT32_MAX;
  struct Node {
    Item item;
    std::uint32_t next;
  };
  struct Ends {
    std::uint32_t head = kEnd, tail = kEnd, size = 0;
  };
  std::vector<Ends> ends_;
  std::vector<Node> nodes_;
};

// FlatLists under words: each word is numbered when first listed.
template <typename Item>
class ListsByWord {
 public:
  void add(std::string_view word, const Item& item) { lists_.add(key_of(word), item); }
  void reserve(std::size_t items) {
    keys_.reserve(items);
    lists_.reserve(items, items);
  }
  // add() unless `item` is already the last item listed under `word`.
  void add_unless_last(std::string_view word, const Item& item) {
    const std::uint32_t key = key_of(word);
    if (!lists_.empty(key) && lists_.back(key) == item) return;
    lists_.add(key, item);
  }
  template <typename Visit>
  void for_each(std::string_view word, Visit visit) const {
    auto it = keys_.find(word);
    if (it != keys_.end()) lists_.for_each(it->second, visit);
  }
  // Whether `test` holds for an item listed under `word` (asked in order, up to the first yes).
  template <typename Test>
  bool any_of(std::string_view word, Test test) const {
    auto it = keys_.find(word);
    return it != keys_.end() && lists_.any_of(it->second, test);
  }
  std::size_t size(std::string_view word) const {
    auto it = keys_.find(word);
    return it == keys_.end() ? 0 : lists_.size(it->second);
  }

 private:
  std::uint32_t key_of(std::string_view word) {
    auto [it, inserted] = keys_.try_emplace(word, 0);
    if (inserted) it.value() = lists_.add_key();
    return it->second;
  }
  StringViewMap<std::uint32_t> keys_;
  FlatLists<Item> lists_;
};

// FlatLists under the first byte of a word (never an empty one).
template <typename Item>
class ListsByInitial {
 public:
  void add(std::string_view word, const Item& item) { lists_.add(static_cast<unsigned char>(word[0]), item); }
  template <typename Visit>
  void for_each(std::string_view word, Visit visit) const {
    lists_.for_each(static_cast<unsigned char>(word[0]), visit);
  }

 private:
  FlatLists<Item> lists_{256};
};

// Tokens the lexicon does not mark as pronouns (nearly all) are answered
// by their flag, before any table lookup.
inline std::optional<PronounInfo> pronoun_info(const Token& token) {
  if (!token.is(kPronoun)) return std::nullopt;
  const PronounInfo* info = Lexicon::get().pronoun(token.lower);
  return info ? std::optional<PronounInfo>(*info) : std::nullopt;
}

bool story_zone(Zone z) { return z == Zone::Story || z == Zone::Title; }

class Coreference {
 public:
  explicit Coreference(Document& doc) : doc_(doc) {}

  void run() {
    group_named_mentions();
    infer_genders();
    join_styles();
    join_names_in_asides();
    resolve_pronouns();
    join_birth_names();
    for (const Mention& m : doc_.mentions) {
      if (m.entity >= 0) ++doc_.entities[static_cast<std::size_t>(m.entity)].mentions;
      if (m.second_entity >= 0) ++doc_.entities[static_cast<std::size_t>(m.second_entity)].mentions;
    }
  }

 private:
  int new_entity(EntityType type) {
    DocEntity e;
    e.type = type;
    doc_.entities.push_back(e);
    entity_names_.add_key();
    honorifics_of_.emplace_back();
    return static_cast<int>(doc_.entities.size() - 1);
  }

  // `words`: the form's folded words, kept for matching if it has several
  // (only people's names are matched word by word; others pass none).
  void add_form(int entity, const Mention& m, Words words) {
    DocEntity& e = doc_.entities[static_cast<std::size_t>(entity)];
    const std::string_view form = doc_.surface(m);
    // An entity of many forms (a roster's near-miss names all taken for one
    // person) is searched through an index, not form by form: adding n forms
    // stays linear.
    constexpr std::size_t kFormsScanned = 32;
    StringViewMap<std::uint32_t>* index = nullptr;
    if (e.forms.size() >= kFormsScanned) {
      if (form_index_.size() <= static_cast<std::size_t>(entity)) form_index_.resize(static_cast<std::size_t>(entity) + 1);
      auto& slot = form_index_[static_cast<std::size_t>(entity)];
      if (!slot) {
        slot = std::make_unique<StringViewMap<std::uint32_t>>();
        for (std::size_t f = 0; f < e.forms.size(); ++f) slot->try_emplace(doc_.form_text(e.forms[f]), static_cast<std::uint32_t>(f));
      }
      index = slot.get();
    }
    auto it = e.forms.end();
    if (index) {
      if (auto found = index->find(form); found != index->end()) it = e.forms.begin() + found->second;
    } else {
      it = std::find_if(e.forms.begin(), e.forms.end(), [&](const EntityForm& f) { return doc_.form_text(f) == form; });
    }
    if (it == e.forms.end()) {
      e.forms.push_back({m.text_begin, m.text_end, m.folded_begin, m.folded_end, 1});
      if (index) index->try_emplace(form, static_cast<std::uint32_t>(e.forms.size() - 1));
      if (words.size() > 1)
        entity_names_.add(static_cast<std::uint32_t>(entity), {words, static_cast<std::uint32_t>(e.forms.size() - 1)});
    } else {
      ++it->count;
    }
  }

  // Multi-word person names first (longest first, so "Ann Lee Smith" exists
  // before "Ann Lee" and "Lee Smith" join it), then one-word names in text
  // order. Every lookup goes through an index by word, so the work grows
  // with the number of mentions, not with its square.
  void group_named_mentions() {
    // Views into Document::folded_names (which coreference does not add to:
    // pronouns have no folded name) and word_store_, which is filled first
    // and then left alone: every index below holds views, not copies.
    const std::size_t count = doc_.mentions.size();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> word_range(count);  // [begin, end) in word_store_
    std::array<std::size_t, kEntityTypeCount> of_type{};
    for (std::size_t i = 0; i < count; ++i) {
      ++of_type[static_cast<std::size_t>(doc_.mentions[i].type)];
      if (doc_.mentions[i].type != EntityType::Person || doc_.mentions[i].style) continue;
      auto begin = static_cast<std::uint32_t>(word_store_.size());
      append_words(doc_.folded(doc_.mentions[i]), word_store_);
      word_range[i] = {begin, static_cast<std::uint32_t>(word_store_.size())};
    }
    auto words_of = [&](std::size_t i) {
      return Words(word_store_).subspan(word_range[i].first, word_range[i].second - word_range[i].first);
    };
    // (A style is matched whole, never as a full name: group_style.)
    auto is_full_name = [&](std::size_t i) {
      return doc_.mentions[i].type == EntityType::Person && !doc_.mentions[i].style && words_of(i).size() > 1;
    };
    // Sized once for every person-name word of the document: the index never rehashes.
    entities_by_word_.reserve(word_store_.size());
    // Sized once, each for the mentions of its type: no table rehashes.
    std::array<StringViewMap<int>, kEntityTypeCount> other_entities;  // folded name -> entity, per type
    for (std::size_t type = 0; type < kEntityTypeCount; ++type)
      if (type != static_cast<std::size_t>(EntityType::Person)) other_entities[type].reserve(of_type[type]);
    std::vector<std::size_t> full, single, one_word_orgs;
    auto group_by_name = [&](Mention& m) {
      auto [it, inserted] = other_entities[static_cast<std::size_t>(m.type)].try_emplace(doc_.folded(m), -1);
      if (inserted) it.value() = new_entity(m.type);
      m.entity = it->second;
      add_form(m.entity, m, {});
    };
    for (std::size_t i = 0; i < count; ++i) {
      Mention& m = doc_.mentions[i];
      if (m.type == EntityType::Org && m.end_token - m.first_token == 1) {
        one_word_orgs.push_back(i);  // once every place is known
      } else if (m.style) {
        group_style(m);
      } else if (m.type != EntityType::Person) {
        group_by_name(m);
      } else {
        (is_full_name(i) ? full : single).push_back(i);
      }
    }
    // "in Gothenburg" and "the Gothenburg orchestra's", "flashes of Como
    // silk" and "the Como silk manufacturer": one sense per document, a
    // one-word name the text types a place is that place wherever else it
    // stands alone as an organisation's (or as a person's that names no
    // person here: below).
    const StringViewMap<int>& places = other_entities[static_cast<std::size_t>(EntityType::Location)];
    // Whether the mention joined the place of its name.
    auto join_place_named = [&](Mention& m) {
      auto place = places.find(doc_.folded(m));
      if (place == places.end()) return false;
      m.type = EntityType::Location;
      m.entity = place->second;
      add_form(m.entity, m, {});
      return true;
    };
    for (std::size_t i : one_word_orgs)
      if (!join_place_named(doc_.mentions[i])) group_by_name(doc_.mentions[i]);
    std::stable_sort(full.begin(), full.end(),
                     [&](std::size_t a, std::size_t b) { return words_of(a).size() > words_of(b).size(); });
    StringViewMap<int> owner_of_form;
    owner_of_form.reserve(full.size());
    // "Aisling Brennick, née Fahey": her maiden full name ("aisling fahey")
    // by the mention of her married one, and the owner of each, so that an
    // "Aisling Fahey" before or after is her too.
    std::vector<std::pair<std::size_t, std::string>> maiden_names;
    for (std::size_t j = 1; j < count; ++j)
      if (maiden_name_owner_mention(j) == j - 1 && is_full_name(j - 1) && words_of(j).size() == 1)
        maiden_names.emplace_back(j - 1, std::string(words_of(j - 1).front()) + ' ' + std::string(words_of(j).front()));
    StringMap<int> owner_of_maiden_name;
    // By entity: the lone name of the parent whose child a full name of it
    // was introduced as ("Ovllá's son, Niillas Ovllá Heaikka": "ovlla").
    std::vector<std::string_view> child_of_word;
    for (std::size_t i : full) {
      Mention& m = doc_.mentions[i];
      std::string_view key = doc_.folded(m);
      auto known = owner_of_form.find(key);
      if (known != owner_of_form.end()) {
        m.entity = known->second;  // its words are indexed already
        add_form(m.entity, m, words_of(i));
        continue;
      }
      // "he is no relation to Ollie Pritchard": a name set apart from
      // someone is not another spelling of theirs.
      m.entity = find_full_name_owner(words_of(i), !named_as_no_relation(m));
      // "Jakub Nowak and his son Kuba Nowak": a kin word between two names
      // of one sentence makes them two people, however alike.
      if (m.entity >= 0 && kin_linked(m, m.entity)) m.entity = -1;
      // "Rafael Ignacio Domínguez ... He is the son of the late Ignacio
      // Domínguez": a parent named after "son of" is not the one whose
      // name ends with theirs (a namesake's middle name and surname).
      if (m.entity >= 0 && usual_given_name(doc_.tokens[m.first_token]) && named_as_someones_parent(m) &&
          !keeps_given_name(m.entity, words_of(i)))
        m.entity = -1;
      // "Ovllá's son, Niillas Ovllá Heaikka" and "Ovllá Heaikka": a
      // patronymic holds the parent's name, who is someone else.
      if (m.entity >= 0 && static_cast<std::size_t>(m.entity) < child_of_word.size() &&
          child_of_word[static_cast<std::size_t>(m.entity)] == words_of(i).front() && !keeps_given_name(m.entity, words_of(i)))
        m.entity = -1;
      auto maiden = std::lower_bound(maiden_names.begin(), maiden_names.end(), i,
                                     [](const auto& named, std::size_t index) { return named.first < index; });
      const bool married_form = maiden != maiden_names.end() && maiden->first == i;
      if (m.entity < 0 && married_form) {
        auto owner = owner_of_form.find(std::string_view(maiden->second));
        if (owner != owner_of_form.end()) m.entity = owner->second;
      }
      if (m.entity < 0) {
        auto owner = owner_of_maiden_name.find(key);
        if (owner != owner_of_maiden_name.end()) m.entity = owner->second;
      }
      // "Jean-Paul Gaultier" after "Jean Paul Gaultier": a hyphen for a
      // space. The spaced form has more words, so it came first (the longest
      // names go first).
      if (m.entity < 0 && key.find('-') != std::string_view::npos) {
        std::string spaced(key);
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        if (auto owner = owner_of_form.find(std::string_view(spaced)); owner != owner_of_form.end()) m.entity = owner->second;
      }
      // "Kovács Anna" after "Anna Kovacs", "Tóth Bence" and "Bence Toth":
      // a two-word name written family name first, as Hungarian, Chinese,
      // Japanese and Korean do, is the name in the other order.
      if (m.entity < 0 && words_of(i).size() == 2 && words_of(i)[0] != words_of(i)[1]) {
        std::string reversed(words_of(i)[1]);
        (reversed += ' ') += words_of(i)[0];
        if (auto owner = owner_of_form.find(std::string_view(reversed)); owner != owner_of_form.end() && !kin_linked(m, owner->second))
          m.entity = owner->second;
      }
      if (m.entity < 0) m.entity = new_entity(EntityType::Person);
      if (const Mention* parent = parent_named_before(m)) {
        if (child_of_word.size() <= static_cast<std::size_t>(m.entity)) child_of_word.resize(static_cast<std::size_t>(m.entity) + 1);
        child_of_word[static_cast<std::size_t>(m.entity)] = doc_.folded(*parent);
      }
      if (married_form) owner_of_maiden_name.emplace(maiden->second, m.entity);
      owner_of_form.emplace(key, m.entity);
      add_form(m.entity, m, words_of(i));
      index_words(m.entity, words_of(i));
    }
    for (std::size_t i : full) note_honorific(doc_.mentions[i]);
    build_part_indexes();
    // Positions of each entity's full-name mentions, for "named most so
    // far": counted, then placed in text order (the mentions' order).
    full_position_start_.assign(doc_.entities.size() + 1, 0);
    for (std::size_t i : full) ++full_position_start_[static_cast<std::size_t>(doc_.mentions[i].entity) + 1];
    for (std::size_t e = 1; e < full_position_start_.size(); ++e) full_position_start_[e] += full_position_start_[e - 1];
    full_positions_.resize(full.size());
    {
      std::vector<std::uint32_t> next(full_position_start_.begin(), full_position_start_.end() - 1);
      for (std::size_t i = 0; i < count; ++i)
        if (is_full_name(i))
          full_positions_[next[static_cast<std::size_t>(doc_.mentions[i].entity)]++] = doc_.mentions[i].first_token;
    }
    std::sort(single.begin(), single.end(),
              [&](std::size_t a, std::size_t b) { return doc_.mentions[a].first_token < doc_.mentions[b].first_token; });
    // "Harwick Athletic ... Harwick fans": the first word of one
    // organisation's name (-1 if two share it), which alone names that
    // organisation where it names no person. Built only if a lone name needs it.
    StringViewMap<int> org_by_first_word;
    bool org_words_built = false;
    auto join_org_named = [&](Mention& m) {
      if (!org_words_built) {
        org_words_built = true;
        for (const auto& [name, entity] : other_entities[static_cast<std::size_t>(EntityType::Org)]) {
          const std::size_t space = name.find(' ');
          if (space == std::string_view::npos) continue;
          auto [it, inserted] = org_by_first_word.try_emplace(name.substr(0, space), entity);
          if (!inserted && it->second != entity) it.value() = -1;
        }
      }
      auto org = org_by_first_word.find(doc_.folded(m));
      if (org == org_by_first_word.end() || org->second < 0) return false;
      m.type = EntityType::Org;
      m.entity = org->second;
      add_form(m.entity, m, {});
      return true;
    };
    for (std::size_t i : single) {
      Mention& m = doc_.mentions[i];
      std::string_view w = words_of(i).empty() ? std::string_view() : words_of(i)[0];
      m.entity = maiden_name_owner(i);
      if (m.entity < 0) m.entity = bracketed_pet_form_owner(m, w);
      if (m.entity < 0) m.entity = style_of_lord_or_lady(m, w);
      if (m.entity >= 0 && !w.empty()) {
        one_word_entities_.add(w, {w, m.entity});  // a later lone "Kahn" is her too
      } else {
        std::vector<int> others = not_the_same_as(m);
        if (const int possessor = possessor_of_kin_before(m); possessor >= 0) others.push_back(possessor);
        if (const int relative = relative_named_after(m); relative >= 0) others.push_back(relative);
        m.entity = find_one_word_owner(w, m.first_token, honorific_before(doc_, m), others);
        // "Françoise Riou, known to the whole canton as Soaz": the name an
        // aside gives a full name is that person's, not the pet form of
        // someone else's full name ("Soazig Le Goff"). (A lone name of
        // hers before it, "Lali ... María Laura Ferraro, "Lali"", and a full
        // name of the nickname's own, "Nellie Mottram", join her with the
        // aside's below.)
        if (m.entity >= 0 && !entity_names_.empty(static_cast<std::uint32_t>(m.entity)) &&
            primary_name(static_cast<std::size_t>(m.entity)).front() != w)
          if (const Mention* owner = known_as_owner_mention(i);
              owner && owner->entity != m.entity && owner->end_token - owner->first_token >= 2)
            m.entity = owner->entity;
      }
      // A lone word that names no person here but a place: the place ("Does
      // she miss Almaty?"), not after a title ("Lord Glenbrae") or a kin
      // noun ("Craig's son, Tyler").
      if (m.entity < 0 && !places.empty() && !honorific_before(doc_, m) &&
          !follows_gendered_noun(doc_, doc_.sentences[m.sentence], m.first_token) && join_place_named(m))
        continue;
      if (m.entity < 0 && !doc_.tokens[m.first_token].is(kFirstNameWord) && !honorific_before(doc_, m) &&
          !follows_gendered_noun(doc_, doc_.sentences[m.sentence], m.first_token) && join_org_named(m))
        continue;
      if (m.entity < 0) {
        m.entity = new_entity(EntityType::Person);
        full_position_start_.push_back(full_position_start_.back());  // no full names
        if (!w.empty()) one_word_entities_.add(w, {w, m.entity});
      }
      // Kept per entity (a person is called alone by few words), so a word
      // shared by many people is never searched person by person.
      if (lone_uses_.size() < doc_.entities.size()) lone_uses_.resize(doc_.entities.size());
      auto& uses = lone_uses_[static_cast<std::size_t>(m.entity)];
      auto use = std::find_if(uses.begin(), uses.end(), [&](const LoneUse& u) { return u.word == w; });
      if (use == uses.end()) use = uses.insert(uses.end(), {w, 0, 0, m.first_token});
      ++use->count;
      if (const Token* title = honorific_before(doc_, m)) {
        ++use->titled;
        any_style_ = any_style_ || title->is(kPeerStyle) || title->lower == "lord"sv || title->lower == "lady"sv;
      }
      add_form(m.entity, m, words_of(i));
      note_honorific(m);
    }
  }

  // A style names one person wherever it stands ("the Earl of Caverlow"),
  // and its territory names them after "Lord" or "Lady" ("Lord Caverlow",
  // "Lady Castlemere"): indexed by the title's sex and the territory, one
  // entity per key (-1 once two styles share it).
  void group_style(Mention& m) {
    const std::string_view style = doc_.folded(m);
    auto [it, inserted] = styles_.try_emplace(style, -1);
    any_style_ = true;
    if (inserted) {
      it.value() = new_entity(EntityType::Person);
      const std::size_t of = style.find(" of "sv);
      const Gender sex = style_title(m).word.honorific_gender;
      // (A dowager is rarely "Lady Caverlow" where the countess is.)
      const bool dowager = doc_.tokens[m.first_token].lower == "dowager"sv;
      if (of != std::string_view::npos && sex != Gender::Unknown && !dowager) {
        std::string key(sex == Gender::Female ? "f "sv : "m "sv);
        key += style.substr(of + 4);
        auto [territory, first] = style_of_territory_.try_emplace(std::move(key), it->second);
        if (!first) territory.value() = -1;
      }
    }
    m.entity = it->second;
    // "Earl" of "the Earl and Countess of Caverlow" is no form of the name
    // while the style has one.
    const bool title_alone = m.end_token == m.first_token + 1;
    if (!title_alone || doc_.entities[static_cast<std::size_t>(m.entity)].forms.empty()) add_form(m.entity, m, {});
  }
  // The title word of a style mention ("Countess" of "Dowager Countess of Caverlow").
  const Token& style_title(const Mention& m) const {
    const Token& first = doc_.tokens[m.first_token];
    return first.lower == "dowager"sv && m.end_token > m.first_token + 1 ? doc_.tokens[m.first_token + 1] : first;
  }
  int style_of_lord_or_lady(const Mention& m, std::string_view word) const {
    const Token* title = honorific_before(doc_, m);
    if (word.empty() || !title || style_of_territory_.empty()) return -1;
    const bool lord = title->lower == "lord"sv, lady = title->lower == "lady"sv;
    if (!lord && !lady) return -1;
    std::string key(lady ? "f "sv : "m "sv);
    key += word;
    auto it = style_of_territory_.find(key);
    return it == style_of_territory_.end() ? -1 : it->second;
  }

  // "Robert (Bert) and Margaret (Peggy) Strachan": a pet form of the given
  // name right before the bracket is that name's bearer. -1 if not one.
  int bracketed_pet_form_owner(const Mention& m, std::string_view w) const {
    const std::uint32_t open = bracket_opening(doc_, doc_.sentences[m.sentence], m.first_token);
    if (w.empty() || open == UINT32_MAX || open != m.first_token - 1) return -1;
    auto before = mentions_from(open);
    if (before == doc_.mentions.begin()) return -1;
    --before;
    if (before->pronoun || before->entity < 0 || before->type != EntityType::Person || before->end_token != open) return -1;
    const std::string_view given = doc_.tokens[before->first_token].lower;
    return is_nickname_of(w, given) || is_name_variant(w, given) ? before->entity : -1;
  }

  // Whether two mentions of one sentence have a kin word between them, a
  // few words, and no other person named there ("Mrs Doyle and her son,
  // Sean Doyle", "Francisco Alves, 78, and his son, Chico Alves"; not "Mrs
  // Doyle's son, Tom Hart, and Sean Doyle").
  bool kin_word_between(const Mention& a, const Mention& b) const {
    const bool a_first = a.end_token <= b.first_token;
    const std::uint32_t from = a_first ? a.end_token : b.end_token, to = a_first ? b.first_token : a.first_token;
    if (to < from || to - from > 8) return false;
    for (auto between = mentions_from(from); between != doc_.mentions.end() && between->first_token < to; ++between)
      if (!between->pronoun && between->type == EntityType::Person) return false;
    bool kin = false;
    for (std::uint32_t t = from; t < to; ++t) kin = kin || is_kin_word(doc_.tokens[t]);
    return kin;
  }

  // Whether `entity` is named in m's sentence with a kin word between
  // (kin_word_between): "Jakub Nowak and his son Kuba Nowak".
  bool kin_linked(const Mention& m, int entity) const {
    const Sentence& sentence = doc_.sentences[m.sentence];
    for (auto it = mentions_from(sentence.first_token); it != doc_.mentions.end() && it->first_token < sentence.end_token; ++it)
      if (&*it != &m && !it->pronoun && it->entity == entity && kin_word_between(*it, m)) return true;
    return false;
  }

  // Whether a name follows "son of", "daughter of" (perhaps "the late")
  // within a few words: "He is the son of Marisol Delacroix and the late
  // Ignacio Domínguez".
  bool named_as_someones_parent(const Mention& m) const {
    const std::uint32_t start = doc_.sentences[m.sentence].first_token;
    const std::uint32_t stop = m.first_token > start + 12 ? m.first_token - 12 : start;
    for (std::uint32_t t = m.first_token; t > stop + 1; --t)
      if (doc_.tokens[t - 1].lower == "of"sv && doc_.tokens[t - 2].is(kChildNoun)) return true;
    return false;
  }

  // The lone name right before "'s son," (or another child's noun) and a
  // full name: "Ovllá's son, Niillas Ovllá Heaikka"; or null.
  const Mention* parent_named_before(const Mention& m) const {
    const std::uint32_t t = m.first_token, start = doc_.sentences[m.sentence].first_token;
    if (t < start + 4 || doc_.tokens[t - 1].lower != ","sv || !doc_.tokens[t - 2].is(kChildNoun) ||
        doc_.tokens[t - 3].lower != "'s"sv)
      return nullptr;
    const Mention* parent = mention_ending_at(t - 3);
    return parent && parent->type == EntityType::Person && parent->end_token == parent->first_token + 1 ? parent : nullptr;
  }

  // A given name of a known sex, no particle or ordinary word ("Ignacio",
  // not "de").
  static bool usual_given_name(const Token& t) {
    return t.is(kFirstNameWord) && !t.is(kFunctionWord) && !t.is(kPlaceWord) && t.word.first_name_gender != Gender::Unknown &&
           !t.is(kCommonWord);
  }

  // Whether one of the entity's full names opens with the given name these
  // words open with (not "Ignacio Domínguez" inside "Rafael Ignacio Domínguez").
  bool keeps_given_name(int entity, Words words) const {
    return entity_names_.any_of(static_cast<std::uint32_t>(entity),
                                [&](const NamedForm& form) { return !form.words.empty() && form.words.front() == words.front(); });
  }

  // People a titled lone name cannot be, by its sentence: someone already
  // called by the word under another title ("Senator Renton and Mrs Renton
  // divorced", "Dr Kaur married Mr Kaur"), or someone of that surname a kin
  // word links it to ("Senator Renton's daughter, Mia Renton", "Mrs Doyle
  // and her son, Sean Doyle", "Mr Doyle is the father of Sean Doyle").
  std::vector<int> not_the_same_as(const Mention& m) const {
    std::vector<int> out;
    const Token* honorific = honorific_before(doc_, m);
    if (!honorific) return out;
    const std::string_view word = doc_.folded(m);
    const Sentence& sentence = doc_.sentences[m.sentence];
    const auto first = mentions_from(sentence.first_token);
    for (auto it = first; it != doc_.mentions.end() && it->first_token < sentence.end_token; ++it) {
      if (&*it == &m || it->pronoun || it->entity < 0 || it->type != EntityType::Person) continue;
      const std::string_view folded = doc_.folded(*it);
      if (folded == word) {
        const Token* other = it->first_token < m.first_token ? honorific_before(doc_, *it) : nullptr;
        if (other && other->lower != honorific->lower) out.push_back(it->entity);
        continue;
      }
      if (!(folded.size() > word.size() && folded.ends_with(word) && folded[folded.size() - word.size() - 1] == ' ')) continue;
      if (kin_word_between(*it, m)) out.push_back(it->entity);
    }
    return out;
  }

  // Whether the name follows "relation to", "related to" or "confused
  // with" ("no relation to", "not related to", "not to be confused with").
  bool named_as_no_relation(const Mention& m) const {
    const std::uint32_t t = m.first_token, first = doc_.sentences[m.sentence].first_token;
    if (t < first + 2) return false;
    const std::string_view cue = doc_.tokens[t - 2].lower, preposition = doc_.tokens[t - 1].lower;
    return (preposition == "to"sv && (cue == "relation"sv || cue == "related"sv)) ||
           (preposition == "with"sv && cue == "confused"sv);
  }

  // "Máhtte's son, Ánde Máhtte Sara,": the full name in apposition to the
  // lone name's relative, whom the lone name is not (a patronymic holds
  // it); or -1.
  int relative_named_after(const Mention& m) const {
    const std::uint32_t t = m.end_token, end = doc_.sentences[m.sentence].end_token;
    if (t + 3 >= end || doc_.tokens[t].lower != "'s"sv || !is_kin_word(doc_.tokens[t + 1]) || doc_.tokens[t + 2].lower != ","sv)
      return -1;
    const Mention* relative = mention_at(t + 3);
    return relative && relative->type == EntityType::Person && !relative->pronoun ? relative->entity : -1;
  }

  // "Jose Ruiz runs the farm. His son Jose ...", "... and his son Pepe": a
  // lone name after "his" or "her" and a kin word is not whom the
  // possessive names, taken as the person named last before it (this
  // sentence or the one before) unless of the other sex. -1 if none.
  int possessor_of_kin_before(const Mention& m) const {
    const Sentence& sentence = doc_.sentences[m.sentence];
    std::uint32_t t = m.first_token;
    if (t > sentence.first_token && doc_.tokens[t - 1].lower == ","sv) --t;
    if (t <= sentence.first_token || !is_kin_word(doc_.tokens[t - 1])) return -1;
    --t;
    for (int adjectives = 0; adjectives < 2 && t > sentence.first_token && !doc_.tokens[t - 1].has(kCapitalized) &&
                             doc_.tokens[t - 1].has(kWord) && doc_.tokens[t - 1].lower != "his"sv && doc_.tokens[t - 1].lower != "her"sv;
         ++adjectives)
      --t;  // "his eldest son", "her late husband"
    if (t <= sentence.first_token) return -1;
    const std::string_view possessive = doc_.tokens[t - 1].lower;
    if (possessive != "his"sv && possessive != "her"sv) return -1;
    const std::uint32_t window = m.sentence > 0 ? doc_.sentences[m.sentence - 1].first_token : sentence.first_token;
    for (auto it = std::make_reverse_iterator(mentions_from(t - 1)); it != doc_.mentions.rend() && it->first_token >= window; ++it) {
      if (it->pronoun || it->type != EntityType::Person || it->entity < 0) continue;
      const Gender named = doc_.tokens[it->first_token].word.first_name_gender;
      const Gender said = possessive == "his"sv ? Gender::Male : Gender::Female;
      return named != Gender::Unknown && named != said ? -1 : it->entity;
    }
    return -1;
  }

  // "wife", "husband", "partner", "fiancée": whom someone lives with.
  static bool is_partner_noun(std::string_view lower) {
    static constexpr std::string_view kPartners[] = {"wife",   "husband", "partner", "fiance", "fiancee",
                                                     "fiancé", "fiancée", "girlfriend", "boyfriend"};
    return std::find(std::begin(kPartners), std::end(kPartners), lower) != std::end(kPartners);
  }

  // A word for a relative by blood or by marriage.
  static bool is_kin_word(const Token& t) {
    if (is_blood_kin_word(t)) return true;
    static constexpr std::string_view kKinByMarriage[] = {"husband", "wife",    "widow",  "widower", "cousin",  "ex-wife",
                                                          "ex-husband", "fiance", "fiancee", "fiancé", "fiancée"};
    return std::find(std::begin(kKinByMarriage), std::end(kKinByMarriage), t.lower) != std::end(kKinByMarriage);
  }

  static bool is_blood_kin_word(const Token& t) { return is_blood_kin_noun(t.lower, t.is(kChildNoun)); }

  void note_honorific(const Mention& m) {
    const Token* honorific = honorific_before(doc_, m);
    if (!honorific) return;
    auto& seen = honorifics_of_[static_cast<std::size_t>(m.entity)];
    if (std::none_of(seen.begin(), seen.end(), [&](const Token* t) { return t->lower == honorific->lower; }))
      seen.push_back(honorific);
  }

  // "Jodie Carrow, as she then was", "says Kerry-Ann Marsh, as she now is":
  // a full name said to be someone's name then or now is another name of
  // the one other person the document gives that given name; -1 if none
  // or several.
  int then_named_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const std::uint32_t t = m.end_token;
    if (t + 4 >= doc_.tokens.size() || doc_.tokens[t].lower != ","sv || doc_.tokens[t + 1].lower != "as"sv) return -1;
    const std::string_view pronoun = doc_.tokens[t + 2].lower, next = doc_.tokens[t + 3].lower, last = doc_.tokens[t + 4].lower;
    if (pronoun != "she"sv && pronoun != "he"sv) return -1;
    if (!((next == "then"sv && last == "was"sv) || (next == "now"sv && last == "is"sv) || (next == "was"sv && last == "then"sv) ||
          (next == "is"sv && last == "now"sv)))
      return -1;
    const std::string_view folded = doc_.folded(m);
    const std::size_t space = folded.find(' ');
    if (space == std::string_view::npos) return -1;
    const std::string_view given = folded.substr(0, space + 1);
    int owner = -1;
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      if (static_cast<int>(e) == m.entity || doc_.entities[e].type != EntityType::Person) continue;
      const bool shares_given_name = std::any_of(doc_.entities[e].forms.begin(), doc_.entities[e].forms.end(), [&](const EntityForm& f) {
        const std::string_view other = doc_.form_folded(f);
        return other.size() > given.size() && other.starts_with(given) && other != folded;
      });
      if (!shares_given_name) continue;
      if (owner >= 0) return -1;
      owner = static_cast<int>(e);
    }
    return owner;
  }

  // "She was born Estelle Joan Pike in 1938", "Born Norma Jean Baker, the
  // actress ...", "Ingeborg, known as Bibi": the name after "born" is the
  // birth name (after "known as", the other name) of the person
  // the sentence is about (known once pronouns are resolved), so the two
  // entities become one: the birth name's forms and mentions go to the
  // person, in one pass over the mentions.
  void join_birth_names() {
    joined_into_.assign(doc_.entities.size(), -1);
    bool any = false;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.type != EntityType::Person || m.entity < 0) continue;
      // "Cordelia, the Duchess", "The Earl, Peregrine Ashcombe": a style
      // read only now ("the Duchess", resolve_pronouns).
      if (any_style_ && (m.pronoun || (i > 0 && doc_.mentions[i - 1].pronoun))) {
        if (const int named = styled_owner(i); named >= 0) {
          any = join_style(m, named) || any;
          continue;
        }
      }
      if (m.pronoun) continue;
      if (const int named = other_surname_owner(i); named >= 0) {
        any = join(m.entity, named) || any;
        continue;
      }
      const Sentence& sent = doc_.sentences[m.sentence];
      if (m.first_token <= sent.first_token) continue;
      if (const int named = married_title_owner(i); named >= 0) {
        // "she had become Mrs Farahani": a lone surname the search gave to
        // a full name of someone else ("Dr Kourosh Farahani") is hers, not
        // his: the mention moves, the two people stay two.
        if (m.end_token - m.first_token == 1 && !entity_names_.empty(static_cast<std::uint32_t>(m.entity)) &&
            root(m.entity) != root(named)) {
          doc_.mentions[i].entity = named;
          any = true;
        } else {
          any = join(m.entity, named) || any;
        }
        continue;
      }
      if (const int named = known_as_owner(i); named >= 0) {
        any = join(m.entity, named) || any;
        continue;
      }
      if (const int named = fronted_known_as_owner(i); named >= 0) {
        any = join(m.entity, named) || any;
        continue;
      }
      if (const int named = then_named_owner(i); named >= 0) {
        any = join(m.entity, named) || any;
        continue;
      }
      if (const int named = raised_as_owner(i); named >= 0) {
        any = join(m.entity, named) || any;
        continue;
      }
      // (Not a name an aside gave its owner already: "Hyacinth, known to
      // all as Miss Hy" ... "Every child called her Auntie Hy", where "her"
      // may have been read as someone else.)
      if (const int named = called_pronoun_owner(i); named >= 0) {
        if (root(m.entity) == m.entity) any = join(m.entity, named) || any;
        continue;
      }
      if (doc_.tokens[m.first_token - 1].lower != "born"sv) continue;
      int owner = -1;
      const std::uint32_t born = m.first_token - 1;
      if (born == sent.first_token) {
        // "Born Norma Jean Baker, she ...", "Born Deborah Sallis in the
        // mining town of Coldharrow, Quayle was ...": the first person after
        // the next comma, if nobody is named before it.
        std::uint32_t comma = m.end_token;
        while (comma < sent.end_token && doc_.tokens[comma].lower != ","sv) ++comma;
        for (std::size_t k = i + 1; k < doc_.mentions.size() && doc_.mentions[k].sentence == m.sentence; ++k) {
          const Mention& next = doc_.mentions[k];
          if (next.first_token < comma && next.type == EntityType::Person) break;
          if (next.first_token > comma && next.type == EntityType::Person) {
            owner = next.entity;
            break;
          }
        }
      } else if (born >= sent.first_token + 2 && i > 0) {
        const std::string_view verb = doc_.tokens[born - 1].lower;
        const Mention& before = doc_.mentions[i - 1];
        // "Szabo was born ...", "Szabo, 44, was born ...", "Eileen, now 68, was born ...".
        std::uint32_t name_end = born - 1;
        if (name_end >= sent.first_token + 3 && doc_.tokens[name_end - 1].lower == ","sv && is_age(doc_.tokens[name_end - 2])) {
          const std::string_view before_age = doc_.tokens[name_end - 3].lower;
          if (before_age == ","sv) name_end -= 3;
          else if ((before_age == "now"sv || before_age == "aged"sv) && name_end >= sent.first_token + 4 &&
                   doc_.tokens[name_end - 4].lower == ","sv)
            name_end -= 4;
        }
        if ((verb == "was"sv || verb == "is"sv) && before.end_token == name_end && before.type == EntityType::Person && !before.plural)
          owner = before.entity;
        // "Siobhan Ebberly, 41, who was born Siobhan Quinlan".
        std::uint32_t comma = born - 2;
        if (owner < 0 && (verb == "was"sv || verb == "is"sv) && comma > sent.first_token + 1 &&
            doc_.tokens[comma].lower == "who"sv && doc_.tokens[--comma].lower == ","sv) {
          if (comma > sent.first_token + 2 && is_age(doc_.tokens[comma - 1]) && doc_.tokens[comma - 2].lower == ","sv) comma -= 2;
          if (const Mention* described = mention_ending_at(comma); described && described->type == EntityType::Person && !described->plural)
            owner = described->entity;
        }
      }
      if (owner < 0 || owner == m.entity || doc_.entities[static_cast<std::size_t>(owner)].type != EntityType::Person) continue;
      any = join(m.entity, owner) || any;
    }
    if (any) apply_joins();
  }

  // "Hugo Fane-Caverley, 10th Earl of Caverlow": a named style and a name
  // in apposition are one person (styled_owner), before pronouns are read,
  // so that "their" after "Isobel Farquharson, now the Countess" is no pair
  // of her and her style.
  void join_styles() {
    if (!any_style_) return;
    joined_into_.assign(doc_.entities.size(), -1);
    bool any = false;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.pronoun || m.type != EntityType::Person || m.entity < 0) continue;
      if (const int named = styled_owner(i); named >= 0) any = join_style(m, named) || any;
    }
    if (any) apply_joins();
  }
  // "Amber Hale, then Amber Whitaker", "Louise Winterbourne, formerly
  // Louise Pratt": a name an aside gives someone named just before it is
  // theirs before pronouns are read, so that "their" after it is no pair
  // of her and her other name. (join_birth_names asks again, with the
  // pronouns resolved.)
  void join_names_in_asides() {
    joined_into_.assign(doc_.entities.size(), -1);
    bool any = false;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.pronoun || m.type != EntityType::Person || m.entity < 0) continue;
      if (const int named = known_as_owner(i); named >= 0) any = join(m.entity, named) || any;
    }
    if (any) apply_joins();
  }
  // Joins the style's entity into the name's (whose words the indexes hold).
  bool join_style(const Mention& m, int other) {
    return names_by_style(doc_.tokens, m) ? join(m.entity, other) : join(other, m.entity);
  }

  // Moves the forms and mentions of every joined entity to its group's root.
  void apply_joins() {
    std::vector<int> final_owner(joined_into_.size());
    std::vector<std::pair<int, int>> moves;  // (owner, joined entity), grouped by owner below
    for (std::size_t e = 0; e < joined_into_.size(); ++e) {
      final_owner[e] = root(static_cast<int>(e));
      if (final_owner[e] != static_cast<int>(e)) moves.emplace_back(final_owner[e], static_cast<int>(e));
    }
    std::sort(moves.begin(), moves.end());
    StringViewMap<std::size_t> form_of;  // the owner's forms by text, one owner at a time
    for (std::size_t k = 0; k < moves.size(); ++k) {
      DocEntity& to = doc_.entities[static_cast<std::size_t>(moves[k].first)];
      if (k == 0 || moves[k].first != moves[k - 1].first) {
        form_of.clear();
        for (std::size_t f = 0; f < to.forms.size(); ++f) form_of.try_emplace(doc_.form_text(to.forms[f]), f);
      }
      DocEntity& from = doc_.entities[static_cast<std::size_t>(moves[k].second)];
      for (const EntityForm& form : from.forms) {
        auto [it, added] = form_of.try_emplace(doc_.form_text(form), to.forms.size());
        if (added) to.forms.push_back(form);
        else to.forms[it->second].count += form.count;
      }
      from.forms.clear();
    }
    form_index_.clear();  // the forms moved: add_form rebuilds an index it needs
    for (Mention& m : doc_.mentions) {
      if (m.entity >= 0) m.entity = final_owner[static_cast<std::size_t>(m.entity)];
      if (m.second_entity >= 0) m.second_entity = final_owner[static_cast<std::size_t>(m.second_entity)];
    }
  }

  // "Hugo Fane-Caverley, 10th Earl of Caverlow,", "Isobel, Countess of
  // Caverlow, said", "Piers Halloran, Viscount Merrow,", "Cordelia, the
  // Duchess", "Isobel Farquharson, now the Countess of Strathlorne": a
  // style (names_by_style) in apposition to a name is that person's; so is
  // a name in apposition to a style ("The Earl, Peregrine Ashcombe, 38,",
  // "the Dowager Countess of Strathlorne, Lady Morag Munro-Kerr,"). For
  // mention i, the other's entity, or -1. Not in a list: "Sir Nigel and
  // Lady Alcock-Hythe, the Countess of Stainmore and Mr Felix Dunmore" (a
  // name or "and" after the second, or "and" before the first), unless an
  // ordinal says whose style it is ("10th Earl of").
  int styled_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const Sentence& sent = doc_.sentences[m.sentence];
    if (i == 0 || m.first_token < sent.first_token + 2) return -1;
    const bool style = names_by_style(doc_.tokens, m);
    if (!style && m.pronoun) return -1;
    std::uint32_t comma = m.first_token - 1;
    bool ordinal = false;
    if (style && !m.pronoun) {
      const Token& first = doc_.tokens[m.first_token];
      if (!m.style && !first.is(kPeerStyle)) --comma;  // past "Viscount" of "Viscount Merrow", "Lord" of "Lord Glenbrae"
      if (doc_.tokens[comma].has(kNumber)) ordinal = true, --comma;  // "10th"
      if (doc_.tokens[comma].lower == "the"sv) --comma;
      if (doc_.tokens[comma].lower == "now"sv) --comma;
    } else if (!style && doc_.tokens[comma].is(kHonorific)) {
      --comma;  // "Lady" of ", Lady Morag Munro-Kerr,"
    }
    if (comma <= sent.first_token || doc_.tokens[comma].lower != ","sv) return -1;
    // "Miss Anouska Pryde, the Countess's closest friend": a possessive.
    if (lower_at(m.end_token) == "'s"sv) return -1;
    const Mention& before = doc_.mentions[i - 1];
    if (before.type != EntityType::Person || before.entity < 0 || before.plural || before.end_token != comma) return -1;
    // One of the two is a name, the other a style.
    const bool before_style = names_by_style(doc_.tokens, before);
    if (style == before_style || (!before_style && before.pronoun)) return -1;
    if (!ordinal) {
      const std::string_view next = lower_at(m.end_token);
      const std::string_view after_comma = next == ","sv ? lower_at(m.end_token + 1) : std::string_view();
      // (Not a possessor: "Honoria, Dowager Countess of Castlemere, Lord Castlemere's mother".)
      const bool name_next = next == ","sv && i + 1 < doc_.mentions.size() && !doc_.mentions[i + 1].pronoun &&
                             doc_.mentions[i + 1].first_token == m.end_token + 1 &&
                             lower_at(doc_.mentions[i + 1].end_token) != "'s"sv;
      // ("Edward, Duke of Edinburgh, and his wife": "and" before a possessive goes on about him.)
      const std::string_view after_and = lower_at(m.end_token + 2);
      const bool and_his = after_comma == "and"sv && (after_and == "his"sv || after_and == "her"sv || after_and == "their"sv);
      if (next == "and"sv || next == "or"sv || (after_comma == "and"sv && !and_his) || name_next) return -1;
      if (before.first_token > sent.first_token && lower_at(before.first_token - 1) == "and"sv) return -1;
    }
    return before.entity;
  }

  // Union-find over joined_into_ (-1: a root): the entity a join led to.
  int root(int e) {
    int r = e;
    while (joined_into_[static_cast<std::size_t>(r)] >= 0) r = joined_into_[static_cast<std::size_t>(r)];
    while (joined_into_[static_cast<std::size_t>(e)] >= 0) {
      const int next = joined_into_[static_cast<std::size_t>(e)];
      joined_into_[static_cast<std::size_t>(e)] = r;
      e = next;
    }
    return r;
  }
  // Joins entity `from` into `owner`'s group, unless they are one already
  // ("A was born B ... B was born A" closes no cycle).
  // Never a man and a woman: "Fenwright, known to associates as Gus" after
  // a lone "Fenwright" went to his wife, Mrs Fenwright, would make the two
  // one person.
  bool join(int from, int owner) {
    const int a = root(from), b = root(owner);
    if (a == b) return false;
    const Gender ga = doc_.entities[static_cast<std::size_t>(a)].gender, gb = doc_.entities[static_cast<std::size_t>(b)].gender;
    if (ga != Gender::Unknown && gb != Gender::Unknown && ga != gb) return false;
    joined_into_[static_cast<std::size_t>(a)] = b;
    return true;
  }

  // A relative's or a courtesy title before a name ("Auntie Akos", "Miss Hy").
  bool is_title_word(std::uint32_t k) const { return is_kin_title(doc_.tokens[k]) || doc_.tokens[k].is(kHonorific); }

  // "Ingeborg, known to everyone as Bibi", "Robert, nicknamed Bobby", "Li
  // Ping, who goes by Pauline Ooi,",
  // "Louise Winterbourne, formerly Louise Pratt", "Mrs Dahl, born Paloma
  // Ibarra,": the person named before the comma, whose other name this is;
  // or -1. "born" counts only right before the name ("Ann Lee, born to Carl
  // Lee" names her father).
  int known_as_owner(std::size_t i) const {
    const Mention* owner = known_as_owner_mention(i);
    return owner ? owner->entity : -1;
  }
  // The mention of the person known_as_owner names, or null.
  const Mention* known_as_owner_mention(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const std::uint32_t start = doc_.sentences[m.sentence].first_token;
    std::uint32_t t = m.first_token;
    // 'Maria Luisa Abellera-Santos, or "Malou",', 'Ernesto Abellera, the
    // governor everyone called "Bong",': a name in quotation marks after
    // "or" or "called" is a nickname too.
    std::uint32_t open = t;  // the opening mark's token, past a title inside the marks: '("Reb Yankel")'
    if (t > start + 1 && is_title_word(t - 1) && doc_.tokens[t - 2].has(kQuote)) open = t - 1;
    const bool quoted = open > start && doc_.tokens[open - 1].has(kQuote) && m.end_token < doc_.tokens.size() &&
                        doc_.tokens[m.end_token].has(kQuote);
    if (quoted) t = open - 1;
    // "affectionately called Auntie Akos": a relative's title is no part of
    // the name; nor is a courtesy title ("known to the whole of Brockley as
    // Miss Hy").
    const bool kin_title = !quoted && t > start + 1 && is_title_word(t - 1);
    if (kin_title) --t;
    const bool after_as = t > start && doc_.tokens[t - 1].lower == "as"sv;
    if (after_as) --t;
    // "Kittipong Sirisombat, 36, known to everyone by his nickname, Ton,":
    // the nickname's noun (and its comma) before the name.
    bool after_nickname = false;
    if (!after_as && !quoted && !kin_title && t > start + 2) {
      const std::uint32_t noun = doc_.tokens[t - 1].lower == ","sv ? t - 2 : t - 1;
      after_nickname = doc_.tokens[noun].lower == "nickname"sv &&
                       (doc_.tokens[noun - 1].lower == "his"sv || doc_.tokens[noun - 1].lower == "her"sv);
      if (after_nickname) t = noun - 1;
    }
    // A birth name after "born" is a full name ("Amy Farrow, born Castlebar,
    // 1961," names her town).
    bool cue = t == m.first_token && t > start && doc_.tokens[t - 1].lower == "born"sv && m.end_token - m.first_token >= 2;
    bool then_name = false;
    // 'José Ignacio Benavides Erazo, "Chepe", and ...': a name alone in
    // quotation marks between commas right after a name is its nickname.
    // So is one alone in brackets: 'Menachem Mendel Halpern ("Mendy"), 25'.
    if (quoted && t > start && m.end_token + 1 < doc_.tokens.size() &&
        ((doc_.tokens[t - 1].lower == ","sv && doc_.tokens[m.end_token + 1].lower == ","sv) ||
         (doc_.tokens[t - 1].lower == "("sv && doc_.tokens[m.end_token + 1].lower == ")"sv)))
      cue = true;
    // Opened by a comma or a bracket: "Rachel Obuya (formerly Rachel Stenning)".
    auto opens_aside = [&](std::uint32_t k) { return doc_.tokens[k].lower == ","sv || doc_.tokens[k].lower == "("sv; };
    // "known to bankers and golf partners as Kelvin Ooi", ", who goes by Pauline Ooi,".
    const int window = after_nickname ? 12 : quoted || after_as ? 7 : 4;
    if (after_nickname) cue = true;
    for (int words = 0; words < window && t > start && !opens_aside(t - 1); ++words) {
      const std::string_view w = doc_.tokens[--t].lower;
      // (After "known" the name follows "as": not "known to all of Brockley as ...".)
      if ((w == "known"sv && after_as) || w == "nicknamed"sv || w == "dubbed"sv || w == "formerly"sv) cue = true;
      // "Amber Hale, then Amber Whitaker": her name at the time, if it
      // keeps her given name (checked below; not "Ann Lee, then Bo Kim").
      if (w == "then"sv && words == 0 && !quoted && !kin_title && !after_as && m.end_token - m.first_token >= 2)
        cue = then_name = true;
      // "Lynn Callahan, 58, who was Lynn Deering when she met the senator": so is "who was".
      if (w == "was"sv && words == 0 && !quoted && !kin_title && !after_as && m.end_token - m.first_token >= 2 &&
          names_a_former_name(m))
        cue = then_name = true;
      if ((w == "goes"sv || w == "went"sv) && doc_.tokens[t + 1].lower == "by"sv) cue = true;
      // ", who writes as Ingrid Vange", ", who had wrestled as
      // Kirinishiki": a pen or ring name.
      // (Not "performed as Maria Callas in the biopic": a part.)
      static constexpr std::string_view kNamedActivities[] = {"writes", "wrote",  "writing", "wrestles",
                                                              "wrestled", "fights", "fought", "boxed"};
      if (doc_.tokens[t + 1].lower == "as"sv &&
          std::find(std::begin(kNamedActivities), std::end(kNamedActivities), w) != std::end(kNamedActivities))
        cue = true;
      if (quoted && (w == "or"sv || w == "called"sv)) cue = true;
      // "Aleyamma Thomas, our Ammachi, who turned 96": what a family calls her.
      if (words == 0 && (w == "our"sv || w == "my"sv) && m.end_token - m.first_token == 1 && !quoted && !kin_title &&
          !after_as && t > start && doc_.tokens[t - 1].lower == ","sv)
        cue = true;
      // "Agnes Owusu, affectionately called Auntie Akos by all of Bantama,": a fond name, not a telephone call.
      static constexpr std::string_view kFondly[] = {"affectionately", "fondly", "lovingly", "universally"};
      if (w == "called"sv && t > start &&
          std::find(std::begin(kFondly), std::end(kFondly), doc_.tokens[t - 1].lower) != std::end(kFondly))
        cue = true;
    }
    if (!cue || t <= start || !opens_aside(t - 1) || i == 0) return nullptr;
    // "Louise Winterbourne, 49, formerly Louise Pratt": past an age.
    std::uint32_t name_end = t - 1;
    // "Michael O'Shea (46), of Knightstown Road, Portmagee, known on the
    // peninsula as Mikey Joe": past an address and an age in brackets.
    {
      auto in_address = [&](std::uint32_t k) { return doc_.tokens[k].has(kCapitalized) || doc_.tokens[k].lower == ","sv; };
      std::uint32_t k = name_end;
      for (int words = 0; k > start + 2 && words < 8 && in_address(k - 1); ++words) --k;
      if (k < name_end && k > start + 2 && doc_.tokens[k - 1].lower == "of"sv && doc_.tokens[k - 2].lower == ","sv) name_end = k - 2;
      if (name_end >= start + 3 && doc_.tokens[name_end - 1].lower == ")"sv && is_age(doc_.tokens[name_end - 2]) &&
          doc_.tokens[name_end - 3].lower == "("sv)
        name_end -= 3;
    }
    if (name_end >= start + 2 && is_age(doc_.tokens[name_end - 1]) && doc_.tokens[name_end - 2].lower == ","sv) name_end -= 2;
    // The name the aside follows: the mention before it, or before a name
    // inside the aside ("known to the whole of Brockley as Miss Hy").
    std::size_t owner = i - 1;
    while (owner > 0 && doc_.mentions[owner].first_token > name_end && i - owner < 4) --owner;
    // "met Halina Drzewiecka, Basia and Jurek's mother, then Halina
    // Wróbel": her name at the time follows her description; its owner is
    // the last one before it in the sentence with her given name.
    // (Only past a description that says whose relative she is: not "John
    // Smith, a nurse, then John Brown".)
    if (then_name && !(doc_.mentions[owner].end_token == name_end))
      for (std::size_t k = i; k-- > 0 && i - k <= 4 && doc_.mentions[k].sentence == m.sentence;)
        if (!doc_.mentions[k].pronoun && doc_.mentions[k].end_token - doc_.mentions[k].first_token >= 2 &&
            doc_.tokens[doc_.mentions[k].first_token].lower == doc_.tokens[m.first_token].lower) {
          bool kin = false;
          for (std::uint32_t w = doc_.mentions[k].end_token; w < name_end && !kin; ++w) kin = is_kin_word(doc_.tokens[w]);
          if (kin) owner = k, name_end = doc_.mentions[k].end_token;
          break;
        }
    const Mention& before = doc_.mentions[owner];
    // "the Countess, formerly Miss Saskia Dellamere": a style read as a pronoun is.
    if ((before.pronoun && !names_by_style(doc_.tokens, before)) || before.type != EntityType::Person ||
        before.end_token != name_end || before.entity < 0)
      return nullptr;
    // (A woman's name at marriage: not a man's given name, which reads as a
    // sequence, "John Smith, then John Brown".)
    if (then_name && (doc_.tokens[before.first_token].lower != doc_.tokens[m.first_token].lower ||
                      doc_.tokens[m.first_token].word.first_name_gender == Gender::Male))
      return nullptr;
    return &before;
  }

  // "Known to three generations of customers as Chaudhry Sahib, and to his
  // grandchildren as Dada Ji, Mr Aslam came to Bradford": a sentence that
  // opens with "Known ... as" gives its names to the first name after a
  // comma that no "as" gives; that subject's entity, or -1. So does
  // "Nicknamed Ton, Kittipong Sirisombat founded ...".
  int fronted_known_as_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const std::uint32_t start = doc_.sentences[m.sentence].first_token;
    std::uint32_t opening = start;
    // "Affectionately known", "Better known".
    if ((doc_.tokens[opening].lower.ends_with("ly"sv) || doc_.tokens[opening].lower == "better"sv) &&
        opening + 1 < m.first_token)
      ++opening;
    const bool nicknamed = doc_.tokens[opening].lower == "nicknamed"sv || doc_.tokens[opening].lower == "dubbed"sv;
    if ((doc_.tokens[opening].lower != "known"sv && !nicknamed) || m.first_token > start + 24) return -1;
    // Whether the mention starting at token f is a name "as" (or the
    // opening "Nicknamed") gives.
    auto given_as = [&](std::uint32_t f) {
      if (f > start + 1 && is_title_word(f - 1)) --f;
      return f > start && (doc_.tokens[f - 1].lower == "as"sv || (nicknamed && f - 1 == opening));
    };
    if (!given_as(m.first_token)) return -1;
    // The "as" is the fronted phrase's: no subject opened by a comma before
    // it ("Known in Leeds, Robert Smith performed as Bobo, Ann Lee recalled").
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == m.sentence;) {
      const Mention& before = doc_.mentions[j];
      std::uint32_t f = before.first_token;
      if (f > start + 1 && is_title_word(f - 1)) --f;
      if (before.type == EntityType::Person && f > start && doc_.tokens[f - 1].lower == ","sv) return -1;
    }
    for (std::size_t j = i + 1; j < doc_.mentions.size() && doc_.mentions[j].sentence == m.sentence; ++j) {
      const Mention& subject = doc_.mentions[j];
      if (given_as(subject.first_token)) continue;
      std::uint32_t f = subject.first_token;  // past a title: ", Mr Aslam", ", Dr. Lee"
      if (f > start + 2 && doc_.tokens[f - 1].lower == "."sv && doc_.tokens[f - 2].is(kHonorific)) f -= 2;
      else if (f > start + 1 && is_title_word(f - 1)) --f;
      if (doc_.tokens[f - 1].lower != ","sv) continue;  // inside the phrase: "after the honorific his family carried"
      if (subject.type != EntityType::Person || subject.pronoun || subject.plural || subject.entity < 0) return -1;
      return subject.entity;
    }
    return -1;
  }

  // "Debbie grew up as Deborah Farrant", "she was raised as Anna Berg",
  // "he was brought up as Tom Kerr": the full name is the one the subject
  // had as a child; the subject's entity, or -1.
  int raised_as_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const std::uint32_t start = doc_.sentences[m.sentence].first_token;
    std::uint32_t t = m.first_token;
    if (m.end_token - m.first_token < 2 || t < start + 3 || doc_.tokens[t - 1].lower != "as"sv) return -1;
    std::uint32_t verb = t - 2;
    if (doc_.tokens[verb].lower == "up"sv) {
      const std::string_view head = doc_.tokens[verb - 1].lower;
      if (head == "grew"sv) {
        verb -= 1;  // the subject ends before "grew"
      } else if (head == "brought"sv && verb >= start + 2 &&
                 (doc_.tokens[verb - 2].lower == "was"sv || doc_.tokens[verb - 2].lower == "were"sv)) {
        verb -= 2;  // ... before "was" of "was brought up"
      } else {
        return -1;
      }
    } else if (doc_.tokens[verb].lower == "raised"sv && verb > start && doc_.tokens[verb - 1].lower == "was"sv) {
      verb -= 1;
    } else {
      return -1;
    }
    if (verb <= start || i == 0) return -1;
    const Mention& before = doc_.mentions[i - 1];
    if (before.type != EntityType::Person || before.end_token != verb || before.entity < 0 || before.plural) return -1;
    return before.entity;
  }

  // "Everybody in town called him Pepa", "he was always known as Sasha":
  // a name the pronoun's person went by, read once pronouns are resolved;
  // or -1. Not a name in a list or before a possessive ("called her Ana's
  // friend"). A relative's title before the name is no part of it:
  // "everybody called him Oupa Koos".
  int called_pronoun_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const std::uint32_t start = doc_.sentences[m.sentence].first_token;
    std::uint32_t t = m.first_token;
    if (t > start + 2 && is_kin_title(doc_.tokens[t - 1])) --t;
    // One word that is no one's full name here: a wrong pronoun must not
    // make two named people one.
    if (i == 0 || m.end_token != m.first_token + 1 || t < start + 2 ||
        !entity_names_.empty(static_cast<std::uint32_t>(m.entity)))
      return -1;
    if (m.end_token < doc_.tokens.size()) {
      const std::string_view after = doc_.tokens[m.end_token].lower;
      if (after == "and"sv || after == "'s"sv || doc_.tokens[m.end_token].has(kClitic)) return -1;
    }
    const Mention& before = doc_.mentions[i - 1];
    if (!before.pronoun || before.plural || before.entity < 0 || before.type != EntityType::Person) return -1;
    const std::string_view one = doc_.tokens[t - 1].lower, two = doc_.tokens[t - 2].lower;
    static constexpr std::string_view kNamingVerbs[] = {"called", "call", "calls", "nicknamed", "christened"};
    if ((one == "him"sv || one == "her"sv) && before.first_token == t - 1 &&
        std::find(std::begin(kNamingVerbs), std::end(kNamingVerbs), two) != std::end(kNamingVerbs))
      return before.entity;
    // "He was known as Pepa", "she is known to everyone as Sasha".
    if (one != "as"sv) return -1;
    std::uint32_t known = t - 2;
    while (known > start && known + 4 > t && doc_.tokens[known].lower != "known"sv) --known;
    if (doc_.tokens[known].lower != "known"sv || known < start + 2) return -1;
    std::uint32_t verb = known - 1;
    if (doc_.tokens[verb].lower == "always"sv || doc_.tokens[verb].lower == "universally"sv) --verb;
    const std::string_view be = doc_.tokens[verb].lower;
    if ((be != "was"sv && be != "is"sv) || verb == start || before.first_token != verb - 1 || verb - 1 != start) return -1;
    return before.entity;
  }

  // "Lady Isobel will become Mrs Kerr-Lyall", "she became Mrs Dahl": the
  // title and surname she takes are hers, the subject's right before the
  // verb (at most "will", "is to", "is set to" between); or -1.
  int married_title_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const Sentence& sent = doc_.sentences[m.sentence];
    const Token* honorific = honorific_before(doc_, m);
    if (!honorific || m.first_token < sent.first_token + 2) return -1;
    const std::uint32_t title = static_cast<std::uint32_t>(honorific - doc_.tokens.data());
    if (title <= sent.first_token) return -1;
    const std::string_view verb = doc_.tokens[title - 1].lower;
    if (m.end_token < doc_.tokens.size() && doc_.tokens[m.end_token].lower == "'s"sv) return -1;  // "became Mrs Klein's carer"
    // "Diana Pell, now Lady Marsh, married ...", "Gail Moss (now Mrs
    // Reyes)": the name before ", now" or "(now".
    if ((verb == "now"sv || verb == "formerly"sv) && title >= sent.first_token + 3 &&
        (doc_.tokens[title - 2].lower == ","sv || doc_.tokens[title - 2].lower == "("sv)) {
      const Mention* described = mention_ending_at(title - 2);
      return described && described->type == EntityType::Person && !described->plural && !described->pronoun ? described->entity
                                                                                                          : -1;
    }
    if (verb != "become"sv && verb != "became"sv && verb != "becomes"sv && verb != "becoming"sv) return -1;
    // "Claire Benoit, who became Mrs Hartley": the name before ", who".
    if (title >= sent.first_token + 3 && doc_.tokens[title - 2].lower == "who"sv && doc_.tokens[title - 3].lower == ","sv) {
      const Mention* described = mention_ending_at(title - 3);
      return described && described->type == EntityType::Person && !described->plural ? described->entity : -1;
    }
    constexpr std::uint32_t kMostWordsBetween = 3;
    for (std::size_t k = i; k-- > 0 && doc_.mentions[k].sentence == m.sentence;) {
      const Mention& before = doc_.mentions[k];
      if (before.type != EntityType::Person || before.entity < 0 || before.plural) continue;
      if (before.end_token + kMostWordsBetween < title - 1) return -1;
      // (A quotation mark may stand between: 'she had "become Mrs Farahani at the school gate"'.)
      for (std::uint32_t t = before.end_token; t + 1 < title; ++t)
        if (!doc_.tokens[t].has(kWord) && !doc_.tokens[t].has(kQuote)) return -1;
      return before.entity;
    }
    return -1;
  }

  // "and the former Helena Marsh married in 2012", "Beatrix Ashby, as she
  // is still known", "married Tom Klein and became Sarah Klein", "Sarah
  // Miller, now Sarah Klein,": a full name under another surname (maiden or
  // married) of the one other person with its first name; or -1.
  int other_surname_owner(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    const std::uint32_t t = m.first_token;
    const auto lower = [&](std::uint32_t k) { return lower_at(k); };
    // Not "became Mrs Klein's carer", ", now Anna Reed's agent,": a
    // possessive names someone else.
    const bool possessed = lower(m.end_token) == "'s"sv;
    const bool former = t >= 2 && ((lower(t - 1) == "former"sv && lower(t - 2) == "the"sv) ||
                                   (!possessed && (lower(t - 1) == "became"sv || (lower(t - 1) == "now"sv && lower(t - 2) == ","sv))));
    const bool known = known_as_pronoun(m.end_token) != Gender::Unknown;
    if (!former && !known) return -1;
    const std::string_view folded = doc_.folded(m);
    const std::size_t space = folded.find(' ');
    if (space == std::string_view::npos) return -1;
    const std::string_view first = folded.substr(0, space);
    int owner = -1;
    // Stops at a second owner: the name is then no one's for certain.
    const bool ambiguous = entities_by_word_.any_of(first, [&](int entity) {
      if (entity == m.entity || entity == owner || doc_.entities[static_cast<std::size_t>(entity)].type != EntityType::Person)
        return false;
      const bool same_first = entity_names_.any_of(static_cast<std::uint32_t>(entity), [&](const NamedForm& form) {
        return form.words.front() == first && form.words.back() != folded.substr(folded.rfind(' ') + 1);
      });
      if (!same_first) return false;
      if (owner >= 0) return true;
      owner = entity;
      return false;
    });
    return ambiguous ? -1 : owner;
  }

  // "Sarah, née Kahn", "Anna Berg (née Lindqvist)": the name after "née"
  // is the maiden name of the person named right before it. The index of
  // that person's mention, or SIZE_MAX.
  std::size_t maiden_name_owner_mention(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    if (i == 0 || m.first_token == 0 || m.type != EntityType::Person) return SIZE_MAX;
    std::string_view nee = doc_.tokens[m.first_token - 1].lower;
    if (nee != "née"sv && nee != "nee"sv) return SIZE_MAX;
    std::uint32_t before = m.first_token - 1;
    if (before > 0) {
      std::string_view mark = doc_.tokens[before - 1].lower;
      if (mark == ","sv || mark == "("sv) --before;
    }
    const Mention& previous = doc_.mentions[i - 1];
    if (previous.type != EntityType::Person || previous.pronoun || previous.end_token != before) return SIZE_MAX;
    return i - 1;
  }
  int maiden_name_owner(std::size_t i) const {
    const std::size_t owner = maiden_name_owner_mention(i);
    return owner == SIZE_MAX ? -1 : doc_.mentions[owner].entity;
  }

  // "Um Joe", "Abu Khalid": Arabic names a parent by the first child's
  // name, which alone is the child's ("Joe, 29, ... Mona is Um Joe"), so it
  // is no word a lone name can find the parent by.
  static bool names_parent_by_child(Words words) { return words.size() == 2 && kgx::names_parent_by_child(words.front()); }

  // (Not the given name of an epithet's "Big Gord": a lone "Gord" is
  // another Gordon's, see build_part_indexes.)
  void index_words(int entity, Words words) {
    const bool by_first_word = names_parent_by_child(words) || names_by_epithet(words);
    for (std::string_view w : by_first_word ? words.first(1) : words) entities_by_word_.add_unless_last(w, entity);
  }

  // "Big Gord", given as someone's nickname ("known in town as Big Gord"):
  // an epithet and a given name. Not a name of one's own ("Lil Wayne",
  // "Young Kim").
  bool names_by_epithet(Words words) const {
    return words.size() == 2 && is_epithet(words.front()) && given_as_nickname(words.front(), {});
  }
  static bool is_epithet(std::string_view word) {
    return word == "big"sv || word == "little"sv || word == "lil"sv || word == "wee"sv;
  }

  // Whether a full name is given as someone's name at another time: "who
  // was Lynn Deering when she met him", ", then Amber Whitaker", "formerly".
  // ("who was Ann Kim's bridesmaid" is someone else; so is "who was Ann
  // Kim" before anything but a time or the aside's end.)
  bool names_a_former_name(const Mention& m) const {
    const std::uint32_t t = m.first_token;
    if (t < 2) return false;
    const std::string_view before = doc_.tokens[t - 1].lower;
    if (before == "formerly"sv || (before == "then"sv && doc_.tokens[t - 2].lower == ","sv)) return true;
    if (before != "was"sv || doc_.tokens[t - 2].lower != "who"sv || m.end_token >= doc_.tokens.size()) return false;
    static constexpr std::string_view kTimeOrEnd[] = {"when", "until", "before", "at", "in", ",", ")", "."};
    const std::string_view after = doc_.tokens[m.end_token].lower;
    return std::find(std::begin(kTimeOrEnd), std::end(kTimeOrEnd), after) != std::end(kTimeOrEnd);
  }

  // After the full names: which entities a lone word can name.
  void build_part_indexes() {
    // People named in full only by a former name ("Lynn Callahan, who was
    // Lynn Deering"; the aside joins them later): a lone "Deering" is her
    // brother Doug Deering, not her (entities_by_word_ still finds her if
    // no one else has the name).
    std::vector<char> former_name_only(doc_.entities.size(), 0);
    for (const Mention& m : doc_.mentions)
      if (!m.pronoun && m.entity >= 0 && m.type == EntityType::Person && m.end_token - m.first_token >= 2)
        former_name_only[static_cast<std::size_t>(m.entity)] |= names_a_former_name(m) ? 1 : 2;
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const auto key = static_cast<std::uint32_t>(e);
      if (doc_.entities[e].type != EntityType::Person || entity_names_.empty(key)) continue;
      const Words primary = primary_name(e);
      const int entity = static_cast<int>(e);
      // "Big Gord", "Little Jimmy": an epithet and a given name, so a lone
      // "Gord" is no surname of theirs, nor theirs at all where a Gordon is named.
      if (names_by_epithet(primary)) continue;
      primary_parts_.add(primary.front(), entity);
      if (primary.back() != primary.front() && !names_parent_by_child(primary) && former_name_only[e] != 1)
        primary_parts_.add(primary.back(), entity);
      // "Keane" of "Bradley Keane Jr.".
      if (primary.size() >= 3 && is_junior_suffix(primary.back())) primary_parts_.add(primary[primary.size() - 2], entity);
      first_names_.add(primary.front(), {primary.front(), entity});
      entity_names_.for_each(key, [&](const NamedForm& form) {
        if (form.words.front() != primary.front()) first_names_.add(form.words.front(), {form.words.front(), entity});
      });
    }
  }

  // Who may own the full name `words`, into `out` (cleared first), sorted,
  // each once. The exact checks need every word in the known name, so the
  // shortest of the words' lists holds all they can accept; the misspelling
  // checks need the first or the last word in common, and are asked only of
  // a word few people share: a near miss among hundreds of Anns in one
  // listing is no evidence, and asking each of them for each new Ann made
  // such a document quadratic.
  void full_name_candidates(Words words, std::vector<int>& out) const {
    out.clear();
    auto add = [&](int entity) { out.push_back(entity); };
    std::string_view rarest = words.front();
    std::size_t fewest = entities_by_word_.size(rarest);
    for (std::string_view w : words)
      if (const std::size_t n = entities_by_word_.size(w); n < fewest) fewest = n, rarest = w;
    entities_by_word_.for_each(rarest, add);
    // The misspelling rules compare first names and surnames ("Bradley
    // Keene Jr." is two words and a suffix).
    const Words core = words.size() == 3 && is_junior_suffix(words.back()) ? words.first(2) : words;
    if (core.size() >= 2)
      for (std::string_view w : {core.front(), core.back()})
        if (w != rarest && entities_by_word_.size(w) <= kFewNamesakes) entities_by_word_.for_each(w, add);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  // Whether the text gives `word` in an aside as a nickname to someone
  // other than a person whose given name is `given` ("Edith Ellen, who was
  // always known as Nellie", ", nicknamed Bobby", ", who everyone called
  // Nell"; the aside's owner takes it, see known_as_owner): then "Nellie
  // Mottram" is not a pet form of "Ellen Mottram". An empty `given` asks
  // whether the text gives `word` to anyone. The nicknames and their
  // owners' given names are collected at the first question (few documents
  // ask).
  bool given_as_nickname(std::string_view word, std::string_view given) const {
    if (!nickname_owners_) {
      nickname_owners_.emplace();
      for (std::uint32_t t = 1; t < doc_.tokens.size(); ++t) {
        const Token& name = doc_.tokens[t];
        if (!name.has(kCapitalized) || !name.has(kWord)) continue;
        std::uint32_t k = t - 1;
        if (doc_.tokens[k].has(kQuote) && k > 0) --k;
        const std::string_view cue = doc_.tokens[k].lower;
        std::uint32_t cue_at = UINT32_MAX;
        if (cue == "nicknamed"sv || cue == "dubbed"sv || cue == "called"sv) cue_at = k;
        for (std::uint32_t back = 1; cue_at == UINT32_MAX && cue == "as"sv && back <= 4 && back <= k; ++back)
          if (doc_.tokens[k - back].lower == "known"sv) cue_at = k - back;
        if (cue_at == UINT32_MAX) continue;
        // The aside's comma, up to three words before the cue ("who was always").
        std::uint32_t comma = UINT32_MAX;
        for (std::uint32_t before = 1; before <= 4 && before <= cue_at && comma == UINT32_MAX; ++before)
          if (doc_.tokens[cue_at - before].lower == ","sv) comma = cue_at - before;
        if (comma == UINT32_MAX || comma == 0) continue;
        // The owner's given name: the first word of the name before the
        // comma; none known after a bracket ("Edith Ellen (b. 1905), who").
        std::string_view owner;
        if (doc_.tokens[comma - 1].has(kCapitalized)) {
          std::uint32_t first = comma - 1;
          while (first > 0 && first + 4 > comma && doc_.tokens[first - 1].has(kCapitalized) && doc_.tokens[first - 1].has(kWord))
            --first;
          owner = doc_.tokens[first].lower;
        }
        nickname_owners_->emplace_back(name.lower, owner);
      }
    }
    bool others = false;
    for (const auto& [nickname, owner] : *nickname_owners_)
      if (nickname == word) {
        if (!given.empty() && owner == given) return false;
        others = true;
      }
    return others;
  }

  // A word before a title that makes it a lesser office than the title
  // alone: "state Sen.", "deputy governor".
  static bool is_lesser_office(std::string_view word) {
    static constexpr std::string_view kLesser[] = {"state", "city", "county", "deputy", "assistant", "vice", "associate"};
    return std::find(std::begin(kLesser), std::end(kLesser), word) != std::end(kLesser);
  }

  static bool is_junior_suffix(std::string_view word) {
    return word == "jr"sv || word == "ii"sv || word == "iii"sv || word == "iv"sv;
  }
  int find_full_name_owner(Words words, bool other_spellings) {
    auto names_the_same = [&](const NamedForm& form) {
      Words known = form.words;
      if (contains_run(known, words) || drops_middle_names(known, words)) return true;
      if (!other_spellings) return false;
      // "Brad Keane" and "Bradley Keene Jr." for "Bradley Keane Jr.": the
      // generation's suffix aside (not "Sr.", whose bearer is told from a
      // son who goes without).
      Words named = words;
      if (known.size() == 3 && is_junior_suffix(known.back())) {
        if (named.size() == 3 && named.back() == known.back()) named = named.first(2);
        known = known.first(2);
      }
      // "Zachary Lyapunov" for "Zakhary Lyapunov": same surname, first name
      // misspelt; "Philippa Lane" after "Pippa Lane", or before.
      // Not a given name the text gives someone as theirs ("known as Nellie").
      if (named.size() == 2 && known.size() == 2 && known.back() == named.back() &&
          ((is_name_variant(named.front(), known.front()) && named.front().size() >= 4) ||
           is_nickname_of(known.front(), named.front()) || is_nickname_of(named.front(), known.front())) &&
          !given_as_nickname(named.front(), known.front()) && !given_as_nickname(known.front(), named.front()))
        return true;
      // "Ann Smyth" for "Ann Smith": same first name, surname misspelt.
      if (known.front() == named.front() && named.size() == 2)
        for (std::size_t k = 1; k < known.size(); ++k)
          if (is_surname_misspelling(named.back(), known[k])) return true;
      // "Rhys ap Gwillym" for "Rhys ap Gwilym": the words before the
      // surname the same.
      if (named.size() >= 3 && named.size() == known.size() && std::equal(named.begin(), named.end() - 1, known.begin()) &&
          is_surname_misspelling(named.back(), known.back()))
        return true;
      return false;
    };
    full_name_candidates(words, owners_);
    for (int candidate : owners_)
      if (entity_names_.any_of(static_cast<std::uint32_t>(candidate), names_the_same)) return candidate;
    // "J. Pemberton" in a scorecard after "Jack Pemberton": an initial and a
    // surname are the one person named before whose given name starts so
    // (no one if two do: "Jack" and "Julia").
    const std::string_view first = words.front();
    const bool initial = other_spellings && words.size() == 2 && (first.size() == 1 || (first.size() == 2 && first[1] == '.')) &&
                         first[0] >= 'a' && first[0] <= 'z';
    if (!initial) return -1;
    int only = -1;
    for (int candidate : owners_) {
      const bool fits = entity_names_.any_of(static_cast<std::uint32_t>(candidate), [&](const NamedForm& form) {
        return form.words.size() >= 2 && form.words.back() == words.back() && form.words.front().size() > 2 &&
               form.words.front()[0] == first[0];
      });
      if (!fits) continue;
      if (only >= 0) return -1;
      only = candidate;
    }
    return only;
  }

  // A lone first name or surname: the person whose usual full name starts or
  // ends with it ("Lee" is Ann Lee, not Mary Jo Lee who also signs so),
  // else anyone whose name holds it; if several, the one named by it most
  // often so far, in full or alone (ties: the one the text introduced
  // first, as a story names its principal before the relatives who share
  // the surname). Else a nickname or misspelling of one person's first
  // name, or an earlier lone name.
  int find_one_word_owner(std::string_view w, std::uint32_t position, const Token* honorific,
                          const std::vector<int>& others = {}) {
    std::vector<int>& owners = owners_;
    owners.clear();
    auto list = [&](int entity) { owners.push_back(entity); };
    // "Mr Sam" is not "Samantha Reed", nor "Mrs Klein" David Klein: a name
    // under an honorific of the other sex is someone else's; so are the
    // people its sentence sets apart from it (not_the_same_as).
    auto drop_other_sex = [&] {
      if (honorific || !others.empty())
        owners.erase(std::remove_if(owners.begin(), owners.end(),
                                    [&](int e) {
                                      return (honorific && honorific_contradicts(e, *honorific)) ||
                                             std::find(others.begin(), others.end(), e) != others.end();
                                    }),
                     owners.end());
    };
    // Each owner once, in the order found, by a mark per entity (a new
    // listing unmarks all): a search of the list so far made "Peggy" among
    // a thousand Margarets quadratic.
    auto new_listing = [&] {
      listed_in_.resize(doc_.entities.size(), 0);
      ++listing_;
    };
    auto add_once = [&](int entity) {
      std::uint32_t& mark = listed_in_[static_cast<std::size_t>(entity)];
      if (mark != listing_) mark = listing_, owners.push_back(entity);
    };
    primary_parts_.for_each(w, list);
    // "Mr McNamara" for Patrick MacNamara.
    if (owners.empty())
      if (const std::string respelt = mac_prefix_respelt(w); !respelt.empty()) primary_parts_.for_each(respelt, list);
    drop_other_sex();
    // A lone name the text gave someone of its own ("his son Bobby") is
    // that one, before a middle name of another's ("Máhtte's son, Ánde
    // Máhtte Sara ... Máhtte married") or any fuller name it may be a pet
    // form of.
    if (owners.empty()) {
      new_listing();
      one_word_entities_.for_each(w, [&](const std::pair<std::string_view, int>& named) {
        if (named.first == w) add_once(named.second);
      });
      drop_other_sex();
    }
    if (owners.empty()) entities_by_word_.for_each(w, list), drop_other_sex();
    if (owners.empty() && !w.empty()) {
      new_listing();
      auto add_variants = [&](const NamesByInitial& index) {
        index.for_each(w, [&](const std::pair<std::string_view, int>& named) {
          if (named.first == w || is_name_variant(w, named.first) || is_short_and_full_form(w, named.first))
            add_once(named.second);
        });
      };
      // Not a name the text gives someone as theirs ("known as Nellie"):
      // no pet form or near miss of another's.
      if (owners.empty() && !given_as_nickname(w, {})) {
        add_variants(first_names_);
        add_variants(one_word_entities_);
        // "Peggy" of Margaret: a listed pet form, whose initial may differ.
        for (const std::string& given : Lexicon::get().names_of_nickname(w))
          first_names_.for_each(given, [&](const std::pair<std::string_view, int>& named) {
            if (named.first == given) add_once(named.second);
          });
        drop_other_sex();
      }
    }
    if (owners.size() <= 1) return owners.empty() ? -1 : owners[0];
    if (honorific) keep_fitting_honorific(owners, *honorific);
    int best = -1;
    std::pair<std::size_t, std::uint32_t> best_score{0, 0};
    for (int owner : owners) {
      auto e = static_cast<std::size_t>(owner);
      const auto first = full_positions_.begin() + full_position_start_[e];
      const auto end = full_positions_.begin() + full_position_start_[e + 1];
      auto before = std::lower_bound(first, end, position);
      std::size_t count = static_cast<std::size_t>(before - first);
      std::uint32_t earliest = first == end ? UINT32_MAX : *first;
      // A bare "Fenwright" is not the one the text calls "Mrs Fenwright":
      // uses with a title count only for a mention with one.
      if (e < lone_uses_.size())
        for (const LoneUse& use : lone_uses_[e])
          if (use.word == w) count += honorific ? use.count : use.count - use.titled, earliest = std::min(earliest, use.first);
      std::pair<std::size_t, std::uint32_t> score{count, UINT32_MAX - earliest};
      if (best < 0 || score > best_score) best_score = score, best = owner;
    }
    return best;
  }

  // Whether entity e is of the other sex than the honorific says: it had
  // an honorific of the other sex, or its first full name's first name is
  // one ("Mrs" for someone named "Mr", or "Rowan Quill" in the name lists).
  bool honorific_contradicts(int e, const Token& honorific) const {
    const Gender said = honorific.word.honorific_gender;
    if (said == Gender::Unknown) return false;
    const auto entity = static_cast<std::size_t>(e);
    for (const Token* t : honorifics_of_[entity])
      if (t->word.honorific_gender != Gender::Unknown && t->word.honorific_gender != said) return true;
    if (full_position_start_[entity] == full_position_start_[entity + 1]) return false;
    const Gender named = doc_.tokens[full_positions_[full_position_start_[entity]]].word.first_name_gender;
    return named != Gender::Unknown && named != said;
  }

  // "Dr Quill" among Quills is the one named "Dr Rowan Quill"; else
  // "Mrs Quill" is none named "Mr" or with a man's first name. Leaves
  // `owners` alone if no one fits.
  void keep_fitting_honorific(std::vector<int>& owners, const Token& honorific) const {
    auto had_it = [&](int e) {
      const auto& seen = honorifics_of_[static_cast<std::size_t>(e)];
      return std::any_of(seen.begin(), seen.end(), [&](const Token* t) { return t->lower == honorific.lower; });
    };
    auto other_gender = [&](int e) { return honorific_contradicts(e, honorific); };
    auto keep = [&](auto&& fits) {
      const auto fitting = std::count_if(owners.begin(), owners.end(), fits);
      if (fitting == 0 || fitting == static_cast<std::ptrdiff_t>(owners.size())) return false;
      owners.erase(std::remove_if(owners.begin(), owners.end(), [&](int e) { return !fits(e); }), owners.end());
      return true;
    };
    if (!keep(had_it)) keep([&](int e) { return !other_gender(e); });
  }

  // The words of the entity's multi-word form used most often (the first
  // of those used as often); the entity has one.
  Words primary_name(std::size_t e) const {
    const DocEntity& entity = doc_.entities[e];
    Words best;
    std::uint32_t best_count = 0;
    bool found = false;
    entity_names_.for_each(static_cast<std::uint32_t>(e), [&](const NamedForm& form) {
      if (!found || entity.forms[form.form].count > best_count) best = form.words, best_count = entity.forms[form.form].count;
      found = true;
    });
    return best;
  }

  // The gender the first name of a mention says, if any. Family name first:
  // a Vietnamese middle name tells it ("Tran Van Loc" a man, "Nguyen Thi
  // Hanh" a woman, though "Tran" and "Nguyen" are in the name lists); an
  // East Asian given name joined by a hyphen after the family name says
  // nothing the lists know ("Seo Ji-an", "Chen Wei-ling").
  Gender given_name_gender(const Mention& m) const {
    const Token& first = doc_.tokens[m.first_token];
    // "von Ahlefeld", "di Stefano": a surname's particle, whatever the lists say of it.
    if (!first.has(kCapitalized)) return Gender::Unknown;
    if (m.end_token - m.first_token == 3) {
      const Token& middle = doc_.tokens[m.first_token + 1];
      // "Van" also opens Dutch surnames ("Martha Van Buren"): Vietnamese
      // only before a given name of one syllable ("Loc", "Minh", "Quang").
      if (middle.has(kCapitalized) && middle.lower == "van"sv && one_syllable(doc_.tokens[m.first_token + 2].lower))
        return Gender::Male;
      if (middle.has(kCapitalized) && middle.lower == "thi"sv) return Gender::Female;
    }
    if (m.end_token - m.first_token == 2) {
      const Token& given = doc_.tokens[m.first_token + 1];
      // "Lil Quill", "Big Gord": the epithet says nothing ("Lil" is also a woman's name).
      if (is_epithet(first.lower)) return given.word.first_name_gender;
      const std::string_view w = doc_.token_text(given);
      const std::size_t hyphen = w.find('-');
      if (given.has(kCapitalized) && hyphen != std::string_view::npos && hyphen + 1 < w.size() && w[hyphen + 1] >= 'a' &&
          w[hyphen + 1] <= 'z' && !given.is(kFirstNameWord))
        return Gender::Unknown;
    }
    return first.word.first_name_gender;
  }

  // One run of vowels ("minh", "quang"; not "buren", "dyke").
  static bool one_syllable(std::string_view word) {
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    int runs = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (vowel(word[i]) && (i == 0 || !vowel(word[i - 1]))) ++runs;
    return runs == 1;
  }

  // The lower-case form of token k, empty past the text's end.
  std::string_view lower_at(std::uint32_t k) const { return k < doc_.tokens.size() ? doc_.tokens[k].lower : std::string_view(); }

  // ", as she is known" / ", as he was still known" from token k on: the
  // pronoun's gender; Unknown if the words are not there.
  Gender known_as_pronoun(std::uint32_t k) const {
    if (lower_at(k) != ","sv || lower_at(k + 1) != "as"sv || (lower_at(k + 3) != "is"sv && lower_at(k + 3) != "was"sv) ||
        (lower_at(k + 4) != "known"sv && lower_at(k + 5) != "known"sv))
      return Gender::Unknown;
    return lower_at(k + 2) == "she"sv ? Gender::Female : lower_at(k + 2) == "he"sv ? Gender::Male : Gender::Unknown;
  }

  // "Majo, as everyone calls her,", "Toño, as he is known,": the pronoun of
  // an "as" clause right after a name is that person's.
  Gender gender_of_as_clause(const Mention& m) const {
    const std::uint32_t k = m.end_token;
    if (lower_at(k) != ","sv || lower_at(k + 1) != "as"sv) return Gender::Unknown;
    if (const Gender g = known_as_pronoun(k); g != Gender::Unknown) return g;
    auto said = [&](std::string_view w) {
      return w == "she"sv || w == "her"sv ? Gender::Female : w == "he"sv || w == "him"sv ? Gender::Male : Gender::Unknown;
    };
    // ", as everyone calls her,", ", as her friends know him,"
    for (std::uint32_t j = k + 3; j < k + 6; ++j) {
      const std::string_view w = lower_at(j);
      if (w == "calls"sv || w == "call"sv || w == "called"sv || w == "know"sv || w == "knew"sv) {
        const std::string_view after = lower_at(j + 1);
        return lower_at(j + 2) == ","sv || lower_at(j + 2) == "."sv ? said(after) : Gender::Unknown;
      }
    }
    return Gender::Unknown;
  }

  // "Dara Shikoh and his brother Aurangzeb", "Andrea Bocelli and his wife":
  // the possessive after "and" is the named one's, whatever the name lists
  // (US births) say of the name. Only before a relative's noun.
  Gender possessive_after_and(const Mention& m) const {
    std::uint32_t at = m.end_token;
    // "Dara Shikoh (the eldest son and heir apparent) and his brothers"
    if (lower_at(at) == "("sv)
      for (std::uint32_t k = at + 1; k < at + 16 && k < doc_.tokens.size(); ++k)
        if (lower_at(k) == ")"sv) {
          at = k + 1;
          break;
        }
    if (lower_at(at) != "and"sv) return Gender::Unknown;
    const std::string_view pronoun = lower_at(at + 1);
    const Gender said = pronoun == "his"sv ? Gender::Male : pronoun == "her"sv ? Gender::Female : Gender::Unknown;
    if (said == Gender::Unknown) return Gender::Unknown;
    // Not where someone named before could be meant: "Julie Park was the
    // daughter of Henry Park and her husband".
    for (auto it = mentions_from(doc_.sentences[m.sentence].first_token); it != doc_.mentions.end() && it->first_token < m.first_token; ++it)
      if (it->type == EntityType::Person && it->entity != m.entity) {
        const Gender named = given_name_gender(*it);
        if (named == Gender::Unknown || named == said) return Gender::Unknown;
      }
    // "his two younger brothers"
    for (std::uint32_t k = at + 2; k < at + 5 && k < doc_.tokens.size(); ++k) {
      const Token& t = doc_.tokens[k];
      if (is_kin_word(t) || t.lower == "brothers"sv || t.lower == "sisters"sv) return said;
      if (t.has(kCapitalized) || !t.has(kWord)) break;
    }
    return Gender::Unknown;
  }

  void infer_genders() {
    std::vector<std::array<int, 3>> votes(doc_.entities.size(), {0, 0, 0});
    // What the name lists say of a first name counts once, however often
    // the name recurs: what the text says ("Mr", "and his brother") is
    // evidence about this person, the lists only about others of the name.
    std::vector<std::array<bool, 3>> named_as(doc_.entities.size(), {false, false, false});
    for (const Mention& m : doc_.mentions) {
      if (m.type != EntityType::Person || m.entity < 0) continue;
      auto e = static_cast<std::size_t>(m.entity);
      Gender g = m.style ? style_title(m).word.honorific_gender : honorific_gender_before(doc_, m);
      if (g != Gender::Unknown) votes[e][static_cast<int>(g)] += 3;
      // A lone word is a first name only if the person's full name starts
      // with it: "Greer" of "Bobby Greer" is his surname, whatever girls
      // are called Greer.
      Gender name_gender = given_name_gender(m);
      const bool lone_surname = m.end_token - m.first_token == 1 && !entity_names_.empty(static_cast<std::uint32_t>(e)) &&
                                primary_name(e).front() != doc_.folded(m);
      if (name_gender != Gender::Unknown && !lone_surname) named_as[e][static_cast<int>(name_gender)] = true;
      Gender noun = gender_noun_before(m);
      if (noun != Gender::Unknown) votes[e][static_cast<int>(noun)] += 3;
      const Gender as_clause = gender_of_as_clause(m);
      if (as_clause != Gender::Unknown) votes[e][static_cast<int>(as_clause)] += 3;
      const Gender possessive = possessive_after_and(m);
      if (possessive != Gender::Unknown) votes[e][static_cast<int>(possessive)] += 3;
    }
    for (std::size_t e = 0; e < votes.size(); ++e)
      for (std::size_t g = 0; g < 3; ++g) votes[e][g] += named_as[e][g] ? 2 : 0;
    auto apply = [&] {
      for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
        int female = votes[e][1], male = votes[e][2];
        doc_.entities[e].gender = female > male ? Gender::Female : male > female ? Gender::Male : Gender::Unknown;
      }
    };
    apply();
    // Pronoun agreement: the first he/she/his of a sentence, after people of
    // whom exactly one could be meant (not known to be of the other gender),
    // says that one's gender. Object pronouns are left out ("Ann invited her"
    // is never Ann), and so are later pronouns, often about someone else.
    // Found once: the rounds only recount who fits.
    struct FirstPronoun {
      Gender said;
      std::vector<int> people;  // named in the sentence before it
    };
    std::vector<FirstPronoun> first_pronouns;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (!story_zone(doc_.sentences[s].zone)) continue;
      const Sentence& sent = doc_.sentences[s];
      for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        if (!doc_.tokens[t].is(kPronoun)) continue;
        std::string_view w = doc_.tokens[t].lower;
        Gender said = w == "he" || w == "his" || w == "himself" ? Gender::Male
                      : w == "she" || w == "hers" || w == "herself" ? Gender::Female
                                                                   : Gender::Unknown;
        if (said == Gender::Unknown) continue;
        first_pronouns.push_back({said, people_named_in(s, t)});
        break;  // later pronouns of the sentence may be about someone else
      }
    }
    for (int round = 0; round < 2; ++round) {
      for (const FirstPronoun& pronoun : first_pronouns) {
        int compatible = -1, count = 0;
        for (int p : pronoun.people) {
          Gender g = doc_.entities[static_cast<std::size_t>(p)].gender;
          if (g == Gender::Unknown || g == pronoun.said) compatible = p, ++count;
        }
        if (count == 1) votes[static_cast<std::size_t>(compatible)][static_cast<int>(pronoun.said)] += 1;
      }
      apply();
    }
  }

  // Gendered nouns right before a name: "her husband, Ann Lee", "actress Ann Lee".
  Gender gender_noun_before(const Mention& m) const {
    std::uint32_t first = doc_.sentences[m.sentence].first_token;
    // "her husband, Ann Lee"; not "Quimet's mother, Quim's wife": a noun
    // before the comma is another's when the name owns what follows.
    const bool possessor = m.end_token < doc_.tokens.size() && doc_.tokens[m.end_token].has(kClitic);
    for (std::uint32_t t = m.first_token, steps = 0; t > first && steps < 3; --t, ++steps) {
      std::string_view w = doc_.tokens[t - 1].lower;
      if (w == ",") {
        if (possessor) break;
        continue;
      }
      // "his wife Dr Ann Lee": past a title (not "My father was Gul Mohammad").
      if (doc_.tokens[t - 1].is(kHonorific) && doc_.tokens[t - 1].has(kCapitalized)) continue;
      // "My father was Ustad Gul Mohammad": a copula between, unless the
      // name owns what follows ("whose father is Lavinia's former husband").
      if ((w == "is"sv || w == "was"sv) && steps == 0 && !possessor) continue;
      // Else the word right before decides: "the daughter of Ernest Pike" and
      // "the elder brother; Delphine Aubrac plays his sister" say nothing of
      // the one named.
      return doc_.tokens[t - 1].has(kWord) ? head_word(doc_.tokens[t - 1]).noun_gender : Gender::Unknown;
    }
    return Gender::Unknown;
  }

  // Named people of a sentence mentioned before token `before`.
  std::vector<int> people_named_in(std::size_t sentence, std::uint32_t before) const {
    std::vector<int> out;
    for (auto it = mentions_from(doc_.sentences[sentence].first_token);
         it != doc_.mentions.end() && it->first_token < before; ++it)
      if (it->type == EntityType::Person && it->entity >= 0 &&
          std::find(out.begin(), out.end(), it->entity) == out.end())
        out.push_back(it->entity);
    return out;
  }

  std::vector<Mention>::const_iterator mentions_from(std::uint32_t token) const { return doc_.mentions_from(token); }

  // --- pronouns and quotations -------------------------------------------

  struct Quote {
    std::uint32_t open, close;  // token indices of the quotation marks
    int speaker = -1;
  };

  static bool opens(std::string_view raw) { return raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x98"; }
  static bool closes(std::string_view raw) { return raw == "\xE2\x80\x9D" || raw == "\xE2\x80\x99"; }
  static bool is_double(std::string_view raw) {
    return raw == "\"" || raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D";
  }

  // Top-level quotations (double quotes; single quotes when no double quote
  // is open), found per paragraph so that a missing closing mark does not
  // swallow the rest of the article.
  // Tokens inside a quotation within a quotation ('...' inside "..."):
  // someone else speaks there, so "I" is nobody known.
  std::vector<bool> nested_quote_tokens(const std::vector<Quote>& quotes) const {
    std::vector<bool> nested(doc_.tokens.size(), false);
    for (const Quote& q : quotes) {
      if (!is_double(doc_.token_text(doc_.tokens[q.open]))) continue;
      int open_at = -1;
      for (std::uint32_t t = q.open + 1; t < q.close; ++t) {
        const Token& tok = doc_.tokens[t];
        if (!tok.has(kQuote) || is_double(doc_.token_text(tok))) continue;
        std::string_view raw = doc_.token_text(tok);
        bool next_is_word = t + 1 < q.close && doc_.tokens[t + 1].has(kWord) && !doc_.tokens[t + 1].has(kSpaceBefore);
        if (open_at < 0 && (opens(raw) || (raw == "'" && next_is_word))) {
          open_at = static_cast<int>(t);
        } else if (open_at >= 0 && (closes(raw) || raw == "'") && !next_is_word) {
          for (std::uint32_t k = static_cast<std::uint32_t>(open_at); k <= t; ++k) nested[k] = true;
          open_at = -1;
        }
      }
      if (open_at >= 0)
        for (std::uint32_t k = static_cast<std::uint32_t>(open_at); k < q.close; ++k) nested[k] = true;
    }
    return nested;
  }

  std::vector<Quote> find_quotes() const {
    std::vector<Quote> quotes;
    int open_at = -1;
    bool open_double = false;
    for (std::uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.has(kParagraphStart) && open_at >= 0) {
        quotes.push_back({static_cast<std::uint32_t>(open_at), t - 1});
        open_at = -1;
      }
      if (!tok.has(kQuote)) continue;
      std::string_view raw = doc_.token_text(tok);
      bool dbl = is_double(raw);
      if (open_at < 0) {
        bool can_open = opens(raw) || (raw == "\"") ||
                        (raw == "'" && (tok.has(kSpaceBefore) || tok.has(kLineStart)));
        if (closes(raw) && !opens(raw)) can_open = false;
        if (can_open) {
          open_at = static_cast<int>(t);
          open_double = dbl;
        }
        continue;
      }
      if (dbl != open_double) continue;  // a nested quotation of the other kind
      bool can_close = closes(raw) || raw == "\"" || raw == "'";
      if (can_close && !(opens(raw) && !closes(raw))) {
        quotes.push_back({static_cast<std::uint32_t>(open_at), t});
        open_at = -1;
      }
    }
    if (open_at >= 0) quotes.push_back({static_cast<std::uint32_t>(open_at), static_cast<std::uint32_t>(doc_.tokens.size() - 1)});
    return quotes;
  }

  std::size_t sentence_of(std::uint32_t token) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                               [](std::uint32_t t, const Sentence& s) { return t < s.first_token; });
    return static_cast<std::size_t>(it - doc_.sentences.begin()) - 1;
  }

  // Whether one to three words from `from` end in punctuation or a
  // preposition, with no name among them or right after a comma: "his
  // childhood friend.", "his best friend since school" but not "his
  // brother Joe" or "his wife, Elisabeth".
  bool closes_short_apposition(std::uint32_t from, std::uint32_t stop) const {
    for (std::uint32_t k = from; k < stop && k < from + 4; ++k) {
      std::string_view w = doc_.tokens[k].lower;
      if (w == ","sv && k + 1 < stop && doc_.tokens[k + 1].has(kCapitalized)) return false;
      if (w == ","sv || w == "."sv || w == ";"sv || w == ")"sv || w == "!"sv || w == "?"sv) return k > from;
      if ((doc_.tokens[k].is(kPreposition) || w == "since"sv) && !doc_.tokens[k].has(kCapitalized))
        return k > from && k < from + 3;  // not "by Ruben, his father convinced him to"
      if (doc_.tokens[k].is(kFunctionWord)) return false;
      if (!doc_.tokens[k].has(kWord) || doc_.tokens[k].has(kCapitalized)) return false;
    }
    return false;
  }

  // The named mention that ends right before token `end` (named mentions
  // are in text order and disjoint, so their ends are ascending too).
  const Mention* mention_ending_at(std::uint32_t end) const {
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), end,
                               [](const Mention& m, std::uint32_t e) { return m.end_token < e; });
    if (it != doc_.mentions.end() && it->end_token == end && !it->pronoun) return &*it;
    return nullptr;
  }

  // "Speaking to Vogue's Imani Cross, Bex Tully said she had married": the
  // person named right before a speech verb (an age between commas may
  // follow the name) is who the "he" or "she" after it stands for, a name
  // of no known gender included. -1 if none or of the other gender.
  int reporting_subject(std::uint32_t t, std::uint32_t sentence_start, Gender gender) const {
    if (t < sentence_start + 2 || !doc_.tokens[t - 1].is(kSpeechVerb)) return -1;
    return person_named_before(t - 1, sentence_start, gender);
  }

  // "Lee Chang, 55, and his wife, Mei": the person named right before the
  // "and" at token `t - 1` owns the "his" or "her" at `t`, a name of no
  // known gender included. -1 if none or of the other gender.
  int coordinated_possessor(std::uint32_t t, std::uint32_t sentence_start, Gender gender) const {
    if (t < sentence_start + 2 || doc_.tokens[t - 1].lower != "and"sv) return -1;
    return person_named_before(t - 1, sentence_start, gender);
  }

  // The comma that opens the aside the comma at token `closing` ends, if it
  // describes (an age, a role, "a", "the", "of", "now" opening it; no verb
  // of being or having in it) and no person is named or referred to in it
  // ("Bex Tully, 29,"; not "Ann, Tom, and his wife" nor "her sister, Dr.
  // Chinelo, was chief bridesmaid, and her brother"); else `closing + 1`.
  // Looks back a few words only.
  std::uint32_t start_of_aside(std::uint32_t closing, std::uint32_t sentence_start) const {
    constexpr std::uint32_t kReach = 12;
    const std::uint32_t stop = closing > sentence_start + kReach ? closing - kReach : sentence_start;
    for (std::uint32_t k = closing - 1; k > stop; --k) {
      if (doc_.tokens[k].lower != ","sv) continue;
      if (k + 1 == closing) break;
      const Token& opening = doc_.tokens[k + 1];
      const std::string_view w = opening.lower;
      if (!is_age(opening) && !opening.is(kRoleNoun) && !head_word(opening).has(kRoleNoun) && w != "a"sv && w != "an"sv &&
          w != "the"sv && w != "of"sv && w != "now"sv)
        break;
      if (std::any_of(doc_.tokens.begin() + k + 1, doc_.tokens.begin() + closing, [](const Token& t) { return is_auxiliary(t); }))
        break;
      auto it = mentions_from(k);
      for (; it != doc_.mentions.end() && it->first_token < closing; ++it)
        if (it->type == EntityType::Person || it->pronoun) return closing + 1;
      return k;
    }
    return closing + 1;
  }

  // The person whose name ends at token `end` (an aside between commas
  // after it passed over: "Bex Tully, 29,", "the Rev. Septimus Clay, rector
  // of Much Haddon for forty years,"), if of `gender` or of none known; else -1.
  int person_named_before(std::uint32_t end, std::uint32_t sentence_start, Gender gender) const {
    if (end >= sentence_start + 4 && doc_.tokens[end - 1].lower == ","sv) end = start_of_aside(end - 1, sentence_start);
    const Mention* named = mention_ending_at(end);
    if (!named || named->type != EntityType::Person || named->entity < 0 || named->first_token < sentence_start) return -1;
    const Gender g = doc_.entities[static_cast<std::size_t>(named->entity)].gender;
    return g == gender || g == Gender::Unknown ? named->entity : -1;
  }

  // "Orbanek's brother Gábor, who shared the box with Delaney-Shaw, was
  // first on his feet": a pronoun after a ", who ...," clause, with no one
  // named since, is the person the clause describes, not someone in it.
  // Looks back a bounded distance (a sentence of many pronouns stays linear).
  int relative_clause_owner(std::uint32_t t, std::uint32_t sentence_start, Gender gender) const {
    constexpr std::uint32_t kReach = 40;
    const std::uint32_t stop = t > sentence_start + kReach ? t - kReach : sentence_start;
    std::uint32_t k = t;
    while (k > stop && doc_.tokens[k - 1].lower != ","sv) {  // back to the clause's closing comma
      if (mention_ending_at(k)) return -1;
      --k;
    }
    if (k <= stop + 3) return -1;
    for (std::uint32_t w = k - 2; w > stop + 1; --w) {  // back to ", who"
      const std::string_view word = doc_.tokens[w].lower;
      if (word == ","sv) return -1;
      if (word != "who"sv) continue;
      if (doc_.tokens[w - 1].lower != ","sv) return -1;
      const Mention* owner = mention_ending_at(w - 1);
      if (!owner || owner->type != EntityType::Person || owner->entity < 0) return -1;
      const Gender g = doc_.entities[static_cast<std::size_t>(owner->entity)].gender;
      return g == gender || g == Gender::Unknown ? owner->entity : -1;
    }
    return -1;
  }

  // Whether the words after a capitalised possessive are a style of
  // address: "Majesty", "Excellency", "Royal Highness", "Serene Highness".
  static bool is_form_of_address(const Token& first, const Token& second) {
    auto style = [](const Token& token) {
      return token.lower == "highness"sv || token.lower == "majesty"sv || token.lower == "excellency"sv;
    };
    return first.has(kCapitalized) && (style(first) || (second.has(kCapitalized) && style(second)));
  }

  // Whether a token after a name opens its verb phrase, which makes the
  // name the clause's subject: an auxiliary, a past tense or a speech verb
  // ("had invited", "invited", "says"; not "a kiss", "yesterday", "she").
  static bool opens_verb_phrase(const Token& token) { return is_auxiliary_or_past(token) || token.is(kSpeechVerb); }

  // Whether the "her" at token t is an object, not a possessive: no noun
  // can follow it there (the sentence ends, or punctuation, a quotation
  // mark, a preposition or a clause's opening word comes next).
  bool object_her(std::uint32_t t, std::uint32_t sentence_end) const {
    if (t + 1 >= sentence_end) return true;
    const Token& next = doc_.tokens[t + 1];
    return !next.has(kWord) || next.is(kPreposition) || next.is(kClauseOpener) || next.lower == "and"sv ||
           next.lower == "as"sv;
  }

  // The person whose clause token t is in: the name a ", who" clause
  // describes, or a name opening the clause (after the sentence start or a
  // comma, an honorific or a role before it aside), or the nearest name
  // before a verb; -1 if none or if a subordinate clause opens in between.
  // A bounded look back.
  int clause_subject_before(std::uint32_t t, std::uint32_t sentence_start) const {
    std::uint32_t k = t;
    for (std::uint32_t looked = 0; k > sentence_start && looked < 40; ++looked) {
      // "Owain said Penhaligon-Sayed had invited him": the nearest name
      // before a verb is the clause's subject.
      if (const Mention* named = mention_ending_at(k); named && named->type == EntityType::Person && !named->plural &&
                                                       k < t && opens_verb_phrase(doc_.tokens[k]))
        return named->entity;
      const Token& before = doc_.tokens[k - 1];
      if (before.lower == ";"sv) return -1;
      if (before.lower == ","sv) {
        // "Her friend, Pearl Odunsi, danced the lead and later called her":
        // a name between commas, then the verb.
        if (const Mention* named = k >= 2 ? mention_ending_at(k - 1) : nullptr;
            named && named->type == EntityType::Person && !named->plural && k < t && opens_verb_phrase(doc_.tokens[k]))
          return named->entity;
        break;
      }
      // "Arlo knew that Mara was the woman for him": a clause inside the
      // clause; its subject is not the one found here. So too an
      // infinitive's ("Arlo invited her to come and stay with him").
      if (before.is(kClauseOpener)) return -1;
      if (before.lower == "who"sv) {
        if (k - 1 <= sentence_start || doc_.tokens[k - 2].lower != ","sv) return -1;
        const Mention* described = mention_ending_at(k - 2);
        return described && described->type == EntityType::Person && !described->plural ? described->entity : -1;
      }
      --k;
    }
    if (k > sentence_start && doc_.tokens[k - 1].lower != ","sv) return -1;  // looked far enough
    while (k < t && (doc_.tokens[k].is(kHonorific) || doc_.tokens[k].is(kRoleNoun) || doc_.tokens[k].lower == "the"sv)) ++k;
    const Mention* subject = mention_at(k);
    return subject && subject->type == EntityType::Person && !subject->pronoun && !subject->plural && subject->end_token < t
               ? subject->entity
               : -1;
  }

  const Mention* mention_at(std::uint32_t token) const {
    auto it = doc_.mentions_from(token);
    if (it != doc_.mentions.end() && it->first_token == token) return &*it;
    return nullptr;
  }

  // The two people named at the start of a sentence and joined by "and"
  // ("Ann Lee and Bo Kim met ..."), the second first; or {-1, -1}.
  // (Or "Stanisław met Halina ...": the one who met and the one met.)
  std::pair<int, int> opening_pair(const Sentence& sentence) const {
    const Mention* first = mention_at(sentence.first_token);
    if (!first || !first->names_one_person() || first->end_token + 1 >= sentence.end_token) return {-1, -1};
    const std::string_view link = doc_.tokens[first->end_token].lower;
    if (link != "and"sv && link != "met"sv && link != "married"sv && link != "wed"sv) return {-1, -1};
    const Mention* second = mention_at(first->end_token + 1);
    // (Not "Ann Lee married Bo Kim's sister": the one married is hers.)
    if (!second || !second->names_one_person() || second->entity == first->entity ||
        (second->end_token < sentence.end_token && doc_.tokens[second->end_token].has(kClitic)))
      return {-1, -1};
    return {second->entity, first->entity};  // the later first, as recent_pair gives a pair
  }

  // The speaker named next to the quotation: `"...," said X` / `X said, "..."`.
  // Pronoun speakers ("she said") are resolved by the caller.
  std::pair<int, std::uint32_t> attributed_speaker(const Quote& q) const {
    std::size_t s_close = sentence_of(q.close);
    const Sentence& after = doc_.sentences[s_close];
    // After the closing mark: up to 6 tokens, a speech verb and a person.
    for (std::uint32_t t = q.close + 1; t < after.end_token && t < q.close + 8; ++t) {
      if (doc_.tokens[t].has(kQuote)) break;
      if (!doc_.tokens[t].is(kSpeechVerb)) continue;
      for (std::uint32_t u = q.close + 1; u < after.end_token && u < t + 4; ++u) {
        if (u == t) continue;
        if (const Mention* m = mention_at(u); m && m->type == EntityType::Person) return {m->entity, u};
        auto info = pronoun_info(doc_.tokens[u]);
        if (info && info->person == 3 && !info->plural) return {-2, u};  // a pronoun: resolve it
      }
    }
    // Before the opening mark, same sentence: "X told the reporter: ..."
    std::size_t s_open = sentence_of(q.open);
    const Sentence& before = doc_.sentences[s_open];
    bool verb = false;
    for (std::uint32_t t = q.open; t-- > before.first_token;) {
      if (doc_.tokens[t].is(kSpeechVerb)) verb = true;
      if (!verb) continue;
      if (const Mention* m = mention_at(t); m && m->type == EntityType::Person) return {m->entity, t};
      auto info = pronoun_info(doc_.tokens[t]);
      if (info && info->person == 3 && !info->plural) return {-2, t};
    }
    return {-1, 0};
  }

  // The person named at `sentence_start` with "'s" after the name ("Hêvî's
  // father, ..."), ending before token `before`, of `gender` or of none
  // known; nullptr if the sentence opens otherwise.
  const Mention* opening_possessor(std::uint32_t sentence_start, std::uint32_t before, Gender gender) const {
    const auto opening = mentions_from(sentence_start);
    if (opening == doc_.mentions.end() || opening->first_token != sentence_start || opening->pronoun ||
        opening->type != EntityType::Person || opening->entity < 0 || opening->end_token >= before ||
        doc_.tokens[opening->end_token].lower != "'s"sv)
      return nullptr;
    const Gender g = doc_.entities[static_cast<std::size_t>(opening->entity)].gender;
    return g == gender || g == Gender::Unknown ? &*opening : nullptr;
  }

  struct Recent {
    int entity;
    std::uint32_t token;
    // "their son Ronan": the pair's child, never one of "their" two.
    bool relative_of_pair = false;
    bool pronoun = false;  // a resolved pronoun, not a name
  };

  // Whose "his <noun>, X" or "Y's <noun>, X" the latest naming of `entity`
  // in sentence `s` is in apposition to: "his stepfather, Neil Barton" gives
  // whom "his" stood for. -1 if none.
  int possessor_of_apposed(const std::vector<Recent>& recent, int entity, std::size_t s,
                           const std::vector<int>& resolved_at) const {
    const Sentence& sentence = doc_.sentences[s];
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && it->token >= sentence.first_token && ++looked < 64; ++it) {
      if (it->entity != entity || it->pronoun) continue;
      const std::uint32_t noun = possessed_noun_before(doc_, sentence, it->token);
      if (noun == UINT32_MAX) return -1;
      const std::uint32_t possessive = noun - 1;
      if (doc_.tokens[possessive].has(kClitic)) {
        const Mention* owner = mention_ending_at(possessive);
        return owner && owner->type == EntityType::Person ? owner->entity : -1;
      }
      return resolved_at[possessive];
    }
    return -1;
  }

  // "Fosse has been at his side. His wife Carolyn Whitlock ...": a
  // possessive before a kin noun and a full name stands for a recent person
  // of that surname, if one fits (else -1, and the usual search decides).
  // Not when someone who fits is named before it in its sentence ("Silas
  // and his husband Barnaby Penowood" is Silas's; an earlier pronoun of
  // the sentence may be wrong itself).
  int relative_sharing_surname(const std::vector<Recent>& recent, Gender gender, std::uint32_t possessive,
                               std::uint32_t start, std::uint32_t stop, int exclude) const {
    auto fits = [&](int entity) {
      const Gender g = doc_.entities[static_cast<std::size_t>(entity)].gender;
      return entity != exclude && (g == Gender::Unknown || gender == Gender::Unknown || g == gender);
    };
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && it->token >= start && ++looked < 64; ++it)
      if (!it->pronoun && fits(it->entity)) return -1;
    std::uint32_t k = possessive + 1;
    for (int words = 0; k < stop && head_word(doc_.tokens[k]).noun_gender == Gender::Unknown; ++k) {
      const Token& w = doc_.tokens[k];
      if (++words > 2 || !w.has(kWord) || w.has(kCapitalized)) return -1;  // "his older brother"
    }
    if (k + 1 >= stop) return -1;
    if (doc_.tokens[++k].lower == ","sv) ++k;
    if (k >= stop) return -1;
    const Mention* named = mention_at(k);
    if (!named || named->type != EntityType::Person || named->entity < 0 || named->pronoun) return -1;
    const std::string_view folded = doc_.folded(*named);
    const std::size_t space = folded.rfind(' ');
    if (space == std::string_view::npos) return -1;
    const std::string_view surname = folded.substr(space + 1);
    looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && ++looked < 64; ++it) {
      const auto e = static_cast<std::size_t>(it->entity);
      if (it->entity == named->entity || !fits(it->entity) || entity_names_.empty(static_cast<std::uint32_t>(e))) continue;
      if (surnames_shared(primary_name(e).back(), surname)) return it->entity;
    }
    return -1;
  }

  // "okonkwo" and "okonkwo-reyes": the same surname, or one a part of the
  // other's double-barrelled form (a married name that keeps the birth name).
  static bool surnames_shared(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() > b.size()) std::swap(a, b);
    if (a.empty() || b.size() <= a.size() + 1) return false;
    return (b.starts_with(a) && b[a.size()] == '-') || (b.ends_with(a) && b[b.size() - a.size() - 1] == '-');
  }

  bool same_surname(int a, int b) const {
    const auto ea = static_cast<std::uint32_t>(a), eb = static_cast<std::uint32_t>(b);
    if (entity_names_.empty(ea) || entity_names_.empty(eb)) return false;
    return surnames_shared(primary_name(ea).back(), primary_name(eb).back());
  }

  // Whether the entity's latest mention so far was as the pair's relative.
  static bool is_relative_of_pair(const std::vector<Recent>& recent, int entity) {
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && ++looked < 64; ++it)
      if (it->entity == entity) return it->relative_of_pair;
    return false;
  }

  // Whether a token is a relative's noun: "wife", "sons", "stepdaughter".
  static bool names_relative(const Token& t) {
    return t.is(kChildNoun) || head_word(t).noun_gender != Gender::Unknown || t.lower == "siblings"sv || t.lower == "sibling"sv;
  }

  // Whether the kin phrase after the possessive at token t ("his two
  // children, Hendrik and Marelize") names `entity` among the relatives.
  bool names_as_own_relative(std::uint32_t t, int entity, std::uint32_t stop) const {
    std::uint32_t k = t + 1;
    while (k < stop && k < t + 4 && !doc_.tokens[k].has(kCapitalized) && !names_relative(doc_.tokens[k]) &&
           doc_.tokens[k].has(kWord))
      ++k;  // "two", "younger"
    if (k >= stop || !names_relative(doc_.tokens[k])) return false;
    // The list right after the noun: names, commas, "and", ages.
    for (auto it = mentions_from(k + 1); it != doc_.mentions.end() && it->first_token < stop; ++it) {
      for (std::uint32_t between = k + 1; between < it->first_token; ++between) {
        const Token& w = doc_.tokens[between];
        if (w.lower != ","sv && w.lower != ":"sv && w.lower != "and"sv && !w.has(kNumber)) return false;
      }
      if (!it->pronoun && it->entity == entity) return true;
      k = it->end_token - 1;
    }
    return false;
  }

  // Whether "their" and a kin noun stand right before token `name`
  // ("their son Ronan", "their daughter, Maeve").
  bool after_their_kin(std::uint32_t name, std::uint32_t sentence_start) const {
    std::uint32_t t = name;
    if (t > sentence_start && doc_.tokens[t - 1].lower == ","sv) --t;
    if (t < sentence_start + 2) return false;
    const Token& noun = doc_.tokens[t - 1];
    std::string_view w = noun.lower;
    bool kin = head_word(noun).noun_gender != Gender::Unknown || w == "child"sv || w == "baby"sv || w == "kid"sv;
    return kin && doc_.tokens[t - 2].lower == "their"sv;
  }

  // Whether a person mention from doc_.mentions[from] on, starting before
  // token `stop`, names `entity` (the first 32 looked at: linear). Not a
  // name after an article: "joined the Dray board" names the family's firm.
  bool named_in(std::size_t from, std::uint32_t stop, int entity) const {
    for (std::size_t i = from; i < doc_.mentions.size() && i < from + 32 && doc_.mentions[i].first_token < stop; ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.type != EntityType::Person || m.entity != entity) continue;
      const std::string_view before = m.first_token > 0 ? doc_.tokens[m.first_token - 1].lower : std::string_view();
      if (before != "the"sv && before != "a"sv) return true;
    }
    return false;
  }

  // Whether a possessive "'s" and a noun for a blood relative follow the
  // mention ending at `end` ("She met Amara's father, Henrik. They
  // married"): the possessor is the relative of a pair "they" may name
  // next, not one of it. Not for a partner ("Ann's husband, Bo. They
  // married" is Ann and Bo).
  bool possessor_of_blood_kin(std::uint32_t end, std::uint32_t sentence_end) const {
    return end + 1 < sentence_end && doc_.tokens[end].lower == "'s"sv && is_blood_kin_word(doc_.tokens[end + 1]);
  }

  // The most recent person the pronoun can stand for. A person known to be
  // of the pronoun's gender, mentioned within the last few sentences, wins
  // over a nearer one whose gender is unknown.
  // `exclude`, `also_exclude` and the people mentioned at or after token
  // `skip_from` are passed over.
  int antecedent(const std::vector<Recent>& recent, Gender gender, int exclude,
                 std::uint32_t skip_from = UINT32_MAX, int also_exclude = -1) const {
    int fallback = -1;
    std::size_t newest_sentence = recent.empty() ? 0 : sentence_of(recent.back().token);
    // Nor a whole sentence of thousands of names (a list with no stop): the
    // last 256 mentions are as far back as a pronoun reaches.
    constexpr std::size_t kFarthestBack = 256;
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && looked++ < kFarthestBack; ++it) {
      // Distance first: passing over excluded people must not read the whole document back.
      std::size_t sentence = sentence_of(it->token);
      if (sentence + 3 < newest_sentence && fallback >= 0) break;
      if (sentence + 12 < newest_sentence) break;  // too far back to be meant
      if (it->entity == exclude || it->entity == also_exclude || it->token >= skip_from) continue;
      Gender g = doc_.entities[static_cast<std::size_t>(it->entity)].gender;
      if (gender == Gender::Unknown) return it->entity;
      if (g == gender) return it->entity;
      if (g == Gender::Unknown && fallback < 0) fallback = it->entity;
    }
    return fallback;
  }

  // The two people last named (`include` first, if given), passing over `exclude`.
  // (Not anyone named from token `named_from` on.)
  std::pair<int, int> recent_pair(const std::vector<Recent>& recent, int include, int exclude = -1,
                                  std::uint32_t named_from = UINT32_MAX) const {
    int a = include, b = -1;
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && ++looked < 64; ++it) {
      if (it->relative_of_pair || it->entity == exclude || it->token >= named_from) continue;
      if (a < 0) {
        a = it->entity;
      } else if (it->entity != a) {
        b = it->entity;
        break;
      }
    }
    return {a, b};
  }

  // Whether tokens [start, end) open on "the couple", "the former pair",
  // "the newly engaged duo" and go on past it.
  bool opens_on_couple_noun(std::uint32_t start, std::uint32_t end) const {
    static constexpr std::string_view kCouples[] = {"couple", "pair", "duo", "twosome", "lovebirds", "newlyweds"};
    if (start + 2 >= end || doc_.tokens[start].lower != "the"sv) return false;
    for (std::uint32_t k = start + 1; k < end && k <= start + 3; ++k) {
      const Token& word = doc_.tokens[k];
      if (std::find(std::begin(kCouples), std::end(kCouples), word.lower) != std::end(kCouples)) return k + 1 < end;
      if (!word.has(kWord) || word.has(kCapitalized) || word.is(kFunctionWord)) return false;
    }
    return false;
  }

  // Sentences that carry the words of a speaker introduced by "X said:" at
  // the end of a paragraph, without quotation marks: up to the first
  // paragraph that names X again.
  std::vector<int> block_quote_speakers() const {
    std::vector<int> speaker(doc_.sentences.size(), -1);
    for (std::size_t s = 0; s + 1 < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      if (doc_.tokens[sent.end_token - 1].lower != ":"sv) continue;
      // The speaker: the last person named before the speech verb ("with
      // Ann, Bo said:"), else the first after it ("said Bo:").
      int who = -1;
      bool verb = false;
      for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        if (doc_.tokens[t].is(kSpeechVerb)) {
          if (who >= 0) {
            verb = true;
            break;
          }
          verb = true;
        }
        const Mention* m = mention_at(t);
        if (m && m->type == EntityType::Person) {
          who = m->entity;
          if (verb) break;
        }
      }
      if (!verb || who < 0) continue;
      for (std::size_t k = s + 1; k < doc_.sentences.size(); ++k) {
        if (k > s + 1 && doc_.tokens[doc_.sentences[k].first_token].has(kParagraphStart)) {
          bool names_speaker = false;
          std::size_t j = k + 1;
          while (j < doc_.sentences.size() && !doc_.tokens[doc_.sentences[j].first_token].has(kParagraphStart)) ++j;
          std::uint32_t paragraph_end = j < doc_.sentences.size() ? doc_.sentences[j].first_token
                                                                   : static_cast<std::uint32_t>(doc_.tokens.size());
          for (auto it = mentions_from(doc_.sentences[k].first_token);
               it != doc_.mentions.end() && it->first_token < paragraph_end; ++it)
            if (it->entity == who && !it->pronoun) names_speaker = true;
          if (names_speaker) break;
        }
        if (!story_zone(doc_.sentences[k].zone) || k > s + 40) break;
        speaker[k] = who;
      }
    }
    // A transcript's line: "ORRIN: Not at all. Lucas and I are mates." -- a
    // name and a colon opening a line speak the rest of the line, if the
    // name is in capitals or answers a question (not "Ann Brede: Hello.",
    // which may be a list's line).
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      const Token& first = doc_.tokens[sent.first_token];
      if (!opens_line(first)) continue;
      const bool answers = s > 0 && doc_.tokens[doc_.sentences[s - 1].end_token - 1].lower == "?"sv;
      if (!first.has(kAllCaps) && !answers) continue;
      const Mention* label = mention_at(sent.first_token);
      if (!label || label->type != EntityType::Person || label->pronoun || label->entity < 0 ||
          label->end_token >= sent.end_token || doc_.tokens[label->end_token].lower != ":"sv)
        continue;
      for (std::size_t k = s; k < doc_.sentences.size(); ++k) {
        const Token& opening = doc_.tokens[doc_.sentences[k].first_token];
        if (k > s && opens_line(opening)) break;
        speaker[k] = label->entity;
      }
    }
    return speaker;
  }

  // The person the document names most (twice at least) before token
  // `before`, or -1; of two named as often, the one named first.
  int most_named_person(std::uint32_t before = UINT32_MAX) const {
    std::vector<std::uint32_t> named(doc_.entities.size(), 0);
    for (const Mention& m : doc_.mentions)
      if (m.first_token < before && !m.pronoun && m.type == EntityType::Person && m.entity >= 0)
        ++named[static_cast<std::size_t>(m.entity)];
    const auto most = std::max_element(named.begin(), named.end());
    if (most == named.end() || *most < 2) return -1;
    return static_cast<int>(most - named.begin());
  }

  // A paragraph opened by a speaker's label: "Quayle:", "IMOGEN PRICE:".
  struct SpeakerLabel {
    std::string_view text;  // as written, first word to the colon (to the bracket: "A (Sanjay Rebello):")
    std::uint32_t first_token = 0, colon = 0;
    std::size_t sentence = 0;
    std::uint32_t named_at = UINT32_MAX;  // "Q (Ananya Bhattacharya, The Morning Ledger):": the name's first token
    std::uint32_t words_end = 0;          // after the label's words: its colon or its bracket
  };
  // The labelled paragraphs, in order (one scan serves the interview and
  // the transcript readers): up to four capitalised words and a colon
  // opening a story paragraph, after a time stamp in brackets if any
  // ("[00:00:04] DEV MALHOTRA:").
  std::vector<SpeakerLabel> speaker_labels() const {
    std::vector<SpeakerLabel> labels;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      // A paragraph's or, in a transcript of one line per turn, a line's.
      if (!story_zone(sent.zone) || !opens_line(doc_.tokens[sent.first_token])) continue;
      const LabelSpan span = speaker_label_at(sent.first_token, sent.end_token);
      if (span.colon == 0) continue;
      const std::uint32_t last = span.words_end - 1;  // before "(" or ":"
      labels.push_back({std::string_view(doc_.text).substr(doc_.tokens[span.first].begin,
                                                           doc_.tokens[last].end - doc_.tokens[span.first].begin),
                        span.first, span.colon, s, span.named_at, span.words_end});
    }
    return labels;
  }

  // A speaker's label at token `start`, after a time stamp in brackets if
  // any: up to four capitalised words and a colon ("[00:00:04] DEV
  // MALHOTRA:"), or one or two and a name in brackets ("A (Sanjay
  // Rebello):", "Q (Ananya Bhattacharya, The Morning Ledger):"), with words
  // after it before `stop`, or on the next line ("DAVE PENNOCK (presenting
  // Marcia Lindo):" over a speech, where the bracket says what the speaker
  // does, not who). `colon` is 0 if there is none.
  struct LabelSpan {
    std::uint32_t first = 0, colon = 0;
    std::uint32_t named_at = UINT32_MAX;  // the bracketed name's first token
    std::uint32_t words_end = 0;          // after the label's words
  };
  LabelSpan speaker_label_at(std::uint32_t start, std::uint32_t stop) const {
    std::uint32_t t = start;
    if (doc_.tokens[t].lower == "["sv) {
      while (t < stop && t < start + 10 && doc_.tokens[t].lower != "]"sv) ++t;
      ++t;
    }
    const std::uint32_t first = t;
    while (t < stop && t < first + 4 && doc_.tokens[t].has(kCapitalized)) ++t;
    if (t == first || t >= stop) return {};
    // Words after the colon, or the label alone on its line before them.
    auto speech_after = [&](std::uint32_t colon) {
      return colon + 1 < stop || (colon + 1 == stop && stop < doc_.tokens.size() && doc_.tokens[stop].has(kLineStart) &&
                                  doc_.tokens[stop].has(kWord));
    };
    if (doc_.tokens[t].lower == "("sv && t + 1 < stop && t - first <= 2 + (doc_.tokens[t + 1].has(kCapitalized) ? 0 : 1)) {
      std::uint32_t close = t + 1;
      while (close < stop && close < t + 12 && doc_.tokens[close].lower != ")"sv) ++close;
      if (close + 1 < stop && close > t + 1 && doc_.tokens[close].lower == ")"sv && doc_.tokens[close + 1].lower == ":"sv &&
          speech_after(close + 1))
        return {first, close + 1, doc_.tokens[t + 1].has(kCapitalized) ? t + 1 : UINT32_MAX, t};
      return {};
    }
    if (doc_.tokens[t].lower != ":"sv || !speech_after(t)) return {};
    return {first, t, UINT32_MAX, t};
  }

  // The sentence after the speaker's turn that sentence s opens: the end of
  // its paragraph, or a line that opens with another label (a transcript of
  // one line per turn).
  std::size_t turn_end(std::size_t s) const {
    std::size_t k = s + 1;
    for (; k < doc_.sentences.size(); ++k) {
      const Sentence& next = doc_.sentences[k];
      const Token& opening = doc_.tokens[next.first_token];
      if (opening.has(kParagraphStart)) break;
      if (opening.has(kLineStart) && speaker_label_at(next.first_token, next.end_token).colon != 0) break;
    }
    return k;
  }

  // The sentence after the paragraph that sentence s is in.
  std::size_t paragraph_end(std::size_t s) const {
    std::size_t k = s + 1;
    while (k < doc_.sentences.size() && !doc_.tokens[doc_.sentences[k].first_token].has(kParagraphStart)) ++k;
    return k;
  }

  // "Backline: Your father was a musician too. / Quayle: My father, Hamish
  // Quayle, played bass ...": paragraphs opened by one of two speaker
  // labels, each three times or more, are an interview. The label whose
  // paragraphs ask fewer questions (else the one that speaks second) is
  // the interviewee's: its paragraphs are their words (in `speaker`, unless
  // a block quotation gave them a speaker). The interviewee is the person
  // the label names; -1 if the document has no such labels,
  // kLabelledNoInterview if the answering label names nobody.
  static constexpr int kLabelledNoInterview = -2;  // speaker labels, but none names a person
  // An interview's labels open their paragraph and are three words at most.
  int labelled_answers_speaker(std::vector<int>& speaker, const std::vector<SpeakerLabel>& all_labels) const {
    std::vector<SpeakerLabel> labels;
    for (const SpeakerLabel& label : all_labels)
      if (label.first_token == doc_.sentences[label.sentence].first_token && label.colon - label.first_token <= 3)
        labels.push_back(label);
    if (labels.size() < 6) return -1;  // nearly every document
    // The two labels used most (a headline's "Ferdie Quayle:" or a credit's
    // "Photography:" once besides them is no matter).
    std::vector<std::pair<std::string_view, std::size_t>> counts;
    for (const SpeakerLabel& label : labels) {
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == label.text; });
      if (it == counts.end()) {
        if (counts.size() == 8) return -1;  // many speakers: a transcript or a list, not an interview
        counts.emplace_back(label.text, 1);
      } else {
        ++it->second;
      }
    }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (counts.size() < 2 || counts[1].second < 3) return -1;
    std::size_t uses[2] = {0, 0}, questions[2] = {0, 0};
    // Which of the two speaks first: the other answers, unless it asks more.
    std::string_view first_label, second_label;
    for (const SpeakerLabel& label : labels) {
      const bool top = label.text == counts[0].first || label.text == counts[1].first;
      if (!top) continue;
      if (first_label.empty()) first_label = label.text;
      else if (second_label.empty() && label.text != first_label) second_label = label.text;
      const int which = label.text == first_label ? 0 : 1;
      ++uses[which];
      for (std::size_t k = label.sentence, end = turn_end(label.sentence); k < end; ++k) {
        const Sentence& sent = doc_.sentences[k];
        if (doc_.tokens[sent.end_token - 1].lower == "?"sv) ++questions[which];
      }
    }
    if (uses[0] < 3 || uses[1] < 3) return -1;
    // "Q:" and "A:" say which is which; other labels, by their questions.
    const bool q_and_a = (first_label == "Q"sv && second_label == "A"sv) || (first_label == "A"sv && second_label == "Q"sv);
    const std::string_view answers = q_and_a ? "A"sv : questions[1] <= questions[0] ? second_label : first_label;
    int interviewee = -1;
    for (const SpeakerLabel& label : labels) {
      if (label.text != answers) continue;
      auto m = mentions_from(label.first_token);
      if (m != doc_.mentions.end() && m->first_token == label.first_token && m->type == EntityType::Person && m->entity >= 0) {
        interviewee = m->entity;
        break;
      }
    }
    // "Q:" and "A:": the answers are the words of the person the
    // introduction names most (the questions name others), else the
    // document. "Reporter: ... / Spokesman: ...", "Chair: ... /
    // Treasurer: ...": a label that names nobody is no interviewee's, and
    // the document is no interview.
    if (interviewee < 0 && q_and_a) {
      interviewee = most_named_person(labels.front().first_token);
      if (interviewee < 0) interviewee = most_named_person();
    }
    if (interviewee < 0) return answers.size() == 1 ? -1 : kLabelledNoInterview;
    for (const SpeakerLabel& label : labels) {
      if (label.text != answers) continue;
      for (std::size_t k = label.sentence, end = turn_end(label.sentence); k < end; ++k)
        if (speaker[k] < 0) speaker[k] = interviewee;
    }
    return interviewee;
  }

  // A guestbook's entries, a letters page: "Des was my best friend ... -
  // Walt Haverkamp". A line that is a dash and one person's name (a
  // place or a description may follow) signs the paragraphs above it, up to
  // the previous signature, a line without words ("---") or a heading:
  // their "I", "me" and "my" are the signer's. A pair's signature ("- Ron
  // and Debbie Kowalski") gives no one's "I".
  void signed_entries(std::vector<int>& speaker) const {
    constexpr std::uint32_t kLongestSignature = 16;  // tokens
    constexpr std::size_t kLongestEntry = 40;        // sentences
    std::size_t entry_start = 0;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      const Token& first = doc_.tokens[sent.first_token];
      // A letter pasted on its own opens with a line read as its title.
      if (sent.zone != Zone::Story && sent.zone != Zone::Title) {
        entry_start = s + 1;
        continue;
      }
      if (first.has(kParagraphStart)) {
        const std::size_t end = paragraph_end(s);
        bool words = false;
        for (std::uint32_t t = sent.first_token; t < doc_.sentences[end - 1].end_token && !words; ++t)
          words = doc_.tokens[t].has(kWord);
        if (!words) {
          entry_start = end;
          continue;
        }
      }
      // The signature: a line of its own, under the entry or after a blank line.
      if (!opens_line(first) || sent.end_token - sent.first_token > kLongestSignature)
        continue;
      if (first.lower != "-"sv) {
        // (The signer first: most short lines name nobody, and need no look back.)
        if (const int signer = letter_signer(sent); signer >= 0)
          if (const std::size_t letter = signed_letter_start(s, entry_start); letter != SIZE_MAX)
            for (std::size_t k = letter; k < s; ++k)
              if (speaker[k] < 0) speaker[k] = signer;
        continue;
      }
      const Mention* signer = mention_at(sent.first_token + 1);
      const bool one_person = signer && signer->names_one_person() &&
                              !(signer->end_token < sent.end_token && doc_.tokens[signer->end_token].lower == "and"sv);
      if (one_person && s - entry_start <= kLongestEntry)
        for (std::size_t k = entry_start; k < s; ++k)
          if (speaker[k] < 0) speaker[k] = signer->entity;
      entry_start = s + 1;
    }
  }

  // A notebook's or a forum's entries, signed at their end on the same
  // line: "... Felipe and I divorced in 2023. Javiera Rojas Pinto." A
  // paragraph whose last sentence is a full name and nothing else is that
  // person's.
  void signed_paragraphs(std::vector<int>& speaker) const {
    for (std::size_t s = 0; s < doc_.sentences.size();) {
      const std::size_t end = paragraph_end(s);
      const Sentence& last = doc_.sentences[end - 1];
      const Mention* signer = story_zone(last.zone) ? mention_at(last.first_token) : nullptr;
      if (signer && signer->names_one_person() && signer->end_token - signer->first_token >= 2 &&
          (signer->end_token == last.end_token ||
           (signer->end_token + 1 == last.end_token && doc_.tokens[signer->end_token].lower == "."sv)))
        for (std::size_t k = s; k + 1 < end; ++k)
          if (speaker[k] < 0) speaker[k] = signer->entity;
      s = end;
    }
  }

  // A letter: "Dear shipmates, / ... / Safe watches, / Capt. Henrik
  // Aasland, Master", "A chairde, / ... / Siobhán Gleeson Hayes". Sentence s
  // may be a letter's signature if a greeting line opens the letter after
  // `entry_start` (at most 40 sentences back) or a closing line stands
  // right above it: a line of at most five tokens ending with a comma.
  // Where the letter's words start (after the greeting), or SIZE_MAX.
  std::size_t signed_letter_start(std::size_t s, std::size_t entry_start) const {
    // (Or a letter to a paper: "To the editor:", "Dear Sir:".)
    auto comma_line = [&](std::size_t k) {
      const Sentence& line = doc_.sentences[k];
      const Token& opening = doc_.tokens[line.first_token];
      if (!opens_line(opening)) return false;
      const std::string_view last = doc_.tokens[line.end_token - 1].lower;
      if (last == ":"sv)
        return line.end_token - line.first_token <= 7 && (opening.lower == "to"sv || opening.lower == "dear"sv);
      return line.end_token - line.first_token <= 5 && last == ","sv;
    };
    if (s == 0) return SIZE_MAX;
    const bool closing = comma_line(s - 1);
    const std::size_t body_end = closing ? s - 1 : s;
    for (std::size_t k = body_end; k-- > entry_start && k + 40 > s;)
      if (comma_line(k)) return k + 1;
    if (closing) return entry_start;
    // "MESSAGE FROM THE PRESIDENT / ... / Ato Tesfaye Bekele, President":
    // a section under a heading, signed with a name and a role (not an
    // obituary's closing line: "Hester Quine, theatre director, born 3 May
    // 1931; died ...").
    const Sentence& signature = doc_.sentences[s];
    // "This is my father's rubab ... / Farid Mohammad": a name alone, a
    // paragraph of its own, under two or more paragraphs that say "I" or
    // "my" signs them (from the first of those).
    // Not a heading over a paragraph about its person ("Kum Rade / No
    // Serbian holiday works without the kum. Our kum is ... Kum Rade").
    auto named_next = [&](int entity) {
      if (s + 1 >= doc_.sentences.size()) return false;
      const std::size_t end = paragraph_end(s + 1);
      for (auto it = mentions_from(doc_.sentences[s + 1].first_token); it != doc_.mentions.end() && it->sentence < end; ++it)
        if (it->entity == entity) return true;
      return false;
    };
    if (const Mention* signer = mention_at(signature.first_token);
        signer && signer->end_token == signature.end_token && doc_.tokens[signature.first_token].has(kParagraphStart) &&
        (s + 1 == doc_.sentences.size() || doc_.tokens[doc_.sentences[s + 1].first_token].has(kParagraphStart)) &&
        !named_next(signer->entity)) {
      std::size_t first = SIZE_MAX;
      int paragraphs = 0;
      for (std::size_t k = std::max(entry_start, s >= 40 ? s - 40 : 0), end = 0; k < s; k = end) {
        end = std::min(paragraph_end(k), s);
        if (says_i_or_my(doc_.sentences[k].first_token, doc_.sentences[end - 1].end_token) && ++paragraphs == 1) first = k;
      }
      return paragraphs >= 2 ? first : SIZE_MAX;
    }
    if (!is_signature_line(doc_, s, s + 1)) return SIZE_MAX;
    std::size_t heading = SIZE_MAX;
    for (std::size_t k = s; k-- > entry_start && k + 40 > s && heading == SIZE_MAX;)
      if (doc_.sentences[k].heading) heading = k;
    if (heading == SIZE_MAX || heading + 1 >= s) return SIZE_MAX;
    // Written in the first person: an "I" or a "my" in it.
    return says_i_or_my(doc_.sentences[heading + 1].first_token, signature.first_token) ? heading + 1 : SIZE_MAX;
  }

  // Whether tokens [from, to) hold the narrator's "I" or "my".
  bool says_i_or_my(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t < to; ++t)
      if ((doc_.tokens[t].lower == "i"sv || doc_.tokens[t].lower == "my"sv) && narrators_word(t)) return true;
    return false;
  }
  // The one person a signature line names, after any title ("Capt.
  // Henrik Aasland, Master"; a role may follow a comma), or -1.
  int letter_signer(const Sentence& line) const {
    std::uint32_t t = line.first_token;
    while (t < line.end_token && (doc_.tokens[t].is(kHonorific) || doc_.tokens[t].lower == "."sv)) ++t;
    const Mention* signer = mention_at(t);
    if (!signer || !signer->names_one_person()) return -1;
    return signer->end_token == line.end_token || doc_.tokens[signer->end_token].lower == ","sv ? signer->entity : -1;
  }

  // A transcript: paragraphs opened by a speaker's label ("IMOGEN PRICE:",
  // "[00:00:04] DEV MALHOTRA:", "HOST:"), four or more of them and two
  // labels or more. A label that is a person's name makes that person the
  // "I" of its paragraphs; a role's label ("HOST:") the person who gives
  // their name in the label's first paragraph ("I'm Donnie Kessler"), not a
  // label many people share ("CALLER:"). Fills `speaker` where it is -1.
  void transcript_speakers(std::vector<int>& speaker, const std::vector<SpeakerLabel>& labels, int interviewer) const {
    if (labels.size() < 4) return;  // nearly every document
    if (std::all_of(labels.begin(), labels.end(), [&](const SpeakerLabel& l) { return l.text == labels.front().text; })) return;
    // The person a paragraph's "I'm X", "I am X", "this is X", "my name is X" names.
    auto introduced_in = [&](std::size_t from_sentence) {
      const std::size_t end = paragraph_end(from_sentence);
      for (auto m = mentions_from(doc_.sentences[from_sentence].first_token);
           m != doc_.mentions.end() && m->sentence < end; ++m) {
        if (m->pronoun || m->type != EntityType::Person || m->entity < 0 || m->first_token < 2) continue;
        const std::string_view one = doc_.tokens[m->first_token - 1].lower, two = doc_.tokens[m->first_token - 2].lower;
        if ((one == "i'm"sv) || (one == "'m"sv && two == "i"sv) || (one == "am"sv && two == "i"sv) ||
            (one == "is"sv && (two == "this"sv || two == "name"sv)))
          return m->entity;
      }
      return -1;
    };
    static constexpr std::string_view kSharedLabels[] = {"caller", "listener", "audience", "voice", "speaker", "unidentified",
                                                         "q", "a", "question", "answer", "male", "female"};
    std::vector<std::pair<std::string_view, int>> entity_of_label;
    // "A (Sanjay Rebello):" names who answers; a later bare "A:" is the
    // same person, until another "A (...)" names someone else.
    std::vector<std::pair<std::string_view, int>> last_named;
    std::vector<int> label_entity(labels.size(), -1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const SpeakerLabel& label = labels[i];
      auto named = std::find_if(last_named.begin(), last_named.end(), [&](const auto& e) { return e.first == label.text; });
      if (label.named_at != UINT32_MAX) {
        const Mention* m = mention_at(label.named_at);
        const int entity = m && m->type == EntityType::Person && !m->pronoun ? m->entity : -1;
        if (named == last_named.end()) last_named.emplace_back(label.text, entity);
        else named->second = entity;
        label_entity[i] = entity;
      } else if (named != last_named.end()) {
        label_entity[i] = named->second;
      }
    }
    // A question's label ("Q", "Question") is put to the next other label's person.
    auto asks = [](std::string_view text) { return text == "Q"sv || text == "Question"sv; };
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (!asks(labels[i].text) || label_entity[i] < 0) continue;
      int answerer = -1;
      for (std::size_t j = i + 1; j < labels.size() && answerer < 0; ++j)
        if (!asks(labels[j].text)) answerer = label_entity[j] >= 0 ? label_entity[j] : -2;
      if (answerer < 0) continue;
      for (std::size_t k = labels[i].sentence, end = turn_end(labels[i].sentence); k < end; ++k) {
        doc_.sentences[k].asked_by = label_entity[i];
        doc_.sentences[k].asked_of = answerer;
      }
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const SpeakerLabel& label = labels[i];
      if (label_entity[i] >= 0) {
        for (std::size_t k = label.sentence, end = turn_end(label.sentence); k < end; ++k)
          if (speaker[k] < 0) speaker[k] = label_entity[i];
        continue;
      }
      auto known = std::find_if(entity_of_label.begin(), entity_of_label.end(), [&](const auto& e) { return e.first == label.text; });
      if (known == entity_of_label.end()) {
        int entity = -1;
        auto m = mentions_from(label.first_token);
        if (m != doc_.mentions.end() && m->first_token == label.first_token && m->end_token == label.words_end &&
            m->type == EntityType::Person && !m->pronoun) {
          entity = m->entity;
        } else if (label.colon == label.first_token + 1 &&
                   std::find(std::begin(kSharedLabels), std::end(kSharedLabels), doc_.tokens[label.first_token].lower) ==
                       std::end(kSharedLabels)) {
          entity = introduced_in(label.sentence);
          if (entity < 0) entity = named_with_initials(doc_.tokens[label.first_token].lower);
        }
        known = entity_of_label.insert(entity_of_label.end(), {label.text, entity});
      }
      if (known->second < 0) continue;
      label_entity[i] = known->second;
      for (std::size_t k = label.sentence, end = turn_end(label.sentence); k < end; ++k)
        if (speaker[k] < 0) speaker[k] = known->second;
    }
    // "Interviewer: Jacob Mendel (JM)": the interviewer's lines are put to
    // the next other speaker, as a "Q:" line is.
    if (interviewer < 0) return;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (label_entity[i] != interviewer) continue;
      int answerer = -1;
      for (std::size_t j = i + 1; j < labels.size() && answerer < 0; ++j)
        if (label_entity[j] != interviewer) answerer = label_entity[j] >= 0 ? label_entity[j] : -2;
      if (answerer < 0) continue;
      for (std::size_t k = labels[i].sentence, end = turn_end(labels[i].sentence); k < end; ++k)
        if (doc_.sentences[k].asked_by < 0) doc_.sentences[k].asked_by = interviewer, doc_.sentences[k].asked_of = answerer;
    }
  }

  // The people a transcript's header names after a line's opening label
  // ("Narrator: Ruth Tessaro", "Interviewer: Jacob Mendel"); -1 for none.
  struct HeaderPeople {
    int narrator = -1, interviewer = -1;
  };
  HeaderPeople header_people() const {
    HeaderPeople header;
    for (const Mention& m : doc_.mentions) {
      if (m.first_token < 2 || doc_.tokens[m.first_token - 1].lower != ":"sv) continue;
      const Token& label = doc_.tokens[m.first_token - 2];
      if (!label.has(kLineStart) || m.pronoun || m.type != EntityType::Person || m.entity < 0) continue;
      if (label.lower == "narrator"sv && header.narrator < 0) header.narrator = m.entity;
      if (label.lower == "interviewer"sv && header.interviewer < 0) header.interviewer = m.entity;
    }
    return header;
  }

  // Whether a token opens a line of the text (or a paragraph).
  static bool opens_line(const Token& t) { return t.has(kLineStart) || t.has(kParagraphStart); }

  // Sections each signed by a line before them: `signer_of(s)` is the
  // person sentence s signs the sentences after it for (-1: no one from
  // there on), or nothing for a sentence that signs nothing. Fills
  // `speaker` where it is -1 with the latest signer.
  template <class SignerOf>
  void sign_sections(std::vector<int>& speaker, SignerOf signer_of) const {
    int signer = -1;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (const std::optional<int> named = signer_of(s)) {
        signer = *named;
        continue;
      }
      if (signer >= 0 && speaker[s] < 0) speaker[s] = signer;
    }
  }

  // An email thread: "From: Nilesh Patel / Date: Sun, 2 Feb 2025 / ... I've
  // asked Bhavesh": a "From:" line naming one person, with a header line
  // ("To:", "Cc:", "Date:", "Sent:", "Subject:") within the next three,
  // makes the sender the "I" of everything up to the next "From:" line.
  // Fills `speaker` where it is -1.
  void email_speakers(std::vector<int>& speaker) const {
    auto header_label = [&](std::size_t k, bool sender) {
      const Sentence& line = doc_.sentences[k];
      const Token& first = doc_.tokens[line.first_token];
      if (!opens_line(first)) return false;
      if (line.first_token + 2 > line.end_token || doc_.tokens[line.first_token + 1].lower != ":"sv) return false;
      if (sender) return first.lower == "from"sv;
      return first.lower == "to"sv || first.lower == "cc"sv || first.lower == "date"sv || first.lower == "sent"sv ||
             first.lower == "subject"sv;
    };
    sign_sections(speaker, [&](std::size_t s) -> std::optional<int> {
      if (!header_label(s, true)) return std::nullopt;
      bool headed = false;
      for (std::size_t k = s + 1; k < doc_.sentences.size() && k <= s + 3 && !headed; ++k) headed = header_label(k, false);
      const Sentence& line = doc_.sentences[s];
      for (auto it = mentions_from(line.first_token + 2); headed && it != doc_.mentions.end() && it->first_token < line.end_token;
           ++it)
        if (it->names_one_person()) return it->entity;
      return -1;
    });
  }

  // A pack of letters or an anthology under headings that say whose each
  // is ("2. SUPPORTING LETTER, from Pastor Errol McKenzie, Shiloh
  // Pentecostal Church" / "Miss Hy and I have run ...", "MY DONUT SHOP, by
  // Chanthy Sok"): a line of its own ending in ", from" or ", by" and a
  // person (a title and a role around the name allowed) makes that person
  // the "I" of everything up to the next such line. Fills `speaker` where
  // it is -1.
  void heading_signer_speakers(std::vector<int>& speaker) const {
    constexpr std::uint32_t kLongestHeading = 24;
    sign_sections(speaker, [&](std::size_t s) -> std::optional<int> {
      const Sentence& line = doc_.sentences[s];
      // (A heading's number, "2.", may be a sentence of its own.)
      const bool numbered = s > 0 && doc_.sentences[s - 1].end_token - doc_.sentences[s - 1].first_token <= 2 &&
                            opens_line(doc_.tokens[doc_.sentences[s - 1].first_token]) &&
                            doc_.tokens[doc_.sentences[s - 1].first_token].has(kNumber);
      const bool whole_line =
          (opens_line(doc_.tokens[line.first_token]) || numbered) &&
          line.end_token - line.first_token <= kLongestHeading &&
          (s + 1 == doc_.sentences.size() || opens_line(doc_.tokens[doc_.sentences[s + 1].first_token]));
      for (std::uint32_t t = line.first_token + 1; whole_line && t + 1 < line.end_token; ++t) {
        const std::string_view word = doc_.tokens[t].lower;
        if ((word != "from"sv && word != "by"sv) || doc_.tokens[t - 1].lower != ","sv) continue;
        // The name, after a title or two ("Pastor", "Dr").
        for (std::uint32_t k = t + 1; k < line.end_token && k <= t + 3 && doc_.tokens[k].has(kCapitalized); ++k)
          if (const Mention* m = mention_at(k); m && !m->pronoun && m->type == EntityType::Person && m->entity >= 0)
            return m->entity;
      }
      return std::nullopt;
    });
  }

  // An advice column: "DEAR MARGOT: My husband's brother ... — TORN IN
  // TULSA" / "DEAR TORN: You both are. ... my own brother, Dale, ...". The
  // person most "Dear" labels name is the columnist; a paragraph opened by
  // a "Dear" label naming someone else is the columnist's answer, and so
  // are the paragraphs after it, up to the next "Dear" label. (A letter's
  // "I" is its unnamed writer's.) Fills `speaker` where it is -1.
  void advice_column_speakers(std::vector<int>& speaker, const std::vector<SpeakerLabel>& labels) const {
    std::vector<std::pair<std::size_t, int>> dear;  // label index, the person it names (or -1)
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const SpeakerLabel& label = labels[i];
      if (doc_.tokens[label.first_token].lower != "dear"sv || label.colon < label.first_token + 2) continue;
      const Mention* m = mention_at(label.first_token + 1);
      dear.emplace_back(i, m && m->type == EntityType::Person && !m->pronoun ? m->entity : -1);
    }
    if (dear.size() < 2) return;  // nearly every document
    int columnist = -1;
    std::size_t most = 1;
    for (const auto& label_and_named : dear) {
      const int named = label_and_named.second;
      if (named < 0) continue;
      const auto times = static_cast<std::size_t>(
          std::count_if(dear.begin(), dear.end(), [&](const auto& d) { return d.second == named; }));
      if (times > most) most = times, columnist = named;
    }
    if (columnist < 0) return;
    for (std::size_t d = 0; d < dear.size(); ++d) {
      if (dear[d].second == columnist) continue;  // a reader's letter
      const std::size_t end = d + 1 < dear.size() ? labels[dear[d + 1].first].sentence : doc_.sentences.size();
      for (std::size_t k = labels[dear[d].first].sentence; k < end && story_zone(doc_.sentences[k].zone); ++k)
        if (speaker[k] < 0) speaker[k] = columnist;
    }
  }

  // "Q: You grew up in a lighthouse? / A: Completely true. Our dad ...":
  // a document with three or more paragraphs that are one question each
  // is an interview of the person it names most; the sentences after its
  // first question that are no question are that person's words (in
  // `speaker`, unless a block quotation already gave them a speaker).
  // The interviewee, or -1 for any other document.
  int question_and_answer_speaker(std::vector<int>& speaker, const std::vector<SpeakerLabel>& labels) const {
    if (const int interviewee = labelled_answers_speaker(speaker, labels); interviewee >= 0 || interviewee == kLabelledNoInterview)
      return std::max(interviewee, -1);
    // A press conference's labels name who asks and who answers
    // (transcript_speakers): no one person answers every question.
    if (std::any_of(labels.begin(), labels.end(), [](const SpeakerLabel& l) { return l.named_at != UINT32_MAX; })) return -1;
    auto is_question = [&](std::size_t s) {
      const Sentence& sent = doc_.sentences[s];
      return doc_.tokens[sent.end_token - 1].lower == "?"sv && story_zone(sent.zone) &&
             doc_.tokens[sent.first_token].has(kParagraphStart) &&
             (s + 1 == doc_.sentences.size() || doc_.tokens[doc_.sentences[s + 1].first_token].has(kParagraphStart));
    };
    std::size_t questions = 0, first_question = doc_.sentences.size();
    for (std::size_t s = 0; s < doc_.sentences.size() && questions < 3; ++s)
      if (is_question(s)) {
        ++questions;
        first_question = std::min(first_question, s);
      }
    if (questions < 3) return -1;  // nearly every document: nothing allocated
    const int interviewee = most_named_person();
    if (interviewee < 0) return -1;
    for (std::size_t s = first_question + 1; s < doc_.sentences.size(); ++s)
      if (!is_question(s) && story_zone(doc_.sentences[s].zone) && speaker[s] < 0) speaker[s] = interviewee;
    return interviewee;
  }

  // A first-person piece (a memoir's extract, a columnist's diary): its
  // "I", "me" and "my" outside quotation marks are the byline's person.
  // Asked of bylined documents whose narrative says them in three
  // paragraphs or more: a court report's "told the court: I never ..." (a
  // quotation without marks) says them in one, and a page of questions and
  // answers ("Q: ...") is its interviewee's; -1 otherwise.
  int first_person_narrator(const std::vector<int>& quote_of, const std::vector<int>& block_speaker) const {
    const int author = byline_author(doc_);
    if (author < 0) return -1;
    int paragraphs = 0;
    std::uint32_t last_paragraph_at = UINT32_MAX;
    std::uint32_t paragraph_at = 0;
    for (std::size_t s = 0; s < doc_.sentences.size() && paragraphs < 3; ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (sentence.first_token >= sentence.end_token) continue;
      if (doc_.tokens[sentence.first_token].has(kParagraphStart)) paragraph_at = sentence.first_token;
      if (sentence.zone != Zone::Story || block_speaker[s] >= 0) continue;
      if (doc_.tokens[sentence.first_token].lower == "q"sv && sentence.first_token + 1 < sentence.end_token &&
          doc_.tokens[sentence.first_token + 1].lower == ":"sv)
        return -1;
      // A reader's letter and the columnist's answer ("Dear Margery," ...
      // "- Karen Ferraro, Parma"): each "I" is its letter's signer, not the
      // byline's (an open letter by the byline's person is signed by no one).
      if (opens_letter(sentence) && signed_letter()) return -1;
      for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t)
        if (doc_.tokens[t].is(kPronoun) && quote_of[t] < 0 && narrators_word(t) && paragraph_at != last_paragraph_at) {
          last_paragraph_at = paragraph_at;
          ++paragraphs;
        }
    }
    return paragraphs >= 3 ? author : -1;
  }

  // Whether a paragraph opens with a dash and a name: a letter's signature
  // ("- Karen Dobbs Ferraro, Parma, Ohio").
  bool signed_letter() const {
    for (std::uint32_t t = 0; t + 1 < doc_.tokens.size(); ++t)
      if (doc_.tokens[t].has(kParagraphStart) && doc_.tokens[t].lower == "-"sv && doc_.tokens[t + 1].has(kCapitalized) &&
          doc_.tokens[t + 1].is(kFirstNameWord))
        return true;
    return false;
  }

  // "Dear Margery,", "Dear Mr Ross," opening a paragraph: a letter's salutation.
  bool opens_letter(const Sentence& sentence) const {
    const std::uint32_t t = sentence.first_token;
    if (t + 2 >= sentence.end_token || !doc_.tokens[t].has(kParagraphStart) || doc_.tokens[t].lower != "dear"sv ||
        !doc_.tokens[t + 1].has(kCapitalized))
      return false;
    return doc_.tokens[t + 2].lower == ","sv || (t + 3 < sentence.end_token && doc_.tokens[t + 2].has(kCapitalized) &&
                                                  doc_.tokens[t + 3].lower == ","sv);
  }

  // Token t is the narrator's "I", "me" or "my": not the numeral of "World
  // War I" or "Henry I" (a capitalised name's word before it; "Then I",
  // "And I" are the pronoun).
  bool narrators_word(std::uint32_t t) const {
    const std::string_view w = doc_.tokens[t].lower;
    if (w == "me"sv || w == "my"sv) return true;
    if (w != "i"sv) return false;
    if (t == 0 || doc_.tokens[t].has(kLineStart)) return true;  // not the last line's name's numeral
    const Token& before = doc_.tokens[t - 1];
    return !(before.has(kWord) && before.has(kCapitalized) && !before.is(kFunctionWord) && !before.is(kAdverb));
  }

  void resolve_pronouns() {
    std::vector<Quote> quotes = find_quotes();
    std::vector<int> block_speaker = block_quote_speakers();
    // A question-and-answer interview: its answers are the interviewee's
    // words, and "you" in it is the interviewee.
    const std::vector<SpeakerLabel> labels = speaker_labels();
    const int interviewee = question_and_answer_speaker(block_speaker, labels);
    const HeaderPeople header = header_people();
    transcript_speakers(block_speaker, labels, header.interviewer);
    advice_column_speakers(block_speaker, labels);
    signed_entries(block_speaker);
    signed_paragraphs(block_speaker);
    email_speakers(block_speaker);
    heading_signer_speakers(block_speaker);
    std::vector<bool> nested = nested_quote_tokens(quotes);
    std::vector<int> quote_of(doc_.tokens.size(), -1);
    for (std::size_t q = 0; q < quotes.size(); ++q)
      for (std::uint32_t t = quotes[q].open; t <= quotes[q].close && t < doc_.tokens.size(); ++t)
        quote_of[t] = static_cast<int>(q);
    std::vector<std::pair<int, std::uint32_t>> attribution(quotes.size());
    for (std::size_t q = 0; q < quotes.size(); ++q) attribution[q] = attributed_speaker(quotes[q]);
    constexpr int kUnknown = -3;  // not asked yet
    std::vector<int> narrative_speaker(quotes.size(), kUnknown);
    const int narrating_author = interviewee < 0 ? first_person_narrator(quote_of, block_speaker) : -1;

    std::vector<Mention> added;
    std::vector<Recent> recent;
    std::vector<std::uint32_t> mentioned(doc_.entities.size(), 0);  // per entity, so far
    auto remember = [&](const Recent& mention) {
      recent.push_back(mention);
      ++mentioned[static_cast<std::size_t>(mention.entity)];
    };
    std::vector<int> resolved_at(doc_.tokens.size(), -1);
    // The person last introduced with each role noun ("the actor Dorian
    // Faulks", "Actress Pippa Langridge"), for "the actor" later on.
    StringViewMap<int> introduced_as;
    // Who each person's father, mother, husband or wife was named as ("My
    // father was Gul Mohammad", "her husband, Tariq"), keyed by the person
    // and the noun's first letter: a later "my father" with no name is that
    // person for the pronouns after it ("My father married ... He had been
    // married before").
    std::map<std::pair<int, char>, int> named_relative;
    // The person each term a text defines was defined for: 'Walter Fenwick
    // ("the deceased")', for "the deceased" later on; a transcript's header
    // defines its narrator and interviewer.
    StringViewMap<int> defined_as;
    // "Narrator: Ruth Tessaro" over a transcript: "the narrator's daughter".
    if (header.narrator >= 0) defined_as["narrator"sv] = header.narrator;
    if (header.interviewer >= 0) defined_as["interviewer"sv] = header.interviewer;
    // Per style title ("earl", "dowager countess"), the person a style with
    // it last named, for "the Earl" later on.
    StringViewMap<int> style_holders;
    // Per speaker, the partner their "my wife, Ingrid" named.
    std::vector<int> partner_of(doc_.entities.size(), -1);
    std::uint32_t describing_role = UINT32_MAX;  // the noun of "Pia Lund, an actress": not a second mention of her
    std::vector<int> role_given(doc_.entities.size(), -1);  // per entity, the token of its latest such role
    std::size_t next_named = 0;
    int last_speaker = -1;
    // Where the last story sentence started: its subject is the favourite
    // for the next sentence's subject pronoun.
    std::uint32_t previous_start = UINT32_MAX, previous_stop = 0;
    std::size_t last_question = SIZE_MAX;  // an interview's latest question (a sentence index)
    bool answer_line_ended = false;        // a line has begun since the one after it
    // Sentence by sentence: a sentence runs to where the next one starts
    // (the first also takes any tokens before it). Nothing outside the
    // story is remembered or resolved, so those sentences are skipped whole.
    // "Their daughter Tui ... with her cousin Hemi. Their son Manu ...":
    // sentences that each open with "their" and a kin noun speak of one
    // pair, the first one's (not the last two people named).
    std::pair<int, int> opening_their{-1, -1};
    std::size_t opening_their_sentence = SIZE_MAX;
    // The latest pair a third-person plural stood for ("They weren't.") and where.
    std::pair<int, int> last_pair{-1, -1};
    std::uint32_t last_pair_at = UINT32_MAX;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (!story_zone(doc_.sentences[s].zone)) continue;
      const std::uint32_t sentence_start = s == 0 ? 0 : doc_.sentences[s].first_token;
      const int previous_subject = previous_start == UINT32_MAX ? -1 : subject_of(recent, previous_start, previous_stop);
      const std::uint32_t last_sentence_start = previous_start;
      const auto sentence_stop = static_cast<std::uint32_t>(
          s + 1 < doc_.sentences.size() ? doc_.sentences[s + 1].first_token : doc_.tokens.size());
      // In an interview, a question asked one or two sentences ago ("Do you
      // and Ezra still talk?" / "Sometimes. He rang me ...").
      if ((interviewee >= 0 || block_speaker[s] >= 0) && s > 0 && story_zone(doc_.sentences[s - 1].zone) &&
          doc_.sentences[s - 1].end_token > doc_.sentences[s - 1].first_token &&
          doc_.tokens[doc_.sentences[s - 1].end_token - 1].lower == "?"sv)
        last_question = s - 1, answer_line_ended = false;
      // ... or earlier in the line that answers it ("ORRIN: Taste. And fear. She's my sister").
      if (last_question != SIZE_MAX && s > last_question + 1 &&
          (doc_.tokens[doc_.sentences[s].first_token].has(kLineStart) ||
           doc_.tokens[doc_.sentences[s].first_token].has(kParagraphStart)))
        answer_line_ended = true;
      const bool after_question = last_question != SIZE_MAX && (s - last_question <= 2 || !answer_line_ended);
      previous_start = sentence_start, previous_stop = sentence_stop;
      // The first "his" and "her" of the sentence (outside quotations): a
      // later one in a list names the same person ("thanked his stepfather,
      // Carl Hale, and his mother").
      int first_his = -1, first_her = -1;
      std::uint32_t first_his_at = UINT32_MAX, first_her_at = UINT32_MAX;
      // The pair the sentence's first "their" stood for: a later one is the
      // same pair ("their children, Sharon, Gary and Lee, their
      // grandchildren ...": not the children just listed).
      std::pair<int, int> first_their{-1, -1}, first_we{-1, -1};
      // Asked per pronoun, found once per sentence (a sentence of a hundred
      // thousand pronouns stays linear): the first kin phrase, and the next
      // comma, which only moves forward.
      std::optional<std::uint32_t> first_kin_phrase, opening_phrase_end;
      std::uint32_t next_comma = sentence_start;
      std::uint32_t description_end = UINT32_MAX - 1;  // the last token of the last "the King"
      const std::uint32_t sentence_end = doc_.sentences[s].end_token;
      auto comma_after = [&](std::uint32_t t) {
        if (next_comma <= t) next_comma = t + 1;
        while (next_comma < sentence_end && doc_.tokens[next_comma].lower != ","sv) ++next_comma;
        return next_comma;
      };
      // Tokens [first, last] stand for `entity`, as a pronoun does: "the
      // actor", "Petitioner".
      auto stand_for = [&](std::uint32_t first, std::uint32_t last, int entity) {
        Mention m;
        m.first_token = first;
        m.end_token = last + 1;
        m.sentence = static_cast<std::uint32_t>(s);
        m.pronoun = true;
        m.entity = entity;
        m.text_begin = doc_.tokens[first].begin;
        m.text_end = doc_.tokens[last].end;
        resolved_at[first] = entity;
        remember({entity, first, false, true});
        added.push_back(std::move(m));
      };
      for (std::uint32_t t = sentence_start; t < sentence_stop; ++t) {
        while (next_named < doc_.mentions.size() && doc_.mentions[next_named].first_token < t) ++next_named;
        if (next_named < doc_.mentions.size() && doc_.mentions[next_named].first_token == t) {
          const Mention& m = doc_.mentions[next_named];
          if (m.style && m.entity >= 0) {
            const std::string_view style = doc_.folded(m);
            style_holders[style.substr(0, style.find(" of "sv))] = m.entity;
          }
          if (m.type == EntityType::Person && m.entity >= 0) {
            remember({m.entity, t,
                      after_their_kin(t, sentence_start) || possessor_of_blood_kin(m.end_token, sentence_end) ||
                          named_as_parent_of_subject_pronoun(doc_, t, sentence_start)});
            std::uint32_t role = UINT32_MAX;
            std::string_view role_noun;  // the role's noun, where the token abbreviates it
            if (t > sentence_start && (doc_.tokens[t - 1].is(kRoleNoun) || doc_.tokens[t - 1].is(kHonorific)) && doc_.tokens[t - 1].has(kWord))
              role = t - 1;
            // "Sen. Bobby Callahan": "the senator" later.
            else if (t > sentence_start + 1 && doc_.tokens[t - 1].lower == "."sv && doc_.tokens[t - 2].is(kHonorific)) {
              if (role_noun = Lexicon::get().role_of_title_abbreviation(doc_.tokens[t - 2].lower); !role_noun.empty()) role = t - 2;
            }
            else if (role = role_described_after(m.end_token, sentence_end); role != UINT32_MAX)
              describing_role = role;
            if (role == UINT32_MAX) role = role_in_apposition_before(t, sentence_start);
            if (role == UINT32_MAX) role = legal_party_after(m.end_token, sentence_end);
            if (const std::uint32_t term = defined_term_after(m.end_token, sentence_end); term != UINT32_MAX)
              defined_as[doc_.tokens[term].lower] = m.entity;
            // (Not "state Sen. Mike Callahan" after "Sen. Bobby Callahan":
            // another office, whom "the senator" does not mean.)
            if (role != UINT32_MAX && introduced_as.contains(role_noun.empty() ? doc_.tokens[role].lower : role_noun) &&
                role > sentence_start && is_lesser_office(doc_.tokens[role - 1].lower))
              role = UINT32_MAX;
            if (role != UINT32_MAX) {
              introduced_as[role_noun.empty() ? doc_.tokens[role].lower : role_noun] = m.entity;
              role_given[static_cast<std::size_t>(m.entity)] = static_cast<int>(role);
            } else if (const std::uint32_t noun = noun_of_someone_else(m, sentence_start, sentence_end); noun != UINT32_MAX) {
              role_given[static_cast<std::size_t>(m.entity)] = static_cast<int>(noun);
            }
          }
          continue;
        }
        const Token& tok = doc_.tokens[t];
        // "The Earl thanked the Countess", "the Duke's sister", "the Dowager
        // Countess": "the" and a style's title (not the style itself) stand
        // for the person a style with that title last named.
        if (!style_holders.empty() && tok.lower == "the"sv && t + 2 < sentence_stop) {
          std::uint32_t title = t + 1;
          if (doc_.tokens[title].lower == "dowager"sv) ++title;
          if (doc_.tokens[title].is(kPeerStyle) && doc_.tokens[title].has(kCapitalized) && lower_at(title + 1) != "of"sv &&
              !(next_named < doc_.mentions.size() && doc_.mentions[next_named].first_token <= title)) {
            std::string key(title > t + 1 ? "dowager "sv : ""sv);
            key += doc_.tokens[title].lower;
            if (const auto holder = style_holders.find(std::string_view(key)); holder != style_holders.end()) {
              stand_for(t, title, holder->second);
              t = title;
              continue;
            }
          }
        }
        // "The actor proposed eighteen months later", "The Grand Duke has
        // invited": "the" and a role or title a person was introduced with
        // ("the actor Dorian Faulks", "Grand Duke Leopold") stand for that
        // person (not "the actor Tom Lee", which introduces him). One word
        // may come before the noun ("the Grand Duke").
        // Not in a coordination ("the son of Emperor Gaozu and the crown
        // prince after 618" is no second parent).
        // "The King and Queen were married in 1988": one "the" for two titles.
        const bool shares_the = t == description_end + 1 && doc_.tokens[t].lower == "and"sv && t + 1 < sentence_stop &&
                                doc_.tokens[t + 1].has(kCapitalized) && doc_.tokens[t + 1].is(kHonorific);
        // A sentence that opens with a role nobody was given ("The
        // singer has had a busy month") is about the person the story is
        // about: one it has named at least twice, and twice as often as
        // anyone else lately named (of the noun's gender: "The actress");
        // never someone given another role ("The actor proposed. The singer
        // smiled.", "Pia Lund's spokeswoman, Mia Ross"). "The 25-year-old
        // singer" is left to the age's reading.
        const bool opens_story_sentence = t == doc_.sentences[s].first_token && quote_of[t] < 0 && !recent.empty() &&
                                          !describes_by_age(t, sentence_stop);
        if ((!introduced_as.empty() || opens_story_sentence) && (tok.lower == "the"sv || shares_the) && quote_of[t] < 0 &&
            !(t > sentence_start && doc_.tokens[t - 1].lower == "and"sv)) {
          // "The Prime Minister" is not the person introduced as "the
          // Transport Minister": where both have a capitalised word before
          // the noun, it is the same word.
          auto same_office = [&](int role, std::uint32_t k) {
            auto modifier = [&](std::uint32_t noun) -> const Token* {
              if (noun == 0) return nullptr;
              const Token& before = doc_.tokens[noun - 1];
              return before.has(kWord) && before.has(kCapitalized) && before.lower != "the"sv ? &before : nullptr;
            };
            const Token* described = modifier(k);
            const Token* introduced = role < 0 ? nullptr : modifier(static_cast<std::uint32_t>(role));
            return !described || !introduced || described->lower == introduced->lower;
          };
          auto describes = [&](std::uint32_t k) {
            if (k >= sentence_stop || !(doc_.tokens[k].is(kRoleNoun) || doc_.tokens[k].is(kHonorific))) return false;
            const auto introduced = introduced_as.find(doc_.tokens[k].lower);
            return introduced != introduced_as.end() && same_office(role_given[static_cast<std::size_t>(introduced->second)], k);
          };
          // The noun of "the singer" or "the veteran singer" when it ends the
          // noun phrase and the verb comes next; -1 when it does not, or when
          // nobody fits.
          auto unintroduced_role = [&](std::uint32_t k) {
            if (!opens_story_sentence || k + 1 >= sentence_stop || !doc_.tokens[k].is(kRoleNoun) || !doc_.tokens[k].has(kWord))
              return -1;
            const Token& next = doc_.tokens[k + 1];
            if (!next.has(kWord) || next.has(kCapitalized) || next.has(kClitic) || next.is(kRoleNoun) || next.lower == "of"sv)
              return -1;
            const Gender gender = head_word(doc_.tokens[k]).noun_gender;
            auto fits = [&](int e) {
              if (e < 0) return false;
              const Gender g = doc_.entities[static_cast<std::size_t>(e)].gender;
              const int role_of_e = role_given[static_cast<std::size_t>(e)];
              return (gender == Gender::Unknown || g == Gender::Unknown || g == gender) &&
                     (role_of_e < 0 || doc_.tokens[static_cast<std::size_t>(role_of_e)].lower == doc_.tokens[k].lower) &&
                     same_office(role_of_e, k);
            };
            return leading_person(recent, mentioned, fits);
          };
          std::uint32_t noun = t + 1;
          if (!describes(noun) && doc_.tokens[noun].has(kWord) && (describes(noun + 1) || unintroduced_role(noun) < 0)) ++noun;
          const int unintroduced = describes(noun) ? -1 : unintroduced_role(noun);
          if ((describes(noun) || unintroduced >= 0) && noun != describing_role &&
              !(next_named < doc_.mentions.size() && doc_.mentions[next_named].first_token <= noun + 1)) {
            const std::uint32_t opening = shares_the ? t + 1 : t;  // "and" stays a word
            stand_for(opening, noun, unintroduced >= 0 ? unintroduced : introduced_as.find(doc_.tokens[noun].lower)->second);
            t = noun;
            description_end = noun;
            continue;
          }
        }
        // "Petitioner lists the reason", "at Respondent's restaurant": a
        // party to a proceeding, by the term the filing introduced it with.
        if (tok.is(kLegalParty) && tok.has(kCapitalized) && quote_of[t] < 0 &&
            !(t > sentence_start && (doc_.tokens[t - 1].lower == "the"sv || doc_.tokens[t - 1].lower == "a"sv)) &&
            !(t + 1 < sentence_stop && doc_.tokens[t + 1].has(kCapitalized) && doc_.tokens[t + 1].has(kWord))) {
          if (const auto party = introduced_as.find(tok.lower); party != introduced_as.end()) {
            stand_for(t, t, party->second);
            continue;
          }
        }
        // "She and the deceased met in 2001": "the" and a term the text
        // defined for someone.
        if (!defined_as.empty() && tok.lower == "the"sv && t + 1 < sentence_stop && quote_of[t] < 0) {
          if (const auto term = defined_as.find(doc_.tokens[t + 1].lower); term != defined_as.end()) {
            stand_for(t, t + 1, term->second);
            ++t;
            continue;
          }
        }
        auto info = pronoun_info(tok);
        // "The 74-year-old founded the company": an age standing for a
        // person, read as a pronoun of either gender.
        const bool age_description = !info && tok.has(kNumber) && t > sentence_start && describes_by_age(t - 1, sentence_stop);
        if (age_description) info = PronounInfo{};
        if (!info) continue;
        // "Her Royal Highness Princess Aurelie", "His Majesty": a form of
        // address, part of the title after it (not "told her Dr Patel would
        // call").
        if (tok.has(kCapitalized) && t + 2 < sentence_stop && is_form_of_address(doc_.tokens[t + 1], doc_.tokens[t + 2]))
          continue;
        // "her" before a noun is possessive; either way it names the same person.
        int q = quote_of[t];
        int speaker = -1;
        bool by_narrator = false;  // the author's own "I": no one the story is about
        if (q >= 0 && nested[t]) {
          if (info->person == 1) continue;  // the words of someone the quotation quotes
        } else if (q >= 0) {
          auto [who, at] = attribution[static_cast<std::size_t>(q)];
          // '"Rosalie and I are friends," she said': the "she" is someone
          // named before the quotation, not in it; it is resolved so too.
          // 'Aoife laughed. "Constantly."': words after a sentence of
          // narrative are its subject's, unless attributed to someone else.
          int& narrator = narrative_speaker[static_cast<std::size_t>(q)];
          if (narrator == kUnknown) narrator = subject_before_quote(recent, quotes[static_cast<std::size_t>(q)]);
          if (who == -2) {
            if (resolved_at[at] >= 0) {
              who = resolved_at[at];
            } else {
              const auto said = pronoun_info(doc_.tokens[at]);
              const Gender g = narrator >= 0 ? doc_.entities[static_cast<std::size_t>(narrator)].gender : Gender::Unknown;
              who = narrator >= 0 && said && (g == Gender::Unknown || g == said->gender)
                        ? narrator
                        : speaker_pronoun(recent, at, quotes[static_cast<std::size_t>(q)].open);
              if (who >= 0 && at > t) resolved_at[at] = who;
            }
          }
          if (who < 0) who = narrator;
          if (who < 0) who = last_speaker >= 0 ? last_speaker : (recent.empty() ? -1 : recent.back().entity);
          speaker = who;
          last_speaker = who;
        } else if (block_speaker[s] >= 0) {
          speaker = block_speaker[s];
        } else if (narrating_author >= 0 && info->person == 1 && !info->plural && narrators_word(t)) {
          // A columnist's "we" is no pair of the author and the last person named.
          speaker = narrating_author;
          by_narrator = true;
        }
        Mention m;
        m.first_token = age_description ? t - 1 : t;
        m.end_token = t + 1;
        m.sentence = static_cast<std::uint32_t>(s);
        m.pronoun = true;
        m.text_begin = doc_.tokens[m.first_token].begin;
        m.text_end = doc_.tokens[m.end_token - 1].end;
        if (info->person == 2) {
          // A press conference's question: whom it is put to.
          if (const int asked = doc_.sentences[s].asked_of; asked >= 0 && q < 0) {
            m.entity = asked;
          } else {
            if (interviewee < 0 || q >= 0) continue;  // a reader, or someone a quotation speaks to
            m.entity = interviewee;
          }
        } else if (info->person == 1) {
          if (speaker < 0) continue;  // the author's "I": nobody in the graph
          if (!info->plural) {
            m.entity = speaker;
            // "My wife, Ingrid, and our twin boys": the speaker's partner, for "our" children.
            if (tok.lower == "my"sv && t + 2 < sentence_stop && is_partner_noun(doc_.tokens[t + 1].lower)) {
              const Mention* partner = mention_at(t + 2 + (doc_.tokens[t + 2].lower == ","sv ? 1 : 0));
              if (partner && !partner->pronoun && partner->type == EntityType::Person && partner->entity >= 0 &&
                  partner->entity != speaker)
                partner_of[static_cast<std::size_t>(speaker)] = partner->entity;
            }
          } else {
            // "Bellamy Rusk has invited us": not the one who does it to us;
            // and a sentence's later "we" is its first one's pair.
            const int subject = tok.lower == "us"sv ? clause_subject_before(t, sentence_start) : -1;
            // "our twin boys", "our two sons": the speaker and the partner
            // they named ("my wife, Ingrid"), not the last person named.
            const int partner = partner_of[static_cast<std::size_t>(speaker)];
            const bool of_children = tok.lower == "our"sv && t + 1 < sentence_stop &&
                                     (doc_.tokens[t + 1].is(kChildNoun) ||
                                      (t + 2 < sentence_stop && doc_.tokens[t + 2].is(kChildNoun)));
            const bool our_children = of_children && partner >= 0;
            auto [a, b] = our_children ? std::pair<int, int>{speaker, partner}
                          : first_we.second >= 0 && first_we.first == speaker
                              ? first_we
                              : recent_pair_in_quote(recent, speaker,
                                                     q >= 0 ? quotes[static_cast<std::size_t>(q)].open : doc_.sentences[s].first_token,
                                                     subject);
            if (b >= 0 && first_we.second < 0) first_we = {a, b};
            m.plural = true;
            m.entity = a;
            m.second_entity = b;
            // "'Our son, Leo, was born at three,' said Omid Karimi": with no
            // one else in view, the speaker is a parent all the same.
            if (b < 0 && of_children && a == speaker) m.plural = false;
            else if (b < 0) continue;
          }
        } else if (info->plural) {
          // "Their parents, ..." opening a paragraph: the two people the
          // story has named most, not the last two names.
          const Sentence& sentence = doc_.sentences[s];
          const bool opens_paragraph = q < 0 && t == sentence.first_token && doc_.tokens[t].has(kParagraphStart);
          // "Phyllis, their only child,": the one the kin phrase describes is
          // not of the pair.
          // (Not "a baby with Saoirse, their son Arlo": the kin noun closes the phrase.)
          auto kin_closes = [&](std::uint32_t k) {
            if (k >= sentence_end || !is_blood_kin_word(doc_.tokens[k])) return false;
            const std::string_view next = k + 1 < sentence_end ? doc_.tokens[k + 1].lower : std::string_view(".");
            return next == ","sv || next == "."sv || next == ";"sv;
          };
          int described = -1;
          if (tok.lower == "their"sv && t >= sentence_start + 2 && doc_.tokens[t - 1].lower == ","sv &&
              (kin_closes(t + 1) || kin_closes(t + 2)))
            if (const Mention* before = mention_ending_at(t - 1); before && before->type == EntityType::Person && !before->plural)
              described = before->entity;
          // 'María Laura Ferraro, "Lali", is their daughter': the subject
          // of "is their <kin>" (past an aside between commas) is not of
          // the pair.
          const std::string_view copula = t > sentence_start + 1 ? doc_.tokens[t - 1].lower : std::string_view();
          if (described < 0 && tok.lower == "their"sv && (copula == "is"sv || copula == "was"sv) &&
              t + 1 < sentence_end && (is_blood_kin_word(doc_.tokens[t + 1]) || (t + 2 < sentence_end && is_blood_kin_word(doc_.tokens[t + 2])))) {
            std::uint32_t subject_end = t - 1;
            if (doc_.tokens[subject_end - 1].lower == ","sv)
              for (std::uint32_t k = subject_end - 1; k-- > sentence_start && k + 8 > subject_end;)
                if (doc_.tokens[k].lower == ","sv) {
                  subject_end = k;
                  break;
                }
            if (const Mention* subject = mention_ending_at(subject_end);
                subject && subject->type == EntityType::Person && !subject->plural)
              described = subject->entity;
          }
          // "The former couple, who share son Wyatt, finalized their
          // divorce": the couple a sentence opens on, named before it, not
          // the people of its aside.
          const bool after_couple = tok.lower == "their"sv && q < 0 && opens_on_couple_noun(sentence_start, t);
          auto [a, b] = recent_pair(recent, -1, described, after_couple ? sentence_start : UINT32_MAX);
          if (opens_paragraph) {
            const int first = most_mentioned(recent, mentioned, Gender::Unknown);
            const int second = first >= 0 ? most_mentioned(recent, mentioned, Gender::Unknown, first) : -1;
            if (second >= 0) a = first, b = second;
          }
          // "Ann and Bo met at a party Eve gave. They married in 2001": a
          // sentence opened by "they" or "their" goes on with the pair that
          // opened the sentence before, not the last two people named.
          if (t == sentence.first_token && s > 0 && !opens_paragraph)
            if (const auto pair = opening_pair(doc_.sentences[s - 1]); pair.first >= 0 && pair.first != described &&
                                                                       pair.second != described)
              std::tie(a, b) = pair;
          const bool their = tok.lower == "their"sv && q < 0;
          if (their && first_their.second >= 0) std::tie(a, b) = first_their;
          const bool opens_with_their_kin = their && t == sentence.first_token && t + 1 < sentence_end &&
                                            after_their_kin(t + 2, sentence_start);
          if (opens_with_their_kin && opening_their_sentence + 1 == s) std::tie(a, b) = opening_their;
          if (a < 0 || b < 0) continue;
          if (their && first_their.second < 0) first_their = {a, b};
          if (opens_with_their_kin) opening_their = {a, b}, opening_their_sentence = s;
          last_pair = {a, b}, last_pair_at = t;
          m.plural = true;
          m.entity = a;
          m.second_entity = b;
        } else {
          // Inside a quotation the speaker is "I": a third person is someone else.
          // "The daughter of Raf and Elena, she ...": the people of a kin
          // phrase just before a subject pronoun are its relatives, not it.
          std::uint32_t kin_phrase = UINT32_MAX;
          // "In an interview with Barney Kettle in 2022, he ...": the people
          // of a phrase that opens the sentence with a preposition are its
          // objects, not the subject after its comma.
          bool after_opening_phrase = false;
          const std::uint32_t first = m.first_token;  // "the" of "the 74-year-old"
          if (first > sentence_start && doc_.tokens[first - 1].lower == ","sv) {
            if (!first_kin_phrase) first_kin_phrase = kin_phrase_start(sentence_start, sentence_stop);
            if (*first_kin_phrase != UINT32_MAX && *first_kin_phrase + 1 < first) kin_phrase = *first_kin_phrase;
            if (!opening_phrase_end) opening_phrase_end = prepositional_opening_end(s);
            after_opening_phrase = q < 0 && *opening_phrase_end == first - 1 &&
                                   (tok.lower == "he"sv || tok.lower == "she"sv || age_description);
            if (after_opening_phrase) kin_phrase = std::min(kin_phrase, doc_.sentences[s].first_token);
          }
          // "With Edmund he designed the panels": without a comma too.
          if (q < 0 && (tok.lower == "he"sv || tok.lower == "she"sv) && first > sentence_start + 1 &&
              doc_.tokens[sentence_start].lower == "with"sv) {
            const Mention* companion = mention_ending_at(first);
            if (companion && companion->first_token == sentence_start + 1) kin_phrase = std::min(kin_phrase, sentence_start);
          }
          // "Tomas Kovacik, his teammate.": an apposition's possessor is
          // someone other than the person it describes. Not so in a list
          // ("Ruben, his brother Joe, ...") or before a verb ("by Ruben,
          // his father convinced him").
          const bool his = tok.lower == "his"sv, her = tok.lower == "her"sv;
          int described = -1;
          if ((his || her) && t > sentence_start + 1 && doc_.tokens[t - 1].lower == ","sv &&
              closes_short_apposition(t + 1, sentence_stop)) {
            const Mention* before = mention_ending_at(t - 1);
            // "As for Tomek, his girlfriend ...": the topic a sentence opens
            // with, not a description of him.
            const bool topic = before && before->first_token >= sentence_start + 2 &&
                               doc_.tokens[before->first_token - 2].lower == "as"sv &&
                               (doc_.tokens[before->first_token - 1].lower == "for"sv ||
                                doc_.tokens[before->first_token - 1].lower == "to"sv);
            if (before && before->type == EntityType::Person && before->entity >= 0 && !topic) described = before->entity;
          }
          // "credits Bernardo Solis, with whom he made five films": the
          // relative clause is about the person before it; its subject is
          // someone else.
          if (described < 0 && t > sentence_start + 2 && doc_.tokens[t - 1].lower == "whom"sv) {
            std::uint32_t comma = t - 2;
            if (comma > sentence_start && doc_.tokens[comma].is(kPreposition)) --comma;
            if (doc_.tokens[comma].lower == ","sv)
              if (const Mention* before = mention_ending_at(comma); before && before->type == EntityType::Person)
                described = before->entity;
          }
          // "Piet has a son, Aron, 15, with his first wife", "a son, Fergus,
          // from his first marriage": the child just named after a child
          // noun is not the possessor of what follows "with" or "from" (his
          // other parent is).
          if (described < 0 && (his || her) && t > sentence_start + 4 &&
              (doc_.tokens[t - 1].lower == "with"sv || doc_.tokens[t - 1].lower == "from"sv)) {
            std::uint32_t after_name = t - 1;
            if (doc_.tokens[after_name - 1].lower == ","sv && is_age(doc_.tokens[after_name - 2]) &&
                doc_.tokens[after_name - 3].lower == ","sv)
              after_name -= 3;
            else if (doc_.tokens[after_name - 1].lower == ","sv)
              after_name -= 1;
            const Mention* child = mention_ending_at(after_name);
            if (child && child->type == EntityType::Person && child->entity >= 0 && child->first_token >= sentence_start + 2 &&
                doc_.tokens[child->first_token - 1].lower == ","sv && doc_.tokens[child->first_token - 2].is(kChildNoun))
              described = child->entity;
            // "Kim shares Nora and Sam with her ex-husband": the children
            // shared are not the possessor either.
            if (described < 0) {
              std::uint32_t k = t - 2;
              for (std::size_t steps = 0; k > sentence_start && steps < 16; ++steps) {
                if (const Mention* named = mention_ending_at(k + 1); named && named->type == EntityType::Person)
                  k = named->first_token - 1;
                else if (doc_.tokens[k].lower == "and"sv || doc_.tokens[k].lower == ","sv)
                  --k;
                else
                  break;
              }
              // "shares twins Max and Emme with her ex-husband", "has three
              // children, Ava, Bo and Cy, with her husband".
              bool child_noun = false;
              for (std::size_t steps = 0; k > sentence_start && steps < 3; ++steps) {
                const Token& word = doc_.tokens[k];
                if (word.is(kChildNoun)) child_noun = true;
                else if (!word.is(kNumberWord) && word.lower != ","sv && word.lower != ":"sv) break;
                --k;
              }
              const std::string_view verb = doc_.tokens[k].lower;
              if (k + 2 < t && (is_share_verb(verb) || (child_noun && (verb == "has"sv || verb == "have"sv || verb == "had"sv))))
                kin_phrase = std::min(kin_phrase, k);
            }
          }
          // "Gareth, who was best man and has worked with him", "Gareth has
          // worked with him": "him" is not its own clause's subject.
          // So is an object "her" ("invited her to", "called her \"the
          // bravest\""), told from a possessive one by the word after it.
          if (described < 0 && (tok.lower == "him"sv || (her && object_her(t, sentence_end))))
            described = clause_subject_before(t, sentence_start);
          // "Marcus and Celia are his children": the subject of "are" is not
          // the possessor of what it is said to be.
          // "Kwame has been his closest friend": one word may stand between.
          if (described < 0 && (his || her) && t > sentence_start + 1 && t + 1 < sentence_stop) {
            static constexpr std::string_view kCompanions[] = {"friend", "pal", "confidant", "confidante", "colleague",
                                                                "teammate", "mentor", "neighbour", "neighbor"};
            auto person_noun_at = [&](std::uint32_t k) {
              const Token& noun = doc_.tokens[k];
              return noun.is(kGenderedNoun) || noun.is(kRoleNoun) || noun.lower == "children"sv || noun.lower == "child"sv ||
                     noun.lower == "parents"sv ||
                     std::find(std::begin(kCompanions), std::end(kCompanions), noun.lower) != std::end(kCompanions);
            };
            // Not "his sister's assistant", whose noun is the assistant.
            auto possessed = [&](std::uint32_t k) { return k + 1 < sentence_stop && doc_.tokens[k + 1].has(kClitic); };
            const Token& between = doc_.tokens[t + 1];
            const bool person_noun =
                (person_noun_at(t + 1) && !possessed(t + 1)) ||
                (t + 2 < sentence_stop && between.has(kWord) && !between.has(kCapitalized) && !between.is(kFunctionWord) &&
                 person_noun_at(t + 2) && !possessed(t + 2));
            const std::string_view copula = doc_.tokens[t - 1].lower;
            std::size_t looked = 0;  // a bounded look back: a sentence of many such clauses stays linear
            if (person_noun && (copula == "is"sv || copula == "are"sv || copula == "was"sv || copula == "were"sv ||
                                copula == "been"sv || copula == "became"sv || copula == "remained"sv))
              for (auto it = recent.rbegin(); it != recent.rend() && it->token >= sentence_start && ++looked < 64; ++it) {
                const Gender g = doc_.entities[static_cast<std::size_t>(it->entity)].gender;
                // "Training alongside Amara is her boyfriend": a preposition's object is no subject.
                const bool object = it->token > sentence_start && doc_.tokens[it->token - 1].is(kPreposition);
                if (!it->pronoun && !object && (g == info->gender || g == Gender::Unknown)) {
                  // "Kieran's best man was his childhood friend": a possessor is no subject.
                  const bool possessor = std::any_of(doc_.tokens.begin() + it->token, doc_.tokens.begin() + (t - 1),
                                                     [](const Token& w) { return w.lower == "'s"sv; });
                  if (!possessor) described = it->entity;
                  break;
                }
              }
          }
          int& first_of_form = his ? first_his : first_her;
          // ", his son B", ", and his mother", "; his sister", "; and his sister": a list's comma, not "Ann and her brother".
          // "; by his brother" in a survivors' list: a preposition after the separator.
          const bool in_list = t > sentence_start + 1 && (doc_.tokens[t - 1].lower == ","sv || doc_.tokens[t - 1].lower == ";"sv ||
                                                         ((doc_.tokens[t - 1].lower == "and"sv || doc_.tokens[t - 1].is(kPreposition)) &&
                                                          (doc_.tokens[t - 2].lower == ","sv || doc_.tokens[t - 2].lower == ";"sv)));
          // "Marta thanked her coach, Elena Ruiz. She later married ...": a
          // sentence's first person, a subject pronoun, continues the last
          // sentence's subject rather than its latest name; opening a
          // paragraph, or after a sentence with no subject, it returns to
          // the person the story is about.
          const bool opens_sentence = after_opening_phrase ||
                                      (q < 0 && (tok.lower == "he"sv || tok.lower == "she"sv || his || her || age_description) &&
                                       (recent.empty() || recent.back().token < sentence_start));
          const bool opens_paragraph = doc_.tokens[doc_.sentences[s].first_token].has(kParagraphStart);
          int topic = -1;
          // "Mr. Kessler, 36, is an executive sous chef. / He is the son of
          // ...": after a paragraph of one sentence, a paragraph's opening
          // pronoun goes on with that sentence's subject too.
          const bool after_one_sentence_paragraph =
              opens_paragraph && last_sentence_start != UINT32_MAX && doc_.tokens[last_sentence_start].has(kParagraphStart);
          if (opens_sentence && (!opens_paragraph || age_description || after_one_sentence_paragraph) && previous_subject >= 0 &&
              previous_subject != described &&
              (age_description || doc_.entities[static_cast<std::size_t>(previous_subject)].gender == info->gender ||
               doc_.entities[static_cast<std::size_t>(previous_subject)].gender == Gender::Unknown))
            topic = previous_subject;
          // "... it was there that she met Mateo Reyes. He was a
          // photographer": a description opening the next sentence is of the
          // person the last one introduced, not of its subject.
          if (topic == previous_subject && last_sentence_start != UINT32_MAX && !opens_paragraph && t == sentence_start && q < 0 &&
              (tok.lower == "he"sv || tok.lower == "she"sv) && t + 2 < sentence_stop &&
              (doc_.tokens[t + 1].lower == "was"sv || doc_.tokens[t + 1].lower == "is"sv) &&
              (doc_.tokens[t + 2].lower == "a"sv || doc_.tokens[t + 2].lower == "an"sv))
            if (const int introduced = last_introduced(recent, last_sentence_start, mentioned, info->gender); introduced >= 0)
              topic = introduced;
          // "Do you and Ezra still talk?" / "Sometimes. He rang me ...": an
          // answer's he or she is the one person of that gender the question named.
          if (topic < 0 && opens_sentence && after_question && q < 0)
            topic = only_person_named_since(recent, doc_.sentences[last_question].first_token, info->gender, interviewee);
          // In someone's own words (a quotation, a transcript's line) "he"
          // and "his" are someone else: "OWEN: My husband, Callum, and I met
          // ... His sister, Fiona, ...".
          if (topic >= 0 && topic == speaker) topic = -1;
          // "Tobias and Sophie were never together. She was Henrik's
          // girlfriend", "... They weren't. She was": after a sentence whose
          // subject is a pair, the one of them the pronoun fits.
          if (topic < 0 && opens_sentence && !opens_paragraph && previous_subject < 0 && last_sentence_start != UINT32_MAX &&
              info->gender != Gender::Unknown) {
            topic = only_person_named_since(recent, last_sentence_start, info->gender, speaker, sentence_start);
            if (topic < 0 && last_pair_at >= last_sentence_start && last_pair_at < sentence_start) {
              const auto fits = [&](int e) { return e != speaker && doc_.entities[static_cast<std::size_t>(e)].gender == info->gender; };
              if (fits(last_pair.first) != fits(last_pair.second)) topic = fits(last_pair.first) ? last_pair.first : last_pair.second;
            }
          }
          if (topic < 0 && opens_sentence && (opens_paragraph || previous_subject < 0))
            topic = most_mentioned(recent, mentioned, info->gender, speaker);
          // "She met Amara's father": a subject pronoun opening its sentence
          // is nobody the rest of the sentence names; then the last
          // sentence's subject, else the nearest person, stands for it.
          if (topic >= 0 && t == sentence_start && q < 0 && (tok.lower == "he"sv || tok.lower == "she"sv) &&
              named_in(next_named, sentence_stop, topic)) {
            const int previous = previous_subject;
            topic = previous >= 0 && previous != topic && !named_in(next_named, sentence_stop, previous) &&
                            doc_.entities[static_cast<std::size_t>(previous)].gender == info->gender
                        ? previous
                        : -1;
          }
          m.entity = his || her ? relative_sharing_surname(recent, info->gender, t, sentence_start, sentence_stop, speaker)
                                : -1;
          // "His father, Bruno Ferrante": of the Ferrantes, the one the story is about.
          if (m.entity >= 0 && topic >= 0 && topic != m.entity && same_surname(topic, m.entity)) m.entity = topic;
          if (m.entity < 0 && (his || her) && q < 0) m.entity = coordinated_possessor(t, sentence_start, info->gender);
          if (m.entity < 0 && (his || her) && q < 0 && in_list && described < 0) m.entity = first_of_form;
          // "Hêvî's father, Azad, and her brother, Karwan, came": a list's
          // possessive goes back to the name whose relatives open it, when
          // the first relative is of the other sex ("Kosi's husband,
          // Waisale, and his brother" is the husband's brother).
          if (m.entity < 0 && (his || her) && q < 0 && in_list && described < 0)
            if (const Mention* opening = opening_possessor(sentence_start, t, info->gender);
                opening && opening->end_token + 1 < t) {
              const Gender relative = head_word(doc_.tokens[opening->end_token + 1]).noun_gender;
              if (relative != Gender::Unknown && relative != info->gender) m.entity = opening->entity;
            }
          // "Mumba was born in Dublin to Peter Mumba and Barbara; his sister,
          // Samantha, ...": the first possessive after a semicolon goes back
          // to the subject of the sentence, not to its latest name.
          if (m.entity < 0 && (his || her) && q < 0 && t > sentence_start && doc_.tokens[t - 1].lower == ";"sv && described < 0)
            if (const int subject = subject_of(recent, sentence_start, sentence_stop);
                subject >= 0 && doc_.entities[static_cast<std::size_t>(subject)].gender == info->gender)
              m.entity = subject;
          if (m.entity < 0) m.entity = topic;
          if (m.entity < 0 && q < 0) {
            // Only for the sentence's subject: "Tom greeted Kit, who had flown
            // in, before he married Ann" is still Tom.
            const int owner = relative_clause_owner(t, sentence_start, info->gender);
            if (owner >= 0 && owner == subject_of(recent, sentence_start, sentence_stop)) m.entity = owner;
          }
          if (m.entity < 0 && q < 0 && (tok.lower == "he"sv || tok.lower == "she"sv))
            m.entity = reporting_subject(t, sentence_start, info->gender);
          if (m.entity < 0) {
            m.entity = antecedent(recent, info->gender, speaker, kin_phrase, described);
            // "Idowu was there with her husband, Segun Bakare": a possessive
            // of a relative ("her late husband") after a subject whose sex the
            // lists do not know, the only person its sentence has named, is
            // the subject's, not an earlier sentence's woman's.
            if (m.entity >= 0 && (his || her) && q < 0 && !in_list && t + 2 < sentence_stop &&
                (is_kin_word(doc_.tokens[t + 1]) || is_kin_word(doc_.tokens[t + 2])))
              if (const int subject = sole_unknown_sex_subject(recent, sentence_start, sentence_stop, t); subject >= 0)
                m.entity = subject;
            // "Callum was raised by his stepfather, Neil Barton, after his
            // mother remarried": the relative the subject's possessive
            // introduced is not the next possessor of the sentence; the
            // subject still is. Not in a list ("his brother, Joe, and his wife").
            const std::string_view before = t > sentence_start ? doc_.tokens[t - 1].lower : std::string_view();
            if (m.entity >= 0 && (his || her) && q < 0 && t > sentence_start && before != ","sv && before != "and"sv &&
                before != ";"sv) {
              // Only the sentence's subject's relative: in "Ezra's son,
              // Martin, runs the farm with his wife" the son is the subject.
              const int owner = possessor_of_apposed(recent, m.entity, s, resolved_at);
              if (owner >= 0 && owner != m.entity && doc_.entities[static_cast<std::size_t>(owner)].gender == info->gender &&
                  owner == subject_of(recent, sentence_start, sentence_stop))
                m.entity = owner;
            }
          }
          // "His two children, Hendrik and Marelize, ...": not one of the
          // relatives the possessive introduces.
          if ((his || her) && m.entity >= 0 && q < 0 && names_as_own_relative(t, m.entity, sentence_stop)) {
            const int other = antecedent(recent, info->gender, speaker, UINT32_MAX, m.entity);
            if (other >= 0) m.entity = other;
          }
          // "run by Lena Park, her husband, Sung-min Park, and ...": a
          // possessive whose kin noun is in apposition to the next name, right
          // after a name its gender fits, is that name's.
          if ((his || her) && q < 0 && t > sentence_start + 1 && t + 3 < sentence_stop && doc_.tokens[t - 1].lower == ","sv &&
              is_kin_word(doc_.tokens[t + 1]) && doc_.tokens[t + 2].lower == ","sv && doc_.tokens[t + 3].has(kCapitalized))
            if (const Mention* before = mention_ending_at(t - 1);
                before && before->type == EntityType::Person && before->entity >= 0 && !before->plural &&
                (doc_.entities[static_cast<std::size_t>(before->entity)].gender == info->gender ||
                 doc_.entities[static_cast<std::size_t>(before->entity)].gender == Gender::Unknown))
              m.entity = before->entity;
          // "His siblings Leila and Ian also competed, as does his daughter
          // Lucie": a later clause's possessive is not one of the relatives
          // the sentence's opening possessive introduced, but their owner's.
          // Not in a relative's own clause ("her daughter, Kim-Anh, who has
          // run the business with her brother").
          // ("Piccard's siblings Leila, Ian and Jeff ...": a name's possessive too.)
          std::uint32_t& first_of_form_at = his ? first_his_at : first_her_at;
          if ((his || her) && q < 0 && m.entity >= 0 && t > sentence_start + 4 && t < sentence_start + 64 &&
              doc_.tokens[t - 1].lower != "and"sv && doc_.tokens[t - 1].lower != ","sv && doc_.tokens[t - 1].lower != ";"sv) {
            int owner = first_of_form_at == sentence_start ? first_of_form : -1;
            std::uint32_t owner_at = sentence_start;
            if (owner < 0)
              if (const Mention* opening = opening_possessor(sentence_start, t, info->gender)) {
                owner = opening->entity;
                owner_at = opening->end_token;
              }
            // Several relatives, each a "his" would not stand for: in "Ezra's
            // son, Martin, runs the farm with his wife" the son is the subject.
            const auto plural_kin = [&] {
              for (std::uint32_t k = owner_at + 1; k < owner_at + 4 && k < t; ++k)
                if (names_relative(doc_.tokens[k]))
                  return doc_.tokens[k].lower.ends_with('s') || doc_.tokens[k].lower == "children"sv;
              return false;
            };
            if (owner >= 0 && owner != m.entity && plural_kin() && names_as_own_relative(owner_at, m.entity, t) &&
                std::none_of(doc_.tokens.begin() + sentence_start, doc_.tokens.begin() + t,
                             [](const Token& w) { return w.lower == "who"sv || w.lower == "whose"sv || w.lower == "which"sv; }))
              m.entity = owner;
          }
          if ((his || her) && q < 0 && first_of_form < 0) {
            first_of_form = m.entity;
            first_of_form_at = t;
          }
          // "After her split from Bo, Ann remarried": nobody before, so a
          // pronoun in a clause before the main one looks ahead to the main
          // clause's person ("He was the son of Bo" is not Bo). Not when the
          // sentence opens with "he" or "she", the main clause's subject:
          // "He is survived by his wife, Joy, and their sons, Art and Chase".
          // Nor does a possessive before a relative's noun: "His widow, Joy,
          // and their sons, Art and Chase, survive him" names his relatives.
          const std::string_view opening = doc_.tokens[doc_.sentences[s].first_token].lower;
          if (m.entity < 0 && opening != "he"sv && opening != "she"sv)
            m.entity = main_clause_person(comma_after(t), sentence_end, info->gender, (his || her) ? t + 1 : UINT32_MAX);
          if (resolved_at[t] >= 0) m.entity = resolved_at[t];  // a quotation's speaker, found at the quotation
          if (m.entity < 0) continue;
        }
        resolved_at[t] = m.entity;
        // "Their son Ronan ... he ...": still the pair's child. Nor is the
        // narrator's own "I" or "my" one of a later "their" two ("with his
        // wife, my grandmother Anna. Their son, ..."): the narrator would say "our".
        if (!m.plural && !(by_narrator && info->person == 1))
          remember({m.entity, t, is_relative_of_pair(recent, m.entity) || (info->person == 1 && q < 0), true});
        if (singular_possessive(tok.lower) && !m.plural && t + 2 < sentence_stop)
          if (const char kin = parent_or_spouse_noun(doc_.tokens[t + 1].lower); kin != 0) {
            const Token& after = doc_.tokens[t + 2];
            // "my father, Gul", "my father Gul", "my father was Gul".
            const std::uint32_t name_at = after.lower == ","sv || after.lower == "was"sv || after.lower == "is"sv ? t + 3 : t + 2;
            const Mention* name = name_at < sentence_stop ? mention_at(name_at) : nullptr;
            const Gender wanted = kin == 'f' || kin == 'h' ? Gender::Male : Gender::Female;
            if (name && name->names_one_person()) {
              const Gender g = doc_.entities[static_cast<std::size_t>(name->entity)].gender;
              if ((g == wanted || g == Gender::Unknown) && name->entity != m.entity) named_relative[{m.entity, kin}] = name->entity;
            } else if (!after.has(kCapitalized) && !(t > sentence_start && doc_.tokens[t - 1].is(kPreposition))) {
              // (Not a preposition's object: "arguing with my father - and he
              // invited us" is the one the sentence is about.)
              if (const auto known = named_relative.find({m.entity, kin}); known != named_relative.end())
                remember({known->second, t + 1, false, true});
            }
          }
        added.push_back(std::move(m));
      }
    }
    // Named mentions and pronouns are each in text order: one merge keeps
    // all of them so (a pronoun never starts where a name does).
    auto named = static_cast<std::ptrdiff_t>(doc_.mentions.size());
    for (Mention& m : added) doc_.mentions.push_back(std::move(m));
    std::inplace_merge(doc_.mentions.begin(), doc_.mentions.begin() + named, doc_.mentions.end(), starts_earlier);
  }

  // The subject of the sentence when it is a person of no known sex, named
  // (not a pronoun), and the only one named in the sentence before token
  // `before`; else -1.
  int sole_unknown_sex_subject(const std::vector<Recent>& recent, std::uint32_t sentence_start, std::uint32_t sentence_stop,
                               std::uint32_t before) const {
    int only = -1;
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && it->token >= sentence_start && ++looked < 64; ++it) {
      if (it->token >= before) continue;
      if (it->pronoun || (only >= 0 && it->entity != only)) return -1;
      only = it->entity;
    }
    if (only < 0 || doc_.entities[static_cast<std::size_t>(only)].gender != Gender::Unknown) return -1;
    return subject_of(recent, sentence_start, sentence_stop) == only ? only : -1;
  }

  // The one person other than `except` of that gender (or of none known)
  // named from token `from` on; -1 if none or several.
  int only_person_named_since(const std::vector<Recent>& recent, std::uint32_t from, Gender gender, int except,
                              std::uint32_t until = UINT32_MAX) const {
    int found = -1;
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && it->token >= from && ++looked < 64; ++it) {
      if (it->token >= until || it->entity == except || it->entity == found) continue;
      const Gender g = doc_.entities[static_cast<std::size_t>(it->entity)].gender;
      if (g != gender && g != Gender::Unknown) continue;
      if (found >= 0) return -1;
      found = it->entity;
    }
    return found;
  }

  // The last person named since token `since`, if that was their first
  // mention and they fit `gender`; else -1.
  int last_introduced(const std::vector<Recent>& recent, std::uint32_t since, const std::vector<std::uint32_t>& mentioned,
                      Gender gender) const {
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && it->token >= since && ++looked < 64; ++it) {
      if (it->pronoun) continue;
      const Gender g = doc_.entities[static_cast<std::size_t>(it->entity)].gender;
      const bool fits = g == gender || g == Gender::Unknown || gender == Gender::Unknown;
      return fits && mentioned[static_cast<std::size_t>(it->entity)] == 1 ? it->entity : -1;
    }
    return -1;
  }

  // Of the people who can be of that gender named in the last few
  // sentences, the one mentioned most so far (ties: the most recent).
  int most_mentioned(const std::vector<Recent>& recent, const std::vector<std::uint32_t>& mentioned, Gender gender,
                     int exclude = -1) const {
    if (recent.empty()) return -1;
    const std::size_t newest_sentence = sentence_of(recent.back().token);
    // Not across a heading: "Nora Pell, Theodore Vance" opens another
    // announcement, whose people the last one's do not outnumber.
    std::size_t section_start = 0;
    for (std::size_t k = newest_sentence + 1; k-- > 0 && k + 6 >= newest_sentence;)
      if (doc_.sentences[k].heading) {
        section_start = k;
        break;
      }
    int best = -1;
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && ++looked < 64; ++it) {
      if (sentence_of(it->token) + 6 < newest_sentence || sentence_of(it->token) < section_start) break;
      const Gender g = doc_.entities[static_cast<std::size_t>(it->entity)].gender;
      if (gender != Gender::Unknown && g != Gender::Unknown && g != gender) continue;
      if (it->entity == exclude) continue;
      if (best < 0 || mentioned[static_cast<std::size_t>(it->entity)] > mentioned[static_cast<std::size_t>(best)]) best = it->entity;
    }
    return best;
  }

  // The person the story is about, among those lately named who fit: the
  // only one, or one named at least twice so far and at least twice as
  // often as anyone else; -1 when no one leads so.
  template <typename Fits>
  int leading_person(const std::vector<Recent>& recent, const std::vector<std::uint32_t>& mentioned, Fits fits) const {
    int lead = -1;
    std::uint32_t top = 0, second = 0;
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && ++looked < 64; ++it) {
      if (it->entity == lead || !fits(it->entity)) continue;
      const std::uint32_t n = mentioned[static_cast<std::size_t>(it->entity)];
      if (n > top) {
        second = std::max(second, top);
        lead = it->entity, top = n;
      } else {
        second = std::max(second, n);
      }
    }
    if (lead < 0 || (second > 0 && (top < 2 || top < 2 * second))) return -1;
    return lead;
  }

  // The sentence's subject: its first person (named or a pronoun) if it
  // opens the sentence or a clause after a comma, with at most an article,
  // titles or role nouns before it ("In 2010, the singer Ann Lee ..."), and
  // is not one of two ("Ann and Bo"). -1 if none.
  int subject_of(const std::vector<Recent>& recent, std::uint32_t sentence_start, std::uint32_t sentence_stop) const {
    std::uint32_t clause_start = after_opening_phrase(sentence_start, sentence_stop);
    auto first_from = [&](std::uint32_t from) {
      const Recent* found = nullptr;
      std::size_t looked = 0;
      for (auto it = recent.rbegin(); it != recent.rend() && it->token >= from && ++looked < 64; ++it) found = &*it;
      return found;
    };
    const Recent* first = first_from(clause_start);
    // A transcript's line whose words name no one ("Quayle: Backstage at
    // the Kelder Festival."): its label's speaker is its subject.
    if ((!first || first->token >= sentence_stop) && clause_start > sentence_start &&
        after_speaker_label(sentence_start, sentence_stop) == clause_start) {
      clause_start = sentence_start;
      first = first_from(clause_start);
    }
    if (!first || first->token >= sentence_stop) return -1;
    const Recent* const past_end = recent.data() + recent.size();
    // "Women's team captain Jess Marrow collected ...": before a role,
    // its modifiers and possessor too.
    bool role_seen = false;
    // "In 2001 he married ...": "he" and "she" are nobody's object.
    const std::string_view word = doc_.tokens[first->token].lower;
    const bool nominative = word == "he"sv || word == "she"sv;
    for (std::uint32_t t = first->token; t > clause_start && !nominative;) {
      const Token& before = doc_.tokens[--t];
      if (before.lower == ","sv) break;
      if (before.is(kPreposition)) return -1;  // "With Ann, Bo left"
      if (before.is(kRoleNoun) || before.is(kHonorific)) role_seen = true;
      if (before.lower == "."sv && t > sentence_start && doc_.tokens[t - 1].is(kAbbreviation)) continue;  // "Mr. Kessler"
      if (before.lower == "the"sv || before.lower == "a"sv || before.lower == "an"sv || before.has(kCapitalized) ||
          before.is(kRoleNoun) || before.is(kHonorific) || before.is(kDemonym))
        continue;
      if (role_seen && (before.lower == "'s"sv || (before.has(kWord) && !before.is(kFunctionWord)))) continue;
      return -1;
    }
    const Mention* named = mention_at(first->token);
    const std::uint32_t end = named ? named->end_token : first->token + 1;
    // "Franklin's son, Dylan Hale, flew in": the possessed is the subject,
    // and the name in apposition to it names them.
    if (end < sentence_stop && doc_.tokens[end].lower == "'s"sv) {
      const Recent* named_after = first + 1;
      while (named_after != past_end && named_after->token < sentence_stop &&
             (named_after->pronoun || named_after->entity == first->entity))
        ++named_after;  // "Franklin's son from his first marriage, Dylan"
      // "Orbanek's brother Gábor, who ...": a kin or role noun right before
      // the name is an apposition without its comma.
      const bool apposition =
          named_after != past_end && named_after->token < sentence_stop &&
          (doc_.tokens[named_after->token - 1].lower == ","sv ||
           ((doc_.tokens[named_after->token - 1].is(kGenderedNoun) || doc_.tokens[named_after->token - 1].is(kRoleNoun)) &&
            named_after->token == end + 2));
      if (!apposition) return possessed_is_a_thing(end + 1, sentence_stop) ? first->entity : -1;
      for (std::uint32_t k = end + 1; k + 1 < named_after->token; ++k)
        if (doc_.tokens[k].lower == ","sv || doc_.tokens[k].has(kCapitalized)) return -1;
      return named_after->entity;
    }
    const Recent* second = first + 1;
    // "Ann and Bo married": a pair, no one's subject; but in someone's own
    // words "Igor and I have been friends ... He was best man" is Igor's.
    if (second != past_end && second->token < sentence_stop && second->entity != first->entity &&
        end + 1 == second->token && doc_.tokens[end].lower == "and"sv)
      return second->pronoun && doc_.tokens[second->token].lower == "i"sv ? first->entity : -1;
    return first->entity;
  }

  // "Isadora's first collection was shown in 2018": what the possessor has
  // is no person (no kin or role noun before a preposition, comma or the
  // fifth word), so the sentence is about the possessor.
  bool possessed_is_a_thing(std::uint32_t from, std::uint32_t stop) const {
    // People the word classes leave out (neither gendered nor a role).
    static constexpr std::string_view kPeopleWords[] = {
        "partner", "spouse", "cousin", "twin", "twins", "ex", "lover", "kids", "children", "child", "parents",
        "family", "friend", "friends", "bandmate", "co-star", "colleague", "colleagues", "relative", "relatives"};
    bool noun = false;
    for (std::uint32_t k = from; k < stop && k < from + 4; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.lower == ","sv || t.is(kPreposition) || !t.has(kWord) || t.has(kCapitalized)) break;
      if (t.is(kGenderedNoun) || t.is(kRoleNoun) || t.is(kPronoun) ||
          std::find(std::begin(kPeopleWords), std::end(kPeopleWords), t.lower) != std::end(kPeopleWords))
        return false;
      noun = true;
    }
    return noun;
  }

  // The first person named after the comma at token `comma` (sentence_end: none).
  // A possessive's noun at `possessed` that names a relative ("His widow,
  // Joy, and their sons, Art and Chase, survive him") looks past no other
  // relative's noun: those after it are his relatives, not him.
  int main_clause_person(std::uint32_t comma, std::uint32_t sentence_end, Gender gender,
                         std::uint32_t possessed = UINT32_MAX) const {
    if (comma >= sentence_end) return -1;
    const bool kin = possessed < sentence_end && names_relative(doc_.tokens[possessed]);
    // "Her parents, Florence and David Whitcombe, were married": the names
    // in apposition to a possessed relative's noun are the relatives, not
    // the possessor.
    std::uint32_t apposition_end = comma;
    if (possessed + 1 == comma && (names_relative(doc_.tokens[possessed]) || is_blood_kin_word(doc_.tokens[possessed])))
      while (apposition_end + 1 < sentence_end && doc_.tokens[++apposition_end].lower != ","sv) {
      }
    auto it = std::upper_bound(doc_.mentions.begin(), doc_.mentions.end(), apposition_end,
                               [](std::uint32_t t, const Mention& m) { return t < m.first_token; });
    std::uint32_t scanned = apposition_end;
    for (; it != doc_.mentions.end() && it->first_token < sentence_end; ++it) {
      for (; kin && scanned < it->first_token; ++scanned)
        if (names_relative(doc_.tokens[scanned])) return -1;
      if (it->type != EntityType::Person || it->entity < 0 || it->pronoun) continue;
      Gender g = doc_.entities[static_cast<std::size_t>(it->entity)].gender;
      if (g == Gender::Unknown || gender == Gender::Unknown || g == gender) return it->entity;
    }
    return -1;
  }

  // "the 74-year-old" at token `the`, not before a name ("the 43-year-old
  // Ann Lee") or a noun that says who ("the 74-year-old's").
  bool describes_by_age(std::uint32_t the, std::uint32_t stop) const {
    if (doc_.tokens[the].lower != "the"sv || the + 1 >= stop) return false;
    const std::string_view age = doc_.tokens[the + 1].lower;
    constexpr std::string_view kSuffix = "-year-old";
    if (!age.ends_with(kSuffix) || age.size() == kSuffix.size() || age.size() > kSuffix.size() + 3) return false;
    for (char c : age.substr(0, age.size() - kSuffix.size()))
      if (c < '0' || c > '9') return false;
    if (the + 2 < stop) {
      const Token& next = doc_.tokens[the + 2];
      if (next.has(kCapitalized) || next.has(kClitic)) return false;
    }
    return true;
  }

  // "the Transport Minister, Rosalind Marr": the role of "the" noun phrase
  // a comma sets before the name at `name`, or UINT32_MAX.
  std::uint32_t role_in_apposition_before(std::uint32_t name, std::uint32_t start) const {
    if (name < start + 3 || doc_.tokens[name - 1].lower != ","sv) return UINT32_MAX;
    const std::uint32_t noun = name - 2;
    const Token& role = doc_.tokens[noun];
    if (!role.has(kWord) || !(role.is(kRoleNoun) || role.is(kHonorific))) return UINT32_MAX;
    for (std::uint32_t k = noun; k > start && k + 4 > noun; --k) {
      const Token& before = doc_.tokens[k - 1];
      if (before.lower == "the"sv) return noun;
      if (!before.has(kWord) || before.has(kClitic)) return UINT32_MAX;
    }
    return UINT32_MAX;
  }

  // "Ann Lee, Petitioner,", "Bo Kim (Respondent)", 'Bo Kim (the
  // "Defendant")': the token of the term a filing gives the party named
  // just before `k`, or UINT32_MAX.
  std::uint32_t legal_party_after(std::uint32_t k, std::uint32_t stop) const {
    if (k >= stop || (doc_.tokens[k].lower != ","sv && doc_.tokens[k].lower != "("sv)) return UINT32_MAX;
    ++k;
    if (k < stop && doc_.tokens[k].lower == "the"sv) ++k;
    if (k < stop && doc_.tokens[k].has(kQuote)) ++k;
    if (k >= stop || !doc_.tokens[k].is(kLegalParty) || !doc_.tokens[k].has(kCapitalized)) return UINT32_MAX;
    // "Ann Lee, Defendant Hale's wife": the term opens a name, names nobody.
    if (k + 1 < stop && doc_.tokens[k + 1].has(kWord) && doc_.tokens[k + 1].lower != "and"sv) return UINT32_MAX;
    return k;
  }

  // "Narrator: Ruth Tessaro (RT)": the person whose name the text gives
  // with `initials` (lower case) in brackets after it, for a transcript's
  // "RT:" lines; -1 if none.
  int named_with_initials(std::string_view initials) const {
    for (const Mention& m : doc_.mentions) {
      if (m.pronoun || m.type != EntityType::Person || m.entity < 0 || m.end_token + 2 >= doc_.tokens.size()) continue;
      const Token& open = doc_.tokens[m.end_token];
      if (open.lower == "("sv && doc_.tokens[m.end_token + 1].lower == initials && doc_.tokens[m.end_token + 1].has(kAllCaps) &&
          doc_.tokens[m.end_token + 2].lower == ")"sv)
        return m.entity;
    }
    return -1;
  }

  // 'Walter Fenwick ("the deceased")', 'Ann Lee (the "Testator")': the token of
  // the one-word term defined for the name that ends just before `k`, or
  // UINT32_MAX.
  std::uint32_t defined_term_after(std::uint32_t k, std::uint32_t stop) const {
    if (k + 5 >= stop || doc_.tokens[k].lower != "("sv) return UINT32_MAX;
    ++k;
    const bool quote_first = doc_.tokens[k].has(kQuote);
    if (quote_first) ++k;
    if (doc_.tokens[k].lower != "the"sv) return UINT32_MAX;
    ++k;
    if (!quote_first) {
      if (!doc_.tokens[k].has(kQuote)) return UINT32_MAX;
      ++k;
    }
    if (k + 2 >= stop || !doc_.tokens[k].has(kWord) || !doc_.tokens[k + 1].has(kQuote) || doc_.tokens[k + 2].lower != ")"sv)
      return UINT32_MAX;
    return k;
  }

  // The role noun a name is described with right after it, for "the
  // actress" later on: "Pia Lund, a British actress,", "Pia Lund, 31, the
  // Oscar-winning actress", "Pia Lund is an actress", "Pia Lund, who was a
  // singer". UINT32_MAX when there is none, and for a noun that is someone
  // else's ("Pia Lund, the singer's mother") or opens a name ("the actress
  // Mia Farrow").
  std::uint32_t role_described_after(std::uint32_t k, std::uint32_t stop) const {
    auto lower_is = [&](std::uint32_t at, std::string_view word) { return at < stop && doc_.tokens[at].lower == word; };
    if (lower_is(k, ","sv)) {
      ++k;
      if (k + 1 < stop && is_age(doc_.tokens[k]) && lower_is(k + 1, ","sv)) k += 2;
      if (lower_is(k, "who"sv)) ++k;
    }
    if (lower_is(k, "is"sv) || lower_is(k, "was"sv)) {
      ++k;
      if (lower_is(k, "now"sv) || lower_is(k, "also"sv) || lower_is(k, "herself"sv) || lower_is(k, "himself"sv)) ++k;
    }
    if (!(lower_is(k, "a"sv) || lower_is(k, "an"sv) || lower_is(k, "the"sv))) return UINT32_MAX;
    for (const std::uint32_t last = k + 4; ++k < stop && k < last;) {
      const Token& word = doc_.tokens[k];
      if (!word.has(kWord) || word.is(kFunctionWord) || word.is(kPreposition)) return UINT32_MAX;
      if (word.is(kRoleNoun)) {
        const bool opens_name_or_possessive =
            k + 1 < stop && (doc_.tokens[k + 1].has(kCapitalized) || doc_.tokens[k + 1].has(kClitic));
        return opens_name_or_possessive ? UINT32_MAX : k;
      }
    }
    return UINT32_MAX;
  }

  // The noun that names a person by someone else's: "Pia Lund's
  // spokeswoman, Mia Ross", "her manager, Ruth Cole", "A friend of Pia
  // Lund, Ann Holt", "Mia Ross, the actress's publicist", "Kate Dunn, Nia
  // Grant's best friend". Such a person is no "the actress" later on.
  // UINT32_MAX when there is none.
  std::uint32_t noun_of_someone_else(const Mention& m, std::uint32_t start, std::uint32_t stop) const {
    const Sentence& sentence = doc_.sentences[m.sentence];
    if (const std::uint32_t noun = possessed_noun_before(doc_, sentence, m.first_token); noun != UINT32_MAX) return noun;
    auto lower_word = [&](std::uint32_t k) { return doc_.tokens[k].has(kWord) && !doc_.tokens[k].has(kCapitalized); };
    const std::uint32_t t = m.first_token;
    if (t >= start + 3 && doc_.tokens[t - 1].lower == ","sv) {
      // "Pia Lund's longtime assistant, Mia Ross".
      const std::uint32_t noun = t - 2;
      if (noun >= start + 2 && lower_word(noun) && lower_word(noun - 1) && doc_.tokens[noun - 2].has(kClitic)) return noun;
      // "A friend of Pia Lund, Ann Holt".
      if (const Mention* other = mention_ending_at(t - 1);
          other && other->type == EntityType::Person && other->first_token >= start + 2 &&
          doc_.tokens[other->first_token - 1].lower == "of"sv && lower_word(other->first_token - 2))
        return other->first_token - 2;
    }
    std::uint32_t noun = possessed_noun_after(doc_, sentence, m.end_token);
    if (noun == UINT32_MAX) return UINT32_MAX;
    if (noun + 1 < stop && lower_word(noun + 1)) ++noun;  // "Nia Grant's best friend"
    return noun < stop && lower_word(noun) ? noun : UINT32_MAX;
  }

  static bool is_share_verb(std::string_view lower) {
    return lower == "shares"sv || lower == "share"sv || lower == "shared"sv || lower == "co-parents"sv ||
           lower == "co-parent"sv || lower == "co-parented"sv;
  }

  // The comma that closes a phrase opening sentence `s` with a preposition
  // ("In an interview with Ann in 2022,"), or UINT32_MAX.
  std::uint32_t prepositional_opening_end(std::size_t s) const {
    const Sentence& sent = doc_.sentences[s];
    if (sent.first_token >= sent.end_token || !doc_.tokens[sent.first_token].is(kPreposition)) return UINT32_MAX;
    for (std::uint32_t t = sent.first_token + 1; t < sent.end_token; ++t)
      if (doc_.tokens[t].lower == ","sv) return t;
    return UINT32_MAX;
  }

  // Where the main clause of a sentence opening with a prepositional
  // phrase begins: after the phrase's comma, and after a name in
  // apposition there ("In an interview with the Chronicle's editor, Simone
  // Farquhar, Mr Tolliver was unapologetic"); else (a verb before any
  // comma) `start`. A bounded look.
  std::uint32_t after_opening_phrase(std::uint32_t start, std::uint32_t stop) const {
    start = after_speaker_label(start, stop);
    if (start >= stop || !doc_.tokens[start].is(kPreposition)) return start;
    for (std::uint32_t t = start + 1; t < stop && t < start + 40; ++t) {
      if (opens_verb_phrase(doc_.tokens[t])) return start;  // "In 2001 he married Ann, a ...": no phrase of its own
      if (doc_.tokens[t].lower != ","sv) continue;
      const Mention* apposed = mention_at(t + 1);
      if (apposed && !apposed->pronoun && apposed->end_token + 1 < stop && doc_.tokens[apposed->end_token].lower == ","sv)
        return apposed->end_token + 1;
      return t + 1;
    }
    return start;
  }

  // The token after a transcript's speaker label opening a line at `start`
  // ("[00:25:40] OWEN MADDOCKS: My husband ..."; see speaker_labels), else `start`.
  std::uint32_t after_speaker_label(std::uint32_t start, std::uint32_t stop) const {
    if (start >= stop || !opens_line(doc_.tokens[start])) return start;
    const LabelSpan span = speaker_label_at(start, stop);
    return span.colon != 0 ? span.colon + 1 : start;
  }

  // The first "<kin or gendered noun> of" ("daughter of", "widow of")
  // between `from` and `to`, or UINT32_MAX.
  std::uint32_t kin_phrase_start(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t + 1 < to; ++t)
      if (doc_.tokens[t + 1].lower == "of"sv && head_word(doc_.tokens[t]).noun_gender != Gender::Unknown) return t;
    return UINT32_MAX;
  }

  int speaker_pronoun(const std::vector<Recent>& recent, std::uint32_t at, std::uint32_t quote_open) const {
    auto info = pronoun_info(doc_.tokens[at]);
    return antecedent(recent, info ? info->gender : Gender::Unknown, -1, quote_open);
  }

  // 'Aoife laughed. "Constantly. ..."': a quotation opening its sentence
  // right after a sentence of narrative (no quotation in it, same
  // paragraph) is in the words of that sentence's subject; -1 if none.
  int subject_before_quote(const std::vector<Recent>& recent, const Quote& quote) const {
    const std::size_t s = sentence_of(quote.open);
    if (s == 0 || doc_.sentences[s].first_token != quote.open || doc_.tokens[quote.open].has(kParagraphStart)) return -1;
    // A quoted title ("Copper Moon") is no quotation of someone's words.
    const Sentence& previous = doc_.sentences[s - 1];
    std::uint32_t opened = UINT32_MAX;
    for (std::uint32_t t = previous.first_token; t < previous.end_token; ++t) {
      if (!doc_.tokens[t].has(kQuote)) continue;
      if (opened == UINT32_MAX) {
        opened = t;
      } else {
        if (t - opened > 6) return -1;
        opened = UINT32_MAX;
      }
    }
    if (opened != UINT32_MAX) return -1;
    // 'She did not, Ada says, take it well. "My mother wanted a doctor."':
    // the one the sentence reports, not its subject, goes on speaking.
    for (std::uint32_t t = previous.first_token; t + 3 < previous.end_token; ++t) {
      if (doc_.tokens[t].lower != ","sv) continue;
      const Mention* named = mention_at(t + 1);
      if (!named || named->pronoun || named->type != EntityType::Person || named->entity < 0 ||
          named->end_token + 1 >= previous.end_token)
        continue;
      if (doc_.tokens[named->end_token].is(kSpeechVerb) && doc_.tokens[named->end_token + 1].lower == ","sv)
        return named->entity;
    }
    return subject_of(recent, previous.first_token, doc_.sentences[s].first_token);
  }

  // "we" in a quotation: the speaker and the last other person mentioned
  // since the quotation opened (else before it).
  std::pair<int, int> recent_pair_in_quote(const std::vector<Recent>& recent, int speaker, std::uint32_t since,
                                           int exclude = -1) const {
    for (auto it = recent.rbegin(); it != recent.rend() && it->token >= since; ++it)
      if (it->entity != speaker && it->entity != exclude) return {speaker, it->entity};
    std::size_t looked = 0;
    for (auto it = recent.rbegin(); it != recent.rend() && ++looked < 64; ++it)
      if (it->entity != speaker && it->entity != exclude) return {speaker, it->entity};
    return {speaker, -1};
  }

  Document& doc_;
  std::vector<std::string_view> word_store_;     // the words of every person mention, views of their folded names
  struct NamedForm {
    Words words;
    std::uint32_t form;  // index in the entity's forms
  };
  FlatLists<NamedForm> entity_names_;  // per entity: its multi-word forms
  // Per entity of many forms: each form's index in its forms, by text (add_form).
  std::vector<std::unique_ptr<StringViewMap<std::uint32_t>>> form_index_;
  // Indexes for grouping named mentions (see group_named_mentions).
  ListsByWord<int> entities_by_word_;  // any word of a full name
  ListsByWord<int> primary_parts_;     // first/last word of the usual name
  using NamesByInitial = ListsByInitial<std::pair<std::string_view, int>>;
  NamesByInitial first_names_, one_word_entities_;
  // Entity e's full-name mentions start at the tokens in [full_position_start_[e],
  // full_position_start_[e + 1]) of full_positions_, in text order.
  std::vector<std::uint32_t> full_positions_, full_position_start_;
  // Per entity, each word the document has called it by alone so far: how
  // often, and where first.
  struct LoneUse {
    std::string_view word;
    std::size_t count;
    std::size_t titled;  // of them, with a title before ("Mrs Fenwright")
    std::uint32_t first;
  };
  std::vector<std::vector<LoneUse>> lone_uses_;
  std::vector<int> owners_;  // a buffer reused by the owner searches, one name at a time
  mutable std::optional<std::vector<std::pair<std::string_view, std::string_view>>> nickname_owners_;  // given_as_nickname
  std::vector<std::uint32_t> listed_in_;  // per entity: the last search that listed it (listing_)
  std::uint32_t listing_ = 0;
  std::vector<int> joined_into_;  // join_birth_names' union-find: per entity, the one it joined, or -1
  std::vector<std::vector<const Token*>> honorifics_of_;  // per entity: the titles seen before its names
  bool any_style_ = false;               // a style, or a name after a style's title or "Lord"/"Lady" (names_by_style)
  StringViewMap<int> styles_;            // folded style ("earl of caverlow") -> entity
  StringMap<int> style_of_territory_;    // "m caverlow", "f caverlow" -> the style's entity, or -1 (two)
};

}  // namespace

void resolve_coreference(Document& doc) { Coreference(doc).run(); }

}  // namespace kgx
