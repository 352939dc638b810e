// graph/query.h on a small graph built in code (invented people):
//
//   Ana Ruiz   -married- / -divorced-  Tom Berg
//   Ana Ruiz   -parent_of->  Leo Berg  <-parent_of-  Tom Berg
//   Renée Dupré -interviewed_by-> Ana Ruiz
//   Renée Dupré -friend_of- Tom Keller -worked_with- Berg (an ORG) -worked_with- Vera Holm
//                                                   Berg -worked_with- Anders Moe
//   Isolde Maren: no relation at all
#include "test_support.h"

#include <algorithm>
#include <string>
#include <vector>

#include "graph/query.h"

using namespace kgx;

namespace {

struct Fixture {
  KnowledgeGraph graph;
  Vertex ana, tom, leo, renee, tom_keller, berg, vera, anders, isolde;
  EdgeRef married, divorced, ana_parent, tom_parent, interviewed, friends, keller_berg, vera_berg, anders_berg;

  Fixture() {
    ana = add("ana", "Ana Ruiz", EntityType::Person, {"Ana", "Anita"}, {"a", "b"});
    tom = add("tom", "Tom Berg", EntityType::Person, {"Tom", "Berg"}, {"a"});
    leo = add("leo", "Leo Berg", EntityType::Person, {"Leo"}, {"b"});
    renee = add("renee", "Renée Dupré", EntityType::Person, {"Renée"}, {"c"});
    tom_keller = add("keller", "Tom Keller", EntityType::Person, {"Tom", "Keller"}, {"c"});
    berg = add("berg", "Berg", EntityType::Org, {}, {"d"});
    vera = add("vera", "Vera Holm", EntityType::Person, {}, {"d"});
    anders = add("anders", "Anders Moe", EntityType::Person, {}, {"d"});
    isolde = add("isolde", "Isolde Maren", EntityType::Person, {}, {"e"});

    married = relate(Relation::Married, ana, tom, 3, "a");
    const DocumentIndex a = graph.add_document("a"), b = graph.add_document("b");
    graph.relation_mut(married).set_qualifiers({{"2012", a}, {"2014", b}, {"2012", b}}, {{"Rome", a}});
    divorced = relate(Relation::Divorced, tom, ana, 1, "b");
    ana_parent = relate(Relation::ParentOf, ana, leo, 2, "b");
    tom_parent = relate(Relation::ParentOf, tom, leo, 1, "b");
    interviewed = relate(Relation::InterviewedBy, renee, ana, 1, "c");
    friends = relate(Relation::FriendOf, renee, tom_keller, 4, "c");
    keller_berg = relate(Relation::WorkedWith, tom_keller, berg, 2, "d");
    vera_berg = relate(Relation::WorkedWith, vera, berg, 2, "d");
    anders_berg = relate(Relation::WorkedWith, berg, anders, 5, "f");
  }

  Vertex add(std::string id, std::string label, EntityType type, std::vector<std::string> aliases,
             const std::vector<std::string>& documents) {
    EntityNode node;
    node.id = std::move(id);
    node.label = std::move(label);
    node.type = type;
    node.aliases = std::move(aliases);
    for (const std::string& doc : documents) node.documents.push_back(graph.add_document(doc));
    node.mentions = 1;
    return graph.add_entity(std::move(node));
  }

  EdgeRef relate(Relation relation, Vertex from, Vertex to, std::uint32_t weight, std::string_view doc) {
    RelationEdge edge;
    edge.relation = relation;
    edge.from = from;
    edge.to = to;
    edge.weight = weight;
    edge.evidence.push_back({graph.store_text("A sentence."), graph.add_document(doc), 0, 11});
    return graph.add_relation(std::move(edge));
  }

  std::vector<std::string> labels(const std::vector<Vertex>& entities) const {
    std::vector<std::string> out;
    for (Vertex v : entities) out.push_back(graph.entity(v).label);
    return out;
  }

  std::vector<std::string> labels(const PathResult& path) const {
    std::vector<std::string> out;
    for (const PathStep& step : path.steps) out.push_back(graph.entity(step.walked_to).label);
    return out;
  }
};

bool same_edge(const KnowledgeGraph& graph, EdgeRef a, EdgeRef b) { return &graph.relation(a) == &graph.relation(b); }

}  // namespace

