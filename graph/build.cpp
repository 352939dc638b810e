#include "graph/build.h"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/lexicon.h"
#include "extract/name_variants.h"
#include "extract/string_map.h"
#include "extract/text.h"
#include "graph/free_memory.h"
#include "graph/parallel_for.h"

namespace kgx {
namespace {

// A surface form of a record with how often documents used it (as label or
// alias) and when it was first seen, which is all the label vote needs.
struct Form {
  std::string text;
  std::uint32_t count = 0;
  bool titled = false;  // a one-word name with its title (ExtractedEntity::titled_label)
  std::uint64_t first_seen = 0;
};

// Every document entity of the corpus with one folded label and one type,
// folded into one record as documents arrive. Such entities always end in
// the same node, so keeping one record per (label, type) instead of one per
// document keeps memory proportional to the graph, not to the text.
struct Record {
  std::string folded_label;
  EntityType type = EntityType::Person;
  // Labelled by a title and a surname ("Mrs Klein"), which tells the person
  // from a namesake in a document: no full name, and joins as a lone
  // surname would.
  bool titled = false;
  std::vector<Form> forms;  // first-seen order
  std::uint64_t type_votes = 0;
  std::uint32_t mentions = 0;
  // Documents that found the entity a woman or a man (a lone "Sam" joins
  // no "Samantha" of the other sex).
  std::uint32_t female_votes = 0, male_votes = 0;
  std::vector<DocumentIndex> docs;  // distinct
};

// Whether two records are, by their documents' majority, of different sexes.
bool sexes_differ(const Record& a, const Record& b) {
  auto sex = [](const Record& r) {
    return r.female_votes > r.male_votes ? Gender::Female : r.male_votes > r.female_votes ? Gender::Male : Gender::Unknown;
  };
  const Gender x = sex(a), y = sex(b);
  return x != Gender::Unknown && y != Gender::Unknown && x != y;
}

struct Sourced {
  std::uint64_t seen = 0;
  SourcedValue value;
};

// The relation sentences between two records: one edge of the graph or,
// after clustering, part of one. The first sentences are kept (at most the
// cap, which is all an edge can show), the rest only counted. Documents are
// numbered in the order they arrive (a repeated id keeps its first number)
// and a document's relations come in text order, so (doc, begin) is the
// order in which sentences were seen.
struct EdgeGroup {
  Relation relation = Relation::Married;
  std::uint32_t source = 0, target = 0;  // records, as first seen
  std::uint32_t sentences = 0;
  std::vector<SourcedSentence> evidence;
  std::vector<Sourced> dates, places;
};

// The key of a relation between two records (or clusters): a symmetric
// relation's ends in ascending order, so that A-B and B-A are one key.
RelationKey undirected_key(Relation relation, std::uint32_t from, std::uint32_t to) {
  if (is_symmetric(relation) && to < from) std::swap(from, to);
  return {relation, from, to};
}

// Parts of multi-word person names ("ada", "lovelace" of "ada lovelace")
// and the records that use them, for resolving one-word names.
class NameIndex {
 public:
  void add_full_name(const std::string& folded, std::size_t owner) {
    std::size_t space = folded.find(' ');
    if (space == std::string::npos) return;
    std::string first = folded.substr(0, space);
    std::string last = folded.substr(folded.rfind(' ') + 1);
    owners_by_part_[first].push_back(owner);
    if (last != first) owners_by_part_[last].push_back(owner);
    auto [it, inserted] = owners_by_first_name_.try_emplace(first);
    it.value().push_back(owner);
    if (inserted) first_names_by_initial_[first.substr(0, 1)].push_back(first);
  }
  const std::vector<std::size_t>& owners_of_part(std::string_view token) const {
    auto it = owners_by_part_.find(token);
    return it == owners_by_part_.end() ? empty_ : it->second;
  }
  // Owners whose first name this token is a nickname of. Compares against
  // distinct first names only, so the work does not grow with the number
  // of people who share them. Between documents a near miss is nobody's
  // misspelling ("Mila" of one story is not "Mia Rowe" of another, nor
  // "Tomos" Tomas Vilk): a document's own misspellings were joined by
  // coreference, which sees the context.
  std::vector<std::size_t> owners_of_nickname(const std::string& token) const {
    std::vector<std::size_t> out;
    // "Peggy" of Margaret: a listed pet form, whose initial may differ.
    for (const std::string& given : Lexicon::get().names_of_nickname(token))
      if (auto owners = owners_by_first_name_.find(given); owners != owners_by_first_name_.end())
        out.insert(out.end(), owners->second.begin(), owners->second.end());
    auto it = first_names_by_initial_.find(token.substr(0, 1));
    if (it == first_names_by_initial_.end()) return out;
    for (const std::string& first : it->second)
      if (is_nickname_of(token, first)) {
        const auto& owners = owners_by_first_name_.at(first);
        out.insert(out.end(), owners.begin(), owners.end());
      }
    return out;
  }

