#include "graph/build.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/text.h"
#include "extract/name_variants.h"

namespace kgx {
namespace {

// One document's entity, waiting for the corpus-wide merge.
struct Record {
  std::uint32_t doc = 0;
  ExtractedEntity entity;
};

struct PendingRelation {
  Relation relation;
  std::uint32_t source;  // record index
  std::uint32_t target;
  std::string date;
  std::string place;
  Evidence evidence;
};

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
    if (inserted) first_names_by_initial_[first.substr(0, 1)].push_back(first);
    it->second.push_back(owner);
  }
  const std::vector<std::size_t>& owners_of_part(const std::string& token) const {
    auto it = owners_by_part_.find(token);
    return it == owners_by_part_.end() ? empty_ : it->second;
  }
  // Owners whose first name this token is a nickname or misspelling of.
  // Compares against distinct first names only, so the work does not grow
  // with the number of people who share them.
  std::vector<std::size_t> owners_of_near_first_name(const std::string& token) const {
    std::vector<std::size_t> out;
    auto it = first_names_by_initial_.find(token.substr(0, 1));
    if (it == first_names_by_initial_.end()) return out;
    for (const std::string& first : it->second)
      if (is_name_variant(token, first)) {
        const auto& owners = owners_by_first_name_.at(first);
        out.insert(out.end(), owners.begin(), owners.end());
      }
    return out;
  }

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> owners_by_part_;
  std::unordered_map<std::string, std::vector<std::size_t>> owners_by_first_name_;
  std::unordered_map<std::string, std::vector<std::string>> first_names_by_initial_;
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

}  // namespace

struct GraphBuilder::State {
  BuildOptions options;
  std::vector<std::string> docs;
  std::vector<Record> records;
  std::vector<PendingRelation> relations;
};

GraphBuilder::GraphBuilder(BuildOptions options) : state_(std::make_unique<State>()) {
  state_->options = options;
}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::add(const Extraction& extraction) {
  auto doc = static_cast<std::uint32_t>(state_->docs.size());
  state_->docs.push_back(extraction.doc_id);
  auto first = static_cast<std::uint32_t>(state_->records.size());
  for (const ExtractedEntity& entity : extraction.entities) state_->records.push_back({doc, entity});
  for (const ExtractedRelation& r : extraction.relations) {
    if (r.source >= extraction.entities.size() || r.target >= extraction.entities.size()) continue;
    state_->relations.push_back(
        {r.relation, first + r.source, first + r.target, r.date, r.place, r.evidence});
  }
}

namespace {

// Unites records naming one entity: first every record sharing a multi-word
// name; then one-word names (a first name, a surname, a nickname) join the
// single cluster whose names they belong to, if there is exactly one.
std::vector<std::size_t> cluster_records(const std::vector<Record>& records) {
  DisjointSets sets(records.size());
  std::unordered_map<std::string, std::size_t> full_form_owner;
  std::vector<std::string> folded_label(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ExtractedEntity& e = records[i].entity;
    folded_label[i] = fold_name(e.label);
    auto visit = [&](const std::string& form) {
      std::string key = fold_name(form);
      if (token_count(key) < 2) return;
      key += '\x1f';
      key += e.type == EntityType::Person ? 'P' : 'O';
      auto [it, inserted] = full_form_owner.emplace(key, i);
      if (!inserted) sets.unite(it->second, i);
    };
    visit(e.label);
    for (const std::string& alias : e.aliases) visit(alias);
  }

  // Name tokens of multi-word person names -> clusters that use them.
  NameIndex person_names;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ExtractedEntity& e = records[i].entity;
    if (e.type != EntityType::Person || token_count(folded_label[i]) < 2) continue;
    person_names.add_full_name(folded_label[i], i);
    for (const std::string& alias : e.aliases) person_names.add_full_name(fold_name(alias), i);
  }

  std::unordered_map<std::string, std::size_t> single_owner;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ExtractedEntity& e = records[i].entity;
    if (token_count(folded_label[i]) >= 2) continue;
    if (e.type == EntityType::Person) {
      std::set<std::size_t> roots;
      for (std::size_t owner : person_names.owners_of_part(folded_label[i])) roots.insert(sets.find(owner));
      if (roots.empty())
        for (std::size_t owner : person_names.owners_of_near_first_name(folded_label[i]))
          roots.insert(sets.find(owner));
      if (roots.size() == 1) {
        sets.unite(*roots.begin(), i);
        continue;
      }
      if (roots.size() > 1) continue;  // ambiguous: stays its own node
    }
    std::string key = folded_label[i] + '\x1f' + std::string(to_string(e.type));
    auto [it, inserted] = single_owner.emplace(key, i);
    if (!inserted) sets.unite(it->second, i);
  }
  std::vector<std::size_t> root(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) root[i] = sets.find(i);
  return root;
}