TEST_CASE("names are found by label or any alias, whatever the case and accents") {
  Fixture f;
  const EntityIndex index(f.graph);
  CHECK(f.labels(index.find("Ana Ruiz")) == std::vector<std::string>{"Ana Ruiz"});
  CHECK(f.labels(index.find("ana ruiz")) == std::vector<std::string>{"Ana Ruiz"});
  CHECK(f.labels(index.find("ANITA")) == std::vector<std::string>{"Ana Ruiz"});
  CHECK(f.labels(index.find("Renee Dupre")) == std::vector<std::string>{"Renée Dupré"});
  CHECK(f.labels(index.find("  RENÉE   dupré ")) == std::vector<std::string>{"Renée Dupré"});
  CHECK(f.labels(index.find("renee")) == std::vector<std::string>{"Renée Dupré"});  // alias, accent dropped
  CHECK(f.labels(index.find("Keller")) == std::vector<std::string>{"Tom Keller"});
  CHECK(index.find("Nobody Here").empty());
  CHECK(index.find("").empty());
}

TEST_CASE("a name asked with or without full stops finds its entity") {
  KnowledgeGraph graph;
  EntityNode junior;
  junior.id = "jr";
  junior.label = "Robert Haines Jr";
  junior.type = EntityType::Person;
  junior.aliases = {"Mrs. Harper"};
  const Vertex v = graph.add_entity(std::move(junior));
  const EntityIndex index(graph);
  CHECK(index.find("Robert Haines Jr.") == std::vector<Vertex>{v});
  CHECK(index.find("robert haines jr") == std::vector<Vertex>{v});
  CHECK(index.find("Mrs Harper") == std::vector<Vertex>{v});
  CHECK(index.find("Robert Haines Sr.").empty());
}

TEST_CASE("an ambiguous name gives every candidate, most connected first; a label beats an alias") {
  Fixture f;
  const EntityIndex index(f.graph);
  // Tom Berg takes part in 3 relations, Tom Keller in 2.
  CHECK(f.labels(index.find("tom")) == std::vector<std::string>{"Tom Berg", "Tom Keller"});
  // "Berg" is the ORG's label and only an alias of Tom Berg.
  CHECK(f.labels(index.find("berg")) == std::vector<std::string>{"Berg"});
}

TEST_CASE("unknown names get the nearest labels as suggestions") {
  Fixture f;
  const EntityIndex index(f.graph);
  CHECK(f.labels(index.suggest("Ana Ruis", 3)).front() == "Ana Ruiz");
  CHECK(f.labels(index.suggest("Renne", 3)).front() == "Renée Dupré");        // alias "renee", one edit
  CHECK(f.labels(index.suggest("Kellr", 3)) == std::vector<std::string>{"Tom Keller"});  // one word of the label
  CHECK(index.suggest("Qqqqqqqqqq", 3).empty());                              // nothing near: no guess
  CHECK(index.suggest("Tom Berk", 1).size() == 1);                            // the limit holds
  CHECK(f.labels(index.suggest("Xeo Berg", 3)) == std::vector<std::string>{"Leo Berg"});
  // One edit from "berg" for all three; Berg and Tom Berg have 3 relations
  // (then by label), Leo Berg 2 and misses the cut.
  CHECK(f.labels(index.suggest("Bergg", 2)) == std::vector<std::string>{"Berg", "Tom Berg"});
  CHECK(f.labels(index.suggest("Bergg", 3)) == std::vector<std::string>{"Berg", "Tom Berg", "Leo Berg"});
}

TEST_CASE("relations are grouped by relation type, in ontology order, heaviest first") {
  Fixture f;
  const std::vector<RelationGroup> groups = relations_of(f.graph, f.ana);
  REQUIRE(groups.size() == 4);
  CHECK(groups[0].relation == Relation::Married);
  CHECK(groups[1].relation == Relation::Divorced);
  CHECK(groups[2].relation == Relation::ParentOf);
  CHECK(groups[3].relation == Relation::InterviewedBy);
  REQUIRE(groups[0].relations.size() == 1);
  CHECK(groups[0].relations[0].counterpart == f.tom);
  CHECK(same_edge(f.graph, groups[0].relations[0].edge, f.married));
  // True direction seen from Ana: she is the parent, and the one interviewing.
  REQUIRE(groups[2].relations.size() == 1);
  CHECK(groups[2].relations[0].counterpart == f.leo);
  CHECK(groups[2].relations[0].outgoing);
  REQUIRE(groups[3].relations.size() == 1);
  CHECK(groups[3].relations[0].counterpart == f.renee);
  CHECK_FALSE(groups[3].relations[0].outgoing);

  // Leo is the child in both parent_of edges, heaviest (Ana, 2) first.
  const std::vector<RelationGroup> leo = relations_of(f.graph, f.leo);
  REQUIRE(leo.size() == 1);
  REQUIRE(leo[0].relations.size() == 2);
  CHECK(leo[0].relations[0].counterpart == f.ana);
  CHECK(leo[0].relations[1].counterpart == f.tom);
  CHECK_FALSE(leo[0].relations[0].outgoing);
  CHECK_FALSE(leo[0].relations[1].outgoing);

  // Equal weights are ordered by counterpart label.
  const std::vector<RelationGroup> berg = relations_of(f.graph, f.berg);
  REQUIRE(berg.size() == 1);
  std::vector<Vertex> counterparts;
  for (const EntityRelation& r : berg[0].relations) counterparts.push_back(r.counterpart);
  CHECK(f.labels(counterparts) == std::vector<std::string>{"Anders Moe", "Tom Keller", "Vera Holm"});

  CHECK(relations_of(f.graph, f.isolde).empty());
}