 private:
  StringMap<std::vector<std::size_t>> owners_by_part_;
  StringMap<std::vector<std::size_t>> owners_by_first_name_;
  StringMap<std::vector<std::string>> first_names_by_initial_;
  std::vector<std::size_t> empty_;
};

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller index stays the root, so clusters are named by their first record.
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<std::size_t> parent_;
};

std::size_t token_count(std::string_view folded) {
  return folded.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' '));
}

std::string slug(std::string_view label) {
  std::string out;
  for (char c : fold_name(label)) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out.insert(0, "n_");
  return out;
}

// Items (records, nodes, edges) below which finish's work stays on one thread.
constexpr std::size_t kMinimumPerThread = 512;

// Adds a date or place unless this document already gave the same value.
// A document's values are the last ones added, so only they are compared.
void add_sourced(std::vector<Sourced>& values, std::string& value, DocumentIndex doc, std::uint64_t seen) {
  if (value.empty()) return;
  for (auto it = values.rbegin(); it != values.rend() && it->value.doc == doc; ++it)
    if (it->value.value == value) return;
  values.push_back({seen, SourcedValue{std::move(value), doc}});
}

}  // namespace

struct GraphBuilder::State {
  BuildOptions options;
  DocumentTable documents;
  // Deques: growing them never copies what is there, so the peak stays at
  // one copy of the builder's state.
  std::deque<Record> records;
  // Per entity type: folded label -> record. The keys view the records'
  // own folded_label (a deque never moves its elements).
  std::array<StringViewMap<std::uint32_t>, kEntityTypeCount> record_of_label;
  std::deque<EdgeGroup> groups;
  tsl::robin_map<RelationKey, std::uint32_t, RelationKeyHash> group_of_key;
  TextStore sentences;  // the kept evidence, handed to the graph
  std::uint64_t forms_seen = 0, relations_seen = 0;
  // Reused from document to document: each entity's record; each
  // relation's group (UINT32_MAX: an entity index out of range).
  std::vector<std::uint32_t> record_of_entity, group_of_relation;
};

// The builder's hash tables hold one entry per distinct name and per edge:
// filled to 80% rather than the default 50%, they take about 40% less memory
// and robin-hood probing stays short.
constexpr float kMaxLoadFactor = 0.8f;

