#include "cli/stats_command.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "cli/console.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "graph/query.h"

namespace kgx::cli {
namespace {

using Json = nlohmann::ordered_json;

// {"entities": N, "relations": N, "documents": N,
//  "entities_by_type": {"PERSON": N, ...}, "relations_by_type": {"married": N, ...},
//  "most_connected": [{"label", "type", "relations"}]}
void write_stats_json(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats) {
  Json report = Json::object();
  report["entities"] = stats.entities;
  report["relations"] = stats.relations;
  report["documents"] = stats.documents;
  Json& by_type = report["entities_by_type"] = Json::object();
  for (const auto& [type, count] : stats.entities_by_type) by_type[std::string(to_string(type))] = count;
  Json& by_relation = report["relations_by_type"] = Json::object();
  for (const auto& [relation, count] : stats.relations_by_type)
    by_relation[std::string(to_string(relation))] = count;
  Json& most_connected = report["most_connected"] = Json::array();
  for (const auto& [entity, degree] : stats.most_connected) {
    Json& item = most_connected.emplace_back(Json::object());
    item["label"] = graph.entity(entity).label;
    item["type"] = to_string(graph.entity(entity).type);
    item["relations"] = degree;
  }
  out << report.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void write_stats_text(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats) {
  std::vector<std::vector<std::string>> totals = {
      {"entities", std::to_string(stats.entities)},
      {"relations", std::to_string(stats.relations)},
      {"documents", std::to_string(stats.documents)},
  };
  out << aligned_rows(totals);

  std::vector<std::vector<std::string>> types;
  for (const auto& [type, count] : stats.entities_by_type) types.push_back({std::string(to_string(type)), std::to_string(count)});
  if (!types.empty()) out << "\nentities by type\n" << aligned_rows(types, "  ");

  std::vector<std::vector<std::string>> relations;
  for (const auto& [relation, count] : stats.relations_by_type)
    relations.push_back({std::string(to_string(relation)), std::to_string(count)});
  if (!relations.empty()) out << "\nrelations by type\n" << aligned_rows(relations, "  ");

  std::vector<std::vector<std::string>> connected;
  for (const auto& [entity, degree] : stats.most_connected) {
    connected.push_back({graph.entity(entity).label, std::string(to_string(graph.entity(entity).type)),
                         count_of(degree, "relation", "relations")});
  }
  if (!connected.empty()) out << "\nmost connected\n" << aligned_rows(connected, "  ");
}

}  // namespace

int run_stats(const StatsOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  Console console(err, ConsoleOptions{});
  try {
    // Initialized in place: moving a KnowledgeGraph would copy the Boost graph.
    const KnowledgeGraph graph = load_graph_file(options.graph_path, in);
    const GraphStats stats = graph_stats(graph, options.top);
    if (options.json) {
      write_stats_json(out, graph, stats);
    } else {
      write_stats_text(out, graph, stats);
    }
  } catch (const GraphFileError& error) {
    console.error(error.what());
    return kExitUsage;
  }
  out.flush();
  if (!out) {
    console.error("cannot write the answer to standard output");
    return kExitUsage;
  }
  return kExitSuccess;
}

}  // namespace kgx::cli