// The cluster's canonical name: the multi-word name the documents use most
// (as their label or an alias), then the longer, then the first seen.
std::string choose_label(const std::vector<const ExtractedEntity*>& members) {
  std::map<std::string, std::pair<int, std::size_t>> votes;  // form -> (count, first seen)
  std::size_t order = 0;
  auto vote = [&](const std::string& form) {
    auto& v = votes[form];
    if (v.first++ == 0) v.second = order;
    ++order;
  };
  for (const ExtractedEntity* e : members) {
    vote(e->label);
    for (const std::string& alias : e->aliases) vote(alias);
  }
  auto rank = [&](const std::string& form) {
    const auto& v = votes[form];
    return std::make_tuple(token_count(fold_name(form)) >= 2, v.first, form.size(), -static_cast<long>(v.second));
  };
  const std::string* best = nullptr;
  for (const auto& [form, v] : votes)
    if (!best || rank(form) > rank(*best)) best = &form;
  return best ? *best : std::string();
}

}  // namespace

KnowledgeGraph GraphBuilder::finish() && {
  State& s = *state_;
  std::vector<std::size_t> root = cluster_records(s.records);

  std::vector<std::vector<const ExtractedEntity*>> members;
  std::vector<std::vector<std::uint32_t>> member_docs;
  std::unordered_map<std::size_t, std::size_t> cluster_of_root;
  std::vector<std::size_t> cluster_of_record(s.records.size());
  for (std::size_t i = 0; i < s.records.size(); ++i) {
    auto [it, inserted] = cluster_of_root.emplace(root[i], members.size());
    if (inserted) {
      members.emplace_back();
      member_docs.emplace_back();
    }
    members[it->second].push_back(&s.records[i].entity);
    member_docs[it->second].push_back(s.records[i].doc);
    cluster_of_record[i] = it->second;
  }

  KnowledgeGraph graph;
  std::unordered_set<std::string> used_ids;
  for (std::size_t c = 0; c < members.size(); ++c) {
    EntityNode node;
    node.label = choose_label(members[c]);
    std::map<EntityType, std::uint32_t> type_votes;
    std::unordered_set<std::string> seen_forms{node.label};
    std::unordered_set<std::uint32_t> seen_docs;
    for (std::size_t m = 0; m < members[c].size(); ++m) {
      const ExtractedEntity& e = *members[c][m];
      type_votes[e.type] += std::max<std::uint32_t>(1, e.mentions);
      node.mentions += e.mentions;
      if (seen_forms.insert(e.label).second) node.aliases.push_back(e.label);
      for (const std::string& alias : e.aliases)
        if (seen_forms.insert(alias).second) node.aliases.push_back(alias);
      if (seen_docs.insert(member_docs[c][m]).second) node.documents.push_back(s.docs[member_docs[c][m]]);
    }
    node.type = std::max_element(type_votes.begin(), type_votes.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; })
                    ->first;
    std::string id = slug(node.label);
    for (int n = 2; !used_ids.insert(id).second; ++n) id = slug(node.label) + "_" + std::to_string(n);
    node.id = id;
    graph.add_entity(std::move(node));
  }

  // (relation, ends) -> (edge, index into seen_sentences)
  std::map<std::tuple<Relation, std::size_t, std::size_t>, std::pair<EdgeRef, std::size_t>> edge_of;
  std::vector<std::set<std::pair<std::string, std::uint32_t>>> seen_sentences;
  for (PendingRelation& r : s.relations) {
    std::size_t from = cluster_of_record[r.source], to = cluster_of_record[r.target];
    if (from == to) continue;
    auto key = std::make_tuple(r.relation, from, to);
    if (is_symmetric(r.relation) && to < from) key = std::make_tuple(r.relation, to, from);
    auto it = edge_of.find(key);
    if (it == edge_of.end()) {
      RelationEdge edge;
      edge.relation = r.relation;
      edge.from = from;
      edge.to = to;
      edge.id = graph.entity(from).id + "." + std::string(to_string(r.relation)) + "." + graph.entity(to).id;
      it = edge_of.emplace(key, std::make_pair(graph.add_relation(std::move(edge)), seen_sentences.size())).first;
      seen_sentences.emplace_back();
    }
    RelationEdge& edge = graph.relation_mut(it->second.first);
    auto& seen = seen_sentences[it->second.second];
    if (!seen.emplace(r.evidence.doc, r.evidence.begin).second) continue;
    ++edge.weight;
    if (edge.evidence.size() < s.options.max_evidence_per_edge) edge.evidence.push_back(r.evidence);
    auto add_value = [&](std::vector<SourcedValue>& values, std::string& value) {
      if (value.empty()) return;
      for (const SourcedValue& v : values)
        if (v.value == value && v.doc == r.evidence.doc) return;
      values.push_back({std::move(value), r.evidence.doc});
    };
    add_value(edge.dates, r.date);
    add_value(edge.places, r.place);
  }
  return graph;
}

KnowledgeGraph build_graph(const std::vector<Extraction>& extractions, BuildOptions options) {
  GraphBuilder builder(options);
  for (const Extraction& e : extractions) builder.add(e);
  return std::move(builder).finish();
}

}  // namespace kgx