GraphBuilder::GraphBuilder(BuildOptions options) : state_(std::make_unique<State>()) {
  state_->options = options;
  for (auto& index : state_->record_of_label) index.max_load_factor(kMaxLoadFactor);
  state_->group_of_key.max_load_factor(kMaxLoadFactor);
}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::add(Extraction extraction) {
  State& s = *state_;
  const DocumentIndex doc = s.documents.add(extraction.doc_id);

  // The tables here hold every name and edge of the corpus and do not fit
  // in the cache: each lookup is a miss, and so is the record or group it
  // leads to. Done in passes (fold every label, then look every one up, then
  // touch every record) the misses of one document overlap instead of
  // waiting for each other; the order of inserts and updates is unchanged.
  for (ExtractedEntity& entity : extraction.entities)
    if (entity.folded_label.empty()) fold_name_into(entity.label, entity.folded_label);
  std::vector<std::uint32_t>& record_of_entity = s.record_of_entity;
  record_of_entity.clear();
  for (const ExtractedEntity& entity : extraction.entities) {
    auto& index = s.record_of_label[static_cast<std::size_t>(entity.type)];
    auto known = index.find(entity.folded_label);
    if (known != index.end()) {
      record_of_entity.push_back(known->second);
      continue;
    }
    const auto id = static_cast<std::uint32_t>(s.records.size());
    Record& fresh = s.records.emplace_back();
    fresh.folded_label = entity.folded_label;
    fresh.type = entity.type;
    index.emplace(std::string_view(fresh.folded_label), id);
    record_of_entity.push_back(id);
  }
  for (std::uint32_t id : record_of_entity) __builtin_prefetch(&s.records[id]);
  for (std::uint32_t id : record_of_entity) {
    const Record& record = s.records[id];
    if (!record.docs.empty()) __builtin_prefetch(&record.docs.back());
    if (!record.forms.empty()) __builtin_prefetch(record.forms.data());
  }
  for (std::size_t e = 0; e < extraction.entities.size(); ++e) {
    ExtractedEntity& entity = extraction.entities[e];
    Record& record = s.records[record_of_entity[e]];
    // A person with thousands of names ("She was born X" over and over)
    // is looked up by hash, not by a scan per name.
    const bool many = record.forms.size() + entity.aliases.size() > 64;
    StringMap<std::size_t> index;
    if (many)
      for (std::size_t f = 0; f < record.forms.size(); ++f) index.try_emplace(record.forms[f].text, f);
    auto vote = [&](std::string& form, bool titled) {
      std::size_t known = record.forms.size();
      if (many) {
        auto it = index.find(form);
        if (it != index.end()) known = it->second;
      } else {
        known = static_cast<std::size_t>(std::find_if(record.forms.begin(), record.forms.end(),
                                                      [&](const Form& f) { return f.text == form; }) -
                                         record.forms.begin());
      }
      if (known == record.forms.size()) {
        if (many) index.try_emplace(form, record.forms.size());
        record.forms.push_back({std::move(form), 1, titled, s.forms_seen});
      } else {
        ++record.forms[known].count;
        record.forms[known].titled = record.forms[known].titled && titled;  // a name where any document says so
      }
      ++s.forms_seen;
    };
    const bool titled_label = !entity.titled_label.empty() && entity.titled_label == entity.label;
    record.titled = record.titled || titled_label;
    vote(entity.label, titled_label);
    for (std::string& alias : entity.aliases) vote(alias, false);
    if (!entity.titled_label.empty()) vote(entity.titled_label, true);
    record.type_votes += std::max<std::uint32_t>(1, entity.mentions);
    record.mentions += entity.mentions;
    record.female_votes += entity.gender == Gender::Female;
    record.male_votes += entity.gender == Gender::Male;
    if (record.docs.empty() || record.docs.back() != doc) record.docs.push_back(doc);
  }

  // The relations' groups, looked up (or created) first, in order.
  std::vector<std::uint32_t>& group_of_relation = s.group_of_relation;
  group_of_relation.clear();
  for (const ExtractedRelation& r : extraction.relations) {
    if (r.source >= record_of_entity.size() || r.target >= record_of_entity.size()) {
      group_of_relation.push_back(UINT32_MAX);
      continue;
    }
    std::uint32_t source = record_of_entity[r.source], target = record_of_entity[r.target];
    auto [it, inserted] = s.group_of_key.try_emplace(undirected_key(r.relation, source, target), static_cast<std::uint32_t>(s.groups.size()));
    if (inserted) s.groups.push_back(EdgeGroup{r.relation, source, target, 0, {}, {}, {}});
    group_of_relation.push_back(it->second);
  }
  for (std::uint32_t group : group_of_relation)
    if (group != UINT32_MAX) __builtin_prefetch(&s.groups[group]);

  // A sentence supports a relation between two records once, however many
  // times the document's entities repeat it.
  // (group, sentence): one allocation, not one per relation. The keys of one
  // sentence differ only in their high bits, which std::hash (the identity)
  // leaves there: a mixing hash keeps a sentence's hundreds of keys apart.
  struct MixedHash {
    std::size_t operator()(std::uint64_t x) const {
      x ^= x >> 30;
      x *= 0xbf58476d1ce4e5b9ull;
      x ^= x >> 27;
      x *= 0x94d049bb133111ebull;
      return static_cast<std::size_t>(x ^ (x >> 31));
    }
  };
  tsl::robin_set<std::uint64_t, MixedHash> counted;
  counted.reserve(extraction.relations.size());
  // A sentence that supports several relations is stored once; they come
  // in text order, so its relations are next to each other.
  std::uint32_t stored_begin = UINT32_MAX;
  std::string_view stored;
  for (std::size_t k = 0; k < extraction.relations.size(); ++k) {
    if (group_of_relation[k] == UINT32_MAX) continue;
    ExtractedRelation& r = extraction.relations[k];
    EdgeGroup& group = s.groups[group_of_relation[k]];
    const std::uint64_t seen = s.relations_seen++;
    if (!counted.insert(static_cast<std::uint64_t>(group_of_relation[k]) << 32 | r.evidence.begin).second) continue;
    ++group.sentences;
    if (group.evidence.size() < s.options.max_evidence_per_edge) {
      if (r.evidence.begin != stored_begin || stored.size() != r.evidence.sentence.size()) {
        stored = s.sentences.add(r.evidence.sentence);
        stored_begin = r.evidence.begin;
      }
      group.evidence.push_back({stored, doc, r.evidence.begin, r.evidence.end});
    }
    add_sourced(group.dates, r.date, doc, seen);
    add_sourced(group.places, r.place, doc, seen);
  }
}

