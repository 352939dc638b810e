// libFuzzer target: arbitrary bytes through the whole path, text -> Extraction
// -> KnowledgeGraph -> GraphML and JSON, and the GraphML read back; and the
// same bytes read as a GraphML file, which must fail cleanly if anything.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/graphml.h"
#include "export/json.h"
#include "extract/pipeline.h"
#include "graph/build.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  {
    std::istringstream hostile(text);
    try {
      kgx::read_graphml(hostile);
    } catch (const kgx::GraphmlError&) {
    }
  }
  kgx::Extraction extraction = kgx::extract_document("fuzz", std::move(text));
  kgx::KnowledgeGraph graph = kgx::build_graph({extraction});
  std::ostringstream graphml, json;
  kgx::write_graphml(graph, graphml);
  kgx::write_json(graph, json);
  // What we write, we must read back.
  std::istringstream in(graphml.str());
  kgx::KnowledgeGraph read = kgx::read_graphml(in);
  if (read.entity_count() != graph.entity_count() || read.relation_count() != graph.relation_count())
    __builtin_trap();
  return 0;
}