TEST_CASE("filters keep one relation, a minimum weight, a counterpart type") {
  Fixture f;
  RelationFilter only_parent;
  only_parent.relation = Relation::ParentOf;
  const auto parent = relations_of(f.graph, f.ana, only_parent);
  REQUIRE(parent.size() == 1);
  CHECK(parent[0].relation == Relation::ParentOf);

  RelationFilter heavy;
  heavy.min_weight = 2;
  const auto heavy_groups = relations_of(f.graph, f.ana, heavy);
  REQUIRE(heavy_groups.size() == 2);
  CHECK(heavy_groups[0].relation == Relation::Married);   // weight 3
  CHECK(heavy_groups[1].relation == Relation::ParentOf);  // weight 2; divorced (1) is gone

  RelationFilter organisations;
  organisations.entity_type = EntityType::Org;
  const auto with_orgs = relations_of(f.graph, f.tom_keller, organisations);
  REQUIRE(with_orgs.size() == 1);
  CHECK(with_orgs[0].relation == Relation::WorkedWith);
  CHECK(with_orgs[0].relations.at(0).counterpart == f.berg);

  // Over the whole graph, in edge order.
  const std::vector<EdgeRef> parents = matching_edges(f.graph, only_parent);
  REQUIRE(parents.size() == 2);
  CHECK(same_edge(f.graph, parents[0], f.ana_parent));
  CHECK(same_edge(f.graph, parents[1], f.tom_parent));
  CHECK(matching_edges(f.graph, organisations).size() == 3);  // the three worked_with edges, Berg at one end
  RelationFilter heaviest;
  heaviest.min_weight = 4;
  const std::vector<EdgeRef> heavy_edges = matching_edges(f.graph, heaviest);
  REQUIRE(heavy_edges.size() == 2);
  CHECK(same_edge(f.graph, heavy_edges[0], f.friends));
  CHECK(same_edge(f.graph, heavy_edges[1], f.anders_berg));
  CHECK(matching_edges(f.graph, {}).size() == f.graph.relation_count());

  CHECK(f.labels(entities_of_type(f.graph, EntityType::Org)) == std::vector<std::string>{"Berg"});
  const std::vector<Vertex> people = entities_of_type(f.graph, EntityType::Person);
  CHECK(people.size() == 8);
  CHECK(f.graph.entity(people.front()).label == "Ana Ruiz");      // 4 relations, the most
  CHECK(f.graph.entity(people.back()).label == "Isolde Maren");   // none
  CHECK(entities_of_type(f.graph, EntityType::Event).empty());
}

TEST_CASE("the strongest relation tells candidates apart") {
  Fixture f;
  const auto renee = strongest_relation(f.graph, f.renee);
  REQUIRE(renee.has_value());
  CHECK(same_edge(f.graph, renee->edge, f.friends));  // weight 4 beats interviewed_by (1)
  CHECK(renee->counterpart == f.tom_keller);
  // Tom Berg: married (3) beats divorced and parent_of (1).
  const auto tom = strongest_relation(f.graph, f.tom);
  REQUIRE(tom.has_value());
  CHECK(same_edge(f.graph, tom->edge, f.married));
  const auto vera = strongest_relation(f.graph, f.vera);
  REQUIRE(vera.has_value());
  CHECK(vera->counterpart == f.berg);
  CHECK_FALSE(strongest_relation(f.graph, f.isolde).has_value());
}