namespace {

// "Peggy" in one document joins "Margaret Lindell" of another (Peggy being
// a pet form of Margaret) only where the two documents share another
// person (her husband); a lone "Nell" of a memoir review is not the
// "Eleanor Whitcombe" of an engagement notice, though both name London.
// Each join, in order: the owner's cluster, or SIZE_MAX where the
// documents share no one. Only the documents of the joins are indexed.
std::vector<std::pair<std::size_t, std::size_t>> nicknames_in_shared_company(
    const std::deque<Record>& records, DisjointSets& sets, std::vector<std::pair<std::size_t, std::size_t>> joins) {
  if (joins.empty()) return joins;
  // Clusters may have united since the owners were found: their roots now.
  for (auto& join : joins) join.second = sets.find(join.second);
  std::unordered_map<std::size_t, std::vector<DocumentIndex>> owner_docs;  // cluster -> its documents
  for (auto [record, owner] : joins) owner_docs.try_emplace(owner);
  for (std::size_t k = 0; k < records.size(); ++k) {
    auto it = owner_docs.find(sets.find(k));
    if (it != owner_docs.end()) it->second.insert(it->second.end(), records[k].docs.begin(), records[k].docs.end());
  }
  // The people named in each document of interest (places and firms are
  // shared by strangers: "of London").
  std::unordered_map<DocumentIndex, std::vector<std::size_t>> people_in;
  for (auto [record, owner] : joins) {
    for (DocumentIndex d : records[record].docs) people_in.try_emplace(d);
    for (DocumentIndex d : owner_docs[owner]) people_in.try_emplace(d);
  }
  for (std::size_t k = 0; k < records.size(); ++k) {
    if (records[k].type != EntityType::Person) continue;
    for (DocumentIndex d : records[k].docs)
      if (auto it = people_in.find(d); it != people_in.end()) it->second.push_back(sets.find(k));
  }
  // Each owner's company once, however many pet forms ask about it.
  std::unordered_map<std::size_t, std::set<std::size_t>> company_of;
  for (auto& [record, owner] : joins) {
    const std::size_t self = sets.find(record);
    auto [company, fresh] = company_of.try_emplace(owner);
    if (fresh)
      for (DocumentIndex d : owner_docs[owner])
        for (std::size_t c : people_in[d])
          if (c != owner) company->second.insert(c);
    bool shared = false;
    for (DocumentIndex d : records[record].docs) {
      for (std::size_t c : people_in[d])
        if (c != self && company->second.count(c)) {
          shared = true;
          break;
        }
      if (shared) break;
    }
    if (!shared) owner = SIZE_MAX;
  }
  return joins;
}

// Unites records naming one entity: first every record sharing a multi-word
// name; then one-word names (a first name, a surname, a nickname) join the
// single cluster whose names they belong to, if there is exactly one.
// `related`: the pairs of records (lower index first, sorted) that some
// document relates to each other, where one is a one-word or titled person
// name.
std::vector<std::size_t> cluster_records(const std::deque<Record>& records,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& related,
                                         std::size_t threads) {
  std::vector<std::vector<std::string>> folded_forms(records.size());
  parallel_for(records.size(), threads, kMinimumPerThread, [&](std::size_t i) {
    folded_forms[i].reserve(records[i].forms.size());
    // A title and a word ("Mrs Klein") names no one across documents.
    for (const Form& form : records[i].forms)
      if (!form.titled) folded_forms[i].push_back(fold_name(form.text));
  });
  DisjointSets sets(records.size());
  StringMap<std::size_t> full_form_owner;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    for (const std::string& folded : folded_forms[i]) {
      if (token_count(folded) < 2) continue;
      std::string key = folded;
      key += '\x1f';
      key += r.type == EntityType::Person ? 'P' : 'O';
      auto [it, inserted] = full_form_owner.emplace(key, i);
      if (!inserted) sets.unite(it->second, i);
    }
  }

