// Writes a synthetic knowledge graph for bench/query_bench.sh: invented
// people with first-name and surname aliases (so that, as in real corpora,
// one short alias names hundreds of people), random relations with dates,
// places and evidence, written by kgx's own write_graphml.
//
//   make_bench_graph EDGES OUT.graphml
//
// Deterministic: a fixed seed and a fixed way of drawing numbers (not the
// standard distributions, whose output differs between libraries). Prints
// on standard output three labels for the benchmark to ask about: the most
// connected person, a person far from it, and a person with one relation.
#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "export/graphml.h"
#include "graph/knowledge_graph.h"

namespace {

constexpr std::array<const char*, 40> kFirstNames = {
    "Ada",   "Bruno", "Clara",  "Dmitri", "Elena", "Farid", "Greta",  "Hugo",  "Ines",   "Jonas",
    "Kaia",  "Luca",  "Mira",   "Nils",   "Olga",  "Pavel", "Quinn",  "Rosa",  "Sven",   "Tilde",
    "Ugo",   "Vera",  "Wim",    "Xenia",  "Yusuf", "Zora",  "Anouk",  "Bjorn", "Celine", "Dario",
    "Emma",  "Felix", "Gloria", "Henrik", "Ilse",  "Joao",  "Katrin", "Lars",  "Maren",  "Noor"};

// Syllables make surnames: 30 x 30 x 30 = 27,000 of them, some with accents
// so that the folded index is exercised.
constexpr std::array<const char*, 30> kSyllables = {
    "ber", "cal", "dor", "fen", "gal", "hol", "jun", "kel", "lam", "mor", "nev", "ost", "par", "quil", "ros",
    "sal", "tor", "ulm", "val", "wen", "yar", "zel", "bré", "cöl", "dan", "eri", "fal", "gor", "hin", "ivo"};

constexpr std::array<const char*, 8> kPlaces = {"Paris",   "Florence, Italy", "Lisbon", "Oslo",
                                                "Madrid",  "New York",        "Kyoto",  "Cape Town"};

class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }

 private:
  std::mt19937_64 engine_;
};

std::string capitalized(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_bench_graph EDGES OUT.graphml\n";
    return 2;
  }
  const std::size_t edge_count = std::stoul(argv[1]);
  const std::size_t person_count = std::max<std::size_t>(2, edge_count / 2);  // four relations each, on average
  Draw draw(20240607);

  kgx::KnowledgeGraph graph;
  std::set<std::string> labels;
  while (graph.entity_count() < person_count) {
    const std::string first = kFirstNames[draw.below(kFirstNames.size())];
    std::string surname = capitalized(std::string(kSyllables[draw.below(kSyllables.size())]) +
                                      kSyllables[draw.below(kSyllables.size())] +
                                      kSyllables[draw.below(kSyllables.size())]);
    std::string label = first + " " + surname;
    if (!labels.insert(label).second) continue;
    kgx::EntityNode node;
    node.id = "p" + std::to_string(graph.entity_count());
    node.label = label;
    node.aliases = {first, surname};
    node.mentions = static_cast<std::uint32_t>(1 + draw.below(40));
    for (std::size_t d = 0, n = 1 + draw.below(3); d < n; ++d)
      node.documents.push_back(graph.add_document("doc" + std::to_string(draw.below(20000))));
    graph.add_entity(std::move(node));
  }

  // A few people gather many relations, like the stars of a news corpus.
  auto pick_person = [&] {
    return draw.below(4) == 0 ? draw.below(std::min<std::size_t>(person_count, 100)) : draw.below(person_count);
  };
  std::set<std::tuple<int, std::size_t, std::size_t>> seen;
  while (graph.relation_count() < edge_count) {
    const auto relation = static_cast<kgx::Relation>(draw.below(kgx::kRelationCount));
    std::size_t from = pick_person(), to = pick_person();
    if (from == to) continue;
    std::size_t first = from, second = to;
    if (kgx::is_symmetric(relation) && first > second) std::swap(first, second);
    if (!seen.emplace(static_cast<int>(relation), first, second).second) continue;

    kgx::RelationEdge edge;
    edge.relation = relation;
    edge.from = from;
    edge.to = to;
    const kgx::DocumentIndex doc = graph.add_document("doc" + std::to_string(draw.below(20000)));
    const std::size_t sentences = 1 + draw.below(3);
    edge.weight = static_cast<std::uint32_t>(sentences + draw.below(3));
    for (std::size_t s = 0; s < sentences; ++s) {
      const std::string sentence = graph.entity(from).label + " and " + graph.entity(to).label + " (" +
                                   std::string(kgx::to_string(relation)) + "), sentence " + std::to_string(s) + ".";
      const auto begin = static_cast<std::uint32_t>(draw.below(5000));
      edge.evidence.push_back({graph.store_text(sentence), doc, begin, begin + static_cast<std::uint32_t>(sentence.size())});
    }
    std::vector<kgx::SourcedValue> dates, places;
    if (draw.below(3) == 0) dates.push_back({std::to_string(1990 + draw.below(35)), doc});
    if (draw.below(4) == 0) places.push_back({kPlaces[draw.below(kPlaces.size())], doc});
    edge.set_qualifiers(std::move(dates), std::move(places));
    graph.add_relation(std::move(edge));
  }

  std::ofstream out(argv[2], std::ios::binary);
  kgx::write_graphml(graph, out);
  out.close();
  if (!out) {
    std::cerr << "make_bench_graph: cannot write " << argv[2] << "\n";
    return 2;
  }

  // The labels the benchmark asks about.
  kgx::Vertex busiest = 0, loner = 0;
  for (kgx::Vertex v = 0; v < graph.entity_count(); ++v) {
    const std::size_t degree = boost::degree(v, graph.graph());
    if (degree > boost::degree(busiest, graph.graph())) busiest = v;
    if (degree == 1 && boost::degree(loner, graph.graph()) != 1) loner = v;
  }
  std::cout << graph.entity(busiest).label << '\n'
            << graph.entity(person_count - 1).label << '\n'
            << graph.entity(loner).label << '\n';
  return 0;
}