TEST_CASE("the shortest path walks relations either way and reports their true direction") {
  Fixture f;
  // Tom Keller -friend_of- Renée -interviewed_by-> Ana -parent_of-> Leo
  PathResult path = shortest_path(f.graph, f.tom_keller, f.leo, 6);
  REQUIRE(path.found);
  CHECK(f.labels(path) == std::vector<std::string>{"Renée Dupré", "Ana Ruiz", "Leo Berg"});
  REQUIRE(path.steps.size() == 3);
  CHECK(path.steps[0].walked_from == f.tom_keller);
  CHECK(same_edge(f.graph, path.steps[1].edge, f.interviewed));
  CHECK(walks_forward(f.graph, path.steps[1]));
  CHECK(walks_forward(f.graph, path.steps[2]));

  // Backwards: Leo <-parent_of- Ana <-interviewed_by- Renée -friend_of- Tom Keller
  PathResult back = shortest_path(f.graph, f.leo, f.tom_keller, 6);
  REQUIRE(back.found);
  CHECK(f.labels(back) == std::vector<std::string>{"Ana Ruiz", "Renée Dupré", "Tom Keller"});
  CHECK_FALSE(walks_forward(f.graph, back.steps[0]));
  CHECK_FALSE(walks_forward(f.graph, back.steps[1]));
  CHECK(f.graph.relation(back.steps[0].edge).from == f.ana);  // the edge itself is untouched

  // The shortest of two ways: Tom Berg to Leo is one hop, not two through Ana.
  PathResult direct = shortest_path(f.graph, f.tom, f.leo, 6);
  REQUIRE(direct.steps.size() == 1);
  CHECK(same_edge(f.graph, direct.steps[0].edge, f.tom_parent));

  PathResult same = shortest_path(f.graph, f.ana, f.ana, 6);
  CHECK(same.found);
  CHECK(same.steps.empty());
}

TEST_CASE("the path search stops at max_hops and says whether it did") {
  Fixture f;
  PathResult three = shortest_path(f.graph, f.tom_keller, f.leo, 3);
  CHECK(three.found);
  CHECK(three.steps.size() == 3);

  PathResult two = shortest_path(f.graph, f.tom_keller, f.leo, 2);
  CHECK_FALSE(two.found);
  CHECK(two.steps.empty());
  CHECK(two.hop_limit_reached);

  PathResult alone = shortest_path(f.graph, f.ana, f.isolde, 100);
  CHECK_FALSE(alone.found);
  CHECK_FALSE(alone.hop_limit_reached);  // Isolde is simply not connected

  RelationFilter married_only;
  married_only.relation = Relation::Married;
  PathResult by_marriage = shortest_path(f.graph, f.ana, f.leo, 6, married_only);
  CHECK_FALSE(by_marriage.found);
  CHECK_FALSE(by_marriage.hop_limit_reached);
  CHECK(shortest_path(f.graph, f.ana, f.tom, 6, married_only).found);

  // Through people only: Tom Keller and Vera Holm are linked by the ORG alone.
  PathResult via_org = shortest_path(f.graph, f.tom_keller, f.vera, 6);
  CHECK(f.labels(via_org) == std::vector<std::string>{"Berg", "Vera Holm"});
  RelationFilter people_only;
  people_only.entity_type = EntityType::Person;
  CHECK_FALSE(shortest_path(f.graph, f.tom_keller, f.vera, 6, people_only).found);
  // ... but the ends themselves may be of any type.
  CHECK(shortest_path(f.graph, f.tom_keller, f.berg, 6, people_only).found);
}

TEST_CASE("stats count entities by type, edges by relation, documents and degrees") {
  Fixture f;
  const GraphStats stats = graph_stats(f.graph, 3);
  CHECK(stats.entities == 9);
  CHECK(stats.relations == 9);
  CHECK(stats.documents == 6);  // a..e from the entities, f from evidence only
  REQUIRE(stats.entities_by_type.size() == 2);
  CHECK(stats.entities_by_type[0] == std::pair{EntityType::Person, std::size_t{8}});
  CHECK(stats.entities_by_type[1] == std::pair{EntityType::Org, std::size_t{1}});
  const std::vector<std::pair<Relation, std::size_t>> by_relation = {
      {Relation::WorkedWith, 3}, {Relation::ParentOf, 2}, {Relation::Married, 1},
      {Relation::Divorced, 1},   {Relation::FriendOf, 1}, {Relation::InterviewedBy, 1}};
  CHECK(stats.relations_by_type == by_relation);
  REQUIRE(stats.most_connected.size() == 3);
  CHECK(stats.most_connected[0] == std::pair{f.ana, std::size_t{4}});
  CHECK(stats.most_connected[1] == std::pair{f.berg, std::size_t{3}});
  CHECK(stats.most_connected[2] == std::pair{f.tom, std::size_t{3}});  // same degree: by label
  CHECK(graph_stats(f.graph, 100).most_connected.size() == 9);
  CHECK(graph_stats(KnowledgeGraph{}, 5).most_connected.empty());
}

TEST_CASE("qualifiers are shown once per distinct value, first seen first") {
  Fixture f;
  CHECK(distinct_values(f.graph.relation(f.married).dates()) == std::vector<std::string>{"2012", "2014"});
  CHECK(distinct_values(f.graph.relation(f.married).places()) == std::vector<std::string>{"Rome"});
  CHECK(distinct_values({}).empty());
}