  // Name tokens of multi-word person names -> clusters that use them.
  NameIndex person_names;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    if (r.type != EntityType::Person || token_count(r.folded_label) < 2 || r.titled) continue;
    for (const std::string& folded : folded_forms[i]) person_names.add_full_name(folded, i);
  }

  // One-word person records by name, for the titled ones ("Mrs Klein")
  // that no full name takes.
  StringMap<std::size_t> lone_person;
  for (std::size_t i = 0; i < records.size(); ++i)
    if (records[i].type == EntityType::Person && !records[i].titled && token_count(records[i].folded_label) == 1)
      lone_person.try_emplace(records[i].folded_label, i);
  StringMap<std::size_t> single_owner;
  auto join_one_word_name = [&](std::size_t i) {
    const Record& r = records[i];
    std::string key = r.folded_label + '\x1f' + std::string(to_string(r.type));
    auto [it, inserted] = single_owner.emplace(key, i);
    if (!inserted) sets.unite(it->second, i);
  };
  std::vector<std::pair<std::size_t, std::size_t>> nickname_joins;  // (record, the one owner's cluster)
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    const bool titled = r.titled && r.type == EntityType::Person;
    if (token_count(r.folded_label) >= 2 && !titled) continue;
    if (r.type == EntityType::Person) {
      std::set<std::size_t> roots;
      // A lone "Klein" its documents call "Mr Klein" is none of the women
      // named Klein (coreference kept him apart from "Ana Klein" already).
      std::vector<std::size_t> candidates;
      const std::string_view word =
          titled ? std::string_view(r.folded_label).substr(r.folded_label.rfind(' ') + 1) : std::string_view(r.folded_label);
      for (std::size_t owner : person_names.owners_of_part(word))
        if (!sexes_differ(records[owner], r)) roots.insert(sets.find(owner)), candidates.push_back(owner);
      // "Mr Doyle is the father of Sean Doyle": two a document relates to
      // each other are two people, whatever their names. (Asked only of a
      // join that would happen: one cluster.)
      if (roots.size() == 1 && std::any_of(candidates.begin(), candidates.end(), [&](std::size_t owner) {
            return std::binary_search(related.begin(), related.end(),
                                      std::pair<std::size_t, std::size_t>(std::min(owner, i), std::max(owner, i)));
          }))
        continue;
      // "Mrs Klein": a surname, no nickname; with no full name, the lone
      // "Klein" of other documents (not of the other sex, nor related).
      if (titled) {
        if (roots.size() == 1) {
          sets.unite(*roots.begin(), i);
        } else if (roots.empty()) {
          auto lone = lone_person.find(word);
          if (lone != lone_person.end() && !sexes_differ(records[lone->second], r) &&
              !std::binary_search(related.begin(), related.end(),
                                  std::pair<std::size_t, std::size_t>(std::min(lone->second, i), std::max(lone->second, i))))
            sets.unite(lone->second, i);
        }
        continue;
      }
      bool by_nickname = false;
      if (roots.empty())
        for (std::size_t owner : person_names.owners_of_nickname(r.folded_label))
          if (!sexes_differ(records[owner], r)) roots.insert(sets.find(owner)), by_nickname = true;
      if (roots.size() == 1 && by_nickname) {
        nickname_joins.emplace_back(i, *roots.begin());
        continue;
      }
      if (roots.size() == 1) {
        sets.unite(*roots.begin(), i);
        continue;
      }
      if (roots.size() > 1) continue;  // ambiguous: stays its own node
    }
    join_one_word_name(i);
  }
  for (auto [record, owner] : nicknames_in_shared_company(records, sets, nickname_joins))
    if (owner != SIZE_MAX) sets.unite(owner, record);
    else join_one_word_name(record);
  std::vector<std::size_t> root(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) root[i] = sets.find(i);
  return root;
}

// One node from the records clustered into it: the label is the multi-word
// name the documents use most (as their label or an alias), then the longer,
// then the first seen; the aliases are every other form in first-seen order.
EntityNode make_node(const std::vector<Record*>& members) {
  struct Vote {
    std::uint32_t count = 0;
    bool titled = false;
    std::uint64_t first_seen = 0;
  };
  StringMap<Vote> votes;
  std::map<EntityType, std::uint64_t> type_votes;
  EntityNode node;
  for (Record* r : members) {
    for (const Form& form : r->forms) {
      auto [it, inserted] = votes.try_emplace(form.text, Vote{form.count, form.titled, form.first_seen});
      if (!inserted) {
        Vote& known = it.value();
        known.count += form.count;
        known.titled = known.titled || form.titled;
        known.first_seen = std::min(known.first_seen, form.first_seen);
      }
    }
    type_votes[r->type] += r->type_votes;
    node.mentions += r->mentions;
    node.documents.insert(node.documents.end(), r->docs.begin(), r->docs.end());
  }
  // (first seen, form, rank), in first-seen order: the label is the first
  // form of the best rank (a name of several words, then a one-word name
  // with its title, "Queen Ingrid", then the rest, a peer's style last if
  // the person has a name; votes; length).
  using Rank = std::tuple<int, std::uint32_t, std::size_t>;
  std::vector<std::tuple<std::uint64_t, const std::string*, Rank>> forms;
  forms.reserve(votes.size());
  for (const auto& [form, vote] : votes) {
    const std::string folded = fold_name(form);
    const int tier = is_peer_style(folded) ? -1 : vote.titled ? 1 : token_count(folded) >= 2 ? 2 : 0;
    forms.emplace_back(vote.first_seen, &form, Rank{tier, vote.count, form.size()});
  }
  std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
  std::size_t best = 0;
  for (std::size_t f = 1; f < forms.size(); ++f)
    if (std::get<2>(forms[f]) > std::get<2>(forms[best])) best = f;
  node.label = *std::get<1>(forms[best]);
  for (std::size_t f = 0; f < forms.size(); ++f)
    if (f != best) node.aliases.push_back(*std::get<1>(forms[f]));
  node.type = std::max_element(type_votes.begin(), type_votes.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; })
                  ->first;
  std::sort(node.documents.begin(), node.documents.end());
  node.documents.erase(std::unique(node.documents.begin(), node.documents.end()), node.documents.end());
  node.documents.shrink_to_fit();
  return node;
}

// Dates or places of the groups merged into one edge, first seen first, one
// per (value, document).
std::vector<SourcedValue> merge_sourced(std::vector<Sourced> all) {
  std::stable_sort(all.begin(), all.end(), [](const Sourced& a, const Sourced& b) { return a.seen < b.seen; });
  std::vector<SourcedValue> out;
  std::set<std::pair<std::string_view, DocumentIndex>> seen;
  for (Sourced& s : all)
    if (seen.emplace(s.value.value, s.value.doc).second) out.push_back(s.value);
  return out;  // trimmed once, by the edge that takes it (set_qualifiers)
}

// Per group, the first group (by index) with the same relation between the
// same clusters, or UINT32_MAX for a group within one cluster. Found by
// sorting (clusters, relation, group) rather than with a hash map: at this
// point every node of the graph and every group are alive, and the sorted
// entries take 16 bytes a group where the map's buckets took 25 (at 1 GB of
// text, 50 MB against 100 MB, then the peak of the run).
std::vector<std::uint32_t> groups_by_cluster_key(const std::deque<EdgeGroup>& groups,
                                                 const std::vector<std::uint32_t>& cluster_of_record) {
  struct Keyed {
    std::uint64_t ends;
    std::uint32_t relation, group;
    auto operator<=>(const Keyed&) const = default;
  };
  std::vector<std::uint32_t> first_of(groups.size(), UINT32_MAX);
  std::vector<Keyed> keyed;
  keyed.reserve(groups.size());
  for (std::uint32_t g = 0; g < groups.size(); ++g) {
    const EdgeGroup& group = groups[g];
    const std::uint32_t from = cluster_of_record[group.source], to = cluster_of_record[group.target];
    if (from == to) continue;
    const RelationKey key = undirected_key(group.relation, from, to);
    keyed.push_back({static_cast<std::uint64_t>(key.from) << 32 | key.to, static_cast<std::uint32_t>(key.relation), g});
  }
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t k = 0; k < keyed.size(); ++k) {
    const bool same_key = k > 0 && keyed[k].ends == keyed[k - 1].ends && keyed[k].relation == keyed[k - 1].relation;
    first_of[keyed[k].group] = same_key ? first_of[keyed[k - 1].group] : keyed[k].group;
  }
  return first_of;
}

}  // namespace

KnowledgeGraph GraphBuilder::finish() && {
  constexpr std::size_t kBlock = 16384;
  State& s = *state_;
  // What finish no longer needs is freed as it goes, so that the builder's
  // state and the graph it becomes are not both held in full.
  decltype(s.record_of_label)().swap(s.record_of_label);
  decltype(s.group_of_key)().swap(s.group_of_key);
  std::vector<std::pair<std::size_t, std::size_t>> related;
  auto one_word_person = [&](std::uint32_t record) {
    const Record& r = s.records[record];
    return r.type == EntityType::Person && (r.titled || token_count(r.folded_label) == 1);
  };
  for (const EdgeGroup& group : s.groups)
    if (one_word_person(group.source) || one_word_person(group.target))
      related.emplace_back(std::min(group.source, group.target), std::max(group.source, group.target));
  std::sort(related.begin(), related.end());
  related.erase(std::unique(related.begin(), related.end()), related.end());
  std::vector<std::size_t> root = cluster_records(s.records, related, s.options.threads);
  decltype(related)().swap(related);

  // Clusters are numbered by their first record, which is first-seen order.
  std::vector<std::uint32_t> cluster_of_record(s.records.size());
  KnowledgeGraph graph;
  graph.set_documents(std::move(s.documents));
  graph.adopt_texts(std::move(s.sentences));
  {
    // A root is its cluster's smallest record, so it comes before the others.
    std::vector<std::vector<Record*>> members;
    for (std::size_t i = 0; i < s.records.size(); ++i) {
      if (root[i] == i) {
        cluster_of_record[i] = static_cast<std::uint32_t>(members.size());
        members.emplace_back();
      } else {
        cluster_of_record[i] = cluster_of_record[root[i]];
      }
      members[cluster_of_record[i]].push_back(&s.records[i]);
    }
    std::vector<std::size_t>().swap(root);
    graph.reserve_entities(members.size());
    // Nodes are made in parallel a block at a time (a block of nodes is all
    // that exists twice) and added in cluster order, where ids are settled.
    std::vector<EntityNode> block;
    // Per slug, the suffix its search for a free id stopped at: ids are only
    // ever added, so the next namesake resumes there (thousands of "Ann Lee"s
    // would otherwise each try every suffix before theirs).
    StringMap<int> next_suffix;
    for (std::size_t first = 0; first < members.size(); first += kBlock) {
      block.assign(std::min(kBlock, members.size() - first), EntityNode{});
      parallel_for(block.size(), s.options.threads, kMinimumPerThread, [&](std::size_t k) {
        block[k] = make_node(members[first + k]);
        block[k].id = slug(block[k].label);
        // A record belongs to one cluster: what its node has taken over can go.
        for (Record* member : members[first + k]) {
          decltype(member->forms)().swap(member->forms);
          decltype(member->docs)().swap(member->docs);
        }
      });
      for (EntityNode& node : block) {
        if (graph.find_by_id(node.id)) {  // a slug taken by an earlier node: "ann_lee_2"
          int& n = next_suffix.try_emplace(node.id, 2).first.value();
          const std::string base = std::move(node.id);
          do {
            node.id = base + "_" + std::to_string(n++);
          } while (graph.find_by_id(node.id));
        }
        graph.add_entity(std::move(node));
      }
    }
  }
  std::deque<Record>().swap(s.records);
  // What is freed here and below (records, then groups as their edges are
  // made) would otherwise stay with the allocator while the edges, of other
  // sizes and made on other threads, take new pages: 1 GB of text peaked
  // 69 MB higher.
  release_unused_memory();

  // Groups become edges in the order they were first seen (their index);
  // groups whose records fell into the same clusters share one edge. The
  // groups of each edge are listed in one flat array (offsets per edge).
  constexpr std::uint32_t kNoEdge = UINT32_MAX;
  std::vector<std::uint32_t> edge_of_group = groups_by_cluster_key(s.groups, cluster_of_record);
  std::vector<std::uint32_t> groups_per_edge;
  // Each vertex's edges, so that its edge list is allocated once, at its size.
  std::vector<std::uint32_t> degree(graph.entity_count(), 0);
  for (std::uint32_t g = 0; g < edge_of_group.size(); ++g) {
    std::uint32_t& edge = edge_of_group[g];
    if (edge == kNoEdge) continue;
    if (edge == g) {  // the first group of its edge
      edge = static_cast<std::uint32_t>(groups_per_edge.size());
      groups_per_edge.push_back(0);
      ++degree[cluster_of_record[s.groups[g].source]];
      ++degree[cluster_of_record[s.groups[g].target]];
    } else {  // a later group: its first group, numbered already
      edge = edge_of_group[edge];
    }
    ++groups_per_edge[edge];
  }
  graph.reserve_relations(degree);
  std::vector<std::uint32_t>().swap(degree);
  std::vector<std::uint32_t> offset(groups_per_edge.size() + 1, 0);
  for (std::size_t e = 0; e < groups_per_edge.size(); ++e) offset[e + 1] = offset[e] + groups_per_edge[e];
  std::vector<std::uint32_t> parts_flat(offset.back());
  {
    std::vector<std::uint32_t> filled(offset.begin(), offset.end() - 1);
    for (std::uint32_t g = 0; g < s.groups.size(); ++g)
      if (edge_of_group[g] != kNoEdge) parts_flat[filled[edge_of_group[g]]++] = g;
  }
  std::vector<std::uint32_t>().swap(edge_of_group);

  // Edges are made like nodes: in parallel a block at a time, added in order.
  const std::size_t edge_count = offset.size() - 1;
  // Edges come in the order of their first group, and each edge's groups
  // come at or after its first: once a block is added, every group before
  // the next edge's first is spent and is dropped from the front.
  std::size_t dropped = 0;
  auto group = [&](std::uint32_t g) -> EdgeGroup& { return s.groups[g - dropped]; };
  std::vector<RelationEdge> built;
  for (std::size_t first_edge = 0; first_edge < edge_count; first_edge += kBlock) {
    built.assign(std::min(kBlock, edge_count - first_edge), RelationEdge{});
    parallel_for(built.size(), s.options.threads, kMinimumPerThread, [&](std::size_t k) {
      const std::size_t e = first_edge + k;
      const std::uint32_t* parts = parts_flat.data() + offset[e];
      const std::size_t part_count = offset[e + 1] - offset[e];
      EdgeGroup& first = group(parts[0]);
      RelationEdge& edge = built[k];
      edge.relation = first.relation;
      edge.from = cluster_of_record[first.source];
      edge.to = cluster_of_record[first.target];
      if (part_count == 1) {  // the usual case: already in order, distinct and capped
        edge.weight = first.sentences;
        edge.evidence = std::move(first.evidence);
        edge.set_qualifiers(merge_sourced(std::move(first.dates)), merge_sourced(std::move(first.places)));
      } else {
        std::vector<SourcedSentence> evidence;
        std::vector<Sourced> dates, places;
        for (std::size_t p = 0; p < part_count; ++p) {
          EdgeGroup& part = group(parts[p]);
          edge.weight += part.sentences;
          std::move(part.evidence.begin(), part.evidence.end(), std::back_inserter(evidence));
          std::move(part.dates.begin(), part.dates.end(), std::back_inserter(dates));
          std::move(part.places.begin(), part.places.end(), std::back_inserter(places));
        }
        auto position = [](const SourcedSentence& e) { return std::pair(e.doc, e.begin); };
        std::stable_sort(evidence.begin(), evidence.end(),
                         [&](const auto& a, const auto& b) { return position(a) < position(b); });
        for (SourcedSentence& sentence : evidence) {  // a sentence merged from two groups shows once
          if (edge.evidence.size() >= s.options.max_evidence_per_edge) break;
          if (edge.evidence.empty() || position(edge.evidence.back()) != position(sentence))
            edge.evidence.push_back(sentence);
        }
        edge.set_qualifiers(merge_sourced(std::move(dates)), merge_sourced(std::move(places)));
      }
      // Grown by doubling while documents arrived; the graph keeps it for good.
      edge.evidence.shrink_to_fit();
      for (std::size_t p = 0; p < part_count; ++p) group(parts[p]) = EdgeGroup{};
    });
    for (RelationEdge& edge : built) graph.add_relation(std::move(edge));
    const std::size_t next_edge = first_edge + built.size();
    const std::size_t spent = next_edge < edge_count ? parts_flat[offset[next_edge]] : dropped + s.groups.size();
    for (; dropped < spent; ++dropped) s.groups.pop_front();
    release_unused_memory();
  }
  std::deque<EdgeGroup>().swap(s.groups);
  return graph;
}

KnowledgeGraph build_graph(const std::vector<Extraction>& extractions, BuildOptions options) {
  GraphBuilder builder(options);
  for (const Extraction& e : extractions) builder.add(e);
  return std::move(builder).finish();
}

}  // namespace kgx
